package mcpauth_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// rewindBody is a request body that the benchmark rewinds between
// iterations without allocating.
type rewindBody struct{ *bytes.Reader }

func (rewindBody) Close() error { return nil }

// BenchmarkAudit measures what auditing adds to a request through the
// gate: "off" is the gate alone, "discard" the gate behind an Auditor
// whose logger discards (the cost when nobody listens: issue 12's goal
// is ≤ 300 ns and ≤ 2 allocations), "observer" with an Observer that
// counts events, "json" with a JSON handler writing to a buffer.
func BenchmarkAudit(b *testing.B) {
	p := &mcpctx.Principal{Subject: "alice", Method: mcpctx.MethodAPIKey, Scopes: []string{"tools"}, KeyID: "k1"}
	fixed := mcpauth.AuthenticatorFunc(func(*http.Request) (*mcpctx.Principal, error) { return p, nil })
	g, err := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{fixed},
		ResourceMetadataURL: "https://api.example.com/.well-known/oauth-protected-resource/mcp"})
	if err != nil {
		b.Fatal(err)
	}
	count := 0
	var buf bytes.Buffer
	for _, c := range []struct {
		name string
		cfg  *audit.Config
	}{
		{"off", nil},
		{"discard", &audit.Config{Logger: slog.New(slog.DiscardHandler)}},
		{"observer", &audit.Config{Observer: audit.ObserverFunc(func(context.Context, *audit.Event) { count++ })}},
		{"json", &audit.Config{Logger: slog.New(slog.NewJSONHandler(&buf, nil))}},
	} {
		b.Run(c.name, func(b *testing.B) {
			reached := 0
			h := g.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { reached++ }))
			if c.cfg != nil {
				aud, err := audit.New(*c.cfg)
				if err != nil {
					b.Fatal(err)
				}
				h = aud.Handler(audit.Passed(h))
			}
			body := rewindBody{bytes.NewReader(nil)}
			r := httptest.NewRequest("POST", "/mcp", nil)
			r.Header.Set("Authorization", "Bearer x")
			r.ContentLength = int64(len(pingBody))
			w := &nopWriter{h: http.Header{}}
			b.ReportAllocs()
			for b.Loop() {
				clear(w.h)
				buf.Reset()
				body.Reset([]byte(pingBody))
				r.Body = body
				h.ServeHTTP(w, r)
			}
			if reached == 0 {
				b.Fatal("the handler was never reached")
			}
		})
	}
}
