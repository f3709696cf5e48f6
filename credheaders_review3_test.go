package mcpauth_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// headersServer is a stateless MCP handler whose tool "headers" returns
// what headers.FromContext and headers.FromRequest show it.
func headersServer() http.Handler {
	server := mcp.NewServer(&mcp.Implementation{Name: "h", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "headers"}, func(ctx context.Context, req *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, map[string]map[string]string, error) {
		return nil, map[string]map[string]string{"ctx": headers.FromContext(ctx), "req": headers.FromRequest(req)}, nil
	})
	return mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, &mcp.StreamableHTTPOptions{Stateless: true, JSONResponse: true})
}

// toolHeaders calls the tool through h with the given request headers and
// returns what the tool saw, by way ("ctx", "req").
func toolHeaders(t *testing.T, h http.Handler, hdr map[string]string) map[string]map[string]string {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:8080/mcp",
		strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"headers","arguments":{}}}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 {
		t.Fatalf("tools/call: %d %s", rec.Code, rec.Body)
	}
	var resp struct {
		Result struct {
			StructuredContent map[string]map[string]string `json:"structuredContent"`
		} `json:"result"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || resp.Result.StructuredContent == nil {
		t.Fatalf("tools/call: %v %s", err, rec.Body)
	}
	return resp.Result.StructuredContent
}

func acmeKeys(t *testing.T, header string) (*apikey.Authenticator, string) {
	t.Helper()
	store := apikey.NewMemoryStore()
	key, _, err := apikey.Create(context.Background(), store, apikey.NewKey{Subject: "alice", Prefix: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	auth, err := apikey.New(apikey.Config{Store: store, Header: header, Prefix: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	return auth, key
}

// TestWrappedKeyAuthenticatorLeaksItsHeader_review3: with the process-wide
// registry gone, the gate learns credential headers only from
// authenticators that implement CredentialHeaderer. An apikey.Authenticator
// wrapped in an AuthenticatorFunc (for logging, metrics, a tenant check —
// the adapter the package offers) hides nothing: the API key in
// X-Acme-Token reaches every tool through headers.FromContext and
// FromRequest, where apikey.New's RegisterSensitive used to hide it
// everywhere. (The gate's one-credential-per-request check is lost too.)
func TestWrappedKeyAuthenticatorLeaksItsHeader_review3(t *testing.T) {
	keys, key := acmeKeys(t, "X-Acme-Token")
	wrapped := mcpauth.AuthenticatorFunc(func(r *http.Request) (*mcpctx.Principal, error) {
		return keys.Authenticate(r) // e.g. with a log line around it
	})
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{wrapped}})
	if err != nil {
		t.Fatal(err)
	}
	got := toolHeaders(t, gate.Handler(headersServer()), map[string]string{"X-Acme-Token": key})
	for _, via := range []string{"ctx", "req"} {
		if v, leaked := got[via]["x-acme-token"]; leaked {
			t.Errorf("%s: a tool sees the API key %q", via, v[:10]+"…")
		}
	}
}

// TestOtherEndpointsKeyHeaderVisible_review3: two endpoints, each with its
// own key header, in one process. A client that sends both keys to one
// endpoint (one HTTP client configured for both) hands the other
// endpoint's key to this endpoint's tools: the gate hides only its own
// headers. Before, every key header was hidden everywhere.
func TestOtherEndpointsKeyHeaderVisible_review3(t *testing.T) {
	crm, crmKey := acmeKeys(t, "X-Crm-Key")
	slack, slackKey := acmeKeys(t, "X-Slack-Key")
	var handlers []http.Handler
	for _, a := range []*apikey.Authenticator{crm, slack} {
		ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: "http://127.0.0.1:8080/mcp", Authenticators: []mcpauth.Authenticator{a}})
		if err != nil {
			t.Fatal(err)
		}
		handlers = append(handlers, ep.Handler(headersServer()))
	}
	got := toolHeaders(t, handlers[0], map[string]string{"X-Crm-Key": crmKey, "X-Slack-Key": slackKey})
	if _, leaked := got["ctx"]["x-slack-key"]; leaked {
		t.Error("the crm endpoint's tools see the slack endpoint's API key (X-Slack-Key)")
	}
}

// TestCredentialHeaderSpelling_review3: an authenticator that names its
// header in odd case and with spaces is still hidden, and a client sending
// it in lowercase (HTTP/2) is refused when it also sends Authorization —
// held.
func TestCredentialHeaderSpelling_review3(t *testing.T) {
	keys, key := acmeKeys(t, "x-acme-TOKEN")
	odd := oddHeaders{keys}
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{odd}})
	if err != nil {
		t.Fatal(err)
	}
	h := gate.Handler(headersServer())
	got := toolHeaders(t, h, map[string]string{"x-acme-token": key, "X-Tenant": "acme"})
	for _, via := range []string{"ctx", "req"} {
		if _, leaked := got[via]["x-acme-token"]; leaked || got[via]["x-tenant"] != "acme" {
			t.Errorf("%s: %v", via, got[via])
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader(`{}`))
	req.Header["x-acme-token"] = []string{key} // not canonical, as some proxies pass it
	req.Header.Set("Authorization", "Bearer x.y.z")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 401 && rec.Code != 400 {
		t.Errorf("two credentials: %d", rec.Code)
	}
}

type oddHeaders struct{ *apikey.Authenticator }

func (oddHeaders) CredentialHeaders() []string { return []string{"  x-acme-TOKEN "} }

// TestCredentialHeaderNamesAreShared_review3: the names the gate records
// (mcpctx.CredentialHeadersFrom, CredentialHeadersFromTokenInfo) are the
// gate's own slice. A tool that edits what it was handed in place (say,
// to lowercase the names, or reusing the slice's array) rewrites the gate:
// from the next request on, the key header is shown to every tool and
// the one-credential check no longer counts it.
func TestCredentialHeaderNamesAreShared_review3(t *testing.T) {
	keys, key := acmeKeys(t, "X-Acme-Token")
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{keys}})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "h", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "headers"}, func(ctx context.Context, req *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, map[string]map[string]string, error) {
		got := map[string]map[string]string{"ctx": headers.FromContext(ctx), "req": headers.FromRequest(req)}
		names := mcpctx.CredentialHeadersFrom(ctx)
		for i := range names {
			names[i] = "x-" + strings.ToLower(names[i]) // the tool's own bookkeeping, in place
		}
		return nil, got, nil
	})
	h := gate.Handler(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, &mcp.StreamableHTTPOptions{Stateless: true, JSONResponse: true}))
	toolHeaders(t, h, map[string]string{"X-Acme-Token": key})
	got := toolHeaders(t, h, map[string]string{"X-Acme-Token": key})
	if _, leaked := got["ctx"]["x-acme-token"]; leaked {
		t.Error("after one tool edited the names it was given, the next request's tools see the API key")
	}
}
