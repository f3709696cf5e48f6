package jwtauth_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/jwtauth"
)

type review3IdP struct {
	iss  string
	priv ed25519.PrivateKey
	keys *jwtauth.KeySet
}

func newReview3IdP(t *testing.T, iss string) *review3IdP {
	t.Helper()
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	ks, err := jwtauth.StaticKey(pub, "", "EdDSA")
	if err != nil {
		t.Fatal(err)
	}
	return &review3IdP{iss, priv, ks}
}

func (i *review3IdP) token(t *testing.T, aud ...string) string {
	t.Helper()
	k, _ := jwk.Import(i.priv)
	tok, _ := jwt.NewBuilder().Issuer(i.iss).Subject("alice").Audience(aud).Expiration(time.Now().Add(time.Hour)).Build()
	s, err := jwt.Sign(tok, jwt.WithKey(jwa.EdDSA(), k))
	if err != nil {
		t.Fatal(err)
	}
	return string(s)
}

// TestProviderBindsEveryIssuer_review3 (held): the main issuer's and each
// further issuer's tokens are bound to the endpoint's resource; a token
// for A is refused at B whoever issued it; explicit Audiences are shared
// by every endpoint, as documented.
func TestProviderBindsEveryIssuer_review3(t *testing.T) {
	one, two := newReview3IdP(t, "https://one.test"), newReview3IdP(t, "https://two.test")
	p, err := jwtauth.NewProvider(context.Background(), jwtauth.Config{Issuer: one.iss, Keys: one.keys,
		Issuers: []jwtauth.Issuer{{Issuer: two.iss, Keys: two.keys}}}, jwtauth.RemoteJWKSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	const a, b = "https://mcp.test/a", "https://mcp.test/b"
	auth := map[string]mcpauth.Authenticator{}
	for _, r := range []string{a, b} {
		if auth[r], err = p.Authenticator(r); err != nil {
			t.Fatal(err)
		}
	}
	for _, idp := range []*review3IdP{one, two} {
		for _, c := range []struct {
			at, aud string
			ok      bool
		}{{a, a, true}, {b, b, true}, {a, b, false}, {b, a, false}, {a, "https://mcp.test/a/", false}, {a, "https://mcp.test", false}} {
			_, err := auth[c.at].(*jwtauth.Authenticator).Verify(context.Background(), idp.token(t, c.aud))
			if (err == nil) != c.ok {
				t.Errorf("%s's token for %s at %s: %v", idp.iss, c.aud, c.at, err)
			}
		}
	}
	if got := p.AuthorizationServers(); len(got) != 2 || got[0] != one.iss || got[1] != two.iss {
		t.Errorf("AuthorizationServers: %v", got)
	}
	shared, err := jwtauth.NewProvider(context.Background(), jwtauth.Config{Issuer: one.iss, Keys: one.keys, Audiences: []string{"api://mcp"}}, jwtauth.RemoteJWKSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{a, b} {
		x, _ := shared.Authenticator(r)
		if _, err := x.(*jwtauth.Authenticator).Verify(context.Background(), one.token(t, "api://mcp")); err != nil {
			t.Errorf("explicit audience at %s: %v", r, err)
		}
		if _, err := x.(*jwtauth.Authenticator).Verify(context.Background(), one.token(t, r)); err == nil {
			t.Errorf("explicit Audiences, yet the resource URL is accepted at %s", r)
		}
	}
}

// TestProviderDiscoveryAndClose_review3 (held): an http issuer is
// discovered only with AllowInsecureLoopback; after Close no new
// authenticator is made, and the ones made answer 503 (never a pass).
func TestProviderDiscoveryAndClose_review3(t *testing.T) {
	idp := newReview3IdP(t, "")
	pubJWK, _ := jwk.Import(idp.priv.Public())
	_ = pubJWK.Set(jwk.AlgorithmKey, jwa.EdDSA())
	set := jwk.NewSet()
	_ = set.AddKey(pubJWK)
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	idp.iss = srv.URL
	mux.HandleFunc("/.well-known/openid-configuration", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]string{"issuer": srv.URL, "jwks_uri": srv.URL + "/jwks"})
	})
	mux.HandleFunc("/jwks", func(w http.ResponseWriter, _ *http.Request) { _ = json.NewEncoder(w).Encode(set) })
	ctx := context.Background()
	if _, err := jwtauth.NewProvider(ctx, jwtauth.Config{Issuer: srv.URL}, jwtauth.RemoteJWKSOptions{}); err == nil {
		t.Fatal("an http issuer discovered without AllowInsecureLoopback")
	}
	p, err := jwtauth.NewProvider(ctx, jwtauth.Config{Issuer: srv.URL}, jwtauth.RemoteJWKSOptions{AllowInsecureLoopback: true, Eager: true})
	if err != nil {
		t.Fatal(err)
	}
	x, err := p.Authenticator("http://127.0.0.1/mcp")
	if err != nil {
		t.Fatal(err)
	}
	a := x.(*jwtauth.Authenticator)
	if _, err := a.Verify(ctx, idp.token(t, "http://127.0.0.1/mcp")); err != nil {
		t.Fatalf("discovered key: %v", err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	_ = p.Close()
	if _, err := p.Authenticator("http://127.0.0.1/other"); err == nil {
		t.Error("a closed Provider made an authenticator")
	}
	tok := idp.token(t, "http://127.0.0.1/mcp", "http://127.0.0.1/x") // not cached yet
	if _, err := a.Verify(ctx, tok); !errors.Is(err, mcpauth.ErrUnavailable) {
		t.Errorf("after Close: %v, want unavailable", err)
	}
}
