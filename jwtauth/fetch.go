package jwtauth

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"time"
)

// DefaultFetchTimeout bounds a JWKS fetch when the caller's client has no
// timeout of its own.
const DefaultFetchTimeout = 10 * time.Second

// FetchJWKS downloads a JWK Set once and returns its usable keys (see
// NewKeySet). The URL must be https, except on loopback hosts; the response
// must be 200 and at most 1 MiB. With a nil client, or one without a
// Timeout, the fetch is bounded by DefaultFetchTimeout (ctx may shorten it).
//
// The result is a snapshot: keys the provider adds later are not seen.
func FetchJWKS(ctx context.Context, jwksURL string, client *http.Client) (*KeySet, error) {
	if err := checkFetchURL(jwksURL); err != nil {
		return nil, err
	}
	if client == nil {
		client = http.DefaultClient
	}
	if client.Timeout == 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultFetchTimeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, jwksURL, nil)
	if err != nil {
		return nil, fmt.Errorf("jwtauth: fetching JWKS: %w", err)
	}
	req.Header.Set("Accept", "application/jwk-set+json, application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("jwtauth: fetching JWKS: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("jwtauth: fetching JWKS from %s: status %s", jwksURL, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxJWKSFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("jwtauth: fetching JWKS: %w", err)
	}
	if len(data) > maxJWKSFileBytes {
		return nil, fmt.Errorf("jwtauth: JWKS from %s is larger than %d bytes", jwksURL, maxJWKSFileBytes)
	}
	return ParseJWKS(data)
}

// checkFetchURL requires https, allowing http for loopback hosts only.
func checkFetchURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return fmt.Errorf("jwtauth: JWKS URL %q is not an absolute URL", s)
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		host := u.Hostname()
		if ip, err := netip.ParseAddr(host); host == "localhost" || (err == nil && ip.IsLoopback()) {
			return nil
		}
	}
	return errors.New("jwtauth: JWKS URL must use https (http is allowed for loopback hosts only)")
}
