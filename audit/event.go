package audit

import (
	"context"
	"log/slog"
	"time"
)

// Outcome is what was decided about a request.
type Outcome string

// The outcomes, one per kind of answer, by the HTTP status answered. A
// request the chain let through and the MCP handler refused (go-sdk's 403
// to another user's session) has the outcome of its status and Reason
// ReasonHandler.
const (
	Allowed         Outcome = "allowed"
	Unauthenticated Outcome = "unauthenticated" // 401
	Forbidden       Outcome = "forbidden"       // 403
	RateLimited     Outcome = "rate_limited"    // 429
	Unavailable     Outcome = "unavailable"     // 503
	BadRequest      Outcome = "bad_request"     // 400, 413, 415, 431
	Failed          Outcome = "failed"          // any other refusal (500, ...)
)

// Reason codes: why a request was refused, from the layer that refused it.
// They are stable; new ones may be added.
const (
	ReasonNoCredential       = "no_credential"       // 401 without a credential
	ReasonInvalidCredential  = "invalid_credential"  // 401: a bad, expired or revoked key or token
	ReasonInvalidRequest     = "invalid_request"     // 400 from the gate: a token in the query, two credentials...
	ReasonInsufficientScope  = "insufficient_scope"  // 403 with a challenge: a scope would help
	ReasonPolicyDenied       = "policy_denied"       // 403: no scope would help
	ReasonAuthUnavailable    = "auth_unavailable"    // 503: a key store, JWKS or introspection endpoint failed
	ReasonMalformed          = "malformed"           // 400/413/415: the body or the MCP headers did not parse
	ReasonOrigin             = "origin"              // 403: a browser Origin not allowed
	ReasonRateLimited        = "rate_limited"        // 429
	ReasonLimiterUnavailable = "limiter_unavailable" // 503: the rate limiter failed closed
	ReasonHandler            = "handler"             // the MCP handler refused after the chain allowed (404 session, 403 session user...)
	ReasonNoResponse         = "no_response"         // nothing was answered: the client went away while a layer decided
	ReasonPanic              = "panic"               // the handler panicked
)

// Event is one decision: one request, or one operation of a batch. Time
// and durations are those of the request. No field ever holds a
// credential, a header value or an argument value.
type Event struct {
	Time      time.Time
	RequestID string // from Config.RequestIDHeader, else generated

	Outcome Outcome
	Status  int    // the HTTP status answered
	Reason  string // a Reason* code; "" when allowed

	// Who: empty when no credential was recognised.
	Authenticator string // how the caller authenticated: jwt, apikey, introspection, anonymous
	Subject       string
	Issuer        string
	KeyID         string // the API key id, or the kid of the JWT's signing key
	ClientID      string // the JWT's client_id (or azp) claim

	// What: empty for a request without MCP operations (GET, DELETE) or
	// one refused before its body was read.
	Method    string   // the MCP method: tools/call, initialize...
	Name      string   // the tool, prompt or resource URI
	Arguments []string // argument names, sorted; only with Config.ArgumentNames
	Index     int      // the operation's index in its batch
	Count     int      // the operations in the request (1 unless a batch)
	Rule      string   // the policy rule that decided, when a policy did

	// Limits: the policy that refused, or the one with the least quota left.
	LimitPolicy    string
	LimitRemaining int // -1 when no limit counted the request

	ProtocolVersion string // MCP-Protocol-Version
	Session         string // a hash of Mcp-Session-Id (16 hex digits), never the id
	RemoteAddr      string // the client's address (Config.ClientIP)
	HTTPMethod      string
	Path            string

	AuthLatency time.Duration // from the request's arrival until the chain let it through or refused it
	Latency     time.Duration // of the whole request, until its response was done
}

// An Observer receives every event, synchronously, on the request's
// goroutine: it must not block. The event is valid only during the call
// (the Auditor reuses it): copy what you keep. ctx is the request's.
type Observer interface {
	Observe(ctx context.Context, e *Event)
}

// ObserverFunc adapts a function to an Observer.
type ObserverFunc func(ctx context.Context, e *Event)

// Observe calls f.
func (f ObserverFunc) Observe(ctx context.Context, e *Event) { f(ctx, e) }

// Attrs returns e as slog attributes, with the schema's names (snake
// case; durations in milliseconds as floats): what the Auditor logs, in
// a record whose time is e.Time — so Time is not among them.
func (e *Event) Attrs() []slog.Attr {
	return e.appendAttrs(make([]slog.Attr, 0, 26))
}

func (e *Event) appendAttrs(a []slog.Attr) []slog.Attr {
	str := func(k, v string) {
		if v != "" {
			a = append(a, slog.String(k, v))
		}
	}
	str("request_id", e.RequestID)
	a = append(a, slog.String("outcome", string(e.Outcome)), slog.Int("status", e.Status))
	str("reason", e.Reason)
	str("authenticator", e.Authenticator)
	str("subject", e.Subject)
	str("issuer", e.Issuer)
	str("key_id", e.KeyID)
	str("client_id", e.ClientID)
	str("mcp_method", e.Method)
	str("name", e.Name)
	if e.Arguments != nil {
		a = append(a, slog.Any("arguments", e.Arguments))
	}
	if e.Count > 1 {
		a = append(a, slog.Int("index", e.Index), slog.Int("count", e.Count))
	}
	str("rule", e.Rule)
	if e.LimitRemaining >= 0 {
		a = append(a, slog.String("limit_policy", e.LimitPolicy), slog.Int("limit_remaining", e.LimitRemaining))
	}
	str("protocol_version", e.ProtocolVersion)
	str("session", e.Session)
	str("remote_addr", e.RemoteAddr)
	a = append(a, slog.String("http_method", e.HTTPMethod), slog.String("path", e.Path),
		slog.Float64("auth_ms", ms(e.AuthLatency)), slog.Float64("latency_ms", ms(e.Latency)))
	return a
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
