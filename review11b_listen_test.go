package mcpauth_test

import (
	"bufio"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy"
)

// Review 11b. On protocol 2026-07-28 resources/subscribe is gone and
// subscriptions/listen's params.notifications.resourceSubscriptions
// replaces it (commit 32a3861 says so in operation/parse.go). go-sdk v1.8
// runs Server.subscribe — the application's SubscribeHandler and the
// registration that delivers notifications/resources/updated — for every
// URI listed there (mcp/server.go, subscriptionsListen). The operation
// parser does not read that list, so the policy decides the request as
// "subscriptions/listen" with Name "" and never sees the URIs: a caller
// allowed to listen (for list_changed, say) subscribes to a resource that
// a Resources rule forbids it, and is told whenever it changes. The
// message-layer check (mcpctx.Middleware) does not see those inner
// subscriptions either. Rule.Resources documents that resource rules
// govern resources/subscribe; on 2026-07-28 they govern nothing there.
func TestReview11bListenSubscribesPastResourceRules(t *testing.T) {
	const secret = "secret://payroll"
	auth, keys := memoryKeys(t, map[string][]string{"alice": {"lists"}})
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "listen", Methods: []string{"subscriptions/listen"}, Scopes: []string{"lists"}},
		{Name: "payroll", Resources: []string{secret}, Scopes: []string{"hr"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{auth}, Authorizer: pol})
	if err != nil {
		t.Fatal(err)
	}
	subscribed := make(chan string, 4)
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, &mcp.ServerOptions{
		SubscribeHandler: func(_ context.Context, r *mcp.SubscribeRequest) error {
			subscribed <- r.Params.URI
			return nil
		},
		UnsubscribeHandler: func(context.Context, *mcp.UnsubscribeRequest) error { return nil },
	})
	server.AddResource(&mcp.Resource{URI: secret, Name: "payroll", MIMEType: "text/plain"},
		func(_ context.Context, r *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
			return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{{URI: secret, Text: "salaries"}}}, nil
		})
	server.AddReceivingMiddleware(mcpctx.Middleware())
	sdk := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{Stateless: true})
	ts := httptest.NewServer(gate.Handler(sdk))
	t.Cleanup(ts.Close)

	const meta = `"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}`
	post := func(ctx context.Context, method, name, params string) *http.Response {
		t.Helper()
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ts.URL,
			strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"`+method+`","params":{`+meta+params+`}}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Header.Set("Mcp-Protocol-Version", "2026-07-28")
		req.Header.Set("Mcp-Method", method)
		if name != "" {
			req.Header.Set("Mcp-Name", name)
		}
		req.Header.Set("X-API-Key", keys["alice"])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}

	// The policy keeps the resource from alice: reading it is refused.
	if resp := post(t.Context(), "resources/read", secret, `,"uri":"`+secret+`"`); resp.StatusCode != http.StatusForbidden {
		resp.Body.Close()
		t.Fatalf("resources/read %s: status %d, want 403 (the setup is wrong)", secret, resp.StatusCode)
	} else {
		resp.Body.Close()
	}

	// Subscribing to it through subscriptions/listen.
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	resp := post(ctx, "subscriptions/listen", "", `,"notifications":{"resourceSubscriptions":["`+secret+`"]}`)
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return // refused: what should happen
	}
	updated := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "notifications/resources/updated") && strings.Contains(sc.Text(), secret) {
				updated <- true
				return
			}
		}
	}()
	select {
	case uri := <-subscribed:
		_ = server.ResourceUpdated(t.Context(), &mcp.ResourceUpdatedNotificationParams{URI: uri})
		got := false
		select {
		case got = <-updated:
		case <-time.After(2 * time.Second):
		}
		t.Errorf("alice may not read %s (403), yet subscriptions/listen subscribed her to it (SubscribeHandler ran for %q; "+
			"update notification delivered: %v): the policy decided only \"subscriptions/listen\", never the resourceSubscriptions", secret, uri, got)
	case <-ctx.Done():
	}
}

// The same on a 2025-11-25 session, where resources/subscribe exists and
// is refused by the resource rule: go-sdk v1.8 serves subscriptions/listen
// on legacy sessions too (ServerSession.handle restricts only
// server/discover to the new protocol), and a policy with DefaultAllow —
// like the conformance server's key mode — lets it through unnamed.
func TestReview11bListenSubscribesPastResourceRules2025(t *testing.T) {
	const secret = "secret://payroll"
	auth, keys := memoryKeys(t, map[string][]string{"alice": {"lists"}})
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "payroll", Resources: []string{secret}, Scopes: []string{"hr"}},
	}, DefaultAllow: true})
	if err != nil {
		t.Fatal(err)
	}
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{auth}, Authorizer: pol})
	if err != nil {
		t.Fatal(err)
	}
	subscribed := make(chan string, 4)
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, &mcp.ServerOptions{
		SubscribeHandler: func(_ context.Context, r *mcp.SubscribeRequest) error {
			subscribed <- r.Params.URI
			return nil
		},
		UnsubscribeHandler: func(context.Context, *mcp.UnsubscribeRequest) error { return nil },
	})
	server.AddResource(&mcp.Resource{URI: secret, Name: "payroll"},
		func(context.Context, *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) { return nil, nil })
	server.AddReceivingMiddleware(mcpctx.Middleware())
	ts := httptest.NewServer(gate.Handler(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)))
	t.Cleanup(ts.Close)

	sid := ""
	post := func(ctx context.Context, body string) (*http.Response, error) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ts.URL, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Header.Set("X-API-Key", keys["alice"])
		if sid != "" {
			req.Header.Set("Mcp-Session-Id", sid)
			req.Header.Set("Mcp-Protocol-Version", "2025-11-25")
		}
		return http.DefaultClient.Do(req)
	}
	must := func(resp *http.Response, err error) *http.Response {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	resp := must(post(t.Context(), `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"x","version":"1"}}}`))
	if sid = resp.Header.Get("Mcp-Session-Id"); sid == "" {
		t.Fatalf("initialize: status %d, no session", resp.StatusCode)
	}
	must(post(t.Context(), `{"jsonrpc":"2.0","method":"notifications/initialized"}`))
	if resp := must(post(t.Context(), `{"jsonrpc":"2.0","id":2,"method":"resources/subscribe","params":{"uri":"`+secret+`"}}`)); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("resources/subscribe %s: status %d, want 403 (the setup is wrong)", secret, resp.StatusCode)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Second)
	defer cancel()
	go func() {
		if resp, err := post(ctx, `{"jsonrpc":"2.0","id":3,"method":"subscriptions/listen","params":{"notifications":{"resourceSubscriptions":["`+secret+`"]}}}`); err == nil {
			resp.Body.Close()
		}
	}()
	select {
	case uri := <-subscribed:
		t.Errorf("resources/subscribe %s is refused (403), but subscriptions/listen subscribed alice to %q on the same session", secret, uri)
	case <-ctx.Done():
	}
}
