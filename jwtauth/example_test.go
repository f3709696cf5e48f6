package jwtauth_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwt"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/jwtauth"
)

// Verify tokens against one public key; only tokens for this resource pass.
func ExampleNew() {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	keys, err := jwtauth.StaticKey(pub, "", "")
	if err != nil {
		panic(err)
	}
	auth, err := jwtauth.New(jwtauth.Config{
		Issuer:    "https://idp.example.com/",
		Audiences: []string{"https://api.example.com/mcp"},
		Keys:      keys,
	})
	if err != nil {
		panic(err)
	}
	token := func(aud string) string {
		t, _ := jwt.NewBuilder().Issuer("https://idp.example.com/").Subject("alice").
			Audience([]string{aud}).Expiration(time.Now().Add(time.Hour)).Claim("scope", "tools").Build()
		signed, _ := jwt.Sign(t, jwt.WithKey(jwa.EdDSA(), priv))
		return string(signed)
	}

	p, err := auth.Verify(context.Background(), token("https://api.example.com/mcp"))
	fmt.Println(p.Subject, p.Scopes, err)
	_, err = auth.Verify(context.Background(), token("https://other.example.com/mcp"))
	fmt.Println(errors.Is(err, mcpauth.ErrInvalidCredential), errors.Is(err, jwtauth.ErrAudience))
	// Output:
	// alice [tools] <nil>
	// true true
}
