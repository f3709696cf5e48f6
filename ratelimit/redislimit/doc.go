// Package redislimit is a [ratelimit.Limiter] shared through Redis, so that
// every replica of a server counts against the same limits. It is a
// package of its own so that programs limiting in memory only
// (ratelimit.NewMemory) do not link go-redis.
//
// Use it as any limiter of package ratelimit:
//
//	client := redis.NewClient(&redis.Options{Addr: "cache:6379", ContextTimeoutEnabled: true})
//	limiter, err := redislimit.New(redislimit.Options{Client: client})
//	if err != nil {
//		return err
//	}
//	rl, err := ratelimit.New(limiter, ratelimit.Options{Policies: []ratelimit.Policy{
//		{Name: "caller", Limit: ratelimit.PerMinute(600)},
//	}})
//
// The client may be a single node, Sentinel or a Cluster; it must have
// ContextTimeoutEnabled, so that each call's Timeout applies (New refuses
// a client it can see lacks it).
//
// Each decision is the GCRA of package ratelimit in one Lua script
// (EVALSHA) on one key (Options.Prefix, by default DefaultPrefix, then the
// middleware's key), with Redis's clock: exact under any concurrency,
// across processes and on a Cluster, and the same answers as
// ratelimit.Memory for the same requests at the same times. A denial writes nothing, and the replica
// then denies the key locally until its retry time, so a flood from one
// caller costs Redis about one call per retry interval per replica.
//
// A call that takes longer than Timeout (50 ms), or a Redis that is down,
// gives the configured [FailureMode]: FailLocal (per-replica in-memory
// limits, the default), FailClosed (Allow returns [ErrUnavailable], which
// the middleware answers 503) or FailOpen (allow). After BreakerFailures
// (5) consecutive failures a circuit breaker stops calling Redis for
// BreakerCooldown (5 s), then lets one call probe it; every switch calls
// Options.OnStateChange and is logged.
//
// For a readiness probe (mcpauth.Readiness at /ready), a Limiter is a
// checker: with FailClosed it is not ready while Redis cannot decide
// (requests get 503); with FailLocal and FailOpen it stays ready — the
// endpoint serves — and [Limiter.Degraded] says that Redis is not
// deciding, so the probe answers 200 "degraded" rather than taking every
// replica out of service at once.
package redislimit
