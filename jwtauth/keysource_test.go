package jwtauth_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/jwtauth"
)

// vault is a KeySource outside the package, as one backed by Vault or a
// KMS would be.
type vault struct {
	pub  ed25519.PublicKey
	down bool
}

func (v *vault) Keys(_ context.Context, kid string) ([]*jwtauth.Key, error) {
	if v.down {
		return nil, errors.New("vault: sealed")
	}
	if kid != "v1" {
		return []*jwtauth.Key{nil}, nil // a nil entry is skipped, not dereferenced
	}
	return []*jwtauth.Key{{KeyID: "v1", Algorithm: "EdDSA", Public: v.pub}}, nil
}

// TestKeySourceOutsideThePackage: the KeySource interface was sealed (an
// unexported method); a user's implementation verifies tokens, and its
// failure is a 503, never a pass or a 401.
func TestKeySourceOutsideThePackage(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := jwk.Import(priv)
	v := &vault{pub: pub}
	a, err := jwtauth.New(jwtauth.Config{Issuer: "https://idp.test", Audiences: []string{"https://mcp.test"}, Keys: v})
	if err != nil {
		t.Fatal(err)
	}
	sign := func(kid string) string {
		_ = signer.Set(jwk.KeyIDKey, kid)
		tok, _ := jwt.NewBuilder().Issuer("https://idp.test").Subject("alice").Audience([]string{"https://mcp.test"}).
			Expiration(time.Now().Add(time.Hour)).Build()
		s, err := jwt.Sign(tok, jwt.WithKey(jwa.EdDSA(), signer))
		if err != nil {
			t.Fatal(err)
		}
		return string(s)
	}
	if p, err := a.Verify(context.Background(), sign("v1")); err != nil || p.Subject != "alice" {
		t.Fatalf("a token signed by the vault's key: %v", err)
	}
	if _, err := a.Verify(context.Background(), sign("v2")); !errors.Is(err, mcpauth.ErrInvalidCredential) {
		t.Errorf("an unknown kid: %v, want invalid credential", err)
	}
	v.down = true
	if _, err := a.Verify(context.Background(), sign("v3")); !errors.Is(err, mcpauth.ErrUnavailable) {
		t.Errorf("a sealed vault: %v, want unavailable (503)", err)
	}
}
