package policy_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testkeys"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/policy"
)

// TestZeroAuthorizersThroughTheGate_review3: issue 10.3's rule (zero
// values fail without panicking, constructors refuse what would fail at
// the first request) did not reach package policy. mcpauth.New accepts a
// zero *policy.Live or *policy.Shadow as the Authorizer — they are not nil
// pointers — and then every request panics: Live.Authorize and
// Live.HasPublic call through a nil *Policy, Shadow's call a nil try. The
// gate should refuse them (or they should answer Deny, as a zero Policy
// does).
func TestZeroAuthorizersThroughTheGate_review3(t *testing.T) {
	auth, keys := testkeys.Memory(t, map[string][]string{"alice": {"tools"}})
	for name, authz := range map[string]mcpauth.Authorizer{"zero Live": &policy.Live{}, "zero Shadow": &policy.Shadow{}} {
		t.Run(name, func(t *testing.T) {
			gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{auth}, Authorizer: authz})
			if err != nil {
				return // refused at start-up: what it should do
			}
			for _, withKey := range []bool{true, false} {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("accepted by mcpauth.New, then a request (key: %v) panics: %v", withKey, r)
						}
					}()
					req := httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x"}}`))
					req.Header.Set("Content-Type", "application/json")
					if withKey {
						req.Header.Set("X-API-Key", keys["alice"])
					}
					rec := httptest.NewRecorder()
					gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(299) })).ServeHTTP(rec, req)
					if rec.Code == 299 {
						t.Errorf("a zero authorizer let a request through (key: %v)", withKey)
					}
				}()
			}
		})
	}
}
