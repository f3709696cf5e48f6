package mcpauth_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy"
)

// authzStack is an endpoint whose gate decides each operation with a
// policy: discovery and "weather" public, "search" for files:read (or
// files:admin), "delete_*" for files:admin.
func authzStack(t *testing.T, stateless bool) (url string, keys map[string]string) {
	t.Helper()
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "discovery", Methods: []string{"initialize", "notifications/initialized", "server/discover", "ping", "tools/list"}, Public: true},
		{Name: "weather", Tools: []string{"weather"}, Public: true},
		{Name: "read", Tools: []string{"search"}, AnyOf: [][]string{{"files:read"}, {"files:admin"}}},
		{Name: "admin", Tools: []string{"delete_*"}, Scopes: []string{"files:admin"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	auth, keys := memoryKeys(t, map[string][]string{"reader": {"files:read"}, "admin": {"files:admin"}})
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{auth}, Authorizer: pol,
		ResourceMetadataURL: "https://api.test/.well-known/oauth-protected-resource/mcp"})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware(), policy.FilterLists(pol))
	for _, name := range []string{"weather", "search", "delete_all"} {
		mcp.AddTool(server, &mcp.Tool{Name: name}, func(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, struct{}, error) {
			p, _ := mcpctx.PrincipalFrom(ctx)
			return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: string(p.Method) + ":" + p.Subject}}}, struct{}{}, nil
		})
	}
	srv := httptest.NewServer(gate.Handler(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{Stateless: stateless, JSONResponse: true})))
	t.Cleanup(srv.Close)
	return srv.URL, keys
}

// TestAnonymousClientListsAndCallsPublicOnly: with no credential, go-sdk's
// client connects, lists tools (public ones only) and calls a public tool;
// a protected tool gets 401.
func TestAnonymousClientListsAndCallsPublicOnly(t *testing.T) {
	for _, stateless := range []bool{false, true} {
		url, _ := authzStack(t, stateless)
		ctx := context.Background()
		cs, err := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "v0"}, nil).Connect(ctx,
			&mcp.StreamableClientTransport{Endpoint: url, MaxRetries: -1}, nil)
		if err != nil {
			t.Fatalf("stateless=%v: anonymous connect: %v", stateless, err)
		}
		tools, err := cs.ListTools(ctx, nil)
		if err != nil || len(tools.Tools) != 1 || tools.Tools[0].Name != "weather" {
			t.Fatalf("stateless=%v: anonymous tools/list: %v %v", stateless, tools, err)
		}
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "weather"})
		if err != nil || res.IsError || res.Content[0].(*mcp.TextContent).Text != "anonymous:anonymous" {
			t.Fatalf("stateless=%v: public tool: %v %v", stateless, res, err)
		}
		if _, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "search"}); err == nil || !(strings.Contains(err.Error(), "401") || strings.Contains(err.Error(), "Unauthorized")) {
			t.Fatalf("stateless=%v: protected tool without a credential: %v", stateless, err)
		}
		cs.Close()
	}
}

func TestGateDecidesEachOperation(t *testing.T) {
	url, keys := authzStack(t, true)
	call := func(id, tool string) string {
		return `{"jsonrpc":"2.0","id":` + id + `,"method":"tools/call","params":{"name":"` + tool + `"}}`
	}
	post := func(key, body string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("POST", url, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if key != "" {
			req.Header.Set("X-API-Key", key)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	for _, c := range []struct {
		name, key, body string
		status          int
		challenge       []string // substrings of WWW-Authenticate; nil: none
	}{
		{"anonymous, public", "", call("1", "weather"), 200, nil},
		{"anonymous, protected", "", call("1", "search"), 401, []string{`scope="files:read"`, `resource_metadata="https://api.test/`}},
		{"invalid key, public", "mcp_notakey", call("1", "weather"), 401, []string{`error="invalid_token"`}},
		{"reader, allowed", keys["reader"], call("1", "search"), 200, nil},
		{"reader, step-up", keys["reader"], call("1", "delete_all"), 403, []string{`error="insufficient_scope"`, `scope="files:admin"`, "resource_metadata="}},
		{"reader, batch", keys["reader"], "[" + call("1", "search") + "," + call("2", "delete_all") + "]", 403, []string{`scope="files:admin files:read"`}}, // the step-up token keeps what search needs
		{"anonymous, batch", "", "[" + call("1", "weather") + "," + call("2", "search") + "," + call("3", "delete_all") + "]", 401, []string{`scope="files:read files:admin"`}},
		{"admin, unknown tool", keys["admin"], call("1", "format_disk"), 403, nil},
		{"admin, allowed", keys["admin"], call("1", "delete_all"), 200, nil},
	} {
		resp := post(c.key, c.body)
		ch := resp.Header.Get("WWW-Authenticate")
		if resp.StatusCode != c.status {
			t.Errorf("%s: %d (%s), want %d", c.name, resp.StatusCode, ch, c.status)
			continue
		}
		if c.challenge == nil && resp.StatusCode != 200 && ch != "" {
			t.Errorf("%s: a challenge %q where no token would help", c.name, ch)
		}
		for _, want := range c.challenge {
			if !strings.Contains(ch, want) {
				t.Errorf("%s: WWW-Authenticate %q lacks %s", c.name, ch, want)
			}
		}
	}
}

// TestAnonymousSessionIsNotUpgraded: a session created without a
// credential stays anonymous: a request with a key on it is refused (go-sdk
// binds the session to mcpctx.Anonymous's ID), so a client that steps up
// starts a new session with its token.
func TestAnonymousSessionIsNotUpgraded(t *testing.T) {
	url, keys := authzStack(t, false)
	do := func(key, session, body string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("POST", url, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if key != "" {
			req.Header.Set("X-API-Key", key)
		}
		if session != "" {
			req.Header.Set("Mcp-Session-Id", session)
			req.Header.Set("Mcp-Protocol-Version", "2025-11-25")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	resp := do("", "", `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`)
	sid := resp.Header.Get("Mcp-Session-Id")
	if resp.StatusCode != 200 || sid == "" {
		t.Fatalf("anonymous initialize: %d %q", resp.StatusCode, sid)
	}
	if resp := do(keys["reader"], sid, `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"search"}}`); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("a key on an anonymous session: %d, want 403", resp.StatusCode)
	}
}
