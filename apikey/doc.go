// Package apikey authenticates MCP requests by API key.
//
// Keys look like mcp_3kTMd8qLxW2b_Zk9…Rt1Xy: a prefix, a public key id, and
// a secret with a CRC-32 checksum (see [Generate]). A store keeps only the
// SHA-256 hash of each key, found by its id; the presented key is hashed and
// compared in constant time. A malformed or mistyped key is rejected by its
// checksum without touching the store.
//
// Clients send a key in the X-API-Key header or as
// "Authorization: Bearer <key>":
//
//	store := apikey.NewMemoryStore()
//	key, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}})
//	if err != nil { ... }
//	_ = store.Put(rec)       // the store holds the hash only
//	fmt.Println("your key:", key) // shown once
//
//	auth, err := apikey.New(apikey.Config{Store: store})
//	gate, err := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{auth}})
//
// # Stores
//
// Any table of keys you already have can be a [Store]: it is one method,
// Lookup by id. A store that fails makes the gate answer 503, never 401 and
// never a pass. The built-in stores also implement [Manager] — insert,
// list, revoke, set expiry, touch last use — on which [Create] and [Rotate]
// (a new key, the old one kept for a grace period) are built:
//
//   - [MemoryStore], for tests and fixed sets of keys;
//   - package apikey/sqlstore, PostgreSQL or SQLite through database/sql;
//   - package apikey/redisstore, Redis (single, Sentinel or Cluster), which
//     also announces revocations for immediate invalidation;
//   - package apikey/storeurl opens any of them from a URL such as
//     sqlite:keys.db, postgres://… or redis://… (the mcpauth CLI uses it).
//
// Package apikey/storetest is the conformance suite every built-in store
// passes; run it against your own.
//
// # Cost and lifecycle
//
// New puts a [Cache] in front of a database store by default
// (Config.Cache; DisableCache to opt out): lookups of a known key are
// answered from memory for its TTL (30 s by default: the bound on how late
// a revocation is seen, unless Invalidate is called), unknown ids for a
// shorter negative TTL, and concurrent lookups of one id share one store
// call. A Redis store, which announces its changes, is not cached unless
// you make the Cache yourself and feed it with redisstore.Subscribe. A [Tracker] records last use off the request path. Keys can be
// hashed with a server-side pepper (HashWithPepper).
//
// Malformed, unknown, expired and revoked keys are answered 401
// invalid_token, with descriptions that never contain the key; errors and
// logs name the key id only.
package apikey
