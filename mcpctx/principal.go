package mcpctx

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Method names the way a principal was authenticated.
type Method string

// Authentication methods used by the authenticators in this module. Custom
// authenticators may define their own.
const (
	MethodJWT           Method = "jwt"           // a signed JWT access token
	MethodAPIKey        Method = "apikey"        // an API key
	MethodIntrospection Method = "introspection" // an opaque token checked by RFC 7662 introspection
	MethodAnonymous     Method = "anonymous"     // no credential: a public operation (see Anonymous)
)

// Anonymous returns the principal of a request that carries no credential
// and asks only for public operations. Its ID is the same for every such
// request: go-sdk binds a session created anonymously to it, so a request
// with a credential cannot use that session (403), and a client that steps
// up starts a new session with its token.
func Anonymous() *Principal {
	return &Principal{Subject: "anonymous", Method: MethodAnonymous}
}

// Principal is an authenticated caller. Authenticators create it; the gate
// checks it; tools read it. A Principal must not be modified once it has been
// handed to the gate: the same value is shared by every goroutine that
// serves the request.
type Principal struct {
	// Subject is the caller's stable identifier within Issuer: the JWT "sub"
	// claim, or the owner of an API key. It is never empty for an
	// authenticated principal.
	Subject string

	// Issuer names who vouches for Subject: the JWT "iss" claim, or a label
	// chosen by the authenticator (empty for API keys by default).
	Issuer string

	// Method is how the caller authenticated.
	Method Method

	// Scopes are the permissions granted to this credential.
	Scopes []string

	// KeyID identifies the credential without revealing it: the API key id,
	// or the "kid" of the key that signed a JWT. Safe to log.
	KeyID string

	// ExpiresAt is when this server stops accepting the credential — for a
	// JWT, its "exp" plus the configured leeway; the zero value means it
	// does not expire. The raw claim stays in Claims.
	ExpiresAt time.Time

	// Claims holds every claim of a JWT, or the metadata of an API key.
	// Treat it as read-only. Nothing in Claims raises a limit or grants
	// access unless the operator names the claim (and, for JWTs, the
	// issuers trusted to set it): claims are the credential's own words.
	Claims map[string]any

	// RateLimit is this credential's own rate limit ("600/m"), set by the
	// authenticator only from a field the operator controls — for an API
	// key, its record's RateLimit, never its metadata. Package ratelimit
	// uses it where a policy says UsePrincipalLimit. Empty means none.
	RateLimit string
}

// ID returns an identifier for the principal that is unique across
// authentication methods and issuers, so that "alice" from one issuer is
// never mistaken for "alice" from another or for the owner of an API key
// named "alice". It has the form
//
//	<method>:<quoted issuer>:<subject>
//
// for example jwt:"https://idp.example.com":alice or apikey:"":alice; the
// issuer is quoted as a Go string literal so that no choice of issuer and
// subject can produce the ID of another pair. The gate hands ID to go-sdk as
// TokenInfo.UserID, which binds each session to one principal; rate limiters
// key on it too. A nil principal has the empty ID.
func (p *Principal) ID() string {
	if p == nil {
		return ""
	}
	var b strings.Builder
	b.Grow(len(p.Method) + len(p.Issuer) + len(p.Subject) + 4)
	b.WriteString(string(p.Method))
	b.WriteByte(':')
	b.WriteString(strconv.Quote(p.Issuer))
	b.WriteByte(':')
	b.WriteString(p.Subject)
	return b.String()
}

// HasScope reports whether the principal was granted scope.
func (p *Principal) HasScope(scope string) bool {
	return p != nil && slices.Contains(p.Scopes, scope)
}

// MissingScopes returns the scopes from required that the principal lacks, in
// the order given; it returns nil when every one is granted.
func (p *Principal) MissingScopes(required ...string) []string {
	var missing []string
	for _, s := range required {
		if !p.HasScope(s) {
			missing = append(missing, s)
		}
	}
	return missing
}

// Expired reports whether the principal's credential has expired at now. A
// nil principal carries no credential, and so none that expired.
func (p *Principal) Expired(now time.Time) bool {
	return p != nil && !p.ExpiresAt.IsZero() && !now.Before(p.ExpiresAt)
}
