// Package audit records one decision event per request — and per
// operation of a JSON-RPC batch — saying who called what, how it was
// decided and at what cost: the answer to "who called delete_repo
// yesterday, with which key, and was it allowed?".
//
// An [Auditor] wraps the whole chain of an endpoint (give it to
// mcpauth.EndpointConfig.Audit, which puts it in front of the Origin
// check). It starts a [Record] for each request; each layer that decides
// writes into it — the Origin check, the rate limiters, the gate (who the
// caller is, which policy rule decided each operation, why it refused) —
// and when the response is done the Auditor emits the events: to a
// log/slog logger, one record per event, and to an [Observer], which may
// send them anywhere (package audit/otelaudit turns them into
// OpenTelemetry metrics). With a [Tracer] (Config.Tracer), it also starts
// a span per request, continuing the trace of the request's headers, and
// the layers start theirs inside it with [StartSpan]: the gate around
// authentication and around the policy decision. Package audit/otelaudit
// implements the Tracer; this package depends on no tracing library. A
// [Monitor] is told of the calls to the chain's dependencies (JWK Set
// fetches, key-store lookups, Redis round trips), of their caches' hits
// and of their breakers' states.
//
//	aud, err := audit.New(audit.Config{Logger: slog.New(slog.NewJSONHandler(os.Stderr, nil))})
//	...
//	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{..., Audit: aud})
//
// An event never holds a credential, a header value or an argument value:
// tool arguments appear by name only, and only with Config.ArgumentNames.
// Session ids are hashed. The schema of [Event] is stable: fields may be
// added, never renamed.
//
// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
package audit
