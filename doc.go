// Package mcpauth protects MCP servers served over Streamable HTTP with
// composable net/http middleware: one [Gate] in front of the MCP handler
// turns a credential into an authenticated principal, or answers with the
// status and WWW-Authenticate challenge the MCP authorization specification
// and RFC 6750 prescribe.
//
// The pieces:
//
//   - [Authenticator] is the one interface credentials plug into; package
//     jwtauth verifies JWT access tokens, package apikey checks API keys.
//     Several can share one endpoint.
//   - [Gate] tries them in order and shapes every failure: 401, 403, 400 or
//     503, each with a JSON body. On success it puts the principal into the
//     request context (see package mcpctx) and hands go-sdk an
//     auth.TokenInfo, so that each MCP session is bound to the principal
//     that created it.
//   - [ResourceMetadata] serves the RFC 9728 protected-resource metadata
//     document that MCP clients fetch to discover the authorization server.
//   - [Readiness] answers a readiness probe (/ready) by asking each
//     [Checker]: key stores, JWK Sets, the Redis rate limiter. Liveness
//     (/health) stays a handler of your own that asks nothing.
//
// The shortest correct use, mounting an MCP server in an existing mux:
//
//	store := apikey.NewMemoryStore()
//	keys, _ := apikey.New(apikey.Config{Store: store})
//	md, _ := mcpauth.NewResourceMetadata(oauthex.ProtectedResourceMetadata{
//		Resource: "https://api.example.com/mcp",
//	})
//	gate, _ := mcpauth.New(mcpauth.Options{
//		Authenticators:      []mcpauth.Authenticator{keys},
//		ResourceMetadataURL: md.URL(),
//	})
//
//	server := mcp.NewServer(&mcp.Implementation{Name: "api"}, nil)
//	server.AddReceivingMiddleware(mcpctx.Middleware())
//	handler := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)
//
//	mux.Handle("/mcp", gate.Handler(handler))
//	md.Mount(mux)
//
// Put Origin validation (package headers) in front of the gate, and rate
// limiting (package ratelimit) behind it.
package mcpauth
