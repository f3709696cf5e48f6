package mcpauth_test

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/jwtauth"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// FuzzGate sends arbitrary Authorization, X-API-Key and query strings
// through a gate with a JWT and an API-key authenticator. Whatever comes in,
// the gate must not panic, must answer 400 or 401 with a JSON body, and
// must let a request through only with the one valid key.
// Seeds live in testdata/fuzz/FuzzGate.
func FuzzGate(f *testing.F) {
	store := apikey.NewMemoryStore()
	key, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "alice"})
	if err != nil {
		f.Fatal(err)
	}
	if err := store.Put(rec); err != nil {
		f.Fatal(err)
	}
	keys, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		f.Fatal(err)
	}
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	ks, _ := jwtauth.StaticKey(pub, "k1", "")
	jwts, err := jwtauth.New(jwtauth.Config{Issuer: "https://idp.test/", Audiences: []string{"https://api.test/mcp"}, Keys: ks})
	if err != nil {
		f.Fatal(err)
	}
	gate, err := mcpauth.New(mcpauth.Options{
		Authenticators:      []mcpauth.Authenticator{jwts, keys},
		ResourceMetadataURL: "https://api.test/.well-known/oauth-protected-resource/mcp",
	})
	if err != nil {
		f.Fatal(err)
	}
	h := gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p, ok := mcpctx.PrincipalFrom(r.Context()); !ok || p.Subject != "alice" {
			panic("request passed without alice")
		}
		w.WriteHeader(http.StatusOK)
	}))

	f.Add("Bearer "+key, "", "")
	f.Add("", key, "")
	const pingBody = `{"jsonrpc":"2.0","id":1,"method":"ping"}`
	f.Fuzz(func(t *testing.T, authz, apiKey, query string) {
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody))
		r.URL.RawQuery = query
		if authz != "" {
			r.Header["Authorization"] = strings.Split(authz, "\n")
		}
		if apiKey != "" {
			r.Header["X-Api-Key"] = strings.Split(apiKey, "\n")
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		switch rec.Code {
		case http.StatusOK:
			if !strings.Contains(authz+apiKey, key) {
				t.Fatalf("passed without the key: %q %q", authz, apiKey)
			}
			if q, err := url.ParseQuery(query); err == nil && q.Has("access_token") {
				t.Fatalf("passed with access_token in the query: %q", query)
			}
			return
		case http.StatusBadRequest, http.StatusUnauthorized:
		default:
			t.Fatalf("status %d for %q %q %q", rec.Code, authz, apiKey, query)
		}
		var body struct{ Error, ErrorDescription string }
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error == "" {
			t.Fatalf("body %q: %v", rec.Body, err)
		}
		if ch := rec.Header().Get("WWW-Authenticate"); !strings.HasPrefix(ch, "Bearer") || strings.ContainsAny(ch, "\r\n") {
			t.Fatalf("challenge %q", ch)
		}
	})
}
