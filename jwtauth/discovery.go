package jwtauth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// ProviderMetadata is the part of an OpenID Provider configuration
// (OpenID Connect Discovery 1.0) or OAuth authorization server metadata
// (RFC 8414) that a resource server needs.
type ProviderMetadata struct {
	Issuer                string   `json:"issuer"`
	JWKSURI               string   `json:"jwks_uri"`
	IntrospectionEndpoint string   `json:"introspection_endpoint,omitempty"`
	ScopesSupported       []string `json:"scopes_supported,omitempty"`
}

// DiscoveryOptions configures [Discover].
type DiscoveryOptions struct {
	// AllowInsecureLoopback permits http issuers on loopback hosts.
	AllowInsecureLoopback bool
	// Client makes the requests; nil uses one with Timeout.
	Client *http.Client
	// Timeout bounds each request when Client is nil; default 10 s.
	Timeout time.Duration
}

// ErrDiscovery is the cause of every Discover failure.
var ErrDiscovery = errors.New("jwtauth: discovery failed")

// Discover fetches the metadata of issuer, trying in turn
//
//	<issuer>/.well-known/openid-configuration               (OpenID Connect)
//	https://<host>/.well-known/oauth-authorization-server<path>  (RFC 8414)
//
// and accepts a document only if its "issuer" equals issuer exactly and
// its jwks_uri is https (or loopback http, when allowed). Keycloak realms,
// Auth0 tenants and Microsoft Entra ID all answer the first.
//
// A nil ctx, an empty issuer and a negative Timeout are refused.
func Discover(ctx context.Context, issuer string, opts DiscoveryOptions) (*ProviderMetadata, error) {
	switch {
	case ctx == nil:
		return nil, fmt.Errorf("%w: ctx is nil", ErrDiscovery)
	case issuer == "":
		return nil, fmt.Errorf("%w: issuer is empty", ErrDiscovery)
	case opts.Timeout < 0:
		return nil, fmt.Errorf("%w: DiscoveryOptions.Timeout is negative", ErrDiscovery)
	}
	if err := checkURL(issuer, opts.AllowInsecureLoopback); err != nil {
		return nil, fmt.Errorf("%w: issuer %w", ErrDiscovery, err)
	}
	u, _ := url.Parse(issuer)
	if u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("%w: issuer %q has a query or fragment", ErrDiscovery, issuer)
	}
	client := opts.Client
	if client == nil {
		timeout := opts.Timeout
		if timeout == 0 {
			timeout = DefaultFetchTimeout
		}
		client = newHTTPClient(timeout, opts.AllowInsecureLoopback)
	}
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	candidates := []string{
		strings.TrimSuffix(issuer, "/") + "/.well-known/openid-configuration",
		u.Scheme + "://" + u.Host + "/.well-known/oauth-authorization-server" + path,
	}
	var errs []error
	for _, c := range candidates {
		md, err := fetchMetadata(ctx, client, c)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if md.Issuer != issuer {
			errs = append(errs, fmt.Errorf("%s names issuer %q, not %q", c, md.Issuer, issuer))
			continue
		}
		if md.JWKSURI == "" {
			errs = append(errs, fmt.Errorf("%s has no jwks_uri", c))
			continue
		}
		if err := checkURL(md.JWKSURI, opts.AllowInsecureLoopback); err != nil {
			errs = append(errs, fmt.Errorf("%s: jwks_uri %w", c, err))
			continue
		}
		return md, nil
	}
	return nil, fmt.Errorf("%w for %s: %w", ErrDiscovery, issuer, errors.Join(errs...))
}

func fetchMetadata(ctx context.Context, client *http.Client, u string) (*ProviderMetadata, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: status %s", u, resp.Status)
	}
	data, err := readLimited(resp.Body, 1<<20)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	var md ProviderMetadata
	if err := json.Unmarshal(data, &md); err != nil {
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	return &md, nil
}

// DiscoverJWKS discovers issuer's jwks_uri and returns a RemoteJWKS for it.
// opts.URL is set from the discovered metadata; the other options apply.
func DiscoverJWKS(ctx context.Context, issuer string, opts RemoteJWKSOptions) (*RemoteJWKS, error) {
	if opts.FetchTimeout < 0 {
		return nil, errors.New("jwtauth: RemoteJWKSOptions.FetchTimeout is negative")
	}
	md, err := Discover(ctx, issuer, DiscoveryOptions{
		AllowInsecureLoopback: opts.AllowInsecureLoopback, Client: opts.Client, Timeout: opts.FetchTimeout,
	})
	if err != nil {
		return nil, err
	}
	opts.URL = md.JWKSURI
	return NewRemoteJWKS(ctx, opts)
}
