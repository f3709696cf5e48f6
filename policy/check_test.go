package policy_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy"
)

func noop(context.Context, *mcp.CallToolRequest, struct{}) (*mcp.CallToolResult, struct{}, error) {
	return nil, struct{}{}, nil
}

// TestCheckAndWatch: the strict mode names what no rule covers, at
// start-up and when the server's lists change later, even with FilterLists
// installed (which would hide it from an anonymous caller).
func TestCheckAndWatch(t *testing.T) {
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Tools: []string{"search", "get_*"}, Scopes: []string{"read"}},
		{Resources: []string{"file:///home/{user}"}, Scopes: []string{"read"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware(), policy.FilterLists(pol))
	mcp.AddTool(server, &mcp.Tool{Name: "search"}, noop)
	mcp.AddTool(server, &mcp.Tool{Name: "get_file"}, noop)
	read := func(context.Context, *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
		return &mcp.ReadResourceResult{}, nil
	}
	server.AddResourceTemplate(&mcp.ResourceTemplate{URITemplate: "file:///home/{user}", Name: "home"}, read)
	ctx := context.Background()
	if err := pol.Check(ctx, server); err != nil {
		t.Fatalf("everything is ruled: %v", err)
	}

	mcp.AddTool(server, &mcp.Tool{Name: "delete_all"}, noop)
	server.AddResource(&mcp.Resource{URI: "file:///etc/passwd", Name: "passwd"}, read)
	err = pol.Check(ctx, server)
	if err == nil || !strings.Contains(err.Error(), "tool delete_all") || !strings.Contains(err.Error(), "resource file:///etc/passwd") {
		t.Fatalf("Check = %v", err)
	}

	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	reports := make(chan []string, 4)
	if err := pol.Watch(wctx, server, func(m []string) { reports <- m }); err != nil {
		t.Fatal(err)
	}
	if got := <-reports; !slices.Contains(got, "tool delete_all") {
		t.Fatalf("first report %v", got)
	}
	mcp.AddTool(server, &mcp.Tool{Name: "format_disk"}, noop)
	select {
	case got := <-reports:
		if !slices.Contains(got, "tool format_disk") {
			t.Fatalf("report after list-changed: %v", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no report after a tool was added")
	}
}

// TestLiveWatch: a Live's watch checks with the policy in force, so a
// reload that rules a new tool silences its report.
func TestLiveWatch(t *testing.T) {
	tools := []string{"search"}
	live, err := policy.NewLive(func() (*policy.Policy, error) {
		return policy.New(policy.Config{Rules: []policy.Rule{{Tools: slices.Clone(tools), Scopes: []string{"read"}}}})
	})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	mcp.AddTool(server, &mcp.Tool{Name: "search"}, noop)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	reports := make(chan []string, 4)
	if err := live.Watch(ctx, server, func(m []string) { reports <- m }); err != nil {
		t.Fatal(err)
	}
	if err := live.Watch(ctx, server, nil); err == nil {
		t.Error("Watch accepted a nil report")
	}
	tools = append(tools, "export")
	if err := live.Reload(); err != nil {
		t.Fatal(err)
	}
	mcp.AddTool(server, &mcp.Tool{Name: "export"}, noop) // ruled now: no report
	mcp.AddTool(server, &mcp.Tool{Name: "wipe"}, noop)
	select {
	case got := <-reports:
		if !slices.Equal(got, []string{"tool wipe"}) {
			t.Fatalf("report %v, want only tool wipe", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no report after a tool was added")
	}
}
