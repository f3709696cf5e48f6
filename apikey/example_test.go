package apikey_test

import (
	"fmt"
	"net/http/httptest"

	"github.com/mcpauth/mcpauth/apikey"
)

// Create a key, store its hash, and authenticate a request with it.
func ExampleNew() {
	store := apikey.NewMemoryStore()
	key, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "alice", Name: "laptop", Scopes: []string{"tools"}})
	if err != nil {
		panic(err)
	}
	if err := store.Put(rec); err != nil { // the store keeps the hash only
		panic(err)
	}
	// Show key to its owner once.

	auth, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		panic(err)
	}
	r := httptest.NewRequest("POST", "/mcp", nil)
	r.Header.Set("X-API-Key", key)
	p, err := auth.Authenticate(r)
	fmt.Println(p.Subject, p.Scopes, p.KeyID == rec.ID, err)
	// Output: alice [tools] true <nil>
}
