// Package operation is mcpauth's one view of which MCP operations an HTTP
// request carries: method, tool name, resource URI or prompt name, id and
// arguments of every JSON-RPC message in the body. Every layer that decides
// by operation — rate limits now, authorization and audit next — reads this
// view; none reads the body or the Mcp-Method/Mcp-Name headers itself.
//
// The body is read whole (up to go-sdk's own bound, 4 MiB by default; a
// larger one gets 413 before any handler runs), parsed once with the
// strict JSON reader of encoding/json/v2's jsontext (duplicate member names
// and invalid UTF-8 are errors there), and handed on to go-sdk as exactly
// the bytes parsed. Wherever two JSON readers could disagree — go-sdk's
// decoder takes the last of two repeated members, leaves a value in place
// on null, ignores trailing data and compares member names in its own way
// — the parser refuses the request with 400 and a JSON-RPC error instead
// of guessing, so that what the limits counted is what go-sdk runs.
// Mcp-Method and Mcp-Name are claims about the body: on every protocol
// version they must match it. Mcp-Param-* headers are not read: nothing in
// mcpauth decides on them (go-sdk compares them with the tool's arguments
// on 2026-07-28), and tool code should read arguments, not those headers.
//
// A second check sits at the message layer: the gate records the operations
// in the request's go-sdk TokenInfo ([Attach]) and mcpctx.Middleware refuses
// any message go-sdk is about to execute that is not one of them ([Request.Claim]).
// A future disagreement between the two parsers can then never run a call
// that was not decided.
//
// The gate parses each request it has authenticated ([Require], or
// [Parser.Require] with the Parser given in mcpauth.Options.Parser, e.g. to
// match go-sdk's MaxRequestBodyBytes); later layers find the parse in the
// context. A layer in front of the gate — a rate limiter keyed by client IP
// — must not read an unauthenticated body: it uses [Defer] to take the rest
// of its decision when the gate has parsed, and in the meantime the body
// refuses to be read by anyone else. An endpoint without authentication
// parses first with [Parser.Handler]:
//
//	p := &operation.Parser{MaxBodyBytes: 16 << 20} // = StreamableHTTPOptions.MaxRequestBodyBytes
//	mux.Handle("/public/mcp", p.Handler(limits.Handler(mcpHandler)))
//
// A layer of your own reads the same view:
//
//	if req, ok := operation.FromContext(r.Context()); ok {
//		for _, op := range req.Ops {
//			log.Println(op.Method, op.Name) // never op.Arguments: they may hold secrets
//		}
//	}
package operation
