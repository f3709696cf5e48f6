package policy_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testkeys"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
)

// liveStack serves tools "search" and "weather" behind a gate with authz,
// and returns the endpoint and API keys for "reader" (files:read) and
// "none" (no scopes).
func liveStack(t *testing.T, authz mcpauth.Authorizer, src policy.Source) (string, map[string]string) {
	t.Helper()
	auth, keys := testkeys.Memory(t, map[string][]string{"reader": {"files:read"}, "none": nil})
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{auth}, Authorizer: authz})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	if src != nil {
		server.AddReceivingMiddleware(policy.FilterLists(src))
	}
	for _, name := range []string{"search", "weather"} {
		mcp.AddTool(server, &mcp.Tool{Name: name}, func(context.Context, *mcp.CallToolRequest, map[string]any) (*mcp.CallToolResult, any, error) {
			return &mcp.CallToolResult{}, nil, nil
		})
	}
	srv := httptest.NewServer(gate.Handler(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{Stateless: true})))
	t.Cleanup(srv.Close)
	return srv.URL, keys
}

// callTool posts a stateless tools/call with key and returns the status.
func callTool(t *testing.T, url, key, tool, args string) int {
	t.Helper()
	body := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"` + tool + `","arguments":` + args + `}}`
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
	if key != "" {
		req.Header.Set("X-API-Key", key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestLiveReload: a policy file edited and reloaded changes the next
// decision; one that no longer loads leaves the last good policy in
// force; decisions made while reloading are race-free.
func TestLiveReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "policy.yaml")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("rules:\n  - {name: search, tools: [search], scopes: [files:read]}\n")
	live, err := policy.NewLive(func() (*policy.Policy, error) { return policy.Loader{}.File(path) })
	if err != nil {
		t.Fatal(err)
	}
	url, keys := liveStack(t, live, live)
	if got := callTool(t, url, keys["reader"], "search", "{}"); got != 200 {
		t.Fatalf("before the reload: %d", got)
	}
	write("rules:\n  - {name: search, tools: [search], scopes: [files:admin]}\n")
	if err := live.Reload(); err != nil {
		t.Fatal(err)
	}
	if got := callTool(t, url, keys["reader"], "search", "{}"); got != 403 {
		t.Fatalf("after the reload: %d, want 403", got)
	}
	write("rules:\n  - {name: search, tools: [search], scope: [files:read]}\n")
	if err := live.Reload(); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("a broken file reloaded: %v", err)
	}
	if got := callTool(t, url, keys["reader"], "search", "{}"); got != 403 {
		t.Fatalf("a failed reload changed the policy: %d", got)
	}

	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 200 {
				live.Authorize(&mcpctx.Principal{Subject: "a", Scopes: []string{"files:read"}},
					&operation.Op{Kind: operation.Call, Method: "tools/call", Name: "search"})
			}
		})
	}
	for range 20 {
		if err := live.Reload(); err == nil {
			t.Fatal("the broken file loaded")
		}
	}
	wg.Wait()
}

func TestNewLiveRefuses(t *testing.T) {
	if _, err := policy.NewLive(nil); err == nil {
		t.Error("nil load accepted")
	}
	if _, err := policy.NewLive(func() (*policy.Policy, error) { return nil, errors.New("no file") }); err == nil {
		t.Error("a failed first load accepted")
	}
	if _, err := policy.NewLive(func() (*policy.Policy, error) { return nil, nil }); err == nil {
		t.Error("a nil first policy accepted")
	}
}

// TestShadowChangesNothing: a dry run of a stricter policy answers every
// request as the gate does without it, and logs each decision the tried
// policy would have made otherwise — without the call's arguments.
func TestShadowChangesNothing(t *testing.T) {
	try, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "search", Tools: []string{"search"}, Scopes: []string{"files:admin"}},
		{Name: "weather", Tools: []string{"weather"}, Public: true},
	}})
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	shadow, err := policy.NewShadow(try, nil, slog.New(testlog.Wrap(t, slog.NewJSONHandler(&log, nil))))
	if err != nil {
		t.Fatal(err)
	}
	plainURL, plainKeys := liveStack(t, nil, nil)
	url, keys := liveStack(t, shadow, nil)
	for _, c := range []struct{ key, tool string }{{"reader", "search"}, {"none", "search"}, {"none", "weather"}, {"", "weather"}, {"none", "unknown"}} {
		want := callTool(t, plainURL, plainKeys[c.key], c.tool, `{"token":"s3cr3t-value"}`)
		if got := callTool(t, url, keys[c.key], c.tool, `{"token":"s3cr3t-value"}`); got != want {
			t.Errorf("%s calling %s: %d in the dry run, %d without it", c.key, c.tool, got, want)
		}
	}
	// Differences: reader and none on search (tried: insufficient scope),
	// none on unknown (tried: deny), and weather without a key (tried:
	// public); weather with a key is allowed by both.
	if got := shadow.Differences(); got != 4 {
		t.Errorf("%d differences logged, want 4:\n%s", got, log.String())
	}
	if strings.Contains(log.String(), "s3cr3t") {
		t.Errorf("the dry run logged an argument:\n%s", log.String())
	}
	if !strings.Contains(log.String(), `"tried":"insufficient-scope"`) || !strings.Contains(log.String(), `"tried_rule":"search"`) {
		t.Errorf("the log does not say what the tried policy would do:\n%s", log.String())
	}
	if _, err := policy.NewShadow(nil, nil, slog.Default()); err == nil {
		t.Error("NewShadow accepted a nil policy to try")
	}
	if _, err := policy.NewShadow(try, nil, nil); err == nil {
		t.Error("NewShadow accepted a nil logger")
	}
}

// TestShadowEnforcesEnforce: with a policy in force, the dry run of the
// next one returns the enforced decisions.
func TestShadowEnforcesEnforce(t *testing.T) {
	cur, _ := policy.New(policy.Config{Rules: []policy.Rule{{Tools: []string{"search"}, Scopes: []string{"files:read"}}}})
	next, _ := policy.New(policy.Config{Rules: []policy.Rule{{Tools: []string{"search"}, Public: true}}})
	shadow, err := policy.NewShadow(next, cur, testlog.New(t))
	if err != nil {
		t.Fatal(err)
	}
	search := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "search"}
	if d := shadow.Authorize(nil, search); d.Outcome != policy.NeedCredential {
		t.Errorf("enforced: %v, want need-credential", d.Outcome)
	}
	stricter, _ := policy.New(policy.Config{Rules: []policy.Rule{{Tools: []string{"search"}, Scopes: []string{"files:admin"}}}})
	same, err := policy.NewShadow(stricter, cur, testlog.New(t))
	if err != nil {
		t.Fatal(err)
	}
	same.Authorize(&mcpctx.Principal{Subject: "a"}, search) // insufficient scope for both, not the same scope
	if same.Differences() != 1 {
		t.Error("two refusals asking for different scopes were not told apart")
	}
	if !shadow.HasPublic() {
		t.Error("HasPublic ignores the tried policy: the gate would answer its public calls unread, unseen by the dry run")
	}
}
