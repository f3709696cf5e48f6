package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
)

type withKey struct{ key string }

func (k withKey) RoundTrip(r *http.Request) (*http.Response, error) {
	if k.key != "" {
		r = r.Clone(r.Context())
		r.Header.Set("X-API-Key", k.key)
	}
	return http.DefaultTransport.RoundTrip(r)
}

// TestExamplePolicy: on both wires, through go-sdk's client, an anonymous
// caller lists only the public tool and calls it, and gets 401 on a
// protected one; the development key lists what its scopes allow, and
// purge_cache, which needs a scope the key lacks, gets 403 naming it.
func TestExamplePolicy(t *testing.T) {
	for _, wire := range []string{"stateful", "stateless"} {
		t.Run(wire, func(t *testing.T) {
			args := []string{"-store", "memory:"}
			if wire == "stateless" {
				args = append(args, "-stateless")
			}
			r := start(t, nil, args...)
			if !strings.Contains(r.banner, "purge_cache needs scope maintenance") {
				t.Errorf("the banner does not tell about the policy:\n%s", r.banner)
			}
			url := r.base + "/mcp"
			ctx := context.Background()
			for caller, want := range map[string][]string{
				"":    {"forecast"},
				r.key: {"echo", "forecast", "whoami"},
			} {
				cs, err := mcp.NewClient(&mcp.Implementation{Name: "t", Version: "v0"}, nil).Connect(ctx,
					&mcp.StreamableClientTransport{Endpoint: url, HTTPClient: &http.Client{Transport: withKey{caller}}, MaxRetries: -1}, nil)
				if err != nil {
					t.Fatalf("connect (key %t): %v", caller != "", err)
				}
				res, err := cs.ListTools(ctx, nil)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, tool := range res.Tools {
					got = append(got, tool.Name)
				}
				slices.Sort(got)
				if !slices.Equal(got, want) || res.CacheScope != "private" {
					t.Errorf("key %t: tools %q (cacheScope %q), want %q, private", caller != "", got, res.CacheScope, want)
				}
				for _, name := range got {
					if _, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: name, Arguments: map[string]any{"text": "hi", "city": "Oslo"}}); err != nil {
						t.Errorf("key %t: calling listed %s: %v", caller != "", name, err)
					}
				}
				cs.Close()
			}
			call := func(key, tool string) *http.Response {
				h := map[string]string{"Mcp-Protocol-Version": "2025-06-18"}
				if key != "" {
					h["X-API-Key"] = key
				}
				resp, _ := post(t, url, h, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"`+tool+`","arguments":{}}}`)
				return resp
			}
			if wire == "stateless" { // raw calls need no session
				if resp := call(r.key, "purge_cache"); resp.StatusCode != 403 ||
					!strings.Contains(resp.Header.Get("WWW-Authenticate"), `error="insufficient_scope"`) ||
					!strings.Contains(resp.Header.Get("WWW-Authenticate"), `scope="maintenance"`) {
					t.Errorf("purge_cache with the dev key: %d %q", resp.StatusCode, resp.Header.Get("WWW-Authenticate"))
				}
				if resp := call("", "echo"); resp.StatusCode != 401 || !strings.Contains(resp.Header.Get("WWW-Authenticate"), `scope="tools"`) {
					t.Errorf("echo without a key: %d %q", resp.StatusCode, resp.Header.Get("WWW-Authenticate"))
				}
				long, _ := post(t, url, map[string]string{"X-API-Key": r.key, "Mcp-Protocol-Version": "2025-06-18"},
					`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"`+strings.Repeat("a", 1001)+`"}}}`)
				if long.StatusCode != 403 || long.Header.Get("WWW-Authenticate") != "" {
					t.Errorf("echo of 1001 characters (the policy's condition): %d %q, want 403 without a challenge", long.StatusCode, long.Header.Get("WWW-Authenticate"))
				}
				if resp := call("", "forecast"); resp.StatusCode != 200 {
					t.Errorf("forecast without a key: %d", resp.StatusCode)
				}
			}
		})
	}
}

// TestExamplePolicyFile: -policy serves a file; one that leaves a tool
// without a rule stops the server at start-up; a reload that fails keeps
// the policy in force, and one that loads replaces it.
func TestExamplePolicyFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "policy.yaml")
	write := func(s string) {
		if err := os.WriteFile(file, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	all := "rules:\n  - {methods: [initialize, tools/list], public: true}\n  - {tools: [whoami, echo, forecast, purge_cache], scopes: [tools]}\n"
	write("rules:\n  - {tools: [whoami, echo], scopes: [tools]}\n")
	env := func(string) string { return "" }
	err := run(context.Background(), []string{"-addr", "127.0.0.1:0", "-store", "memory:", "-policy", file}, env, io.Discard, testlog.Writer(t))
	if err == nil || !strings.Contains(err.Error(), "tool forecast") || !strings.Contains(err.Error(), "tool purge_cache") {
		t.Fatalf("a policy without rules for forecast and purge_cache: %v", err)
	}

	write(all)
	cfg, err := parseConfig([]string{"-store", "memory:", "-policy", file}, env, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	a, err := newApp(context.Background(), cfg, &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8000}, testlog.New(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.close()
	purge := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "purge_cache"}
	dev := &mcpctx.Principal{Subject: devSubject, Method: mcpctx.MethodAPIKey, Scopes: devScopes}
	if d := a.policy.Authorize(dev, purge); d.Outcome != policy.Allow {
		t.Fatalf("purge_cache by the file: %v", d.Outcome)
	}
	write("rules:\n  - {tools: [whoami], scopes: [tools]}\n") // names too few tools
	if err := a.policy.Reload(); err == nil {
		t.Fatal("a reload leaving tools without rules succeeded")
	}
	if d := a.policy.Authorize(dev, purge); d.Outcome != policy.Allow {
		t.Fatalf("a failed reload changed the policy: %v", d.Outcome)
	}
	write(strings.Replace(all, "purge_cache], scopes: [tools]", "purge_cache], scopes: [maintenance]", 1))
	if err := a.policy.Reload(); err != nil {
		t.Fatal(err)
	}
	if d := a.policy.Authorize(dev, purge); d.Outcome == policy.Allow {
		t.Fatal("the reloaded policy is not in force")
	}
}

// TestREADMECurlSession: the curl lines the banner prints are the ones
// README.md shows.
func TestREADMECurlSession(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(curlSession), "\n") {
		if !strings.Contains(string(readme), strings.TrimSpace(line)) {
			t.Errorf("README.md lacks the banner's line %q", strings.TrimSpace(line))
		}
	}
}
