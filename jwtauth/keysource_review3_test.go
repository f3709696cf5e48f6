package jwtauth_test

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/jwtauth"
)

// fixedSource is a foreign KeySource returning whatever it was given.
type fixedSource struct{ keys []*jwtauth.Key }

func (f fixedSource) Keys(context.Context, string) ([]*jwtauth.Key, error) { return f.keys, nil }

func review3Sign(t *testing.T, alg jwa.SignatureAlgorithm, priv any) string {
	t.Helper()
	k, err := jwk.Import(priv)
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := jwt.NewBuilder().Issuer("https://idp.test").Subject("alice").Audience([]string{"https://mcp.test"}).
		Expiration(time.Now().Add(time.Hour)).Build()
	s, err := jwt.Sign(tok, jwt.WithKey(alg, k))
	if err != nil {
		t.Fatal(err)
	}
	return string(s)
}

// verifyNoPanic runs Verify, turning a panic into an error.
func verifyNoPanic(a *jwtauth.Authenticator, tok string) (err error, panicked any) {
	defer func() {
		if r := recover(); r != nil {
			panicked = r
		}
	}()
	_, err = a.Verify(context.Background(), tok)
	return err, nil
}

// TestForeignKeySourceMalformedKeys_review3: KeySource is open now; its
// documentation says a Public of another type "verifies nothing" and nil
// entries are skipped. A malformed key of a supported type (a typed nil
// pointer, an ECDSA key without coordinates, an Ed25519 key of the wrong
// length, an RSA key without modulus) must be refused with a 401 (or 503),
// never panic the request.
func TestForeignKeySourceMalformedKeys_review3(t *testing.T) {
	ecPriv, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	_, edPriv, _ := ed25519.GenerateKey(rand.Reader)
	rsaPriv, _ := rsa.GenerateKey(rand.Reader, 2048)
	es256 := review3Sign(t, jwa.ES256(), ecPriv)
	eddsa := review3Sign(t, jwa.EdDSA(), edPriv)
	rs256 := review3Sign(t, jwa.RS256(), rsaPriv)
	for _, c := range []struct {
		name string
		pub  crypto.PublicKey
		tok  string
	}{
		{"nil *ecdsa.PublicKey", (*ecdsa.PublicKey)(nil), es256},
		{"ecdsa without X, Y", &ecdsa.PublicKey{Curve: elliptic.P256()}, es256},
		{"ecdsa without curve", &ecdsa.PublicKey{X: ecPriv.X, Y: ecPriv.Y}, es256},
		{"ecdsa off the curve", &ecdsa.PublicKey{Curve: elliptic.P256(), X: big.NewInt(1), Y: big.NewInt(1)}, es256},
		{"short ed25519", ed25519.PublicKey(make([]byte, 7)), eddsa},
		{"nil ed25519", ed25519.PublicKey(nil), eddsa},
		{"nil *rsa.PublicKey", (*rsa.PublicKey)(nil), rs256},
		{"rsa without N", &rsa.PublicKey{E: 65537}, rs256},
		{"rsa E=0", &rsa.PublicKey{N: rsaPriv.N}, rs256},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := jwtauth.New(jwtauth.Config{Issuer: "https://idp.test", Audiences: []string{"https://mcp.test"},
				Keys: fixedSource{[]*jwtauth.Key{{Public: c.pub}}}})
			if err != nil {
				t.Fatal(err)
			}
			err, p := verifyNoPanic(a, c.tok)
			if p != nil {
				t.Fatalf("Verify panicked: %v", p)
			}
			if !errors.Is(err, mcpauth.ErrInvalidCredential) && !errors.Is(err, mcpauth.ErrUnavailable) {
				t.Fatalf("Verify: %v, want a refusal", err)
			}
		})
	}
}

// TestForeignKeySourceWeakRSA_review3: keys from ParseJWKS and StaticKey
// must be RSA-2048 at least (RFC 7518 §3.3); a foreign source's 1024-bit
// key verifies tokens.
func TestForeignKeySourceWeakRSA_review3(t *testing.T) {
	weak, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Skip(err) // GODEBUG forbids it here
	}
	if _, err := jwtauth.StaticKey(&weak.PublicKey, "", ""); err == nil {
		t.Fatal("StaticKey accepted a 1024-bit RSA key")
	}
	a, err := jwtauth.New(jwtauth.Config{Issuer: "https://idp.test", Audiences: []string{"https://mcp.test"},
		Keys: fixedSource{[]*jwtauth.Key{{Public: &weak.PublicKey}}}})
	if err != nil {
		t.Fatal(err)
	}
	// jwx refuses to sign with it: sign by hand.
	enc := base64.RawURLEncoding
	input := enc.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT"}`)) + "." +
		enc.EncodeToString(fmt.Appendf(nil, `{"iss":"https://idp.test","sub":"alice","aud":"https://mcp.test","exp":%d}`, time.Now().Add(time.Hour).Unix()))
	sum := sha256.Sum256([]byte(input))
	sig, err := rsa.SignPKCS1v15(rand.Reader, weak, crypto.SHA256, sum[:])
	if err != nil {
		t.Skip(err)
	}
	if _, err := a.Verify(context.Background(), input+"."+enc.EncodeToString(sig)); err == nil {
		t.Error("a token signed by a 1024-bit RSA key from a foreign KeySource was accepted; StaticKey and ParseJWKS refuse such keys")
	}
}

// TestForeignKeySourceOddKeys_review3: values that verify nothing, and
// algorithms that do not fit, are refused as unknown keys (401) — held.
func TestForeignKeySourceOddKeys_review3(t *testing.T) {
	_, edPriv, _ := ed25519.GenerateKey(rand.Reader)
	edPub := edPriv.Public().(ed25519.PublicKey)
	rsaPriv, _ := rsa.GenerateKey(rand.Reader, 2048)
	eddsa := review3Sign(t, jwa.EdDSA(), edPriv)
	rs256 := review3Sign(t, jwa.RS256(), rsaPriv)
	for i, c := range []struct {
		key *jwtauth.Key
		tok string
	}{
		{&jwtauth.Key{Public: []byte("hmac secret")}, rs256},
		{&jwtauth.Key{Public: &edPub}, eddsa},            // a pointer to an Ed25519 key
		{&jwtauth.Key{Public: rsaPriv.PublicKey}, rs256}, // a value, not a pointer
		{&jwtauth.Key{Public: &rsaPriv.PublicKey, Algorithm: "none"}, rs256},
		{&jwtauth.Key{Public: &rsaPriv.PublicKey, Algorithm: "HS256"}, rs256},
		{&jwtauth.Key{Public: edPub, Algorithm: "RS256"}, eddsa},
		{&jwtauth.Key{Public: edPriv}, eddsa}, // a private key: not a public key type
		{&jwtauth.Key{Public: nil}, eddsa},
	} {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			a, err := jwtauth.New(jwtauth.Config{Issuer: "https://idp.test", Audiences: []string{"https://mcp.test"},
				Keys: fixedSource{[]*jwtauth.Key{c.key}}})
			if err != nil {
				t.Fatal(err)
			}
			err, p := verifyNoPanic(a, c.tok)
			if p != nil || !errors.Is(err, jwtauth.ErrUnknownKey) {
				t.Errorf("%T alg %q: err %v panic %v, want ErrUnknownKey", c.key.Public, c.key.Algorithm, err, p)
			}
		})
	}
}

// TestForeignKeySourceKidMismatch_review3: Key.KeyID's documentation says
// "a token naming another kid is never checked against it". KeySet keeps
// that by its lookup; for a foreign KeySource nothing does: a source
// that returns its keys whatever the kid (the simple implementation) has
// a token naming kid "retired" verified by key "current".
func TestForeignKeySourceKidMismatch_review3(t *testing.T) {
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	a, err := jwtauth.New(jwtauth.Config{Issuer: "https://idp.test", Audiences: []string{"https://mcp.test"},
		Keys: fixedSource{[]*jwtauth.Key{{KeyID: "current", Public: priv.Public()}}}})
	if err != nil {
		t.Fatal(err)
	}
	k, _ := jwk.Import(priv)
	_ = k.Set(jwk.KeyIDKey, "retired")
	tok, _ := jwt.NewBuilder().Issuer("https://idp.test").Subject("alice").Audience([]string{"https://mcp.test"}).
		Expiration(time.Now().Add(time.Hour)).Build()
	s, err := jwt.Sign(tok, jwt.WithKey(jwa.EdDSA(), k))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Verify(context.Background(), string(s)); err == nil {
		t.Error(`a token with kid "retired" was verified by the key with kid "current"`)
	}
}
