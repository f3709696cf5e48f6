package policy_test

import (
	"testing"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/policy/celrule"
)

// TestReview2EmptyWhenIsRefused: a rule whose "when" is present but empty
// ("when": "", when: ”, or JSON's "when": null) loads as a rule without
// a condition: it allows every call its scopes allow. A condition that was
// meant to be there and is not (a template variable left empty, a value
// lost in an edit) fails open. YAML's null is refused already; the empty
// string and JSON's null must be too.
func TestReview2EmptyWhenIsRefused(t *testing.T) {
	l := policy.Loader{Conditions: celrule.Compile}
	bob := &mcpctx.Principal{Subject: "bob", Method: mcpctx.MethodAPIKey, Scopes: []string{"files:read"}}
	op := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "read_file", Arguments: []byte(`{"path": "/etc/passwd"}`)}
	for name, load := range map[string]func() (*policy.Policy, error){
		`YAML when: ""`: func() (*policy.Policy, error) {
			return l.YAML([]byte("rules:\n  - {tools: [read_file], scopes: [files:read], when: \"\"}\n"))
		},
		`YAML when: ''`: func() (*policy.Policy, error) {
			return l.YAML([]byte("rules:\n  - {tools: [read_file], scopes: [files:read], when: ''}\n"))
		},
		`JSON "when": ""`: func() (*policy.Policy, error) {
			return l.JSON([]byte(`{"rules": [{"tools": ["read_file"], "scopes": ["files:read"], "when": ""}]}`))
		},
		`JSON "when": null`: func() (*policy.Policy, error) {
			return l.JSON([]byte(`{"rules": [{"tools": ["read_file"], "scopes": ["files:read"], "when": null}]}`))
		},
	} {
		pol, err := load()
		if err != nil {
			continue // refused: fixed
		}
		if d := pol.Decide(bob, op); d.Outcome == policy.Allow {
			t.Errorf("%s: loads as a rule without a condition and allows the call", name)
		}
	}
}
