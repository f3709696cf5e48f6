package policy_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testkeys"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy"
)

type keyHeader struct{ key string }

func (k keyHeader) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("X-API-Key", k.key)
	return http.DefaultTransport.RoundTrip(r)
}

// TestFilterListsPerCaller: two callers with different scopes list tools,
// prompts, resources and templates through go-sdk's client and the gate,
// on the stateful and the stateless wire, and each sees what it may use.
func TestFilterListsPerCaller(t *testing.T) {
	pol, err := policy.New(policy.Config{
		Rules: []policy.Rule{
			{Name: "discovery", Methods: []string{"initialize", "ping",
				"tools/list", "prompts/list", "resources/list", "resources/templates/list"}, Public: true},
			{Name: "public", Tools: []string{"weather"}, Public: true},
			{Name: "read", Tools: []string{"search"}, Prompts: []string{"summarize"}, Resources: []string{"file:///notes", "file:///home/{user}"},
				AnyOf: [][]string{{"files:read"}, {"files:admin"}}},
			{Name: "admin", Tools: []string{"delete_*"}, Resources: []string{"file:///audit"}, Scopes: []string{"files:admin"}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	auth, keys := testkeys.Memory(t, map[string][]string{"reader": {"files:read"}, "admin": {"files:admin"}, "none": nil})
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{auth}, Authorizer: pol})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware(), policy.FilterLists(pol))
	allTools := []string{"weather", "search", "delete_all", "unruled"}
	for _, name := range allTools {
		mcp.AddTool(server, &mcp.Tool{Name: name}, func(context.Context, *mcp.CallToolRequest, struct{}) (*mcp.CallToolResult, struct{}, error) {
			return nil, struct{}{}, nil
		})
	}
	server.AddPrompt(&mcp.Prompt{Name: "summarize"}, func(context.Context, *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
		return &mcp.GetPromptResult{}, nil
	})
	server.AddPrompt(&mcp.Prompt{Name: "secret"}, func(context.Context, *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
		return &mcp.GetPromptResult{}, nil
	})
	read := func(context.Context, *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
		return &mcp.ReadResourceResult{}, nil
	}
	server.AddResource(&mcp.Resource{URI: "file:///notes", Name: "notes"}, read)
	server.AddResource(&mcp.Resource{URI: "file:///audit", Name: "audit"}, read)
	server.AddResourceTemplate(&mcp.ResourceTemplate{URITemplate: "file:///home/{user}", Name: "home"}, read)
	server.AddResourceTemplate(&mcp.ResourceTemplate{URITemplate: "file:///tmp/{x}", Name: "tmp"}, read)

	for _, stateless := range []bool{false, true} {
		srv := httptest.NewServer(gate.Handler(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
			&mcp.StreamableHTTPOptions{Stateless: stateless})))
		for caller, want := range map[string][4][]string{
			"reader": {{"search", "weather"}, {"summarize"}, {"file:///notes"}, {"file:///home/{user}"}},
			"admin":  {{"delete_all", "search", "weather"}, {"summarize"}, {"file:///audit", "file:///notes"}, {"file:///home/{user}"}},
			"none":   {{"weather"}, nil, nil, nil},
		} {
			ctx := context.Background()
			cs, err := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "v0"}, nil).Connect(ctx,
				&mcp.StreamableClientTransport{Endpoint: srv.URL, HTTPClient: &http.Client{Transport: keyHeader{keys[caller]}}, MaxRetries: -1}, nil)
			if err != nil {
				t.Fatalf("%s: connect: %v", caller, err)
			}
			tools, err := cs.ListTools(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			prompts, err := cs.ListPrompts(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			resources, err := cs.ListResources(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			templates, err := cs.ListResourceTemplates(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := [4][]string{}
			for _, x := range tools.Tools {
				got[0] = append(got[0], x.Name)
			}
			for _, x := range prompts.Prompts {
				got[1] = append(got[1], x.Name)
			}
			for _, x := range resources.Resources {
				got[2] = append(got[2], x.URI)
			}
			for _, x := range templates.ResourceTemplates {
				got[3] = append(got[3], x.URITemplate)
			}
			for i := range got {
				slices.Sort(got[i])
				if !slices.Equal(got[i], want[i]) {
					t.Errorf("stateless=%v %s: list %d = %v, want %v", stateless, caller, i, got[i], want[i])
				}
			}
			if stateless && tools.CacheScope != "private" {
				t.Errorf("%s: a filtered tools/list says cacheScope %q", caller, tools.CacheScope)
			}
			cs.Close()
			// It can call exactly what it sees. A refusal is an HTTP 403,
			// after which go-sdk's client closes: one client per call.
			try := func(call func(*mcp.ClientSession) error) error {
				cs, err := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "v0"}, nil).Connect(ctx,
					&mcp.StreamableClientTransport{Endpoint: srv.URL, HTTPClient: &http.Client{Transport: keyHeader{keys[caller]}}, MaxRetries: -1}, nil)
				if err != nil {
					t.Fatalf("%s: connect: %v", caller, err)
				}
				defer cs.Close()
				return call(cs)
			}
			for _, name := range allTools {
				err := try(func(cs *mcp.ClientSession) error {
					_, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: name})
					return err
				})
				if listed := slices.Contains(got[0], name); listed != (err == nil) {
					t.Errorf("stateless=%v %s: tool %s listed %v, call error %v", stateless, caller, name, listed, err)
				}
			}
			for _, name := range []string{"summarize", "secret"} {
				err := try(func(cs *mcp.ClientSession) error {
					_, err := cs.GetPrompt(ctx, &mcp.GetPromptParams{Name: name})
					return err
				})
				if listed := slices.Contains(got[1], name); listed != (err == nil) {
					t.Errorf("stateless=%v %s: prompt %s listed %v, get error %v", stateless, caller, name, listed, err)
				}
			}
		}
		srv.Close()
	}
}

// TestFilteredCursorsAreSealed: go-sdk's cursor names the last entry of
// the unfiltered page, which may be hidden from the caller; filtered lists
// hand out sealed cursors, accept only those, and page through as before.
func TestFilteredCursorsAreSealed(t *testing.T) {
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{{Tools: []string{"a_public", "c_public"}, Public: true}}})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, &mcp.ServerOptions{PageSize: 1})
	server.AddReceivingMiddleware(mcpctx.Middleware(), policy.FilterLists(pol))
	for _, name := range []string{"a_public", "b_secret_nuke", "c_public"} {
		mcp.AddTool(server, &mcp.Tool{Name: name}, func(context.Context, *mcp.CallToolRequest, struct{}) (*mcp.CallToolResult, struct{}, error) {
			return nil, struct{}{}, nil
		})
	}
	ctx := context.Background()
	st, ct := mcp.NewInMemoryTransports()
	if _, err := server.Connect(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "v0"}, nil).Connect(ctx, ct, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	var seen []string
	cursor := ""
	for range 5 {
		res, err := cs.ListTools(ctx, &mcp.ListToolsParams{Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, tool := range res.Tools {
			seen = append(seen, tool.Name)
		}
		if res.NextCursor == "" {
			break
		}
		raw, _ := base64.RawURLEncoding.DecodeString(res.NextCursor)
		if strings.Contains(res.NextCursor, "secret") || bytes.Contains(raw, []byte("secret")) {
			t.Fatalf("cursor %q reveals a hidden tool", res.NextCursor)
		}
		cursor = res.NextCursor
	}
	if !slices.Equal(seen, []string{"a_public", "c_public"}) {
		t.Fatalf("paged through %v", seen)
	}
	if _, err := cs.ListTools(ctx, &mcp.ListToolsParams{Cursor: "forged"}); err == nil {
		t.Fatal("a cursor that was not sealed here was accepted")
	}
}
