package jwtauth

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/internal/ttlcache"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// Client authentication methods for the introspection endpoint (RFC 7591
// names).
const (
	ClientSecretBasic = "client_secret_basic"
	ClientSecretPost  = "client_secret_post"
)

// ErrInactive is the cause when the introspection endpoint reports a token
// inactive (expired, revoked, unknown, or not for this client).
var ErrInactive = errors.New("jwtauth: token inactive")

// IntrospectionConfig configures an [Introspector].
type IntrospectionConfig struct {
	// URL of the RFC 7662 introspection endpoint; https required.
	URL string
	// AllowInsecureLoopback permits an http URL on a loopback host.
	AllowInsecureLoopback bool

	// ClientID and ClientSecret authenticate this resource server to the
	// endpoint, by AuthMethod: ClientSecretBasic (default) or
	// ClientSecretPost.
	ClientID     string
	ClientSecret string
	AuthMethod   string

	// Client makes the requests; nil uses one that follows no redirects.
	// Timeout bounds each call (default 5 s).
	Client  *http.Client
	Timeout time.Duration

	// Issuer, if set, must equal the response's "iss", and names the
	// principals' issuer (otherwise the endpoint URL does).
	Issuer string
	// Audiences this resource accepts: the response's "aud" must name one
	// of them (a response without "aud" is refused). Required, unless
	// AllowAnyAudience: many authorization servers report any of their
	// tokens active, including ones issued for other resources, and MCP
	// servers must not accept those (RFC 8707).
	Audiences []string
	// AllowAnyAudience skips the audience check, for an authorization
	// server that only reports tokens issued for this resource.
	AllowAnyAudience bool

	// SubjectClaims are tried in order for the subject; default ["sub"].
	SubjectClaims []string
	// Leeway is the clock skew tolerated for "exp", "nbf" and "iat", as
	// for JWTs (Config.Leeway): at most MaxLeeway.
	Leeway time.Duration
	// MaxTokenBytes refuses longer tokens before the endpoint is asked;
	// DefaultMaxTokenBytes when zero.
	MaxTokenBytes int
	// MapPrincipal may adjust the principal built from a response.
	MapPrincipal func(*mcpctx.Principal, Claims) error

	// CacheTTL, when positive, caches active responses keyed by the
	// SHA-256 of the token, for at most CacheTTL and never past the
	// token's "exp". Inactive responses are never cached. A revoked token
	// keeps working for up to CacheTTL. Zero disables the cache.
	CacheTTL time.Duration
	// CacheSize bounds the cache; DefaultCacheSize when zero.
	CacheSize int

	// Now is the clock; time.Now when nil — for tests and for servers
	// with their own clock. It decides the response's "exp", "nbf" and
	// "iat" and when cached responses lapse. The endpoint's Timeout runs
	// on real time.
	Now func() time.Time

	// Monitor, if set, is told of every call of the endpoint (a call
	// named audit.CallIntrospection, timed and ended with its error) and
	// of every cache lookup (hit or miss). otelaudit.NewMonitor makes one.
	Monitor audit.Monitor
}

// Introspector authenticates opaque bearer tokens by asking the
// authorization server (RFC 7662). It claims every well-formed bearer token
// it is shown, so list it after the JWT and API-key authenticators.
type Introspector struct {
	cfg      IntrospectionConfig
	client   *http.Client
	issuer   string
	rules    claimRules // shared with JWTs: time claims, subject, scopes, MapPrincipal
	maxBytes int
	cache    *ttlcache.Cache[[32]byte, *mcpctx.Principal]
	now      func() time.Time
}

// NewIntrospector validates cfg and returns an Introspector, or an error
// naming the field that is wrong: URL, ClientID and ClientSecret are
// required; Audiences (unless AllowAnyAudience) must be non-empty and hold
// no empty entry, as must SubjectClaims; Timeout, CacheTTL and CacheSize
// must not be negative.
func NewIntrospector(cfg IntrospectionConfig) (*Introspector, error) {
	if cfg.URL == "" {
		return nil, errors.New("jwtauth: IntrospectionConfig.URL is empty")
	}
	if err := checkURL(cfg.URL, cfg.AllowInsecureLoopback); err != nil {
		return nil, fmt.Errorf("jwtauth: IntrospectionConfig.URL %w", err)
	}
	if cfg.ClientID == "" {
		return nil, errors.New("jwtauth: IntrospectionConfig.ClientID is required")
	}
	if cfg.ClientSecret == "" {
		return nil, errors.New("jwtauth: IntrospectionConfig.ClientSecret is empty: the introspection endpoint authenticates this resource server")
	}
	switch cfg.AuthMethod {
	case "":
		cfg.AuthMethod = ClientSecretBasic
	case ClientSecretBasic, ClientSecretPost:
	default:
		return nil, fmt.Errorf("jwtauth: IntrospectionConfig.AuthMethod %q is not supported", cfg.AuthMethod)
	}
	if i := slices.Index(cfg.Audiences, ""); i >= 0 {
		return nil, fmt.Errorf("jwtauth: IntrospectionConfig.Audiences[%d] is empty", i)
	}
	if len(cfg.Audiences) == 0 && !cfg.AllowAnyAudience {
		return nil, errors.New("jwtauth: IntrospectionConfig.Audiences is required (or set AllowAnyAudience)")
	}
	if i := slices.Index(cfg.SubjectClaims, ""); i >= 0 {
		return nil, fmt.Errorf("jwtauth: IntrospectionConfig.SubjectClaims[%d] is empty", i)
	}
	switch {
	case cfg.Leeway < 0 || cfg.Leeway > MaxLeeway:
		return nil, fmt.Errorf("jwtauth: IntrospectionConfig.Leeway must be between 0 and %v", MaxLeeway)
	case cfg.MaxTokenBytes < 0:
		return nil, errors.New("jwtauth: IntrospectionConfig.MaxTokenBytes is negative")
	case cfg.Timeout < 0:
		return nil, errors.New("jwtauth: IntrospectionConfig.Timeout is negative")
	case cfg.CacheTTL < 0:
		return nil, errors.New("jwtauth: IntrospectionConfig.CacheTTL is negative")
	case cfg.CacheSize < 0:
		return nil, errors.New("jwtauth: IntrospectionConfig.CacheSize is negative")
	case cfg.Monitor != nil && nilcheck.Nil(cfg.Monitor):
		return nil, errors.New("jwtauth: IntrospectionConfig.Monitor holds a nil pointer")
	}
	cfg.Audiences = slices.Clone(cfg.Audiences)
	cfg.SubjectClaims = slices.Clone(cfg.SubjectClaims)
	if cfg.Timeout == 0 {
		cfg.Timeout = 5 * time.Second
	}
	in := &Introspector{cfg: cfg, client: cfg.Client, issuer: cfg.Issuer, maxBytes: cfg.MaxTokenBytes, now: cfg.Now,
		// "exp" is optional in a response (RFC 7662 §2.2); scopes are in "scope".
		rules: claimRules{leeway: cfg.Leeway, noExpOK: true, subjects: cfg.SubjectClaims, scope: "scope", mapP: cfg.MapPrincipal}}
	if in.now == nil {
		in.now = time.Now
	}
	if in.maxBytes == 0 {
		in.maxBytes = DefaultMaxTokenBytes
	}
	if in.client == nil {
		// No redirects: one would carry the token (and, with
		// client_secret_post, the secret) to another URL.
		in.client = newHTTPClient(cfg.Timeout, cfg.AllowInsecureLoopback)
		in.client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	}
	if in.issuer == "" {
		in.issuer = cfg.URL
	}
	if cfg.CacheTTL > 0 {
		size := cfg.CacheSize
		if size == 0 {
			size = DefaultCacheSize
		}
		in.cache = ttlcache.New[[32]byte, *mcpctx.Principal](size)
		in.cache.SetClock(func() time.Time { return in.now() })
	}
	return in, nil
}

// Authenticate implements mcpauth.Authenticator.
func (in *Introspector) Authenticate(r *http.Request) (*mcpctx.Principal, error) {
	token, ok := mcpauth.BearerToken(r)
	if !ok {
		return nil, mcpauth.ErrNoCredential
	}
	return in.Verify(r.Context(), token)
}

// Verify introspects token. A failing endpoint yields an error of kind
// mcpauth.ErrUnavailable (503); an inactive or unacceptable token one of
// kind ErrInvalidCredential. On an Introspector that NewIntrospector did
// not make (the zero value, or nil) every call fails with ErrUnavailable.
func (in *Introspector) Verify(ctx context.Context, token string) (*mcpctx.Principal, error) {
	if in == nil || in.client == nil {
		return nil, notConstructed()
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if len(token) > in.maxBytes {
		return nil, invalid("token too large", ErrTooLarge)
	}
	var sum [32]byte
	if in.cache != nil {
		sum = sha256.Sum256([]byte(token))
		p, ok := in.cache.Get(sum)
		if in.cfg.Monitor != nil {
			in.cfg.Monitor.Cache(ctx, audit.CallIntrospection, ok)
		}
		if ok {
			return p, nil
		}
	}
	claims, err := in.introspect(ctx, token)
	if err != nil {
		return nil, err
	}
	p, err := in.principal(claims)
	if err != nil {
		return nil, err
	}
	if in.cache != nil {
		until := in.now().Add(in.cfg.CacheTTL)
		if !p.ExpiresAt.IsZero() && p.ExpiresAt.Before(until) {
			until = p.ExpiresAt
		}
		in.cache.Set(sum, p, until)
	}
	return p, nil
}

func (in *Introspector) introspect(ctx context.Context, token string) (_ Claims, err error) {
	ctx, span := audit.StartCall(ctx, in.cfg.Monitor, audit.CallIntrospection)
	defer func() { span.End(err) }()
	form := url.Values{"token": {token}, "token_type_hint": {"access_token"}}
	if in.cfg.AuthMethod == ClientSecretPost {
		form.Set("client_id", in.cfg.ClientID)
		form.Set("client_secret", in.cfg.ClientSecret)
	}
	ctx, cancel := context.WithTimeout(ctx, in.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, in.cfg.URL, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, mcpauth.Unavailable("token introspection unavailable", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	if in.cfg.AuthMethod == ClientSecretBasic {
		// RFC 6749 §2.3.1: form-encode the credentials before Basic.
		req.SetBasicAuth(url.QueryEscape(in.cfg.ClientID), url.QueryEscape(in.cfg.ClientSecret))
	}
	resp, err := in.client.Do(req)
	if err != nil {
		return nil, mcpauth.Unavailable("token introspection unavailable", fmt.Errorf("introspection request: %w", err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, mcpauth.Unavailable("token introspection unavailable", fmt.Errorf("introspection endpoint answered %s", resp.Status))
	}
	data, err := readLimited(resp.Body, 1<<20)
	if err != nil {
		return nil, mcpauth.Unavailable("token introspection unavailable", fmt.Errorf("introspection response: %w", err))
	}
	var claims Claims
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&claims); err != nil || claims == nil {
		return nil, mcpauth.Unavailable("token introspection unavailable", fmt.Errorf("introspection response is not a JSON object: %v", err))
	}
	return claims, nil
}

func (in *Introspector) principal(claims Claims) (*mcpctx.Principal, error) {
	if active, _ := claims["active"].(bool); !active {
		return nil, invalid("token is not active", ErrInactive)
	}
	if in.cfg.Issuer != "" {
		if iss, _ := claims["iss"].(string); iss != in.cfg.Issuer {
			return nil, invalid("token issuer not accepted", ErrIssuer)
		}
	}
	return in.rules.principal(claims, in.now(), in.issuer, mcpctx.MethodIntrospection, in.cfg.Audiences, in.cfg.AllowAnyAudience)
}
