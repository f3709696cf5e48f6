package policy

import (
	"testing"

	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// TestGrants: Policy, Live and Shadow answer mcpauth.ScopeGranter with
// the hierarchy of the policy that is enforced; zero and nil values grant
// nothing beyond the principal's own scopes, without panicking.
func TestGrants(t *testing.T) {
	pol, err := New(Config{
		Rules:   []Rule{{Name: "read", Tools: []string{"search"}, Scopes: []string{"files:read"}}},
		Implies: map[string][]string{"files:admin": {"files:write"}, "files:write": {"files:read"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	live, err := NewLive(func() (*Policy, error) { return pol, nil })
	if err != nil {
		t.Fatal(err)
	}
	shadow, err := NewShadow(pol, live, testlog.New(t))
	if err != nil {
		t.Fatal(err)
	}
	unenforced, err := NewShadow(pol, nil, testlog.New(t))
	if err != nil {
		t.Fatal(err)
	}
	admin := &mcpctx.Principal{Subject: "a", Scopes: []string{"files:admin"}}
	for name, g := range map[string]interface {
		Grants(*mcpctx.Principal, string) bool
	}{"Policy": pol, "Live": live, "Shadow": shadow} {
		if !g.Grants(admin, "files:read") || !g.Grants(admin, "files:admin") || g.Grants(admin, "other") {
			t.Errorf("%s: files:admin does not grant files:read transitively, or grants too much", name)
		}
	}
	if unenforced.Grants(admin, "files:read") || !unenforced.Grants(admin, "files:admin") {
		t.Error("a Shadow enforcing nothing used the tried policy's hierarchy")
	}
	var zeroLive Live
	var nilPol *Policy
	var nilShadow *Shadow
	if zeroLive.Grants(admin, "files:read") || nilPol.Grants(admin, "files:admin") || nilShadow.Grants(admin, "files:read") {
		t.Error("a zero or nil value granted an implied scope")
	}
}
