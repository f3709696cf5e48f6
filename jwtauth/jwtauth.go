package jwtauth

import (
	"bytes"
	"context"
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

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// DefaultAlgorithms are the signature algorithms accepted when
// Config.Algorithms is empty: asymmetric ones only.
var DefaultAlgorithms = []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}

// DefaultMaxTokenBytes bounds the size of a token when Config.MaxTokenBytes
// is zero.
const DefaultMaxTokenBytes = 16 << 10

// Causes of rejected tokens, wrapped in mcpauth errors of kind
// ErrInvalidCredential: match them with errors.Is.
var (
	ErrMalformed    = errors.New("jwtauth: malformed token")
	ErrTooLarge     = errors.New("jwtauth: token too large")
	ErrAlgorithm    = errors.New("jwtauth: algorithm not allowed")
	ErrUnknownKey   = errors.New("jwtauth: no key for token")
	ErrSignature    = errors.New("jwtauth: bad signature")
	ErrExpired      = errors.New("jwtauth: token expired")
	ErrNotYetValid  = errors.New("jwtauth: token not yet valid")
	ErrIssuer       = errors.New("jwtauth: wrong issuer")
	ErrAudience     = errors.New("jwtauth: wrong audience")
	ErrMissingClaim = errors.New("jwtauth: required claim missing")
)

// Config configures an [Authenticator].
type Config struct {
	// Issuer must equal the token's "iss" claim exactly. Required.
	Issuer string

	// Audiences lists the identifiers this resource accepts; the token's
	// "aud" (a string or an array) must contain at least one of them. For
	// MCP this is the canonical resource URL (RFC 8707). Required.
	Audiences []string

	// Keys verifies signatures: a [KeySet] from [StaticKey], [ParseJWKS] or
	// [ReadJWKSFile]. Required.
	Keys KeySource

	// Algorithms lists the accepted "alg" values; DefaultAlgorithms when
	// empty. "none" and the HMAC algorithms are refused: a resource server
	// verifying with public keys must never accept them.
	Algorithms []string

	// Leeway is the clock skew tolerated when checking "exp", "nbf" and
	// "iat". Zero tolerates none; a few seconds to a minute is typical.
	Leeway time.Duration

	// MaxTokenBytes rejects longer tokens before any parsing;
	// DefaultMaxTokenBytes when zero.
	MaxTokenBytes int
}

// Authenticator verifies JWT access tokens sent as "Authorization: Bearer".
// It claims only bearer tokens in JWS compact form (three dot-separated
// parts), so API keys and opaque tokens on the same endpoint reach their own
// authenticators. Create it with [New]; it is safe for concurrent use.
type Authenticator struct {
	issuer   string
	auds     []string
	keys     KeySource
	algs     []string
	leeway   time.Duration
	maxBytes int
	now      func() time.Time
}

// New returns an Authenticator for cfg, or an error naming what is missing.
func New(cfg Config) (*Authenticator, error) {
	if cfg.Issuer == "" {
		return nil, errors.New("jwtauth: Config.Issuer is required")
	}
	if len(cfg.Audiences) == 0 || slices.Contains(cfg.Audiences, "") {
		return nil, errors.New("jwtauth: Config.Audiences is required and must not contain an empty audience")
	}
	if cfg.Keys == nil {
		return nil, errors.New("jwtauth: Config.Keys is required")
	}
	algs := cfg.Algorithms
	if len(algs) == 0 {
		algs = DefaultAlgorithms
	}
	for _, alg := range algs {
		if !slices.Contains(DefaultAlgorithms, alg) && alg != "Ed25519" {
			return nil, fmt.Errorf("jwtauth: algorithm %q is not allowed (asymmetric signature algorithms only)", alg)
		}
	}
	if cfg.Leeway < 0 {
		return nil, errors.New("jwtauth: Config.Leeway is negative")
	}
	maxBytes := cfg.MaxTokenBytes
	if maxBytes == 0 {
		maxBytes = DefaultMaxTokenBytes
	}
	return &Authenticator{
		issuer:   cfg.Issuer,
		auds:     slices.Clone(cfg.Audiences),
		keys:     cfg.Keys,
		algs:     slices.Clone(algs),
		leeway:   cfg.Leeway,
		maxBytes: maxBytes,
		now:      time.Now,
	}, nil
}

// Authenticate implements mcpauth.Authenticator.
func (a *Authenticator) Authenticate(r *http.Request) (*mcpctx.Principal, error) {
	token, ok := mcpauth.BearerToken(r)
	if !ok || strings.Count(token, ".") != 2 {
		return nil, mcpauth.ErrNoCredential
	}
	return a.Verify(r.Context(), token)
}

// Verify checks a compact-serialized JWT and returns its principal. Errors
// are mcpauth errors of kind ErrInvalidCredential (wrapping one of this
// package's causes) or ErrUnavailable; they never contain the token.
func (a *Authenticator) Verify(ctx context.Context, token string) (*mcpctx.Principal, error) {
	if len(token) > a.maxBytes {
		return nil, invalid("token too large", ErrTooLarge)
	}
	hdrB64, rest, ok1 := strings.Cut(token, ".")
	payloadB64, _, ok2 := strings.Cut(rest, ".")
	if !ok1 || !ok2 || strings.Count(rest, ".") != 1 {
		return nil, invalid("malformed token: JWS compact serialization required", ErrMalformed)
	}
	var hdr struct {
		Alg  string          `json:"alg"`
		Kid  string          `json:"kid"`
		Crit json.RawMessage `json:"crit"`
	}
	if err := decodeSegment(hdrB64, &hdr); err != nil {
		return nil, invalid("malformed token header", fmt.Errorf("%w: header: %v", ErrMalformed, err))
	}
	if hdr.Crit != nil {
		return nil, invalid("unsupported critical header parameters", fmt.Errorf("%w: crit present", ErrMalformed))
	}
	if !slices.Contains(a.algs, hdr.Alg) {
		return nil, invalid("signing algorithm not allowed", fmt.Errorf("%w: %q", ErrAlgorithm, hdr.Alg))
	}
	alg, ok := jwa.LookupSignatureAlgorithm(hdr.Alg)
	if !ok {
		return nil, invalid("signing algorithm not allowed", fmt.Errorf("%w: %q", ErrAlgorithm, hdr.Alg))
	}
	candidates, err := a.keys.keys(ctx, hdr.Kid)
	if err != nil {
		return nil, err
	}
	verified := false
	tried := 0
	for _, k := range candidates {
		if !k.compatible(hdr.Alg) {
			continue
		}
		tried++
		if _, err := jws.VerifyCompactFast(k.raw, []byte(token), alg); err == nil {
			verified = true
			break
		}
	}
	if tried == 0 {
		return nil, invalid("no verification key for this token", fmt.Errorf("%w: kid %q alg %s", ErrUnknownKey, hdr.Kid, hdr.Alg))
	}
	if !verified {
		return nil, invalid("signature verification failed", ErrSignature)
	}

	var claims map[string]any
	if err := decodeSegment(payloadB64, &claims); err != nil || claims == nil {
		return nil, invalid("malformed token claims", fmt.Errorf("%w: claims: %v", ErrMalformed, err))
	}
	p, err := a.validate(claims)
	if err != nil {
		return nil, err
	}
	p.KeyID = hdr.Kid
	return p, nil
}

// validate checks the registered claims and maps the token to a principal.
func (a *Authenticator) validate(claims map[string]any) (*mcpctx.Principal, error) {
	now := a.now()
	iss, _ := claims["iss"].(string)
	if iss != a.issuer {
		return nil, invalid("token issuer not accepted", ErrIssuer)
	}
	if !audienceMatches(claims["aud"], a.auds) {
		return nil, invalid("token audience not accepted", ErrAudience)
	}
	exp, ok, err := numericDate(claims, "exp")
	if err != nil {
		return nil, invalid("malformed exp claim", fmt.Errorf("%w: %v", ErrMalformed, err))
	}
	if !ok {
		return nil, invalid("token has no expiry", fmt.Errorf("%w: exp", ErrMissingClaim))
	}
	if !now.Before(exp.Add(a.leeway)) {
		return nil, invalid("token expired", ErrExpired)
	}
	if nbf, ok, err := numericDate(claims, "nbf"); err != nil {
		return nil, invalid("malformed nbf claim", fmt.Errorf("%w: %v", ErrMalformed, err))
	} else if ok && now.Add(a.leeway).Before(nbf) {
		return nil, invalid("token not yet valid", ErrNotYetValid)
	}
	if iat, ok, err := numericDate(claims, "iat"); err != nil {
		return nil, invalid("malformed iat claim", fmt.Errorf("%w: %v", ErrMalformed, err))
	} else if ok && now.Add(a.leeway).Before(iat) {
		return nil, invalid("token issued in the future", ErrNotYetValid)
	}
	sub, _ := claims["sub"].(string)
	if sub == "" {
		return nil, invalid("token has no subject", fmt.Errorf("%w: sub", ErrMissingClaim))
	}
	return &mcpctx.Principal{
		Subject:   sub,
		Issuer:    iss,
		Method:    mcpctx.MethodJWT,
		Scopes:    scopesOf(claims),
		ExpiresAt: exp,
		Claims:    claims,
	}, nil
}

func invalid(desc string, cause error) error { return mcpauth.InvalidCredential(desc, cause) }

// decodeSegment base64url-decodes (unpadded, strict) and JSON-decodes one
// token segment. Numbers stay json.Number so that large values keep their
// precision.
func decodeSegment(seg string, v any) error {
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

// audienceMatches reports whether aud (a string or an array of strings)
// names one of want.
func audienceMatches(aud any, want []string) bool {
	switch v := aud.(type) {
	case string:
		return slices.Contains(want, v)
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok && slices.Contains(want, s) {
				return true
			}
		}
	}
	return false
}

// numericDate reads a NumericDate claim (seconds since the epoch, possibly
// fractional).
func numericDate(claims map[string]any, name string) (time.Time, bool, error) {
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

// scopesOf reads "scope" (space-delimited, RFC 8693/9068) or, failing that,
// "scp" (an array or a space-delimited string, as Entra ID and Okta send).
func scopesOf(claims map[string]any) []string {
	if s, ok := claims["scope"].(string); ok {
		return strings.Fields(s)
	}
	switch v := claims["scp"].(type) {
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
