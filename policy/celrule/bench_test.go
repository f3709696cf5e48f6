package celrule_test

import (
	"testing"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/policy/celrule"
)

const benchExpr = `args.path.startsWith("/home/" + principal.subject + "/")`

var (
	benchPrincipal = &mcpctx.Principal{
		Subject: "alice", Issuer: "https://idp.example.com", Method: mcpctx.MethodJWT,
		Scopes: []string{"files:read", "files:write"}, KeyID: "2024-06",
		Claims: map[string]any{"sub": "alice", "iss": "https://idp.example.com", "tenant": "acme", "scope": "files:read files:write"},
	}
	benchOp = &operation.Op{
		Kind: operation.Call, Method: "tools/call", Name: "read_file",
		Arguments: []byte(`{"path":"/home/alice/projects/mcpauth/README.md","encoding":"utf-8","offset":0,"max_bytes":65536,"follow_symlinks":false}`),
	}
)

// A typical condition on a typical call.
func BenchmarkHolds(b *testing.B) {
	cond := celrule.MustCompile(benchExpr)
	b.ReportAllocs()
	for b.Loop() {
		if ok, err := cond.Holds(benchPrincipal, benchOp); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}

// The same condition asked for a tools/list entry.
func BenchmarkMayHold(b *testing.B) {
	cond := celrule.MustCompile(benchExpr).(policy.ListCondition)
	list := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "read_file"}
	b.ReportAllocs()
	for b.Loop() {
		if !cond.MayHold(benchPrincipal, list) {
			b.Fatal("not listed")
		}
	}
}

// A decision by a rule with scopes and the condition, against the same
// rule without it.
func BenchmarkDecide(b *testing.B) {
	for _, c := range []struct {
		name string
		when policy.Condition
	}{{"condition", celrule.MustCompile(benchExpr)}, {"scopes-only", nil}} {
		pol, err := policy.New(policy.Config{Rules: []policy.Rule{
			{Name: "discovery", Methods: []string{"initialize", "tools/list"}, Public: true},
			{Name: "own files", Tools: []string{"read_file"}, Scopes: []string{"files:read"}, When: c.when},
		}})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if d := pol.Decide(benchPrincipal, benchOp); d.Outcome != policy.Allow {
					b.Fatal(d.Outcome)
				}
			}
		})
	}
}

// Compiling, which happens at start-up (and on a policy reload).
func BenchmarkCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := celrule.Compile(benchExpr); err != nil {
			b.Fatal(err)
		}
	}
}
