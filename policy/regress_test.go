package policy

import (
	"context"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/mcpctx"
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
