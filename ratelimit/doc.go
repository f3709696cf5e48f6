// Package ratelimit limits MCP requests per caller, per API-key plan and per
// tool, in memory or shared through Redis (package
// [github.com/mcpauth/mcpauth/ratelimit/redislimit]), with the IETF
// RateLimit headers.
//
// # The algorithm
//
// Limits use the generic cell rate algorithm (GCRA), the continuous form of
// a token bucket. A limit of Rate requests per Period with a Burst admits
// one request every emission interval T = Period/Rate on average, and up to
// Burst at once after a quiet spell. Instead of counting tokens the limiter
// keeps one timestamp per key, the theoretical arrival time (TAT): when the
// bucket would be full again. A request of cost n arriving at now is
//
//	tat    = max(TAT, now)
//	newTAT = tat + n·T
//	allowed if newTAT − Burst·T ≤ now   (then TAT := newTAT)
//
// and if denied, it could be allowed after newTAT − Burst·T − now. Nothing
// is written for a denial. One timestamp per key makes a decision one read
// and one conditional write: in Redis a single script and a single key, so
// one round trip that is exact under any concurrency and safe on a Cluster.
// Both limiters compute in integer microseconds and give the same answers
// for the same sequence of requests and times.
//
// # Use
//
// The middleware sits behind the mcpauth gate, so that it knows the caller:
//
//	limiter := ratelimit.NewMemory(ratelimit.MemoryOptions{})
//	rl, err := ratelimit.New(limiter, ratelimit.Options{Policies: []ratelimit.Policy{
//		{Name: "caller", Limit: ratelimit.PerMinute(600)},
//		{Name: "search", Limit: ratelimit.PerMinute(10), Tools: []string{"search"}},
//	}})
//	mux.Handle("/mcp", originCheck(gate.Handler(rl.Handler(mcpHandler))))
//
// Requests are keyed by the authenticated principal (or, without one, the
// client IP); a policy may apply only to some JSON-RPC methods or tools.
// Which ones a request carries comes from package operation, the one parse
// of the body that the gate and every other layer share (the whole body,
// strictly; Mcp-Method and Mcp-Name are checked against it, never believed
// alone). Every operation counts: a JSON-RPC batch of n matching calls
// spends n on each policy that applies, scoped or not, and a body that does
// not parse never reaches the handler (400).
//
// A credential cannot raise its own limit with words of its own. A policy
// with UsePrincipalLimit takes Principal.RateLimit, which the API-key
// authenticator sets from the key record's RateLimit field (set by the
// operator; metadata never counts); a policy with LimitClaim takes a JWT
// claim only from the LimitClaimIssuers the operator trusts to set it.
//
// Responses carry RateLimit-Policy and RateLimit (draft-ietf-httpapi-
// ratelimit-headers) and, on 429, Retry-After and a JSON-RPC error with the
// request's id. The middleware never wraps the ResponseWriter: streams pass
// untouched.
//
// With the Limiter of package redislimit (redislimit.New), every replica
// shares the limits. A call that takes longer than its timeout, or a Redis
// that is down, gives the configured redislimit.FailureMode: FailClosed
// (503), FailOpen (allow) or FailLocal (per-replica in-memory limits, the
// default); a circuit breaker stops paying the timeout on every request
// while Redis is down, and every switch is reported. Package ratelimit
// itself does not import go-redis: a program limiting in memory does not
// link it.
package ratelimit
