package policy

import (
	"context"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

// TestGlobCrossesSlash: go-sdk accepts (only logs) tool names containing
// '/', and gateways namespace tools that way. With path.Match's '*', which
// stops at '/', a Deny rule "danger*" did not cover "danger/rm", and with
// DefaultAllow the call was allowed.
func TestGlobCrossesSlash(t *testing.T) {
	pol, err := New(Config{
		Rules:        []Rule{{Name: "no-danger", Tools: []string{"danger*"}, Deny: true}, {Name: "all", Prompts: []string{"*"}, Scopes: []string{"p"}}},
		DefaultAllow: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	if d := pol.Decide(who(), op("tools/call", "danger/rm")); d.Outcome != Deny {
		t.Errorf("tools/call danger/rm: %v by rule %q, want deny by no-danger", d.Outcome, d.Rule)
	}
	if d := pol.Decide(who(), op("prompts/get", "team/secret")); d.Outcome != InsufficientScope {
		t.Errorf("prompts/get team/secret: %v by rule %q, want insufficient-scope by all", d.Outcome, d.Rule)
	}
}

// TestFilterListsDoesNotMutateResult: FilterLists wrote into the result the
// next handler returned; if that result is shared (an inner caching
// middleware, a custom handler), a second caller's list was filtered by the
// first caller's view as well.
func TestFilterListsDoesNotMutateResult(t *testing.T) {
	pol, err := New(Config{Rules: []Rule{
		{Name: "a", Tools: []string{"a"}, Scopes: []string{"sa"}},
		{Name: "b", Tools: []string{"b"}, Scopes: []string{"sb"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	shared := &mcp.ListToolsResult{Tools: []*mcp.Tool{{Name: "a"}, {Name: "b"}}}
	h := FilterLists(pol)(func(context.Context, string, mcp.Request) (mcp.Result, error) { return shared, nil })
	req := func(s string) mcp.Request {
		return &mcp.ListToolsRequest{Params: &mcp.ListToolsParams{}, Extra: &mcp.RequestExtra{TokenInfo: mcpctx.TokenInfo(who(s))}}
	}
	if _, err := h(context.Background(), "tools/list", req("sa")); err != nil {
		t.Fatal(err)
	}
	res, _ := h(context.Background(), "tools/list", req("sb"))
	if got := res.(*mcp.ListToolsResult).Tools; len(got) != 1 || got[0].Name != "b" {
		t.Errorf("second caller (sb) sees %d tools, want [b]", len(got))
	}
	if len(shared.Tools) != 2 {
		t.Errorf("the shared result was changed: %d tools", len(shared.Tools))
	}
}

// TestStepUpAsksForTheLeast: the closest alternative is the one with the
// fewest missing scopes beyond those Scopes already demands, and repeated
// scopes are named once: Scopes {a, a} with AnyOf {{c},{a}} asked an
// empty-handed caller for "a a c" though "a" suffices.
func TestStepUpAsksForTheLeast(t *testing.T) {
	pol, err := New(Config{Rules: []Rule{{Tools: []string{"t"}, Scopes: []string{"a", "a"}, AnyOf: [][]string{{"c"}, {"a"}}}}})
	if err != nil {
		t.Fatal(err)
	}
	if d := pol.Decide(who(), op("tools/call", "t")); strings.Join(d.Scopes, " ") != "a" {
		t.Errorf("step-up scopes %q, want [a]", d.Scopes)
	}
}

// TestNewRefusesMethodsNoClientSends: a misspelt method ("tools/lists")
// or a server-to-client one ("sampling/createMessage") matched nothing,
// silently, and the operation it meant fell to the default.
func TestNewRefusesMethodsNoClientSends(t *testing.T) {
	for _, m := range []string{"tools/lists", "tool/call", "Tools/call", "sampling/createMessage", "roots/list",
		"notifications/message", "elicitation/create", "initialise", "list"} {
		_, err := New(Config{Rules: []Rule{{Methods: []string{m}, Public: true}}})
		if m == "tool/call" { // a custom namespace: accepted
			if err != nil {
				t.Errorf("custom method %q: %v", m, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("method %q accepted", m)
		}
	}
	if _, err := New(Config{Rules: []Rule{{Methods: []string{"acme/search", "tasks/get", "server/discover"}, Scopes: []string{"a"}}}}); err != nil {
		t.Errorf("custom and current methods: %v", err)
	}
}

// TestNewRefusesShadowedRules: a rule that earlier rules leave nothing to
// decide was accepted, and the operator's intent (usually a stricter
// requirement) silently never applied.
func TestNewRefusesShadowedRules(t *testing.T) {
	shadowed := map[string][]Rule{
		"method":        {{Methods: []string{"tools/call"}, Scopes: []string{"a"}}, {Tools: []string{"rm"}, Deny: true}},
		"star glob":     {{Tools: []string{"*"}, Scopes: []string{"a"}}, {Tools: []string{"rm", "danger_*"}, Deny: true}},
		"prefix glob":   {{Tools: []string{"github_*"}, Scopes: []string{"a"}}, {Tools: []string{"github_admin_*"}, Deny: true}},
		"same glob":     {{Prompts: []string{"p?"}, Scopes: []string{"a"}}, {Prompts: []string{"p?"}, Deny: true}},
		"exact by glob": {{Tools: []string{"get_*", "x"}, Scopes: []string{"a"}}, {Tools: []string{"get_file"}, Deny: true}},
		"uri":           {{Resources: []string{"file:///{+path}"}, Scopes: []string{"a"}}, {Resources: []string{"file:///etc/passwd"}, Deny: true}},
		"template":      {{Methods: []string{"resources/read", "resources/subscribe", "resources/unsubscribe"}, Scopes: []string{"a"}}, {Resources: []string{"file:///{x}"}, Deny: true}},
		"two earlier":   {{Tools: []string{"a"}, Scopes: []string{"a"}}, {Tools: []string{"b"}, Scopes: []string{"b"}}, {Tools: []string{"a", "b"}, Deny: true}},
	}
	for name, rules := range shadowed {
		if _, err := New(Config{Rules: rules}); err == nil || !strings.Contains(err.Error(), "never decides") {
			t.Errorf("%s: %v, want a shadowed-rule error", name, err)
		}
	}
	reached := map[string][]Rule{
		"partly":      {{Tools: []string{"a"}, Scopes: []string{"a"}}, {Tools: []string{"a", "b"}, Deny: true}},
		"other kind":  {{Tools: []string{"*"}, Scopes: []string{"a"}}, {Prompts: []string{"x"}, Deny: true}},
		"glob vs ?":   {{Tools: []string{"a?"}, Scopes: []string{"a"}}, {Tools: []string{"a*"}, Deny: true}},
		"uri partial": {{Methods: []string{"resources/read"}, Scopes: []string{"a"}}, {Resources: []string{"file:///x"}, Deny: true}},
	}
	for name, rules := range reached {
		if _, err := New(Config{Rules: rules}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestPlumbingFollowsInitialize: a policy that made initialize public but
// did not name notifications/initialized broke every anonymous stateful
// handshake (default deny); such notifications are decided as initialize.
func TestPlumbingFollowsInitialize(t *testing.T) {
	pol, err := New(Config{Rules: []Rule{
		{Name: "hello", Methods: []string{"initialize"}, Public: true},
		{Name: "progress", Methods: []string{"notifications/progress"}, Scopes: []string{"p"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	note := func(m string) *operation.Op { return &operation.Op{Kind: operation.Notification, Method: m} }
	for _, c := range []struct {
		op   *operation.Op
		want Outcome
	}{
		{note("notifications/initialized"), Allow},
		{note("notifications/cancelled"), Allow},
		{note("notifications/progress"), NeedCredential}, // a rule names it
		{note("notifications/message"), Deny},            // not plumbing
		{op("notifications/initialized", ""), Deny},      // a call, not a notification
	} {
		if d := pol.Decide(nil, c.op); d.Outcome != c.want {
			t.Errorf("%s (%v): %v by %q, want %v", c.op.Method, c.op.Kind, d.Outcome, d.Rule, c.want)
		}
	}
	if s := pol.Explain(nil, note("notifications/initialized")); !strings.Contains(s, "allow as initialize is") || !strings.Contains(s, `rule "hello"`) {
		t.Errorf("Explain = %q", s)
	}
}

// TestListedTemplateAgreesWithReads: a template was listed by the rule
// naming it while an earlier rule, matching some of its URIs, refused
// their reads: the caller saw a template it could not use.
func TestListedTemplateAgreesWithReads(t *testing.T) {
	pol, err := New(Config{Rules: []Rule{
		{Name: "secrets", Resources: []string{"file:///home/{user}/.ssh/{key}"}, Scopes: []string{"admin"}},
		{Name: "home", Resources: []string{"file:///home/{user}/{+path}"}, Scopes: []string{"files:read"}},
		{Name: "docs", Resources: []string{"https://docs/{page}"}, Scopes: []string{"files:read"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	reader := who("files:read")
	if d := pol.Decide(reader, op("resources/read", "file:///home/alice/.ssh/id")); d.Outcome != InsufficientScope {
		t.Fatalf("read of a key: %v", d.Outcome)
	}
	if d := pol.decideTemplate(reader, "file:///home/{user}/{+path}"); d.Outcome == Allow {
		t.Errorf("home template listed for a reader who cannot read all of it")
	}
	if d := pol.decideTemplate(reader, "https://docs/{page}"); d.Outcome != Allow {
		t.Errorf("docs template hidden: %v by %q", d.Outcome, d.Rule)
	}
	if d := pol.decideTemplate(who("files:read", "admin"), "file:///home/{user}/{+path}"); d.Outcome != Allow {
		t.Errorf("home template hidden from a caller who may read all of it: %v by %q", d.Outcome, d.Rule)
	}
}
