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
// Any table of keys you already have can be a [Store]: it is one method,
// Lookup by id. A store that fails makes the gate answer 503, never 401 and
// never a pass. Malformed, unknown, expired and revoked keys are answered
// 401 invalid_token, with descriptions that never contain the key; errors
// and logs name the key id only.
package apikey
