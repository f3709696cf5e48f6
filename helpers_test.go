package mcpauth_test

import (
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
)

// memoryKeys returns an API-key authenticator over an in-memory store with
// one key per subject (with those scopes), and the keys by subject.
func memoryKeys(t *testing.T, subjects map[string][]string) (*apikey.Authenticator, map[string]string) {
	t.Helper()
	store := apikey.NewMemoryStore()
	keys := map[string]string{}
	for subject, scopes := range subjects {
		key, rec, err := apikey.NewRecord(apikey.NewKey{Subject: subject, Scopes: scopes})
		if err != nil {
			t.Fatal(err)
		}
		if err := store.Put(rec); err != nil {
			t.Fatal(err)
		}
		keys[subject] = key
	}
	auth, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		t.Fatal(err)
	}
	return auth, keys
}

// aliceGate returns a gate over an in-memory key store holding one API key
// for subject alice, and that key.
func aliceGate(t *testing.T) (*mcpauth.Gate, string) {
	t.Helper()
	auth, keys := memoryKeys(t, map[string][]string{"alice": nil})
	gate, err := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{auth}})
	if err != nil {
		t.Fatal(err)
	}
	return gate, keys["alice"]
}
