package mcpauth_test

import (
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
)

// aliceGate returns a gate over an in-memory key store holding one API key
// for subject alice, and that key.
func aliceGate(t *testing.T) (*mcpauth.Gate, string) {
	t.Helper()
	store := apikey.NewMemoryStore()
	key, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Put(rec); err != nil {
		t.Fatal(err)
	}
	keys, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		t.Fatal(err)
	}
	gate, err := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{keys}})
	if err != nil {
		t.Fatal(err)
	}
	return gate, key
}
