package jwtauth

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"time"
)

// errInsecureURL is returned for http URLs that are not allowed.
var errInsecureURL = errors.New("must use https (http only for loopback hosts, with AllowInsecureLoopback)")

// checkURL requires an absolute https URL; http is accepted for loopback
// hosts when allowLoopbackHTTP is set.
func checkURL(s string, allowLoopbackHTTP bool) error {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User != nil {
		return fmt.Errorf("%q is not an absolute URL", s)
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		if allowLoopbackHTTP && isLoopback(u.Hostname()) {
			return nil
		}
	}
	return fmt.Errorf("%q %w", s, errInsecureURL)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// newHTTPClient returns a client for talking to an identity provider: an
// overall timeout, a bound on waiting for response headers, and redirects
// only to URLs that checkURL accepts (at most three).
func newHTTPClient(timeout time.Duration, allowLoopbackHTTP bool) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.ResponseHeaderTimeout = timeout
	tr.MaxResponseHeaderBytes = 64 << 10
	return &http.Client{
		Timeout:   timeout,
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 3 {
				return errors.New("too many redirects")
			}
			return checkURL(req.URL.String(), allowLoopbackHTTP)
		},
	}
}

// readLimited reads at most limit bytes of r, failing if there is more.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("response larger than %d bytes", limit)
	}
	return data, nil
}
