package policy_test

// Review tests of Live, Shadow and FilterLists (external view).

import (
	"bytes"
	"context"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
)

// TestReviewShadowSeesAnonymousCalls: a dry run is blind to every
// difference for callers without a credential when the tried policy has
// public operations and the enforced one has none (or enforce is nil, the
// documented first roll-out): Shadow.HasPublic answers for Enforce only,
// so the gate answers 401 without reading the body and never asks the
// Shadow. The log stays quiet; the operator switches to Try, and
// anonymous callers can now call what the dry run never reported.
// (TestShadowChangesNothing counts 3 differences and says "weather is
// allowed by both" — for the anonymous caller it is not.)
//
// Fix: Shadow.HasPublic returns enforce.HasPublic() || try.HasPublic():
// the gate then reads such bodies, and authorize(nil) through the Shadow
// still returns Enforce's need-credential (the same 401), after logging.
func TestReviewShadowSeesAnonymousCalls(t *testing.T) {
	try, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "search", Tools: []string{"search"}, Scopes: []string{"files:read"}},
		{Name: "weather", Tools: []string{"weather"}, Public: true},
	}})
	if err != nil {
		t.Fatal(err)
	}
	enforce, err := policy.New(policy.Config{Rules: []policy.Rule{{Name: "all", Tools: []string{"*"}, Scopes: []string{"files:read"}}}})
	if err != nil {
		t.Fatal(err)
	}
	for name, enforced := range map[string]*policy.Policy{"nil enforce": nil, "scoped enforce": enforce} {
		var log bytes.Buffer
		var shadow *policy.Shadow
		if enforced == nil {
			shadow, err = policy.NewShadow(try, nil, slog.New(testlog.Wrap(t, slog.NewJSONHandler(&log, nil))))
		} else {
			shadow, err = policy.NewShadow(try, enforced, slog.New(testlog.Wrap(t, slog.NewJSONHandler(&log, nil))))
		}
		if err != nil {
			t.Fatal(err)
		}
		url, _ := liveStack(t, shadow, nil)
		if got := callTool(t, url, "", "weather", "{}"); got != 401 {
			t.Fatalf("%s: anonymous weather: %d, want Enforce's 401", name, got)
		}
		if shadow.Differences() != 1 {
			t.Errorf("%s: anonymous call the tried policy allows (public weather) and the enforced one refuses: %d differences logged, want 1",
				name, shadow.Differences())
		}
	}
}

// TestReviewShadowTypedNil: NewShadow says "nil enforces what the gate
// does without an Authorizer". A nil *Policy or *Live (the zero value of
// a variable holding "the policy in force, if any") passes the nil check
// as a non-nil interface, and every request then panics in Authorize
// (net/http recovers: every request of the endpoint fails). Same for try.
//
// Fix: in NewShadow, treat a typed nil (reflect, or a type switch on
// *Policy / *Live) as nil, or refuse it.
func TestReviewShadowTypedNil(t *testing.T) {
	try, err := policy.New(policy.Config{Rules: []policy.Rule{{Tools: []string{"x"}, Public: true}}})
	if err != nil {
		t.Fatal(err)
	}
	var inForce *policy.Policy // none yet
	shadow, err := policy.NewShadow(try, inForce, testlog.New(t))
	if err != nil {
		return // refused: fine
	}
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("NewShadow accepted a nil *Policy to enforce, and Authorize panics: %v", r)
		}
	}()
	shadow.Authorize(&mcpctx.Principal{Subject: "a"}, &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "x"})
}

// TestReviewLiveRaceWithSwaps: Reload swapping between two good policies
// while Authorize, HasPublic and FilterLists run (go test -race). The
// existing race test only reloads a broken file. (It held.)
func TestReviewLiveRaceWithSwaps(t *testing.T) {
	a, err := policy.New(policy.Config{Rules: []policy.Rule{{Name: "a", Tools: []string{"search"}, Public: true}}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := policy.New(policy.Config{Rules: []policy.Rule{{Name: "b", Tools: []string{"search"}, Scopes: []string{"s"}}}})
	if err != nil {
		t.Fatal(err)
	}
	var n atomic.Int64
	live, err := policy.NewLive(func() (*policy.Policy, error) {
		if n.Add(1)%2 == 0 {
			return b, nil
		}
		return a, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	list := policy.FilterLists(live)(func(context.Context, string, mcp.Request) (mcp.Result, error) {
		return &mcp.ListToolsResult{Tools: []*mcp.Tool{{Name: "search"}, {Name: "other"}}, NextCursor: "c"}, nil
	})
	search := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "search"}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 300 {
				if d := live.Authorize(nil, search); d.Outcome != policy.Allow && d.Outcome != policy.NeedCredential {
					t.Errorf("decision %v: neither policy's", d.Outcome)
				}
				live.HasPublic()
				res, err := list(context.Background(), "tools/list", &mcp.ListToolsRequest{Params: &mcp.ListToolsParams{}})
				if err != nil {
					t.Error(err)
					return
				}
				if tools := res.(*mcp.ListToolsResult).Tools; len(tools) > 1 {
					t.Errorf("listed %d tools", len(tools))
				}
			}
		})
	}
	for range 200 {
		if err := live.Reload(); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
}

// TestReviewCursorAcrossCallers: a cursor sealed for one caller is
// accepted from another (it is bound to neither), but the page it gets is
// filtered for the one who sends it, so nothing hidden leaks; a cursor
// keeps working across a Live reload, and one from another policy's key
// is refused. (It held.)
func TestReviewCursorAcrossCallers(t *testing.T) {
	key := bytes.Repeat([]byte{7}, 32)
	pol, err := policy.New(policy.Config{CursorKey: key, Rules: []policy.Rule{
		{Name: "admin", Tools: []string{"admin_*"}, Scopes: []string{"admin"}},
		{Name: "read", Tools: []string{"*"}, Scopes: []string{"read"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	other, err := policy.New(policy.Config{Rules: []policy.Rule{{Tools: []string{"*"}, Scopes: []string{"read"}}}})
	if err != nil {
		t.Fatal(err)
	}
	live, err := policy.NewLive(func() (*policy.Policy, error) { return pol, nil })
	if err != nil {
		t.Fatal(err)
	}
	var gotCursor string
	h := policy.FilterLists(live)(func(_ context.Context, _ string, req mcp.Request) (mcp.Result, error) {
		gotCursor = req.(*mcp.ListToolsRequest).Params.Cursor
		return &mcp.ListToolsResult{Tools: []*mcp.Tool{{Name: "admin_nuke"}, {Name: "search"}}, NextCursor: "admin_nuke"}, nil
	})
	ask := func(cursor string, scopes ...string) (*mcp.ListToolsResult, error) {
		p := &mcpctx.Principal{Subject: "u", Method: mcpctx.MethodAPIKey, Scopes: scopes}
		res, err := h(context.Background(), "tools/list", &mcp.ListToolsRequest{Params: &mcp.ListToolsParams{Cursor: cursor},
			Extra: &mcp.RequestExtra{TokenInfo: mcpctx.TokenInfo(p)}})
		if err != nil {
			return nil, err
		}
		return res.(*mcp.ListToolsResult), nil
	}
	adminPage, err := ask("", "admin", "read")
	if err != nil {
		t.Fatal(err)
	}
	if err := live.Reload(); err != nil {
		t.Fatal(err)
	}
	readerPage, err := ask(adminPage.NextCursor, "read")
	if err != nil {
		t.Fatalf("the admin's cursor from the reader: %v", err)
	}
	if gotCursor != "admin_nuke" {
		t.Errorf("inner cursor %q", gotCursor)
	}
	var names []string
	for _, tl := range readerPage.Tools {
		names = append(names, tl.Name)
	}
	if !slices.Equal(names, []string{"search"}) {
		t.Errorf("reader's page through the admin's cursor: %v", names)
	}
	h2 := policy.FilterLists(other)(func(context.Context, string, mcp.Request) (mcp.Result, error) {
		return &mcp.ListToolsResult{}, nil
	})
	if _, err := h2(context.Background(), "tools/list", &mcp.ListToolsRequest{Params: &mcp.ListToolsParams{Cursor: adminPage.NextCursor}}); err == nil {
		t.Error("a cursor sealed under another key was accepted")
	}
}
