package mcpauth_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// pingBody is a well-formed MCP request.
const pingBody = `{"jsonrpc":"2.0","id":1,"method":"ping"}`

// nopWriter is a ResponseWriter that discards everything, so that the
// benchmarks measure the gate rather than httptest.ResponseRecorder.
type nopWriter struct{ h http.Header }

func (w *nopWriter) Header() http.Header         { return w.h }
func (w *nopWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w *nopWriter) WriteHeader(int)             {}

func benchGate(b *testing.B, a mcpauth.Authenticator, r *http.Request, wantStatus int) {
	b.Helper()
	g, err := mcpauth.New(mcpauth.Options{
		Authenticators:      []mcpauth.Authenticator{a},
		ResourceMetadataURL: "https://api.example.com/.well-known/oauth-protected-resource/mcp",
	})
	if err != nil {
		b.Fatal(err)
	}
	reached := 0
	h := g.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { reached++ }))
	w := &nopWriter{h: http.Header{}}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		clear(w.h)
		h.ServeHTTP(w, r)
	}
	b.StopTimer()
	if (reached > 0) != (wantStatus == 200) {
		b.Fatalf("handler reached %d times, want status %d", reached, wantStatus)
	}
}

// BenchmarkGate measures one request through the gate, bridge included.
func BenchmarkGate(b *testing.B) {
	store := apikey.NewMemoryStore()
	key, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}})
	if err != nil {
		b.Fatal(err)
	}
	if err := store.Put(rec); err != nil {
		b.Fatal(err)
	}
	keys, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		b.Fatal(err)
	}
	p := &mcpctx.Principal{Subject: "alice", Method: mcpctx.MethodAPIKey, Scopes: []string{"tools"}}
	fixed := mcpauth.AuthenticatorFunc(func(*http.Request) (*mcpctx.Principal, error) { return p, nil })

	b.Run("overhead", func(b *testing.B) {
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody))
		r.Header.Set("Authorization", "Bearer x")
		benchGate(b, fixed, r, 200)
	})
	b.Run("apikey-header", func(b *testing.B) {
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody))
		r.Header.Set("X-API-Key", key)
		benchGate(b, keys, r, 200)
	})
	b.Run("apikey-bearer", func(b *testing.B) {
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody))
		r.Header.Set("Authorization", "Bearer "+key)
		benchGate(b, keys, r, 200)
	})
	b.Run("reject-no-credential", func(b *testing.B) {
		benchGate(b, keys, httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody)), 401)
	})
	b.Run("reject-malformed-key", func(b *testing.B) {
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody))
		r.Header.Set("X-API-Key", key[:len(key)-1]+"x")
		benchGate(b, keys, r, 401)
	})
}
