// Package otelaudit turns mcpauth's decisions into OpenTelemetry metrics
// and spans. It is the only package of mcpauth that imports
// go.opentelemetry.io/otel: a program that does not import it links no
// OpenTelemetry.
//
//	metrics, err := otelaudit.NewMetrics(otelaudit.MetricsConfig{MeterProvider: mp})
//	...
//	aud, err := audit.New(audit.Config{
//		Observer: metrics,                        // counters and histograms from the events
//		Tracer:   otelaudit.NewTracer(tp, nil),   // a span per request, continuing its traceparent
//	})
//	...
//	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{..., Audit: aud})
//
// [Metrics] is an audit.Observer. It records, in seconds where a unit is
// a time:
//
//   - mcpauth.decisions, a counter of decisions ({decision}): one per
//     request and per operation of a batch, by mcpauth.outcome,
//     mcpauth.reason, mcpauth.authenticator, mcp.method.name,
//     gen_ai.tool.name (tools/call) or gen_ai.prompt.name (prompts/get),
//     and mcpauth.rate_limit.policy for a request refused with 429;
//   - mcpauth.auth.duration, a histogram of the auth chain's latency
//     (from the request's arrival until the chain let it through or
//     refused it), one per request, by mcpauth.outcome and
//     mcpauth.authenticator;
//   - mcpauth.request.duration, a histogram of the whole request's
//     duration, one per request, by http.request.method,
//     http.response.status_code, mcpauth.outcome and, for a request of
//     one operation, mcp.method.name.
//
// Attribute names are OpenTelemetry's semantic conventions (v1.41.0, the
// last with the MCP and GenAI attributes) where they exist, and
// mcpauth.* otherwise. The metric names are mcpauth's own: an HTTP server
// instrumentation (otelhttp) may already record http.server.request.duration
// for the same requests.
//
// The cardinality of every attribute is bounded. None comes from the
// caller's identity (subject, key id, client id, address, session and
// request ids are never attributes of a metric), and names come only from
// the operation — its MCP method and its tool or prompt name; resource
// URIs, which templates make unbounded, never. As a client may send any
// name, at most MetricsConfig.MaxNames distinct methods and as many
// distinct names are recorded as themselves (names of refused operations
// fill at most half of them, so a flood of made-up names cannot crowd out
// the real ones); the others are recorded as "_OTHER". HTTP methods other
// than the standard ones are "_OTHER" too, as the conventions say.
//
// [NewTracer] makes the audit.Tracer: the Auditor starts a server span
// per request, a child of the trace context the request's headers carry
// (W3C traceparent by default), named "POST /mcp" ({http.request.method}
// {http.route}); the gate starts mcpauth.authenticate and
// mcpauth.authorize inside it, and the dependencies their own calls
// inside those. The request's span carries http.response.status_code,
// mcp.method.name, gen_ai.tool.name, mcpauth.outcome and the other
// attributes of its decision; a server error (5xx) sets its status to
// Error, a refusal (4xx) does not, as the HTTP conventions say for
// server spans.
//
// [NewMonitor] makes the audit.Monitor of the chain's dependencies —
// give it to jwtauth.RemoteJWKSOptions.Monitor, apikey.Config.Monitor
// and redislimit.Options.Monitor: each JWK Set fetch, key-store lookup and
// Redis round trip is a client span (a child of mcpauth.authenticate when
// a request made it) and a measurement of mcpauth.dependency.duration (by
// mcpauth.call and error.type: its count is the calls, and the
// failures); the caches in front of them count in mcpauth.cache.lookups
// by mcpauth.cache.hit (the hit ratio); a circuit breaker's state is
// mcpauth.dependency.state.
package otelaudit
