// Package mcpctx carries the authenticated caller of an MCP request — the
// [Principal] — and that request's HTTP headers through a context.Context.
//
// It is the only door tool code needs: the gate in package mcpauth puts the
// principal into the HTTP request's context, and [Middleware] re-derives it
// for every MCP message from the message's own HTTP request, so that
//
//	p, ok := mcpctx.PrincipalFrom(ctx)
//
// names the caller of the message being handled in stateful and stateless
// sessions alike.
//
// # Why a receiving middleware is needed
//
// In go-sdk's stateful Streamable HTTP mode every tool handler's ctx is
// derived from the HTTP request that carried "initialize". Values put into
// later HTTP requests' contexts never reach the handler; only the request's
// Extra field (TokenInfo, Header) reflects the current HTTP request. Install
// the middleware once per server and ctx is right again:
//
//	server := mcp.NewServer(&mcp.Implementation{Name: "demo"}, nil)
//	server.AddReceivingMiddleware(mcpctx.Middleware())
//
// Without the middleware, [FromRequest] still reads the right caller
// straight from a request's Extra.
//
// # Sessions bound to users
//
// The gate also places a go-sdk [auth.TokenInfo] built by [TokenInfo] into
// the request context, whatever the credential (bearer JWT or an API key in
// X-API-Key). Its UserID is [Principal.ID], which makes go-sdk refuse a
// session id presented by a different user.
package mcpctx
