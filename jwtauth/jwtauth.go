package jwtauth

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jws"
	"github.com/modelcontextprotocol/go-sdk/auth"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/ttlcache"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// DefaultAlgorithms are the signature algorithms accepted when
// Config.Algorithms is empty: asymmetric ones only.
var DefaultAlgorithms = []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}

// Defaults for Config.
const (
	DefaultMaxTokenBytes = 16 << 10
	DefaultCacheSize     = 10000
	DefaultCacheTTL      = 5 * time.Minute
	// MaxLeeway is the largest Config.Leeway accepted.
	MaxLeeway = 5 * time.Minute
	// maxHeaderValue bounds kid and typ: real ones are short, and they end
	// up in error causes and the negative-kid cache.
	maxHeaderValue = 256
)

// Causes of rejected tokens, wrapped in mcpauth errors of kind
// ErrInvalidCredential: match them with errors.Is.
var (
	ErrMalformed    = errors.New("jwtauth: malformed token")
	ErrTooLarge     = errors.New("jwtauth: token too large")
	ErrAlgorithm    = errors.New("jwtauth: algorithm not allowed")
	ErrType         = errors.New("jwtauth: wrong token type")
	ErrUnknownKey   = errors.New("jwtauth: no key for token")
	ErrSignature    = errors.New("jwtauth: bad signature")
	ErrExpired      = errors.New("jwtauth: token expired")
	ErrNotYetValid  = errors.New("jwtauth: token not yet valid")
	ErrIssuer       = errors.New("jwtauth: issuer not accepted")
	ErrAudience     = errors.New("jwtauth: wrong audience")
	ErrMissingClaim = errors.New("jwtauth: required claim missing")
	ErrPolicy       = errors.New("jwtauth: rejected by a validator")
)

// Issuer is one trusted token issuer with its keys and the audiences its
// tokens must name.
type Issuer struct {
	// Issuer must equal the token's "iss" exactly.
	Issuer string
	// Audiences this resource accepts from the issuer; the token's "aud"
	// must contain at least one. For MCP: the canonical resource URL.
	Audiences []string
	// Keys verifies the issuer's signatures: a RemoteJWKS, or a KeySet from
	// StaticKey, ParseJWKS or ReadJWKSFile.
	Keys KeySource
}

// Claims are a verified token's claims, as decoded from JSON (numbers are
// json.Number).
type Claims = map[string]any

// Config configures an [Authenticator]. Issuer, Audiences and Keys describe
// the usual single issuer; Issuers adds more (multi-tenant). At least one
// issuer is required.
type Config struct {
	Issuer    string
	Audiences []string
	Keys      KeySource

	// Issuers are further trusted issuers. A token is checked against the
	// one its unverified "iss" names — chosen only among these, before any
	// key is fetched; a token naming another issuer is refused outright.
	Issuers []Issuer

	// Algorithms lists the accepted "alg" values; DefaultAlgorithms when
	// empty. "none" and the HMAC algorithms are refused: a resource server
	// verifying with public keys must never accept them.
	Algorithms []string

	// Leeway is the clock skew tolerated for "exp", "nbf" and "iat".
	// Zero tolerates none; a few seconds to a minute is typical; more than
	// MaxLeeway is refused.
	Leeway time.Duration

	// AllowMissingExpiry accepts tokens without "exp". By default they are
	// refused: a token that never expires cannot be contained.
	AllowMissingExpiry bool

	// RequiredType, if set, must equal the header "typ" — "at+jwt" for RFC
	// 9068 access tokens (compared case-insensitively, with or without
	// "application/"). This stops ID tokens being used as access tokens.
	RequiredType string

	// RequiredClaims must be present (any value but null).
	RequiredClaims []string

	// Validators run after every built-in check; an error rejects the token
	// with 401 invalid_token ("token rejected by policy") and is kept as the
	// cause for logs. A token answered from the verified-token cache is not
	// validated again until its entry lapses (CacheTTL): a validator that
	// consults changing data (a deny list) needs a short CacheTTL, or
	// CacheSize -1.
	Validators []func(Claims) error

	// SubjectClaims are tried in order for the principal's subject; the
	// first non-empty string wins. Default ["sub"]. Add "client_id" or
	// "azp" to accept client-credentials tokens without "sub".
	SubjectClaims []string

	// ScopeClaim names the claim scopes are read from (a space-delimited
	// string or an array of strings). Default: "scope", then "scp".
	ScopeClaim string

	// MapPrincipal, if set, may adjust the principal built from a verified
	// token (rename the subject, derive scopes from roles, ...); an error
	// rejects the token like a Validator. Like Validators, it runs once per
	// token per CacheTTL. The principal it returns is shared by every
	// request that presents the same token and must not change afterwards.
	MapPrincipal func(*mcpctx.Principal, Claims) error

	// MaxTokenBytes rejects longer tokens before any parsing;
	// DefaultMaxTokenBytes when zero.
	MaxTokenBytes int

	// CacheSize bounds the verified-token cache, keyed by the SHA-256 of
	// the token: a client re-sending a token it already used is answered
	// from memory, without parsing or signature check. Default
	// DefaultCacheSize entries; negative disables the cache.
	CacheSize int

	// CacheTTL is the longest a verified token is answered from the cache;
	// an entry never outlives the token's "exp" either. It bounds how long
	// a key withdrawn from the JWK Set keeps working for tokens already
	// seen. Default DefaultCacheTTL.
	CacheTTL time.Duration

	// Now is the clock; time.Now when nil — for tests and for servers
	// with their own clock. It decides "exp", "nbf" and "iat" and when
	// verified-token cache entries lapse. A Provider hands it to every
	// endpoint's authenticator, and to its RemoteJWKS when
	// RemoteJWKSOptions.Now is nil.
	Now func() time.Time
}

// Authenticator verifies JWT access tokens sent as "Authorization: Bearer".
// It claims only bearer tokens in JWS compact form (three dot-separated
// parts), so API keys and opaque tokens on the same endpoint reach their own
// authenticators. Create it with [New]; it is safe for concurrent use.
type Authenticator struct {
	issuers  map[string]*Issuer
	algs     []string
	typ      string
	rules    claimRules
	maxBytes int
	cache    *ttlcache.Cache[[32]byte, *mcpctx.Principal]
	cacheTTL time.Duration
	now      func() time.Time
}

// New returns an Authenticator for cfg, or an error naming the field that
// is wrong. Every issuer needs a non-empty Issuer, Audiences without an
// empty entry, and Keys that can verify something: nil (or a nil
// *KeySet or *RemoteJWKS), a KeySet without keys, a RemoteJWKS not made by
// NewRemoteJWKS and a closed one are refused here, not at the first token.
// Nil Validators, empty RequiredClaims or SubjectClaims entries, a negative
// MaxTokenBytes or CacheTTL and a Leeway outside [0, MaxLeeway] are refused
// too.
func New(cfg Config) (*Authenticator, error) {
	type named struct {
		field string // how the issuer is named in errors
		iss   Issuer
	}
	var issuers []named
	if cfg.Issuer != "" || cfg.Keys != nil || len(cfg.Audiences) > 0 {
		issuers = append(issuers, named{"Config", Issuer{Issuer: cfg.Issuer, Audiences: cfg.Audiences, Keys: cfg.Keys}})
	}
	for i, iss := range cfg.Issuers {
		issuers = append(issuers, named{fmt.Sprintf("Config.Issuers[%d]", i), iss})
	}
	if len(issuers) == 0 {
		return nil, errors.New("jwtauth: Config.Issuer (or Config.Issuers) is required")
	}
	a := &Authenticator{
		issuers: make(map[string]*Issuer, len(issuers)),
		typ:     strings.ToLower(strings.TrimPrefix(strings.ToLower(cfg.RequiredType), "application/")),
		rules: claimRules{
			leeway: cfg.Leeway, noExpOK: cfg.AllowMissingExpiry, required: slices.Clone(cfg.RequiredClaims),
			checks: slices.Clone(cfg.Validators), subjects: slices.Clone(cfg.SubjectClaims), scope: cfg.ScopeClaim, mapP: cfg.MapPrincipal,
		},
		maxBytes: cfg.MaxTokenBytes,
		cacheTTL: cfg.CacheTTL,
		now:      cfg.Now,
	}
	if a.now == nil {
		a.now = time.Now
	}
	for _, n := range issuers {
		iss := n.iss
		if iss.Issuer == "" {
			return nil, fmt.Errorf("jwtauth: %s.Issuer is empty", n.field)
		}
		if len(iss.Audiences) == 0 {
			return nil, fmt.Errorf("jwtauth: %s.Audiences is empty (issuer %q): name the audiences this resource accepts", n.field, iss.Issuer)
		}
		if i := slices.Index(iss.Audiences, ""); i >= 0 {
			return nil, fmt.Errorf("jwtauth: %s.Audiences[%d] is empty (issuer %q)", n.field, i, iss.Issuer)
		}
		if err := checkKeySource(iss.Keys); err != nil {
			return nil, fmt.Errorf("jwtauth: %s.Keys %w (issuer %q)", n.field, err, iss.Issuer)
		}
		if _, dup := a.issuers[iss.Issuer]; dup {
			return nil, fmt.Errorf("jwtauth: %s.Issuer: issuer %q configured twice", n.field, iss.Issuer)
		}
		a.issuers[iss.Issuer] = &Issuer{Issuer: iss.Issuer, Audiences: slices.Clone(iss.Audiences), Keys: iss.Keys}
	}
	a.algs = cfg.Algorithms
	if len(a.algs) == 0 {
		a.algs = DefaultAlgorithms
	}
	for i, alg := range a.algs {
		if !slices.Contains(DefaultAlgorithms, alg) {
			return nil, fmt.Errorf("jwtauth: Config.Algorithms[%d]: algorithm %q is not allowed (asymmetric signature algorithms only)", i, alg)
		}
	}
	a.algs = slices.Clone(a.algs)
	if cfg.Leeway < 0 || cfg.Leeway > MaxLeeway {
		return nil, fmt.Errorf("jwtauth: Config.Leeway must be between 0 and %v", MaxLeeway)
	}
	for i, check := range a.rules.checks {
		if check == nil {
			return nil, fmt.Errorf("jwtauth: Config.Validators[%d] is nil", i)
		}
	}
	if i := slices.Index(a.rules.required, ""); i >= 0 {
		return nil, fmt.Errorf("jwtauth: Config.RequiredClaims[%d] is empty", i)
	}
	if i := slices.Index(a.rules.subjects, ""); i >= 0 {
		return nil, fmt.Errorf("jwtauth: Config.SubjectClaims[%d] is empty", i)
	}
	if cfg.MaxTokenBytes < 0 {
		return nil, errors.New("jwtauth: Config.MaxTokenBytes is negative")
	}
	if cfg.CacheTTL < 0 {
		return nil, errors.New("jwtauth: Config.CacheTTL is negative")
	}
	if a.maxBytes == 0 {
		a.maxBytes = DefaultMaxTokenBytes
	}
	switch {
	case cfg.CacheSize == 0:
		a.cache = ttlcache.New[[32]byte, *mcpctx.Principal](DefaultCacheSize)
	case cfg.CacheSize > 0:
		a.cache = ttlcache.New[[32]byte, *mcpctx.Principal](cfg.CacheSize)
	}
	if a.cacheTTL == 0 {
		a.cacheTTL = DefaultCacheTTL
	}
	if a.cache != nil {
		a.cache.SetClock(func() time.Time { return a.now() })
	}
	return a, nil
}

// errNotConstructed is the cause when a method is called on an
// Authenticator (or Introspector) that its constructor did not make: the
// zero value, or nil. The gate answers 503 and logs it.
var errNotConstructed = errors.New("jwtauth: authenticator not created with its constructor (New or NewIntrospector)")

func notConstructed() error {
	return mcpauth.Unavailable("authentication is not configured", errNotConstructed)
}

// Authenticate implements mcpauth.Authenticator.
func (a *Authenticator) Authenticate(r *http.Request) (*mcpctx.Principal, error) {
	token, ok := mcpauth.BearerToken(r)
	if !ok || strings.Count(token, ".") != 2 {
		return nil, mcpauth.ErrNoCredential
	}
	return a.Verify(r.Context(), token)
}

// TokenVerifier adapts the Authenticator to go-sdk's auth.TokenVerifier, for
// use with auth.RequireBearerToken instead of the mcpauth gate. Rejected
// tokens wrap auth.ErrInvalidToken (401); a key source that is down yields
// another error (go-sdk answers 500).
func (a *Authenticator) TokenVerifier() auth.TokenVerifier {
	return func(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
		p, err := a.Verify(ctx, token)
		if err != nil {
			var e *mcpauth.Error
			if errors.Is(err, mcpauth.ErrInvalidCredential) && errors.As(err, &e) {
				return nil, fmt.Errorf("%w: %s", auth.ErrInvalidToken, e.Description)
			}
			return nil, err
		}
		return mcpctx.TokenInfo(p), nil
	}
}

// header is the part of the JOSE header that verification reads.
type header struct {
	Alg  string          `json:"alg"`
	Kid  string          `json:"kid"`
	Typ  string          `json:"typ"`
	Crit json.RawMessage `json:"crit"`
}

// Verify checks a compact-serialized JWT and returns its principal. Errors
// are mcpauth errors of kind ErrInvalidCredential (wrapping one of this
// package's causes) or ErrUnavailable; they never contain the token. On an
// Authenticator that New did not make (the zero value, or nil) every call
// fails with ErrUnavailable.
func (a *Authenticator) Verify(ctx context.Context, token string) (*mcpctx.Principal, error) {
	if a == nil || a.issuers == nil {
		return nil, notConstructed()
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if len(token) > a.maxBytes {
		return nil, invalid("token too large", ErrTooLarge)
	}
	var sum [32]byte
	if a.cache != nil {
		sum = sha256.Sum256([]byte(token))
		if p, ok := a.cache.Get(sum); ok {
			return p, nil
		}
	}
	hdrB64, rest, _ := strings.Cut(token, ".")
	payloadB64, sigB64, ok := strings.Cut(rest, ".")
	if !ok || strings.Count(rest, ".") != 1 {
		return nil, invalid("malformed token: JWS compact serialization required", ErrMalformed)
	}
	var hdr header
	if err := decodeSegment(hdrB64, &hdr); err != nil {
		return nil, invalid("malformed token header", fmt.Errorf("%w: header: %v", ErrMalformed, err))
	}
	if hdr.Crit != nil {
		return nil, invalid("unsupported critical header parameters", fmt.Errorf("%w: crit present", ErrMalformed))
	}
	if len(hdr.Kid) > maxHeaderValue || len(hdr.Typ) > maxHeaderValue {
		return nil, invalid("malformed token header", fmt.Errorf("%w: kid or typ too long", ErrMalformed))
	}
	if !slices.Contains(a.algs, hdr.Alg) {
		return nil, invalid("signing algorithm not allowed", fmt.Errorf("%w: %.32q", ErrAlgorithm, hdr.Alg))
	}
	if a.typ != "" && strings.TrimPrefix(strings.ToLower(hdr.Typ), "application/") != a.typ {
		return nil, invalid("wrong token type", fmt.Errorf("%w: %q", ErrType, hdr.Typ))
	}
	var claims Claims
	if err := decodeSegment(payloadB64, &claims); err != nil || claims == nil {
		return nil, invalid("malformed token claims", fmt.Errorf("%w: claims: %v", ErrMalformed, err))
	}
	// The signature too must be unpadded base64url, strictly (RFC 7515
	// §2): jwx's decoder would also take standard base64, padding and
	// stray low bits, and so many spellings of one token would pass —
	// each a new entry in the verified-token cache, and a way around any
	// list keyed on the token's text.
	if !strictBase64URL(sigB64) {
		return nil, invalid("malformed token signature", fmt.Errorf("%w: signature: bad base64url", ErrMalformed))
	}
	// Pick the issuer from the unverified claim, among configured ones
	// only, before any key is fetched.
	issName, _ := claims["iss"].(string)
	iss, ok := a.issuers[issName]
	if !ok {
		return nil, invalid("token issuer not accepted", ErrIssuer)
	}
	if err := a.verifySignature(ctx, iss, &hdr, token); err != nil {
		return nil, err
	}
	p, err := a.validate(iss, claims)
	if err != nil {
		return nil, err
	}
	p.KeyID = hdr.Kid
	if a.cache != nil && !p.ExpiresAt.IsZero() {
		// Never past the token's own exp, leeway or not.
		until := a.now().Add(a.cacheTTL)
		if exp := p.ExpiresAt.Add(-a.rules.leeway); exp.Before(until) {
			until = exp
		}
		a.cache.Set(sum, p, until)
	}
	return p, nil
}

func (a *Authenticator) verifySignature(ctx context.Context, iss *Issuer, hdr *header, token string) error {
	alg, ok := jwa.LookupSignatureAlgorithm(hdr.Alg)
	if !ok {
		return invalid("signing algorithm not allowed", fmt.Errorf("%w: %.32q", ErrAlgorithm, hdr.Alg))
	}
	candidates, err := iss.Keys.Keys(ctx, hdr.Kid)
	if err != nil {
		if e := (*mcpauth.Error)(nil); !errors.As(err, &e) { // a KeySource of the user's: its failure is 503
			err = mcpauth.Unavailable("verification keys are unavailable", err)
		}
		return err
	}
	// Keys from a source of the user's are checked as ours are when a
	// set is built: usable, strong enough, and for this kid.
	_, ownSet := iss.Keys.(*KeySet)
	_, ownRemote := iss.Keys.(*RemoteJWKS)
	foreign := !ownSet && !ownRemote
	tried := 0
	for _, k := range candidates {
		if k == nil || foreign && (k.KeyID != "" && hdr.Kid != "" && k.KeyID != hdr.Kid || checkPublicKey(k.Public) != nil) {
			continue
		}
		if !k.compatible(hdr.Alg) {
			continue
		}
		tried++
		if _, err := jws.VerifyCompactFast(k.Public, []byte(token), alg); err == nil {
			return nil
		}
	}
	if tried == 0 {
		return invalid("no verification key for this token", fmt.Errorf("%w: kid %q alg %s", ErrUnknownKey, hdr.Kid, hdr.Alg))
	}
	return invalid("signature verification failed", ErrSignature)
}

// validate checks the claims of a token whose signature is good and maps
// them to a principal.
func (a *Authenticator) validate(iss *Issuer, claims Claims) (*mcpctx.Principal, error) {
	return a.rules.principal(claims, a.now(), iss.Issuer, mcpctx.MethodJWT, iss.Audiences, false)
}

func invalid(desc string, cause error) error { return mcpauth.InvalidCredential(desc, cause) }

// strictBase64URL reports whether seg is unpadded base64url whose last
// character carries no stray bits: the one spelling of its bytes. Only
// the 64 characters of the alphabet pass (encoding/base64 skips \r and \n
// even in Strict mode).
func strictBase64URL(seg string) bool {
	if !base64URLAlphabet(seg) {
		return false
	}
	n, err := base64.RawURLEncoding.Strict().Decode(make([]byte, base64.RawURLEncoding.DecodedLen(len(seg))), []byte(seg))
	return err == nil && n == base64.RawURLEncoding.DecodedLen(len(seg))
}

// base64URLAlphabet reports whether seg holds only A-Z, a-z, 0-9, - and _.
func base64URLAlphabet(seg string) bool {
	for i := 0; i < len(seg); i++ {
		switch c := seg[i]; {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', c == '_':
		default:
			return false
		}
	}
	return true
}

// decodeSegment base64url-decodes (unpadded, strict) and JSON-decodes one
// token segment. Numbers stay json.Number so that large values keep their
// precision.
func decodeSegment(seg string, v any) error {
	if !base64URLAlphabet(seg) {
		return errors.New("bad base64url")
	}
	raw, err := base64.RawURLEncoding.Strict().DecodeString(seg)
	if err != nil {
		return errors.New("bad base64url")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return errors.New("bad JSON")
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}

// audienceMatches reports whether aud (a string or an array of strings;
// anything else, even an array with one non-string member, is refused)
// names one of want.
func audienceMatches(aud any, want []string) bool {
	switch v := aud.(type) {
	case string:
		return slices.Contains(want, v)
	case []any:
		match := false
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				return false
			}
			match = match || slices.Contains(want, s)
		}
		return match
	}
	return false
}

// numericDate reads a NumericDate claim (seconds since the epoch, possibly
// fractional).
func numericDate(claims Claims, name string) (time.Time, bool, error) {
	v, ok := claims[name]
	if !ok {
		return time.Time{}, false, nil
	}
	n, ok := v.(json.Number)
	if !ok {
		return time.Time{}, false, fmt.Errorf("%s is not a number", name)
	}
	f, err := n.Float64()
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f < 0 || f > 1<<40 {
		return time.Time{}, false, fmt.Errorf("%s is out of range", name)
	}
	sec, frac := math.Modf(f)
	return time.Unix(int64(sec), int64(frac*1e9)), true, nil
}

// scopesOf reads the configured scope claim or, by default, "scope"
// (space-delimited, RFC 9068) and then "scp" (an array or a string, as Entra
// ID and Okta send).
func scopeList(v any) []string {
	switch v := v.(type) {
	case string:
		return strings.Fields(v)
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok && s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
