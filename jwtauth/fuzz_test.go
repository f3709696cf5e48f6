package jwtauth

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth"
)

// FuzzVerify feeds arbitrary strings to the token path. The keys are made
// fresh for each run, so no input can carry a valid signature: every input
// must be refused as an invalid credential — never accepted, never a panic,
// never an "unavailable" — with an error that does not echo the input.
// Seeds live in testdata/fuzz/FuzzVerify.
func FuzzVerify(f *testing.F) {
	signers := newSigners(f)
	ks, err := ParseJWKS(jwksOf(f, signers))
	if err != nil {
		f.Fatal(err)
	}
	a, err := New(Config{Issuer: testIssuer, Audiences: []string{testAudience}, Keys: ks, RequiredType: ""})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, token string) {
		p, err := a.Verify(context.Background(), token)
		if err == nil {
			t.Fatalf("accepted %q as %+v", token, p)
		}
		if !errors.Is(err, mcpauth.ErrInvalidCredential) {
			t.Fatalf("%q: error of the wrong kind: %v", token, err)
		}
		if len(token) >= 16 && strings.Contains(err.Error(), token) {
			t.Fatalf("error echoes the token: %v", err)
		}
	})
}
