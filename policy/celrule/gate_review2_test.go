package celrule_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testkeys"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/policy/celrule"
)

type review2KeyHeader struct{ key string }

func (k review2KeyHeader) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("X-API-Key", k.key)
	return http.DefaultTransport.RoundTrip(r)
}

const review2Policy = `rules:
  - name: discovery
    methods: [initialize, ping, tools/list]
    public: true
  - name: echo
    tools: [echo]
    scopes: [tools]
    when: size(args.text) <= 1000
  - name: own files
    tools: [read_file]
    scopes: [tools]
    when: >-
      principal.subject == "alice" &&
      args.path.startsWith("/home/" + principal.subject + "/") && !args.path.contains("..")
`

// TestReview2ConditionsThroughTheGate: "when" in a YAML file, loaded with
// celrule.Compile, decides raw HTTP tools/calls at the gate: a condition
// that does not hold, or fails, is a 403 without a challenge; one such
// call in a batch refuses the batch; tools/list hides a tool only from a
// caller for whom its condition cannot hold.
func TestReview2ConditionsThroughTheGate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "policy.yaml")
	if err := os.WriteFile(path, []byte(review2Policy), 0o600); err != nil {
		t.Fatal(err)
	}
	pol, err := policy.Loader{Conditions: celrule.Compile}.File(path)
	if err != nil {
		t.Fatal(err)
	}
	auth, keys := testkeys.Memory(t, map[string][]string{"alice": {"tools"}, "bob": {"tools"}})
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{auth}, Authorizer: pol})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware(), policy.FilterLists(pol))
	type echoIn struct {
		Text string `json:"text"`
	}
	mcp.AddTool(server, &mcp.Tool{Name: "echo"}, func(_ context.Context, _ *mcp.CallToolRequest, in echoIn) (*mcp.CallToolResult, any, error) {
		return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: in.Text}}}, nil, nil
	})
	type readIn struct {
		Path string `json:"path"`
	}
	mcp.AddTool(server, &mcp.Tool{Name: "read_file"}, func(_ context.Context, _ *mcp.CallToolRequest, in readIn) (*mcp.CallToolResult, any, error) {
		return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: in.Path}}}, nil, nil
	})
	srv := httptest.NewServer(gate.Handler(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{Stateless: true})))
	defer srv.Close()

	msg := func(id, tool, args string) string {
		return `{"jsonrpc":"2.0","id":` + id + `,"method":"tools/call","params":{"name":"` + tool + `","arguments":` + args + `}}`
	}
	post := func(key, body string, batch bool) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("POST", srv.URL, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if !batch {
			req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
		}
		req.Header.Set("X-API-Key", key)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	long := `{"text": "` + strings.Repeat("x", 1001) + `"}`
	for _, c := range []struct {
		name, key, body string
		batch           bool
		status          int
	}{
		{"echo", keys["bob"], msg("1", "echo", `{"text": "hi"}`), false, 200},
		{"echo 1000 characters", keys["bob"], msg("1", "echo", `{"text": "`+strings.Repeat("é", 1000)+`"}`), false, 200},
		{"echo too long", keys["bob"], msg("1", "echo", long), false, 403},
		{"echo without text", keys["bob"], msg("1", "echo", `{}`), false, 403},
		{"echo without arguments", keys["bob"], `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo"}}`, false, 403},
		{"echo a number", keys["bob"], msg("1", "echo", `{"text": 5}`), false, 403},
		{"own file", keys["alice"], msg("1", "read_file", `{"path": "/home/alice/notes"}`), false, 200},
		{"dot-dot", keys["alice"], msg("1", "read_file", `{"path": "/home/alice/../bob/notes"}`), false, 403},
		{"another's file", keys["bob"], msg("1", "read_file", `{"path": "/home/bob/notes"}`), false, 403},
		{"batch, one too long", keys["bob"], "[" + msg("1", "echo", `{"text": "hi"}`) + "," + msg("2", "echo", long) + "]", true, 403},
		{"batch, one not alice's", keys["alice"], "[" + msg("1", "read_file", `{"path": "/home/alice/x"}`) + "," + msg("2", "read_file", `{"path": "/etc/passwd"}`) + "]", true, 403},
	} {
		resp := post(c.key, c.body, c.batch)
		if resp.StatusCode != c.status {
			t.Errorf("%s: %d, want %d", c.name, resp.StatusCode, c.status)
		}
		if resp.StatusCode == 403 {
			if ch := resp.Header.Get("WWW-Authenticate"); ch != "" {
				t.Errorf("%s: a challenge %q where no token would help", c.name, ch)
			}
		}
	}

	// Listing: read_file's condition cannot hold for bob.
	for caller, want := range map[string][]string{"alice": {"echo", "read_file"}, "bob": {"echo"}} {
		ctx := context.Background()
		cs, err := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "v0"}, nil).Connect(ctx,
			&mcp.StreamableClientTransport{Endpoint: srv.URL, HTTPClient: &http.Client{Transport: review2KeyHeader{keys[caller]}}, MaxRetries: -1}, nil)
		if err != nil {
			t.Fatalf("%s: connect: %v", caller, err)
		}
		res, err := cs.ListTools(ctx, nil)
		cs.Close()
		if err != nil {
			t.Fatalf("%s: tools/list: %v", caller, err)
		}
		var got []string
		for _, tool := range res.Tools {
			got = append(got, tool.Name)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s lists %v, want %v", caller, got, want)
		}
	}
}

// TestReview2ExampleServerPolicy: the example server's file, as it loads
// it, decides echo by the length of its text in characters.
func TestReview2ExampleServerPolicy(t *testing.T) {
	pol, err := policy.Loader{Conditions: celrule.Compile}.File("../../examples/server/policy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p := &mcpctx.Principal{Subject: "dev", Method: mcpctx.MethodAPIKey, Scopes: []string{"tools"}}
	echo := func(args string) *operation.Op {
		op := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "echo"}
		if args != "" {
			op.Arguments = []byte(args)
		}
		return op
	}
	for _, c := range []struct {
		args string
		want policy.Outcome
	}{
		{`{"text": "hello"}`, policy.Allow},
		{`{"text": "` + strings.Repeat("日", 1000) + `"}`, policy.Allow},
		{`{"text": "` + strings.Repeat("a", 1001) + `"}`, policy.Deny},
		{`{"text": 5}`, policy.Deny},
		{`{"text": null}`, policy.Deny},
		{`{}`, policy.Deny},
		{``, policy.Deny},
	} {
		if d := pol.Decide(p, echo(c.args)); d.Outcome != c.want {
			t.Errorf("echo %.40s: %v, want %v", c.args, d.Outcome, c.want)
		}
	}
	if d := pol.Decide(nil, echo(`{"text": "hi"}`)); d.Outcome != policy.NeedCredential {
		t.Errorf("echo without a credential: %v", d.Outcome)
	}
}
