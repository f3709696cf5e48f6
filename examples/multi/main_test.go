package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"

	"github.com/mcpauth/mcpauth/jwtauth"
)

// TestTokensStayWithTheirEndpoint: a token for one endpoint calls its
// tool there, and is refused (401) at the other.
func TestTokensStayWithTheirEndpoint(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := jwk.Import(priv)
	_ = signer.Set(jwk.KeyIDKey, "k1")
	keys, err := jwtauth.StaticKey(pub, "k1", "")
	if err != nil {
		t.Fatal(err)
	}
	idp, err := jwtauth.NewProvider(context.Background(), jwtauth.Config{Issuer: "https://idp.test", Keys: keys}, jwtauth.RemoteJWKSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	if err := mount(mux, srv.URL, idp); err != nil {
		t.Fatal(err)
	}
	token := func(aud string) string {
		tok, _ := jwt.NewBuilder().Issuer("https://idp.test").Subject("alice").Audience([]string{srv.URL + "/mcp/" + aud}).
			Expiration(time.Now().Add(time.Hour)).Build()
		signed, err := jwt.Sign(tok, jwt.WithKey(jwa.EdDSA(), signer))
		if err != nil {
			t.Fatal(err)
		}
		return string(signed)
	}
	for _, c := range []struct {
		at, aud string
		want    int
	}{{"crm", "crm", 200}, {"slack", "slack", 200}, {"slack", "crm", 401}, {"crm", "slack", 401}} {
		req, _ := http.NewRequest("POST", srv.URL+"/mcp/"+c.at, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Header.Set("Authorization", "Bearer "+token(c.aud))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.want {
			t.Errorf("a token for %s at %s: %d, want %d", c.aud, c.at, resp.StatusCode, c.want)
		}
	}
}
