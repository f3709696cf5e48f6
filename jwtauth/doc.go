// Package jwtauth authenticates MCP requests carrying JWT access tokens
// ("Authorization: Bearer <jwt>"), verified against public keys.
//
// Every token must be in JWS compact form, signed with an allowed asymmetric
// algorithm by a key from the configured [KeySource], carry the configured
// issuer, name one of the accepted audiences — for MCP, the server's
// canonical resource URL (RFC 8707) — and have an unexpired "exp". "none",
// the HMAC algorithms, "crit" headers and JWS JSON serialization are always
// refused; an "alg" that does not fit the key is refused. The principal's
// subject is "sub"; its scopes come from "scope" (space-delimited) or "scp";
// every claim is available to tools as Principal.Claims.
//
//	keys, err := jwtauth.ReadJWKSFile("jwks.json") // or jwtauth.StaticKey(pub, "kid", "")
//	if err != nil { ... }
//	auth, err := jwtauth.New(jwtauth.Config{
//		Issuer:    "https://idp.example.com/",
//		Audiences: []string{"https://api.example.com/mcp"},
//		Keys:      keys,
//	})
//	gate, err := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{auth}})
//
// Rejected tokens produce mcpauth errors of kind ErrInvalidCredential that
// wrap one of this package's causes (ErrExpired, ErrAudience, …) for
// errors.Is; their descriptions never contain the token.
package jwtauth
