// Package jwtauth authenticates MCP requests that carry OAuth access tokens:
// JWTs verified against the identity provider's published keys
// ([Authenticator]), or opaque tokens checked by RFC 7662 introspection
// ([Introspector]).
//
// # JWTs
//
// Keys come from a [KeySource]: usually a [RemoteJWKS], found by
// [DiscoverJWKS] from the issuer URL alone, or a fixed [KeySet] from
// [StaticKey], [ParseJWKS] or [ReadJWKSFile].
//
//	keys, err := jwtauth.DiscoverJWKS(ctx, "https://idp.example.com/realms/demo", jwtauth.RemoteJWKSOptions{Eager: true})
//	if err != nil { ... }
//	defer keys.Close()
//	auth, err := jwtauth.New(jwtauth.Config{
//		Issuer:    "https://idp.example.com/realms/demo",
//		Audiences: []string{"https://api.example.com/mcp"}, // this resource (RFC 8707)
//		Keys:      keys,
//	})
//	gate, err := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{auth}})
//
// A token passes only if it is in JWS compact form; is signed with an
// allowed asymmetric algorithm ("none" and HMAC are always refused) by a key
// of its issuer that fits the header's "alg"; has no "crit" header; names a
// configured issuer exactly (several issuers may be configured, each with
// its own keys and audiences — the issuer is picked among them before any
// key is fetched); names one of that issuer's audiences; and has an
// unexpired "exp" (required unless AllowMissingExpiry), with "nbf" and "iat"
// checked within the leeway. Optionally "typ" must be at+jwt (RFC 9068),
// named claims must be present, and validators of your own must agree.
//
// The principal's subject is "sub" (or the first of SubjectClaims); its
// scopes come from "scope" or "scp" (or ScopeClaim); every claim reaches
// tools as Principal.Claims; MapPrincipal can adjust the result.
//
// # Remote keys that survive rotation, floods and outages
//
// [RemoteJWKS] refreshes in the background as Cache-Control allows, within
// bounds; fetches a token's unknown kid once — shared by concurrent requests
// and at most once per cooldown, so forged kids cannot hammer the identity
// provider — and never makes a request wait longer than MaxWait; and keeps
// verifying with the last good keys when the endpoint fails. Until a first
// set is loaded, requests get 503, never 401 and never a pass.
//
// # Readiness
//
// [RemoteJWKS], [Provider] and [KeySet] are mcpauth.Checker values for
// mcpauth.Readiness (/ready): a RemoteJWKS is ready once it holds a key set
// and stays ready on the last good set when refreshes fail, which its
// Degraded method reports instead. Discovery runs once, in NewProvider or
// DiscoverJWKS, which fail when it does: there is nothing left to check
// afterwards. An [Introspector] has no readiness check: it holds nothing
// between requests, and asking the authorization server would take a
// token to introspect; a down endpoint gives 503 per request.
//
// # Cost
//
// Verified tokens are cached by the SHA-256 of the token, bounded, never past
// "exp" and at most CacheTTL: a client re-sending its token costs well
// under a microsecond (docs/PERFORMANCE.md).
//
// # Errors
//
// Rejected tokens produce mcpauth errors of kind ErrInvalidCredential that
// wrap one of this package's causes (ErrExpired, ErrAudience, …) for
// errors.Is; their descriptions never contain the token. For go-sdk's own
// auth.RequireBearerToken, [Authenticator.TokenVerifier] adapts the
// authenticator.
package jwtauth
