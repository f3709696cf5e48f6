package mcpauth

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	pathpkg "path"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/modelcontextprotocol/go-sdk/oauthex"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/operation"
)

// A Provider makes the authenticator of one endpoint, bound to its
// resource URL: a JWT issuer (jwtauth.NewProvider) makes one whose tokens
// must name that URL as their audience, so that a token minted for one
// endpoint is refused at another. A Provider that also has an
// AuthorizationServers method is listed in the endpoint's metadata.
type Provider interface {
	Authenticator(resource string) (Authenticator, error)
}

// A Layer is middleware an Endpoint puts in its chain: rate limits
// (*ratelimit.Middleware is one), logging, anything that wraps the MCP
// handler. [LayerFunc] makes one of a func.
type Layer interface {
	Handler(next http.Handler) http.Handler
}

// LayerFunc is a Layer made of a middleware function.
type LayerFunc func(next http.Handler) http.Handler

// Handler calls f.
func (f LayerFunc) Handler(next http.Handler) http.Handler { return f(next) }

// EndpointConfig configures [NewEndpoint]: one MCP endpoint and
// everything in front of it.
type EndpointConfig struct {
	// Resource is the canonical URL of the endpoint, as clients reach it
	// ("https://api.example.com/mcp"): the resource its metadata names,
	// the audience the Providers' authenticators require, and the path
	// Mount serves it at. Required.
	Resource string

	// Providers make authenticators bound to Resource; their issuers
	// are the metadata's authorization servers. Authenticators are used
	// as they are (API keys, say). At least one of either is required;
	// Providers' authenticators are tried first.
	Providers      []Provider
	Authenticators []Authenticator

	// Metadata is the rest of the RFC 9728 document: ScopesSupported,
	// ResourceName, further AuthorizationServers... Its Resource is
	// Resource (leave it empty).
	Metadata oauthex.ProtectedResourceMetadata

	// RequiredScopes, Authorizer, Parser, RetryAfter and Logger are the
	// gate's (see Options).
	RequiredScopes []string
	Authorizer     Authorizer
	Parser         *operation.Parser
	RetryAfter     time.Duration
	Logger         *slog.Logger

	// Now is the clock; time.Now when nil — for tests and for servers
	// with their own clock. It is the gate's (Options.Now): it decides
	// whether a principal has expired. Authenticators keep their own
	// clocks; set theirs too (jwtauth.Config.Now, apikey.Config.Now).
	Now func() time.Time

	// Origins are the browser origins the endpoint accepts (loopback
	// ones unless Origins.DisallowLoopback): a request with another
	// Origin gets 403 (headers.ValidateOrigin), as MCP's transport
	// requires. The check is always on.
	Origins headers.OriginOptions
	// CORS lets pages on Origins call the endpoint: preflights are
	// answered before authentication, and responses expose
	// Mcp-Session-Id, WWW-Authenticate and the RateLimit headers
	// (headers.CORS). Off by default: only pages need it. Loopback
	// origins are among Origins unless Origins.DisallowLoopback: pages
	// served from the user's own machine, on any port; cookies are never
	// allowed, so such a page acts only with a token it holds.
	CORS bool

	// PreAuth are layers in front of the gate: they see every request,
	// credential or not, and no principal — per-address limits that
	// slow down credential guessing. A rate limiter that counts callers
	// (KeysByCaller) is refused here: put it in Limits. Give the
	// *ratelimit.Middleware itself, not LayerFunc(lim.Handler), which
	// hides it from that check.
	PreAuth []Layer
	// Limits are layers behind the gate, in order: rate limits per
	// caller, per API-key plan, per tool.
	Limits []Layer

	// Audit, when set, records one decision event per request (and per
	// operation of a batch) and sends it to its logger and observer: it
	// wraps the whole chain, inside CORS (preflights are no decisions).
	// Nil audits nothing.
	Audit *audit.Auditor
}

// An Endpoint is one protected MCP endpoint: the Origin check (and CORS),
// the PreAuth layers, the gate (authentication, the operation's parse and
// authorization), the Limits, then the MCP handler — in that order, which
// is the one that works: limits behind the gate see the caller, the body
// is read only once a caller is authenticated, and refusals are shaped by
// the gate. It also serves the endpoint's RFC 9728 metadata. Create it
// with [NewEndpoint]; several endpoints share one mux, each with its own
// resource and audience.
type Endpoint struct {
	gate  *Gate
	md    *ResourceMetadata
	path  string // the ServeMux pattern of the MCP endpoint
	chain func(http.Handler) http.Handler
}

// keysByCaller is what a rate limiter that counts callers says.
type keysByCaller interface{ KeysByCaller() bool }

// authorizationServers is what a Provider with an issuer says.
type authorizationServers interface{ AuthorizationServers() []string }

// NewEndpoint builds the chain of cfg, or says what is wrong with it: a
// missing or non-canonical Resource, no authenticator, a nil provider,
// authenticator or layer, a provider that fails for this resource, a
// caller-counting limiter in PreAuth, bad origins or metadata.
func NewEndpoint(cfg EndpointConfig) (*Endpoint, error) {
	if cfg.Resource == "" {
		return nil, errors.New("mcpauth: EndpointConfig.Resource is empty: give the endpoint's canonical URL")
	}
	if cfg.Metadata.Resource != "" && cfg.Metadata.Resource != cfg.Resource {
		return nil, fmt.Errorf("mcpauth: EndpointConfig.Metadata.Resource %q differs from Resource %q: leave it empty", cfg.Metadata.Resource, cfg.Resource)
	}
	md := cfg.Metadata
	md.Resource = cfg.Resource
	md.AuthorizationServers = slices.Clone(md.AuthorizationServers)
	var auths []Authenticator
	for i, p := range cfg.Providers {
		if nilcheck.Nil(p) {
			return nil, fmt.Errorf("mcpauth: EndpointConfig.Providers[%d] is nil", i)
		}
		a, err := p.Authenticator(cfg.Resource)
		if err != nil {
			return nil, fmt.Errorf("mcpauth: EndpointConfig.Providers[%d]: %w", i, err)
		}
		if nilcheck.Nil(a) {
			return nil, fmt.Errorf("mcpauth: EndpointConfig.Providers[%d] made a nil authenticator", i)
		}
		auths = append(auths, a)
		if as, ok := p.(authorizationServers); ok {
			for _, s := range as.AuthorizationServers() {
				if !slices.Contains(md.AuthorizationServers, s) {
					md.AuthorizationServers = append(md.AuthorizationServers, s)
				}
			}
		}
	}
	for i, a := range cfg.Authenticators {
		if nilcheck.Nil(a) {
			return nil, fmt.Errorf("mcpauth: EndpointConfig.Authenticators[%d] is nil", i)
		}
	}
	auths = append(auths, cfg.Authenticators...)
	if len(auths) == 0 {
		return nil, errors.New("mcpauth: EndpointConfig has no Providers or Authenticators")
	}
	meta, err := NewResourceMetadata(md)
	if err != nil {
		return nil, err
	}
	if meta.Resource() != cfg.Resource {
		if u, err := url.Parse(cfg.Resource); err == nil && strings.ContainsFunc(u.Host, func(r rune) bool { return r >= utf8.RuneSelf }) {
			return nil, fmt.Errorf("mcpauth: EndpointConfig.Resource %q is not canonical: write its host in its ASCII (xn--, punycode) form, as clients and tokens do", cfg.Resource)
		}
		return nil, fmt.Errorf("mcpauth: EndpointConfig.Resource %q is not canonical: write it %q (tokens and clients compare it byte for byte)", cfg.Resource, meta.Resource())
	}
	if err := servable(meta.Resource()); err != nil {
		return nil, fmt.Errorf("mcpauth: EndpointConfig.Resource %q %w", cfg.Resource, err)
	}
	gate, err := New(Options{
		Authenticators: auths, ResourceMetadataURL: meta.URL(), RequiredScopes: cfg.RequiredScopes,
		Authorizer: cfg.Authorizer, Parser: cfg.Parser, RetryAfter: cfg.RetryAfter, Logger: cfg.Logger, Now: cfg.Now,
	})
	if err != nil {
		return nil, err
	}
	for _, list := range []struct {
		name   string
		layers []Layer
	}{{"PreAuth", cfg.PreAuth}, {"Limits", cfg.Limits}} {
		for i, l := range list.layers {
			if nilcheck.Nil(l) {
				return nil, fmt.Errorf("mcpauth: EndpointConfig.%s[%d] is nil", list.name, i)
			}
		}
	}
	if cfg.Audit != nil && !cfg.Audit.Valid() {
		return nil, errors.New("mcpauth: EndpointConfig.Audit was not made by audit.New")
	}
	for i, l := range cfg.PreAuth {
		if k, ok := l.(keysByCaller); ok && k.KeysByCaller() {
			return nil, fmt.Errorf("mcpauth: EndpointConfig.PreAuth[%d] counts callers, and in front of the gate there are none: "+
				"it would count every caller by address; put it in Limits", i)
		}
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	origins := cfg.Origins
	if origins.OnReject == nil {
		origins.OnReject = func(r *http.Request, origin string) {
			logger.Warn("mcpauth: origin not allowed", "origin", origin, "path", r.URL.Path)
		}
	}
	checkOrigin, err := headers.ValidateOrigin(origins)
	if err != nil {
		return nil, err
	}
	var cors func(http.Handler) http.Handler
	if cfg.CORS {
		if cors, err = headers.CORS(headers.CORSOptions{Origins: origins}); err != nil {
			return nil, err
		}
	}
	u, _ := url.Parse(meta.Resource())
	path := u.EscapedPath()
	if path == "" || path == "/" {
		path = "/{$}"
	}
	pre, limits := slices.Clone(cfg.PreAuth), slices.Clone(cfg.Limits)
	e := &Endpoint{gate: gate, md: meta, path: path}
	aud := cfg.Audit
	e.chain = func(h http.Handler) http.Handler {
		if aud != nil {
			h = audit.Passed(h)
		}
		for i := len(limits) - 1; i >= 0; i-- {
			h = limits[i].Handler(h)
		}
		h = gate.Handler(h)
		for i := len(pre) - 1; i >= 0; i-- {
			h = pre[i].Handler(h)
		}
		h = checkOrigin(h)
		if aud != nil {
			h = aud.Handler(h)
		}
		if cors != nil {
			h = cors(h)
		}
		return h
	}
	return e, nil
}

// servable refuses a resource URL that clients would spell otherwise or
// that a ServeMux cannot route to: a default port (clients leave it out),
// a path that is not clean (ServeMux redirects it), a trailing slash (a
// subtree pattern, and a metadata path clients compute differently).
func servable(resource string) error {
	u, err := url.Parse(resource)
	if err != nil {
		return err
	}
	switch p := u.Port(); {
	case u.Scheme == "https" && p == "443", u.Scheme == "http" && p == "80":
		return fmt.Errorf("names the default port: leave %q out (clients do, and compare the URL byte for byte)", ":"+p)
	}
	switch path := u.Path; {
	case path != "" && path != "/" && strings.HasSuffix(path, "/"):
		return errors.New("ends in a slash: name the endpoint without it (\"/mcp\")")
	case path != "" && path != "/" && pathpkg.Clean(path) != path:
		return fmt.Errorf("has a path that is not clean: write %q", pathpkg.Clean(path))
	}
	return nil
}

// Handler returns mcp behind the endpoint's chain, for routers other
// than http.ServeMux; serve the metadata yourself (Metadata). It panics,
// as it is applied, on a nil mcp; an Endpoint not made by NewEndpoint
// answers 503 to everything.
func (e *Endpoint) Handler(mcp http.Handler) http.Handler {
	if nilcheck.Nil(mcp) {
		panic("mcpauth: Endpoint.Handler: the MCP handler is nil")
	}
	if e == nil || e.chain == nil {
		return (*Gate)(nil).Handler(mcp) // a gate not made by New: 503
	}
	return e.chain(mcp)
}

// Mount serves mcp behind the endpoint's chain at the path of its
// resource, its metadata at the path-suffixed well-known URI, and — if
// nothing else serves it yet — at the root well-known URI too (the first
// endpoint mounted on mux gets it). It refuses a mux that already serves
// either path, on the resource's host or any host, for a standard HTTP
// method (that pattern would win over the endpoint's, unprotected), and
// returns as an error the panic of a mux whose patterns conflict with the
// endpoint's. A ServeMux cannot list its patterns: one for a custom method
// (PROPFIND /mcp) or for another host (other.example/mcp) is not seen.
func (e *Endpoint) Mount(mux *http.ServeMux, mcp http.Handler) (err error) {
	switch {
	case e == nil || e.chain == nil:
		return errors.New("mcpauth: Endpoint.Mount: the Endpoint was not created with NewEndpoint")
	case mux == nil || nilcheck.Nil(mcp):
		return errors.New("mcpauth: Endpoint.Mount: mux and mcp are required")
	}
	host := ""
	if u, err := url.Parse(e.md.Resource()); err == nil {
		host = u.Host
	}
	for _, p := range []string{e.path, e.md.Path()} {
		if pattern := served(mux, host, p); pattern != "" {
			return fmt.Errorf("mcpauth: Endpoint.Mount: %s is already served by mux (pattern %q)", p, pattern)
		}
	}
	// ServeMux panics on a pattern that conflicts without serving the
	// path ("GET /{name}"), before adding it. The MCP path goes last, so
	// that a refusal never leaves it half protected: at worst the
	// metadata is served alone.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("mcpauth: Endpoint.Mount: mux refused a pattern of the endpoint: %v", r)
		}
	}()
	mux.Handle(e.md.Path(), e.md)
	mux.Handle(e.path, e.chain(mcp))
	if e.md.Path() != WellKnownPath && served(mux, "", WellKnownPath) == "" {
		func() {
			defer func() { _ = recover() }() // the root document is optional: a conflict there costs nothing
			mux.Handle(WellKnownPath, e.md)
		}()
	}
	return nil
}

// served returns the pattern of mux that serves path (on host, or on any
// host) for some method, or "" when none does.
func served(mux *http.ServeMux, host, path string) string {
	lookup := path
	if lookup == "/{$}" {
		lookup = "/"
	}
	for _, h := range []string{"mux.invalid", host} {
		if h == "" {
			continue
		}
		for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
			http.MethodDelete, http.MethodOptions, http.MethodConnect, http.MethodTrace} {
			r, err := http.NewRequest(m, "http://"+h+lookup, nil)
			if err != nil {
				continue
			}
			if _, pattern := mux.Handler(r); pattern != "" && patternPath(pattern) == path {
				return pattern
			}
		}
	}
	return ""
}

// patternPath is the path of a ServeMux pattern ("POST host/mcp" → "/mcp").
func patternPath(pattern string) string {
	if _, rest, ok := strings.Cut(pattern, " "); ok {
		pattern = rest
	}
	if i := strings.IndexByte(pattern, '/'); i >= 0 {
		return pattern[i:]
	}
	return pattern
}

// Gate is the endpoint's gate.
func (e *Endpoint) Gate() *Gate {
	if e == nil {
		return nil
	}
	return e.gate
}

// Metadata is the endpoint's RFC 9728 metadata.
func (e *Endpoint) Metadata() *ResourceMetadata {
	if e == nil {
		return nil
	}
	return e.md
}
