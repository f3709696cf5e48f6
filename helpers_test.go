package mcpauth_test

import (
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/internal/testkeys"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// memoryKeys is testkeys.Memory.
func memoryKeys(t *testing.T, subjects map[string][]string) (*apikey.Authenticator, map[string]string) {
	return testkeys.Memory(t, subjects)
}

// aliceGate returns a gate over an in-memory key store holding one API key
// for subject alice, and that key.
func aliceGate(t *testing.T) (*mcpauth.Gate, string) {
	t.Helper()
	auth, keys := memoryKeys(t, map[string][]string{"alice": nil})
	gate, err := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{auth}, Logger: testlog.New(t)})
	if err != nil {
		t.Fatal(err)
	}
	return gate, keys["alice"]
}
