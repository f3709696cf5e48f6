package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
)

// newProxy returns the header-adding reverse proxy: every request goes to
// target's scheme and host, path and query unchanged, with header set to
// key — the credential the conformance suite cannot send. The client's
// Host goes through as it came (so that the server's DNS-rebinding check
// sees the suite's Host, as behind a transparent proxy), and responses
// are streamed: each write of an SSE stream is flushed at once.
func newProxy(target, header, key string, logger *slog.Logger) (http.Handler, error) {
	u, err := url.Parse(target)
	switch {
	case err != nil:
		return nil, err
	case u.Scheme != "http" && u.Scheme != "https", u.Host == "":
		return nil, fmt.Errorf("%q is not an http(s) URL", target)
	case !isToken(header):
		return nil, fmt.Errorf("-header %q is not a header name", header)
	case key == "":
		return nil, errors.New("no key to send: set $" + keyEnv)
	case strings.ContainsFunc(key, func(r rune) bool { return r <= ' ' || r >= 0x7f }):
		return nil, errors.New("$" + keyEnv + " cannot be sent in a header")
	}
	header = http.CanonicalHeaderKey(header)
	return &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL.Scheme, pr.Out.URL.Host = u.Scheme, u.Host
			pr.Out.Host = pr.In.Host
			pr.Out.Header.Set(header, key)
		},
		// Flush after every write, not only for text/event-stream
		// (which ReverseProxy already streams): nothing is held back.
		FlushInterval: -1,
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			logger.Warn("proxy: upstream failed", "method", r.Method, "path", r.URL.Path, "err", err)
			w.WriteHeader(http.StatusBadGateway)
		},
	}, nil
}

// isToken reports whether s is an HTTP token (RFC 9110 §5.6.2), as a
// header name must be.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0:
		default:
			return false
		}
	}
	return true
}
