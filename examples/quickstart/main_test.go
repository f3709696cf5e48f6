package main

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type withHeader struct{ name, value string }

func (h withHeader) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set(h.name, h.value)
	return http.DefaultTransport.RoundTrip(r)
}

// TestQuickstart: go-sdk's client calls whoami with the printed key and
// with a JWT from an issuer found by discovery; without either it gets 401.
func TestQuickstart(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := jwk.Import(priv)
	_ = signer.Set(jwk.KeyIDKey, "k1")
	public, _ := jwk.Import(pub)
	_ = public.Set(jwk.KeyIDKey, "k1")
	_ = public.Set(jwk.AlgorithmKey, jwa.EdDSA())
	idp := http.NewServeMux()
	idpSrv := httptest.NewServer(idp)
	defer idpSrv.Close()
	idp.HandleFunc("/.well-known/openid-configuration", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]string{"issuer": idpSrv.URL, "jwks_uri": idpSrv.URL + "/jwks"})
	})
	idp.HandleFunc("/jwks", func(w http.ResponseWriter, _ *http.Request) {
		set := jwk.NewSet()
		_ = set.AddKey(public)
		_ = json.NewEncoder(w).Encode(set)
	})

	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	stdout := os.Stdout
	r, w, _ := os.Pipe()
	os.Stdout = w
	err := protect(context.Background(), mux, srv.URL+"/mcp", idpSrv.URL)
	os.Stdout = stdout
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	var key string
	for sc := bufio.NewScanner(r); sc.Scan(); {
		if _, k, ok := strings.Cut(sc.Text(), "X-API-Key: "); ok {
			key = k
		}
	}
	tok, _ := jwt.NewBuilder().Issuer(idpSrv.URL).Subject("alice").Audience([]string{srv.URL + "/mcp"}).
		Expiration(time.Now().Add(time.Hour)).Build()
	signed, err := jwt.Sign(tok, jwt.WithKey(jwa.EdDSA(), signer))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for want, cred := range map[string]withHeader{"dev": {"X-API-Key", key}, "alice": {"Authorization", "Bearer " + string(signed)}} {
		cs, err := mcp.NewClient(&mcp.Implementation{Name: "t", Version: "v0"}, nil).Connect(ctx,
			&mcp.StreamableClientTransport{Endpoint: srv.URL + "/mcp", HTTPClient: &http.Client{Transport: cred}, MaxRetries: -1}, nil)
		if err != nil {
			t.Fatalf("%s: %v", want, err)
		}
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "whoami"})
		cs.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := res.StructuredContent.(map[string]any)["subject"].(string); got != want {
			t.Errorf("whoami: %v, want subject %s", res.StructuredContent, want)
		}
	}
	resp, err := http.Post(srv.URL+"/mcp", "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("no credential: %d", resp.StatusCode)
	}
}
