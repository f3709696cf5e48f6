package policy

import (
	"slices"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

func testPolicy(t *testing.T, defaultAllow bool) *Policy {
	t.Helper()
	p, err := New(Config{
		Rules: []Rule{
			{Name: "discovery", Methods: []string{"initialize", "ping", "tools/list"}, Public: true},
			{Name: "weather", Tools: []string{"weather"}, Public: true},
			{Name: "never", Tools: []string{"drop_database"}, Deny: true},
			{Name: "read", Tools: []string{"search", "get_*"}, AnyOf: [][]string{{"files:read"}, {"files:admin"}}},
			{Name: "admin", Tools: []string{"delete_*"}, Scopes: []string{"files:admin"}},
			{Name: "both", Tools: []string{"move"}, Scopes: []string{"files:write"}, AnyOf: [][]string{{"audit"}, {"files:admin", "ops"}}},
			{Name: "home", Resources: []string{"file:///home/{user}/{+path}"}, Scopes: []string{"files:read"}},
			{Name: "readme", Resources: []string{"file:///README"}, Public: true},
			{Name: "prompts", Prompts: []string{"greet*"}, Scopes: []string{"prompts"}},
		},
		DefaultAllow: defaultAllow,
		Implies:      map[string][]string{"files:admin": {"files:write"}, "files:write": {"files:read"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func op(method, name string) *operation.Op {
	return &operation.Op{Kind: operation.Call, Method: method, Name: name}
}

func who(scopes ...string) *mcpctx.Principal {
	return &mcpctx.Principal{Subject: "alice", Method: mcpctx.MethodJWT, Scopes: scopes}
}

func TestDecide(t *testing.T) {
	pol := testPolicy(t, false)
	for _, c := range []struct {
		p      *mcpctx.Principal
		op     *operation.Op
		want   Outcome
		rule   string
		scopes string
	}{
		{nil, op("tools/list", ""), Allow, "discovery", ""},
		{nil, op("initialize", ""), Allow, "discovery", ""},
		{nil, op("tools/call", "weather"), Allow, "weather", ""},
		{who(), op("tools/call", "weather"), Allow, "weather", ""},
		{nil, op("tools/call", "search"), NeedCredential, "read", "files:read"},
		{who(), op("tools/call", "search"), InsufficientScope, "read", "files:read"},
		{who("files:read"), op("tools/call", "search"), Allow, "read", "files:read"},
		{who("files:admin"), op("tools/call", "get_file"), Allow, "read", "files:read"},
		{who("files:write"), op("tools/call", "get_file"), Allow, "read", "files:read"}, // implied
		{who("files:read"), op("tools/call", "delete_all"), InsufficientScope, "admin", "files:admin"},
		{who("files:admin"), op("tools/call", "delete_all"), Allow, "admin", "files:admin"},
		{who("files:admin"), op("tools/call", "drop_database"), Deny, "never", ""},
		{nil, op("tools/call", "drop_database"), Deny, "never", ""},
		// Scopes and AnyOf together: files:write (implied by admin) and
		// one alternative; the one closest to met is named.
		{who("files:write"), op("tools/call", "move"), InsufficientScope, "both", "files:write audit"},
		{who("files:admin"), op("tools/call", "move"), InsufficientScope, "both", "files:write audit"}, // a tie: the first
		{who("files:admin", "x"), op("tools/call", "move"), InsufficientScope, "both", "files:write audit"},
		{who("files:admin", "ops"), op("tools/call", "move"), Allow, "both", "files:write files:admin ops"},
		{who("files:write", "audit"), op("tools/call", "move"), Allow, "both", "files:write audit"},
		{who("files:read"), op("resources/read", "file:///home/alice/notes/a.txt"), Allow, "home", "files:read"},
		{who(), op("resources/subscribe", "file:///home/alice/a"), InsufficientScope, "home", "files:read"},
		{nil, op("resources/read", "file:///README"), Allow, "readme", ""},
		{who("files:read"), op("resources/read", "file:///etc/passwd"), Deny, "", ""},
		{who("prompts"), op("prompts/get", "greeting"), Allow, "prompts", "prompts"},
		{who("files:admin"), op("prompts/get", "other"), Deny, "", ""},
		{who("files:admin"), op("tools/call", "unknown"), Deny, "", ""},
		{who("files:admin"), op("resources/list", ""), Deny, "", ""},
	} {
		d := pol.Decide(c.p, c.op)
		if d.Outcome != c.want || d.Rule != c.rule || strings.Join(d.Scopes, " ") != c.scopes {
			t.Errorf("%s %q by %v: %v rule %q scopes %q; want %v rule %q scopes %q",
				c.op.Method, c.op.Name, c.p, d.Outcome, d.Rule, d.Scopes, c.want, c.rule, c.scopes)
		}
	}
}

func TestDefaultAllow(t *testing.T) {
	pol := testPolicy(t, true)
	if d := pol.Decide(who(), op("tools/call", "unknown")); d.Outcome != Allow || d.Rule != "" {
		t.Fatalf("default allow: %+v", d)
	}
	if d := pol.Decide(nil, op("tools/call", "unknown")); d.Outcome != NeedCredential {
		t.Fatalf("default allow is not public: %+v", d)
	}
	if d := pol.Decide(who("files:admin"), op("tools/call", "drop_database")); d.Outcome != Deny {
		t.Fatalf("a deny rule still denies: %+v", d)
	}
}

func TestNewRefusesBadConfig(t *testing.T) {
	for name, cfg := range map[string]Config{
		"matches nothing":      {Rules: []Rule{{Scopes: []string{"a"}}}},
		"no requirement":       {Rules: []Rule{{Tools: []string{"x"}}}},
		"public and scopes":    {Rules: []Rule{{Tools: []string{"x"}, Public: true, Scopes: []string{"a"}}}},
		"public and deny":      {Rules: []Rule{{Tools: []string{"x"}, Public: true, Deny: true}}},
		"bad scope":            {Rules: []Rule{{Tools: []string{"x"}, Scopes: []string{"a b"}}}},
		"bad alternative":      {Rules: []Rule{{Tools: []string{"x"}, AnyOf: [][]string{{`a"`}}}}},
		"empty alternative":    {Rules: []Rule{{Tools: []string{"x"}, AnyOf: [][]string{{}}}}},
		"bad template":         {Rules: []Rule{{Resources: []string{"file:///{x"}, Public: true}}},
		"empty method":         {Rules: []Rule{{Methods: []string{""}, Public: true}}},
		"repeated name":        {Rules: []Rule{{Name: "a", Tools: []string{"x"}, Public: true}, {Name: "a", Tools: []string{"y"}, Public: true}}},
		"bad implied scope":    {Implies: map[string][]string{"a": {"b c"}}},
		"bad implying scope":   {Implies: map[string][]string{"": {"b"}}},
		"empty resource":       {Rules: []Rule{{Resources: []string{""}, Public: true}}},
		"empty tool glob":      {Rules: []Rule{{Tools: []string{""}, Public: true}}},
		"padded method":        {Rules: []Rule{{Methods: []string{" ping"}, Public: true}}},
		"deny and any-of":      {Rules: []Rule{{Tools: []string{"x"}, Deny: true, AnyOf: [][]string{{"a"}}}}},
		"scope with a quote":   {Rules: []Rule{{Tools: []string{"x"}, Scopes: []string{`a"`}}}},
		"scope with a slash\\": {Rules: []Rule{{Tools: []string{"x"}, Scopes: []string{`a\`}}}},
		"short cursor key":     {CursorKey: []byte("12345")},
	} {
		if _, err := New(cfg); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestImpliesIsTransitiveAndCycleSafe(t *testing.T) {
	pol, err := New(Config{
		Rules:   []Rule{{Tools: []string{"t"}, Scopes: []string{"c"}}},
		Implies: map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"a", "b", "c"} {
		if d := pol.Decide(who(s), op("tools/call", "t")); d.Outcome != Allow {
			t.Errorf("%s does not grant c: %+v", s, d)
		}
	}
	if got := pol.grantedBy["c"]; !slices.Equal(got, []string{"a", "b"}) {
		t.Fatalf("grantedBy[c] = %v", got)
	}
}

func TestExplain(t *testing.T) {
	pol := testPolicy(t, false)
	s := pol.Explain(who("files:read"), op("tools/call", "delete_all"))
	for _, want := range []string{`tools/call "delete_all"`, "insufficient-scope", `rule "admin"`, `"files:admin"`} {
		if !strings.Contains(s, want) {
			t.Errorf("Explain = %q, lacks %q", s, want)
		}
	}
	if s := pol.Explain(nil, op("tools/call", "unknown")); !strings.Contains(s, "without a credential") || !strings.Contains(s, "deny by default") {
		t.Errorf("Explain = %q", s)
	}
}

func TestAllowedDecisionDoesNotAllocate(t *testing.T) {
	pol := testPolicy(t, false)
	p := who("files:write")
	o := op("tools/call", "get_file")
	if n := testing.AllocsPerRun(100, func() { _ = pol.Decide(p, o) }); n != 0 {
		t.Fatalf("%v allocations for an allowed scope decision", n)
	}
}

func TestStepUpNamesTheClosestAlternative(t *testing.T) {
	pol, err := New(Config{Rules: []Rule{{Tools: []string{"t"}, AnyOf: [][]string{{"a", "b", "c"}, {"d"}}}}})
	if err != nil {
		t.Fatal(err)
	}
	if d := pol.Decide(who("a"), op("tools/call", "t")); !slices.Equal(d.Scopes, []string{"d"}) {
		t.Fatalf("closest alternative: %+v", d)
	}
	if d := pol.Decide(who("a", "b"), op("tools/call", "t")); !slices.Equal(d.Scopes, []string{"a", "b", "c"}) {
		t.Fatalf("closest alternative: %+v", d)
	}
}

func TestGlob(t *testing.T) {
	for _, c := range []struct {
		pattern, name string
		want          bool
	}{
		{"*", "", true}, {"*", "a/b", true}, {"a*", "a", true}, {"a*", "ba", false},
		{"get_*", "get_file", true}, {"get_*", "get", false}, {"*_x", "a_b_x", true},
		{"a*b*c", "abc", true}, {"a*b*c", "aXbYc", true}, {"a*b*c", "aXbY", false},
		{"gh/*", "gh/create_issue", true}, {"?", "é", true}, {"??", "é", false},
		{"a?c", "abc", true}, {"a?c", "ac", false}, {"[x]", "[x]", true}, {"x", "X", false},
		{"**", "anything", true}, {"*a", "aaaa", true}, {"a", "", false},
	} {
		if got := glob(c.pattern, c.name); got != c.want {
			t.Errorf("glob(%q, %q) = %v", c.pattern, c.name, got)
		}
	}
}
