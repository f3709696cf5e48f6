package policy

import "testing"

// BenchmarkDecide: one decision on a policy of nine rules, for an allowed
// scope rule (through an implied scope), a public rule and a denial.
func BenchmarkDecide(b *testing.B) {
	t := &testing.T{}
	pol := testPolicy(t, false)
	for _, c := range []struct {
		name   string
		scopes []string
		method string
		tool   string
	}{
		{"scope-rule-allowed", []string{"files:write"}, "tools/call", "get_file"},
		{"template-allowed", []string{"files:read"}, "resources/read", "file:///home/alice/a/b.txt"},
		{"public", nil, "tools/list", ""},
		{"insufficient-scope", []string{"x"}, "tools/call", "delete_all"},
	} {
		b.Run(c.name, func(b *testing.B) {
			p, o := who(c.scopes...), op(c.method, c.tool)
			b.ReportAllocs()
			for b.Loop() {
				_ = pol.Decide(p, o)
			}
		})
	}
}
