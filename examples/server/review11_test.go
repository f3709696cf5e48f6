package main

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestReview11UnscopedChallengeGetsOverBroadTokens: a client asks the
// authorization server for the scopes a 401 names (MCP authorization
// 2025-11-25, scope selection: the challenge's scope, and only without one
// every scope of scopes_supported). The standalone stream's GET (which the
// 2.x TypeScript client opens right after connecting) and a DELETE carry
// no operation, so their 401 names no scope, and such a client asked for
// "tools maintenance" — maintenance being the privileged scope of
// purge_cache, which nothing it did needed (e2e/tests/oauth.test.mjs test
// 3 recorded exactly that token). Commit 711787a had removed admin from
// /mcp's scopes_supported for this reason but left maintenance there. Now
// /mcp advertises only "tools": a client finds maintenance through the 403
// insufficient_scope step-up of purge_cache, which names it. Whichever
// source a client takes its scopes from, for these requests they never
// include maintenance.
func TestReview11UnscopedChallengeGetsOverBroadTokens(t *testing.T) {
	r := start(t, nil, "-store", "memory:")
	resp, err := http.Get(r.base + "/.well-known/oauth-protected-resource/mcp")
	if err != nil {
		t.Fatal(err)
	}
	var md struct {
		Scopes []string `json:"scopes_supported"`
	}
	err = json.NewDecoder(resp.Body).Decode(&md)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, method := range []string{"GET", "DELETE"} {
		req, _ := http.NewRequest(method, r.base+"/mcp", nil)
		req.Header.Set("Accept", "text/event-stream")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("%s without a credential: %d", method, resp.StatusCode)
		}
		ch := resp.Header.Get("WWW-Authenticate")
		asked, from := md.Scopes, "scopes_supported"
		if s, ok := challengeScope(ch); ok {
			asked, from = strings.Fields(s), "the challenge's scope"
		}
		if slices.Contains(asked, "maintenance") {
			t.Errorf("%s without a credential (401 %q): a client asks for %v (%s), the privileged maintenance among them", method, ch, asked, from)
		}
	}
}

// challengeScope is the scope parameter of a Bearer challenge, if any.
func challengeScope(ch string) (string, bool) {
	m := challengeScopeRE.FindStringSubmatch(ch)
	if m == nil {
		return "", false
	}
	return m[1], true
}

var challengeScopeRE = regexp.MustCompile(`(?:^|[\s,])scope="([^"]*)"`)
