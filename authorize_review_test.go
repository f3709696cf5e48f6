package mcpauth_test

// Review tests of the gate's per-operation authorization (batches,
// step-up challenges, anonymous callers and sessions).

import (
	"net/http"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/policy"
)

func reviewScopeParam(ch string) []string {
	_, rest, ok := strings.Cut(ch, `scope="`)
	if !ok {
		return nil
	}
	v, _, _ := strings.Cut(rest, `"`)
	return strings.Fields(v)
}

func reviewHas(list []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, s := range list {
			found = found || s == w
		}
		if !found {
			return false
		}
	}
	return true
}

var reviewOld = map[string]string{"Mcp-Protocol-Version": "2025-03-26"}

func reviewWith(h map[string]string, k, v string) map[string]string {
	out := map[string]string{k: v}
	for a, b := range h {
		out[a] = b
	}
	return out
}

// TestReviewRequiredScopesChallengeKeepsOperationScopes: with endpoint
// RequiredScopes, a caller lacking one of them gets 403 naming it; when
// the operation itself is allowed (its scope held), the challenge names
// the endpoint's scope only. The client asks for exactly that, gets a
// token with "mcp" and without "files:read", and the very same call
// fails again (now on files:read): two step-ups where one suffices, and
// what the allowed operation was granted by is lost — exactly what the
// batch step-up keeps (Decision.Scopes on Allow) and the gate's own
// challengeScopes keeps for endpoint scopes.
//
// Fix: in Handler's RequiredScopes branch, also when authorize returns
// OutcomeAllow, set Error.Scopes to union(missing endpoint scopes, the
// scopes the allowed operations were granted by).
func TestReviewRequiredScopesChallengeKeepsOperationScopes(t *testing.T) {
	pol := authzPolicy(t, policy.Config{Rules: []policy.Rule{authzDiscovery,
		{Name: "search", Tools: []string{"search"}, Scopes: []string{"files:read"}}}})
	url, keys := authzRegressStack(t, authzCfg{pol: pol, required: []string{"mcp"}, keys: map[string][]string{"reader": {"files:read"}},
		tools: []string{"search"}, stateless: true})
	resp := authzPost(t, url, map[string]string{"X-API-Key": keys["reader"]}, authzCall("1", "search"))
	ch := resp.Header.Get("WWW-Authenticate")
	if resp.StatusCode != http.StatusForbidden || !reviewHas(reviewScopeParam(ch), "mcp", "files:read") {
		t.Fatalf("%d %q; want 403 insufficient_scope naming mcp and files:read (the token asked for next must keep what search needs)",
			resp.StatusCode, ch)
	}
}

// TestReviewBatchStepUp: a batch with an allowed call and one lacking a
// scope gets 403 naming the missing scope and the scopes the allowed call
// was granted by (also through an alternative and an implication); a
// batch with a denied call gets 403 without a challenge, whatever else
// it holds. (It held.)
func TestReviewBatchStepUp(t *testing.T) {
	pol := authzPolicy(t, policy.Config{
		Implies: map[string][]string{"files:admin": {"files:write"}},
		Rules: []policy.Rule{authzDiscovery,
			{Name: "search", Tools: []string{"search"}, AnyOf: [][]string{{"files:read"}, {"files:write"}}},
			{Name: "weather", Tools: []string{"weather"}, Public: true},
			{Name: "admin", Tools: []string{"purge"}, Scopes: []string{"ops:purge"}},
			{Name: "nuke", Tools: []string{"nuke"}, Deny: true}}})
	url, keys := authzRegressStack(t, authzCfg{pol: pol, keys: map[string][]string{"r": {"files:read"}, "a": {"files:admin"}},
		tools: []string{"search", "weather", "purge", "nuke"}, stateless: true})
	batch := func(tools ...string) string {
		var calls []string
		for i, tl := range tools {
			calls = append(calls, authzCall(string(rune('1'+i)), tl))
		}
		return "[" + strings.Join(calls, ",") + "]"
	}
	for _, c := range []struct {
		key   string
		tools []string
		want  []string
	}{
		{"r", []string{"search", "purge"}, []string{"files:read", "ops:purge"}},
		{"r", []string{"weather", "search", "purge"}, []string{"files:read", "ops:purge"}},
		{"a", []string{"search", "purge"}, []string{"files:write", "ops:purge"}},
	} {
		resp := authzPost(t, url, reviewWith(reviewOld, "X-API-Key", keys[c.key]), batch(c.tools...))
		ch := resp.Header.Get("WWW-Authenticate")
		if resp.StatusCode != 403 || !strings.Contains(ch, "insufficient_scope") || !reviewHas(reviewScopeParam(ch), c.want...) {
			t.Errorf("%s %v: %d %q, want 403 naming %v", c.key, c.tools, resp.StatusCode, ch, c.want)
		}
	}
	for _, tools := range [][]string{{"search", "nuke"}, {"purge", "nuke"}, {"nuke", "purge"}} {
		resp := authzPost(t, url, reviewWith(reviewOld, "X-API-Key", keys["r"]), batch(tools...))
		if resp.StatusCode != 403 || resp.Header.Get("WWW-Authenticate") != "" {
			t.Errorf("%v: %d %q, want 403 without a challenge", tools, resp.StatusCode, resp.Header.Get("WWW-Authenticate"))
		}
	}
	// Anonymous: public only; a protected call asks for a credential with
	// its scopes; a denied one is 403 without a challenge.
	if resp := authzPost(t, url, reviewOld, batch("weather", "weather")); resp.StatusCode != 200 {
		t.Errorf("anonymous public batch: %d", resp.StatusCode)
	}
	if resp := authzPost(t, url, reviewOld, batch("weather", "purge")); resp.StatusCode != 401 ||
		!reviewHas(reviewScopeParam(resp.Header.Get("WWW-Authenticate")), "ops:purge") {
		t.Errorf("anonymous public+protected batch: %d %q", resp.StatusCode, resp.Header.Get("WWW-Authenticate"))
	}
	if resp := authzPost(t, url, reviewOld, batch("weather", "nuke")); resp.StatusCode != 403 || resp.Header.Get("WWW-Authenticate") != "" {
		t.Errorf("anonymous public+denied batch: %d %q", resp.StatusCode, resp.Header.Get("WWW-Authenticate"))
	}
}

// TestReviewAnonymousPlumbingOnAnotherSession: plumbing notifications are
// decided as initialize (public here), so an anonymous caller may send
// notifications/cancelled or notifications/progress — but not on a
// session a credential created: go-sdk binds the session to its user
// (403). (It held.)
func TestReviewAnonymousPlumbingOnAnotherSession(t *testing.T) {
	pol := authzPolicy(t, policy.Config{Rules: []policy.Rule{authzDiscovery,
		{Name: "search", Tools: []string{"search"}, Scopes: []string{"files:read"}}}})
	url, keys := authzRegressStack(t, authzCfg{pol: pol, keys: map[string][]string{"r": {"files:read"}}, tools: []string{"search"}})
	init := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`
	resp := authzPost(t, url, map[string]string{"X-API-Key": keys["r"]}, init)
	sid := resp.Header.Get("Mcp-Session-Id")
	if resp.StatusCode != 200 || sid == "" {
		t.Fatalf("initialize: %d", resp.StatusCode)
	}
	h := map[string]string{"Mcp-Session-Id": sid, "Mcp-Protocol-Version": "2025-06-18"}
	for _, body := range []string{
		`{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":2,"reason":"x"}}`,
		`{"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":"t","progress":1}}`,
		`{"jsonrpc":"2.0","method":"notifications/initialized"}`,
	} {
		if resp := authzPost(t, url, h, body); resp.StatusCode != http.StatusForbidden {
			t.Errorf("anonymous %s on an authenticated session: %d, want 403", body, resp.StatusCode)
		}
	}
	// The owner may.
	if resp := authzPost(t, url, reviewWith(h, "X-API-Key", keys["r"]),
		`{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":2}}`); resp.StatusCode != http.StatusAccepted {
		t.Errorf("the owner's cancellation: %d", resp.StatusCode)
	}
}
