// Package testkeys gives tests an API-key authenticator over an
// in-memory store, with one key per subject.
package testkeys

import (
	"testing"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// Memory returns an API-key authenticator over an in-memory store with
// one key per subject (with those scopes), and the keys by subject.
func Memory(t testing.TB, subjects map[string][]string) (*apikey.Authenticator, map[string]string) {
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
		testlog.Secret(t, key) // it must appear in no log line or event
		keys[subject] = key
	}
	auth, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		t.Fatal(err)
	}
	return auth, keys
}
