package mcpauth_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
)

type acmeToken struct{ key string }

func (a acmeToken) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("X-Acme-Token", a.key)
	r.Header.Set("X-Tenant", "acme")
	return http.DefaultTransport.RoundTrip(r)
}

// TestGateHidesItsCredentialHeaders: an API key read from a custom header
// is hidden from tools by the gate that read it — in every message of a
// stateful session, through FromContext and FromRequest — without a
// process-wide registry.
func TestGateHidesItsCredentialHeaders(t *testing.T) {
	store := apikey.NewMemoryStore()
	key, _, err := apikey.Create(context.Background(), store, apikey.NewKey{Subject: "alice", Prefix: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	auth, err := apikey.New(apikey.Config{Store: store, Header: "X-Acme-Token", Prefix: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{auth}})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "h", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "headers"}, func(ctx context.Context, req *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, map[string]map[string]string, error) {
		return nil, map[string]map[string]string{"ctx": headers.FromContext(ctx), "req": headers.FromRequest(req)}, nil
	})
	srv := httptest.NewServer(gate.Handler(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)))
	defer srv.Close()
	ctx := context.Background()
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "v0"}, nil).Connect(ctx,
		&mcp.StreamableClientTransport{Endpoint: srv.URL, HTTPClient: &http.Client{Transport: acmeToken{key}}, MaxRetries: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	for range 2 { // two messages of one session
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "headers"})
		if err != nil {
			t.Fatal(err)
		}
		for _, via := range []string{"ctx", "req"} {
			got, _ := res.StructuredContent.(map[string]any)[via].(map[string]any)
			if _, leaked := got["x-acme-token"]; leaked || got["x-tenant"] != "acme" {
				t.Errorf("%s: a tool sees %v", via, got)
			}
		}
	}
}
