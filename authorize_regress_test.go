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
	"github.com/mcpauth/mcpauth/ratelimit"
)

// authzRegressStack: a gate with pol over API keys (subject -> scopes), in front of
// an MCP server (stateless, JSON) with the given tools; wrap, if set,
// wraps the gate's handler's inner handler (e.g. a limiter behind the gate).
type authzCfg struct {
	pol       *policy.Policy
	authz     mcpauth.Authorizer
	auths     []mcpauth.Authenticator
	keys      map[string][]string
	required  []string
	tools     []string
	behind    func(http.Handler) http.Handler
	stateless bool
}

func authzRegressStack(t *testing.T, c authzCfg) (string, map[string]string) {
	t.Helper()
	ak, keys := memoryKeys(t, c.keys)
	auths := append([]mcpauth.Authenticator{ak}, c.auths...)
	authz := c.authz
	if authz == nil {
		authz = c.pol
	}
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: auths, Authorizer: authz, RequiredScopes: c.required,
		ResourceMetadataURL: "https://api.test/.well-known/oauth-protected-resource/mcp"})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	mws := []mcp.Middleware{mcpctx.Middleware()}
	if c.pol != nil {
		mws = append(mws, policy.FilterLists(c.pol))
	}
	server.AddReceivingMiddleware(mws...)
	for _, name := range c.tools {
		mcp.AddTool(server, &mcp.Tool{Name: name}, func(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, struct{}, error) {
			p, _ := mcpctx.PrincipalFrom(ctx)
			return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: string(p.Method) + ":" + p.Subject}}}, struct{}{}, nil
		})
	}
	var h http.Handler = mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{Stateless: c.stateless, JSONResponse: true})
	if c.behind != nil {
		h = c.behind(h)
	}
	srv := httptest.NewServer(gate.Handler(h))
	t.Cleanup(srv.Close)
	return srv.URL, keys
}

func authzPost(t *testing.T, url string, hdr map[string]string, body string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

func authzCall(id, tool string) string {
	return `{"jsonrpc":"2.0","id":` + id + `,"method":"tools/call","params":{"name":"` + tool + `"}}`
}

func authzPolicy(t *testing.T, cfg policy.Config) *policy.Policy {
	t.Helper()
	pol, err := policy.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return pol
}

// authzDiscovery leaves notifications/initialized out: it is decided as
// initialize is.
var authzDiscovery = policy.Rule{Name: "discovery", Methods: []string{"initialize", "ping", "tools/list"}, Public: true}

// TestAnonymousDeniedOperationIsForbidden: an anonymous request for an
// operation denied to everyone got 401 with a challenge, inviting a login
// that cannot help; it gets 403 without one, as an authenticated caller.
func TestAnonymousDeniedOperationIsForbidden(t *testing.T) {
	pol := authzPolicy(t, policy.Config{Rules: []policy.Rule{authzDiscovery,
		{Name: "weather", Tools: []string{"weather"}, Public: true},
		{Name: "nuke", Tools: []string{"nuke"}, Deny: true}}})
	url, _ := authzRegressStack(t, authzCfg{pol: pol, tools: []string{"weather", "nuke"}, stateless: true})
	resp := authzPost(t, url, nil, authzCall("1", "nuke"))
	if resp.StatusCode != http.StatusForbidden || resp.Header.Get("WWW-Authenticate") != "" {
		t.Fatalf("anonymous call of a denied tool: %d %q; want 403 without a challenge (no token helps)",
			resp.StatusCode, resp.Header.Get("WWW-Authenticate"))
	}
}

// TestRequiredScopesChallengeNamesOperationScopes: a caller lacking an
// endpoint RequiredScope and an operation's scope was told only the
// endpoint's, so the next token still failed; both are named now.
func TestRequiredScopesChallengeNamesOperationScopes(t *testing.T) {
	pol := authzPolicy(t, policy.Config{Rules: []policy.Rule{authzDiscovery,
		{Name: "admin", Tools: []string{"delete_all"}, Scopes: []string{"files:admin"}}}})
	url, keys := authzRegressStack(t, authzCfg{pol: pol, required: []string{"mcp"}, keys: map[string][]string{"bob": {"files:read"}},
		tools: []string{"delete_all"}, stateless: true})
	resp := authzPost(t, url, map[string]string{"X-API-Key": keys["bob"]}, authzCall("1", "delete_all"))
	ch := resp.Header.Get("WWW-Authenticate")
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(ch, "files:admin") || !strings.Contains(ch, "mcp") {
		t.Fatalf("%d %q; want 403 insufficient_scope naming mcp and files:admin (one-round step-up)", resp.StatusCode, ch)
	}
}

// TestAnonymousListHidesDefaultAllowTools: with DefaultAllow, FilterLists
// took mcpctx.Anonymous() for an authenticated principal and listed, to
// anonymous callers, tools the gate refuses them.
func TestAnonymousListHidesDefaultAllowTools(t *testing.T) {
	pol := authzPolicy(t, policy.Config{DefaultAllow: true, Rules: []policy.Rule{authzDiscovery,
		{Name: "weather", Tools: []string{"weather"}, Public: true}}})
	url, _ := authzRegressStack(t, authzCfg{pol: pol, tools: []string{"weather", "internal_admin"}, stateless: true})
	ctx := context.Background()
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "v0"}, nil).Connect(ctx,
		&mcp.StreamableClientTransport{Endpoint: url, MaxRetries: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	tools, err := cs.ListTools(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tl := range tools.Tools {
		names = append(names, tl.Name)
	}
	_, callErr := cs.CallTool(ctx, &mcp.CallToolParams{Name: "internal_admin"})
	if len(names) != 1 {
		t.Fatalf("anonymous tools/list = %v (calling internal_admin: %v); want [weather]: only what the caller may use", names, callErr)
	}
}

// TestAuthenticatorCannotClaimAnonymous: the gate skipped authorization
// for any principal whose Method was "anonymous", a field authenticators
// set; only the gate's own anonymous principal skips it now, and an
// authenticator returning one is refused.
func TestAuthenticatorCannotClaimAnonymous(t *testing.T) {
	pol := authzPolicy(t, policy.Config{Rules: []policy.Rule{authzDiscovery,
		{Name: "nuke", Tools: []string{"nuke"}, Deny: true}}})
	guest := mcpauth.AuthenticatorFunc(func(r *http.Request) (*mcpctx.Principal, error) {
		if r.Header.Get("Authorization") != "Bearer guest" {
			return nil, mcpauth.ErrNoCredential
		}
		return &mcpctx.Principal{Subject: "guest", Method: mcpctx.MethodAnonymous}, nil
	})
	url, _ := authzRegressStack(t, authzCfg{pol: pol, auths: []mcpauth.Authenticator{guest}, tools: []string{"nuke"}, stateless: true})
	resp := authzPost(t, url, map[string]string{"Authorization": "Bearer guest"}, authzCall("1", "nuke"))
	// Only the gate makes anonymous principals: an authenticator that
	// returns one is misbehaving, and its request never passes (503).
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("denied tool by a principal with Method %q: %d, want 503", mcpctx.MethodAnonymous, resp.StatusCode)
	}
}

// TestByPrincipalCountsAnonymousByIP: a per-caller ByPrincipal limit behind
// the gate did not count anonymous callers at all; they are keyed by their
// address now.
func TestByPrincipalCountsAnonymousByIP(t *testing.T) {
	pol := authzPolicy(t, policy.Config{Rules: []policy.Rule{authzDiscovery,
		{Name: "weather", Tools: []string{"weather"}, Public: true}}})
	lim, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "caller", Limit: ratelimit.PerMinute(2), Key: ratelimit.ByPrincipal()}}})
	if err != nil {
		t.Fatal(err)
	}
	url, _ := authzRegressStack(t, authzCfg{pol: pol, tools: []string{"weather"}, behind: lim.Handler, stateless: true})
	for i := range 5 {
		resp := authzPost(t, url, nil, authzCall("1", "weather"))
		if resp.StatusCode == http.StatusTooManyRequests {
			return
		}
		if resp.StatusCode != 200 {
			t.Fatalf("call %d: %d", i, resp.StatusCode)
		}
	}
	t.Fatal("5 anonymous calls passed a 2/min ByPrincipal limit: anonymous callers are not counted (commit: keyed by IP)")
}

// TestAnonymousPathsHold: anonymous callers cannot mix protected
// operations in, answer the server, stream, delete, or borrow sessions.
func TestAnonymousPathsHold(t *testing.T) {
	pol := authzPolicy(t, policy.Config{Rules: []policy.Rule{authzDiscovery,
		{Name: "weather", Tools: []string{"weather"}, Public: true},
		{Name: "search", Tools: []string{"search"}, Scopes: []string{"files:read"}}}})
	url, keys := authzRegressStack(t, authzCfg{pol: pol, keys: map[string][]string{"r": {"files:read"}}, tools: []string{"weather", "search"}})
	old := map[string]string{"Mcp-Protocol-Version": "2025-03-26"}
	init := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-03-26","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`
	for name, body := range map[string]string{
		"public+protected":    "[" + authzCall("1", "weather") + "," + authzCall("2", "search") + "]",
		"public+response":     "[" + authzCall("1", "weather") + `,{"jsonrpc":"2.0","id":"s1","result":{}}]`,
		"response only":       `{"jsonrpc":"2.0","id":"s1","result":{}}`,
		"public+notification": "[" + authzCall("1", "weather") + `,{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":1}}]`,
		"case-folded method":  `{"jsonrpc":"2.0","id":1,"method":"Tools/call","params":{"name":"weather"}}`,
	} {
		if resp := authzPost(t, url, old, body); resp.StatusCode == 200 || resp.StatusCode == 202 {
			t.Errorf("%s: anonymous %d", name, resp.StatusCode)
		}
	}
	// A session created with a key, used anonymously for a public tool: 403.
	resp := authzPost(t, url, map[string]string{"X-API-Key": keys["r"]}, init)
	sid := resp.Header.Get("Mcp-Session-Id")
	if resp.StatusCode != 200 || sid == "" {
		t.Fatalf("init: %d", resp.StatusCode)
	}
	if resp := authzPost(t, url, map[string]string{"Mcp-Session-Id": sid, "Mcp-Protocol-Version": "2025-03-26"}, authzCall("2", "weather")); resp.StatusCode != 403 {
		t.Errorf("anonymous on an authenticated session: %d", resp.StatusCode)
	}
	for _, m := range []string{"GET", "DELETE"} {
		req, _ := http.NewRequest(m, url, nil)
		req.Header.Set("Mcp-Session-Id", sid)
		req.Header.Set("Accept", "text/event-stream")
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != 401 {
			t.Errorf("anonymous %s on a session: %d", m, r.StatusCode)
		}
	}
}
