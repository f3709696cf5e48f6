package jwtauth

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/mcpauth/mcpauth"
)

// Provider is a trusted identity provider, said once: its issuer, its
// keys and how its tokens are read. It makes the authenticator of each
// MCP endpoint it serves (it is an mcpauth.Provider), requiring that
// endpoint's resource URL as the audience, so that a token minted for one
// endpoint is refused at another:
//
//	idp, err := jwtauth.NewProvider(ctx, jwtauth.Config{Issuer: "https://sso.example.com/realms/acme"}, jwtauth.RemoteJWKSOptions{})
//	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: "https://mcp.example.com/mcp", Providers: []mcpauth.Provider{idp}})
type Provider struct {
	cfg    Config
	remote *RemoteJWKS // discovered here; closed by Close
}

// NewProvider checks cfg and, when cfg.Keys is nil, finds the issuer's
// keys by discovery (DiscoverJWKS, with jwks; its URL is discovered) and
// keeps them fresh. Leave cfg.Audiences empty: each endpoint's
// authenticator then requires the endpoint's resource URL. Set it only
// for identity providers whose audience is not the resource URL
// (Microsoft Entra ID's "api://…"); every endpoint then accepts those
// audiences. An explicit audience that is an http(s) URL other than an
// endpoint's resource is an error when that endpoint is built. Issuers in
// cfg.Issuers need their own Keys; their empty Audiences are filled in the
// same way.
func NewProvider(ctx context.Context, cfg Config, jwks RemoteJWKSOptions) (*Provider, error) {
	if cfg.Issuer == "" {
		return nil, errors.New("jwtauth: NewProvider: Config.Issuer is required")
	}
	p := &Provider{cfg: cfg}
	p.cfg.Issuers = slices.Clone(cfg.Issuers)
	if cfg.Keys == nil {
		if jwks.Now == nil {
			jwks.Now = cfg.Now
		}
		remote, err := DiscoverJWKS(ctx, cfg.Issuer, jwks)
		if err != nil {
			return nil, err
		}
		p.remote, p.cfg.Keys = remote, remote
	}
	// Every other mistake in cfg, now rather than at the first endpoint.
	if _, err := New(p.bind("https://resource.invalid/")); err != nil {
		p.Close()
		return nil, err
	}
	return p, nil
}

// errNoProvider is returned by a Provider that NewProvider did not make
// (the zero value, or nil).
var errNoProvider = errors.New("jwtauth: Provider not created with NewProvider")

// bind is the provider's Config for the endpoint at resource.
func (p *Provider) bind(resource string) Config {
	c := p.cfg
	if len(c.Audiences) == 0 {
		c.Audiences = []string{resource}
	}
	c.Issuers = slices.Clone(p.cfg.Issuers)
	for i := range c.Issuers {
		if len(c.Issuers[i].Audiences) == 0 {
			c.Issuers[i].Audiences = []string{resource}
		}
	}
	return c
}

// Authenticator implements mcpauth.Provider: an authenticator for the
// endpoint whose canonical URL is resource.
func (p *Provider) Authenticator(resource string) (mcpauth.Authenticator, error) {
	if p == nil || p.cfg.Issuer == "" {
		return nil, errNoProvider
	}
	if resource == "" {
		return nil, errors.New("jwtauth: Provider.Authenticator: resource is empty")
	}
	// An explicit audience that is a URL must be this endpoint's: another
	// one would let tokens for another resource in (RFC 8707). Audiences
	// that are not URLs (Entra ID's "api://…") are the IdP's own names.
	for _, list := range append([][]string{p.cfg.Audiences}, issuerAudiences(p.cfg.Issuers)...) {
		for _, aud := range list {
			if (strings.HasPrefix(aud, "https://") || strings.HasPrefix(aud, "http://")) && aud != resource {
				return nil, fmt.Errorf("jwtauth: provider %s: audience %q is not this endpoint's resource %q: tokens for another resource would be accepted (leave Audiences out to use the resource)", p.cfg.Issuer, aud, resource)
			}
		}
	}
	a, err := New(p.bind(resource))
	if err != nil {
		return nil, fmt.Errorf("jwtauth: provider %s for %s: %w", p.cfg.Issuer, resource, err)
	}
	return a, nil
}

// issuerAudiences lists the audiences set on each further issuer.
func issuerAudiences(issuers []Issuer) [][]string {
	out := make([][]string, 0, len(issuers))
	for _, iss := range issuers {
		out = append(out, iss.Audiences)
	}
	return out
}

// AuthorizationServers returns the provider's issuers, for the
// endpoints' metadata.
func (p *Provider) AuthorizationServers() []string {
	if p == nil || p.cfg.Issuer == "" {
		return nil
	}
	out := []string{p.cfg.Issuer}
	for _, iss := range p.cfg.Issuers {
		out = append(out, iss.Issuer)
	}
	return out
}

// Ready implements mcpauth.Checker: nil when the keys of every issuer of
// the provider are ready, and otherwise which are not and why. Keys found
// by discovery are a [RemoteJWKS] (see its Ready: it is ready once it
// holds a set); discovery itself ran once, in NewProvider, which fails
// when it fails, so a Provider has its jwks_uri. Keys of cfg.Keys and
// cfg.Issuers are asked when they implement Ready (KeySet and RemoteJWKS
// do); a KeySource of your own that does not is taken as ready. A
// Provider that NewProvider did not make is never ready.
func (p *Provider) Ready(ctx context.Context) error {
	if p == nil || p.cfg.Issuer == "" {
		return errNoProvider
	}
	return p.eachKeySource(func(ks KeySource) error {
		if c, ok := ks.(interface{ Ready(context.Context) error }); ok {
			return c.Ready(ctx)
		}
		return nil
	})
}

// Degraded implements mcpauth.DegradedChecker: nil unless the keys of an
// issuer report a degradation (a RemoteJWKS whose last refresh failed:
// see RemoteJWKS.Degraded), and then which and why.
func (p *Provider) Degraded(ctx context.Context) error {
	if p == nil || p.cfg.Issuer == "" {
		return nil
	}
	return p.eachKeySource(func(ks KeySource) error {
		if d, ok := ks.(interface{ Degraded(context.Context) error }); ok {
			return d.Degraded(ctx)
		}
		return nil
	})
}

// eachKeySource calls f with the keys of each issuer, and joins its
// errors, each prefixed with its issuer.
func (p *Provider) eachKeySource(f func(KeySource) error) error {
	var errs []error
	check := func(issuer string, ks KeySource) {
		if err := f(ks); err != nil {
			errs = append(errs, fmt.Errorf("issuer %s: %w", issuer, err))
		}
	}
	check(p.cfg.Issuer, p.cfg.Keys)
	for _, iss := range p.cfg.Issuers {
		check(iss.Issuer, iss.Keys)
	}
	return errors.Join(errs...)
}

// Close stops refreshing the keys NewProvider discovered, if it did. The
// methods of a Provider that NewProvider did not make return an error (or
// nothing) instead of panicking.
func (p *Provider) Close() error {
	if p != nil && p.remote != nil {
		return p.remote.Close()
	}
	return nil
}
