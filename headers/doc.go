// Package headers gives tool code the HTTP request headers of the MCP
// request it is serving — the Go counterpart of FastMCP's get_http_headers()
// — and validates the Origin header as the MCP Streamable HTTP transport
// requires.
//
// # Headers for tools
//
// [FromContext] returns the current request's headers as a map with
// lowercased names, with hop-by-hop headers, transport headers and every
// credential removed, so that a tool can forward or log them without leaking
// a token:
//
//	func handler(ctx context.Context, req *mcp.CallToolRequest, in Args) (*mcp.CallToolResult, any, error) {
//		h := headers.FromContext(ctx)          // safe subset
//		tenant := h["x-tenant-id"]
//		...
//	}
//
// Hidden by default, whatever the case of the name:
//
//   - hop-by-hop and transport headers (Host, Connection, Content-Type,
//     Accept, Mcp-Session-Id, every Proxy-* …);
//   - credential headers by name: Authorization, Cookie, X-API-Key,
//     Api-Key, X-Auth-Token, X-Access-Token, X-CSRF-Token, and those in
//     which reverse proxies forward the caller's token, identity or
//     certificate: X-Forwarded-Authorization, X-Forwarded-Access-Token,
//     X-Auth-Request-Access-Token (oauth2-proxy), X-Amzn-Oidc-* (AWS
//     ALB), X-Goog-IAP-JWT-Assertion (Google IAP),
//     Cf-Access-Jwt-Assertion (Cloudflare Access), X-MS-Token-AAD-*
//     (Azure App Service), X-Forwarded-Client-Cert (Envoy);
//   - every name that contains "token", "secret", "password",
//     "assertion" or "signature", ends with "-key" (X-Crm-Key, not
//     X-Keyboard-Layout) or starts with "cookie";
//   - the credential headers of the gates and API-key authenticators of
//     the process (below).
//
// Hiding a harmless header is the safe mistake: [Include] re-admits a
// named header, and beats every rule above (the patterns, the lists and
// [Exclude]); [IncludeAll] returns everything. [IsExcluded] applies the
// rule to one name. FromContext never fails: outside a request it returns
// an empty map. The context is filled by mcpctx.Middleware (per MCP
// message) and by the mcpauth gate (per HTTP request); [FromRequest] reads
// a tool's *mcp.CallToolRequest the same way, and [FromHeader] filters a
// header you already hold.
//
// A credential read from a custom header no rule catches (an API key in
// X-Acme-Auth) is hidden too: authenticators name such headers (CredentialHeaders), the
// gate that let the request in records them for FromContext and
// FromRequest, and every API-key authenticator and gate of the process
// adds them to the names hidden everywhere — so that one endpoint's key
// header is hidden at the others, and a wrapped authenticator hides its
// header still. Pass [Exclude] for names only you know.
//
// # Origin validation
//
// The MCP transport specification requires servers to validate Origin to
// prevent DNS rebinding attacks: a request whose Origin is present and not
// allowed is answered 403. [ValidateOrigin] returns such a middleware; by
// default it allows loopback origins (http://localhost:*, http://127.0.0.1:*,
// http://[::1]:*) and requests without an Origin header (non-browser
// clients):
//
//	check, err := headers.ValidateOrigin(headers.OriginOptions{
//		AllowedOrigins: []string{"https://app.example.com"},
//	})
//	if err != nil { ... }
//	mux.Handle("/mcp", check(gate.Handler(mcpHandler)))
package headers
