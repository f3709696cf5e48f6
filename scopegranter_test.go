package mcpauth_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/policy"
)

// TestRequiredScopesHonourImplies: a policy's scope hierarchy counts for
// the gate's RequiredScopes too (the MCP authorization spec: scope
// hierarchies MUST be accounted for). Before, a files:admin key that the
// policy lets read was refused by RequiredScopes: files:read with 403.
func TestRequiredScopesHonourImplies(t *testing.T) {
	pol, err := policy.New(policy.Config{
		Rules:   []policy.Rule{{Name: "read", Tools: []string{"search"}, Scopes: []string{"files:read"}}},
		Implies: map[string][]string{"files:admin": {"files:read"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	live, err := policy.NewLive(func() (*policy.Policy, error) { return pol, nil })
	if err != nil {
		t.Fatal(err)
	}
	auth, keys := memoryKeys(t, map[string][]string{"admin": {"files:admin"}, "other": {"files:other"}})
	for name, authz := range map[string]mcpauth.Authorizer{"Policy": pol, "Live": live} {
		gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{auth}, Authorizer: authz,
			RequiredScopes: []string{"files:read"}, ResourceMetadataURL: "https://api.test/.well-known/oauth-protected-resource/mcp"})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})))
		for who, want := range map[string]int{"admin": 200, "other": 403} {
			req, _ := http.NewRequest("POST", srv.URL, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","arguments":{}}}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-API-Key", keys[who])
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != want {
				t.Errorf("%s: %s's key: %d, want %d (%s)", name, who, resp.StatusCode, want, resp.Header.Get("WWW-Authenticate"))
			}
		}
		srv.Close()
	}
}
