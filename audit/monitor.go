package audit

import "context"

// The calls to dependencies that mcpauth's packages report to a Monitor.
const (
	CallJWKSFetch = "jwks.fetch"      // a fetch of a JWK Set (jwtauth.RemoteJWKS), background or for an unknown kid
	CallKeyLookup = "apikey.lookup"   // a lookup in an API-key store, past any apikey.Cache
	CallRateLimit = "ratelimit.redis" // a round trip of the Redis rate limiter (redislimit)
	// CallIntrospection is a call of an RFC 7662 introspection endpoint
	// (jwtauth.Introspector), past its cache.
	CallIntrospection = "introspection"
)

// A Monitor is told what the auth chain's dependencies do — the calls it
// makes to them (JWK Set fetches, key-store lookups, rate-limiter round
// trips), whether a cache in front of them answered, and the state
// changes of their circuit breakers — so that they can be counted, timed
// and traced. Give one to the option of each dependency
// (jwtauth.RemoteJWKSOptions.Monitor, jwtauth.IntrospectionConfig.Monitor,
// apikey.Config.Monitor and apikey.CacheOptions.Monitor,
// redislimit.Options.Monitor);
// otelaudit.NewMonitor makes one with OpenTelemetry.
//
// Its methods are called on the caller's goroutine, on the request path:
// they must be safe for concurrent use and must not block. name is one of
// the Call* constants, or a name of your own for a dependency of yours.
type Monitor interface {
	// Call starts a call named name and returns the context to make it
	// with; End on the Span reports its outcome: nil, or the error that
	// failed it (a key a store does not have is no failure). ctx is the
	// request's for a call a request made (its span is the call's parent;
	// it may outlive the request, for a call shared by several), else a
	// background context.
	Call(ctx context.Context, name string) (context.Context, Span)
	// Cache reports a lookup in front of call name that a cache answered
	// (hit) or passed on to the dependency.
	Cache(ctx context.Context, name string, hit bool)
	// State reports that the dependency of call name is now in state: a
	// circuit breaker's "closed", "open" or "half-open".
	State(name, state string)
}

// StartCall is m.Call(ctx, name), or ctx and a Span that does nothing
// when m is nil: what a dependency with an optional Monitor calls around
// each call.
func StartCall(ctx context.Context, m Monitor, name string) (context.Context, Span) {
	if m == nil {
		return ctx, noSpan{}
	}
	return m.Call(ctx, name)
}
