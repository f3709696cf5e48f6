package mcpauth_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// honestStack is the example server's chain (per-IP limit → gate →
// per-caller/per-tool/per-method limits → go-sdk) with a server that uses
// every feature an honest go-sdk client can exercise.
func honestStack(t *testing.T, opts mcp.StreamableHTTPOptions) (endpoint, key string, started, cancelled chan struct{}) {
	t.Helper()
	gate, k := aliceGate(t)
	key = k
	var err error
	lim := ratelimit.NewMemory(ratelimit.MemoryOptions{})
	ip, err := ratelimit.New(lim, ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerMinute(10000), Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	caller, err := ratelimit.New(lim, ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "caller", Limit: ratelimit.PerMinute(10000), Key: ratelimit.ByPrincipal()},
		{Name: "echo", Limit: ratelimit.PerMinute(10000), Key: ratelimit.ByPrincipal(), Tools: []string{"echo"}},
		{Name: "reads", Limit: ratelimit.PerMinute(10000), Key: ratelimit.ByPrincipal(), Methods: []string{"resources/read", "prompts/get"}},
	}})
	if err != nil {
		t.Fatal(err)
	}

	cancelled = make(chan struct{}, 1)
	started = make(chan struct{}, 1)
	server := mcp.NewServer(&mcp.Implementation{Name: "honest", Version: "v0"}, &mcp.ServerOptions{
		CompletionHandler: func(context.Context, *mcp.CompleteRequest) (*mcp.CompleteResult, error) {
			return &mcp.CompleteResult{Completion: mcp.CompletionResultDetails{Values: []string{"a"}}}, nil
		},
		SubscribeHandler:   func(context.Context, *mcp.SubscribeRequest) error { return nil },
		UnsubscribeHandler: func(context.Context, *mcp.UnsubscribeRequest) error { return nil },
	})
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "echo"}, func(ctx context.Context, _ *mcp.CallToolRequest, in struct {
		Text string `json:"text"`
	}) (*mcp.CallToolResult, struct{}, error) {
		return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: in.Text}}}, struct{}{}, nil
	})
	mcp.AddTool(server, &mcp.Tool{Name: "wait"}, func(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, struct{}, error) {
		started <- struct{}{}
		select {
		case <-ctx.Done():
			cancelled <- struct{}{}
			return nil, struct{}{}, ctx.Err()
		case <-time.After(10 * time.Second):
			return nil, struct{}{}, errors.New("never cancelled")
		}
	})
	mcp.AddTool(server, &mcp.Tool{Name: "callback"}, func(ctx context.Context, req *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, struct{}, error) {
		if _, err := req.Session.ListRoots(ctx, nil); err != nil {
			return nil, struct{}{}, err
		}
		if _, err := req.Session.CreateMessage(ctx, &mcp.CreateMessageParams{MaxTokens: 1, Messages: []*mcp.SamplingMessage{{Role: "user", Content: &mcp.TextContent{Text: "hi"}}}}); err != nil {
			return nil, struct{}{}, err
		}
		return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: "ok"}}}, struct{}{}, nil
	})
	server.AddPrompt(&mcp.Prompt{Name: "greet"}, func(context.Context, *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
		return &mcp.GetPromptResult{Messages: []*mcp.PromptMessage{{Role: "user", Content: &mcp.TextContent{Text: "hi"}}}}, nil
	})
	server.AddResource(&mcp.Resource{URI: "file:///a.txt", Name: "a"}, func(_ context.Context, req *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
		return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{{URI: req.Params.URI, Text: "a"}}}, nil
	})
	server.AddResourceTemplate(&mcp.ResourceTemplate{URITemplate: "file:///t/{x}", Name: "t"}, func(_ context.Context, req *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
		return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{{URI: req.Params.URI, Text: "t"}}}, nil
	})

	sdk := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, &opts)
	srv := httptest.NewServer(ip.Handler(gate.Handler(caller.Handler(sdk))))
	t.Cleanup(srv.Close)
	return srv.URL, key, started, cancelled
}

type keyTransport struct{ key string }

func (k keyTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("X-API-Key", k.key)
	return http.DefaultTransport.RoundTrip(r)
}

// TestHonestGoSDKTrafficIsNeverRefused drives every client feature of
// go-sdk through the chain, on the stateful and the stateless wire and on
// each protocol version, and fails on any error or anomaly log line.
func TestHonestGoSDKTrafficIsNeverRefused(t *testing.T) {
	logs := &syncBuffer{}
	old := slog.Default()
	slog.SetDefault(slog.New(testlog.Wrap(t, slog.NewTextHandler(logs, nil))))
	t.Cleanup(func() { slog.SetDefault(old) })

	for _, mode := range []struct {
		name    string
		opts    mcp.StreamableHTTPOptions
		version string
	}{
		{"stateful-default", mcp.StreamableHTTPOptions{}, ""},
		{"stateful-2025-06-18", mcp.StreamableHTTPOptions{}, "2025-06-18"},
		{"stateful-2025-03-26", mcp.StreamableHTTPOptions{}, "2025-03-26"},
		{"stateful-json", mcp.StreamableHTTPOptions{JSONResponse: true}, "2025-11-25"},
		{"stateless-default", mcp.StreamableHTTPOptions{Stateless: true, PropagateRequestCancellation: true}, ""},
		{"stateless-2025-11-25", mcp.StreamableHTTPOptions{Stateless: true}, "2025-11-25"},
	} {
		t.Run(mode.name, func(t *testing.T) {
			endpoint, key, started, cancelled := honestStack(t, mode.opts)
			defer func() {
				if strings.Contains(logs.String(), "anomaly") {
					t.Errorf("honest traffic refused at the message layer:\n%s", logs.String())
				}
			}()
			client := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "v0"}, &mcp.ClientOptions{
				CreateMessageHandler: func(context.Context, *mcp.CreateMessageRequest) (*mcp.CreateMessageResult, error) {
					return &mcp.CreateMessageResult{Model: "m", Role: "assistant", Content: &mcp.TextContent{Text: "x"}}, nil
				},
				ToolListChangedHandler: func(context.Context, *mcp.ToolListChangedRequest) {},
			})
			client.AddRoots(&mcp.Root{URI: "file:///r"})
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			var sopts *mcp.ClientSessionOptions
			if mode.version != "" {
				sopts = &mcp.ClientSessionOptions{ProtocolVersion: mode.version}
			}
			cs, err := client.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: endpoint,
				HTTPClient: &http.Client{Transport: keyTransport{key}}, MaxRetries: -1}, sopts)
			if err != nil {
				t.Fatalf("connect: %v", err)
			}
			defer cs.Close()
			t.Logf("negotiated %s", cs.InitializeResult().ProtocolVersion)
			stateful := !mode.opts.Stateless
			check := func(what string, err error) {
				t.Helper()
				if err != nil {
					t.Errorf("%s: %v", what, err)
				}
			}
			_, err = cs.ListTools(ctx, nil)
			check("tools/list", err)
			res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "héllo"}})
			check("tools/call", err)
			if err == nil && res.IsError {
				t.Errorf("tools/call: %v", res.Content)
			}
			_, err = cs.ListPrompts(ctx, nil)
			check("prompts/list", err)
			_, err = cs.GetPrompt(ctx, &mcp.GetPromptParams{Name: "greet"})
			check("prompts/get", err)
			_, err = cs.ListResources(ctx, nil)
			check("resources/list", err)
			_, err = cs.ListResourceTemplates(ctx, nil)
			check("resources/templates/list", err)
			_, err = cs.ReadResource(ctx, &mcp.ReadResourceParams{URI: "file:///a.txt"})
			check("resources/read", err)
			_, err = cs.ReadResource(ctx, &mcp.ReadResourceParams{URI: "file:///t/x%20y"})
			check("resources/read template", err)
			_, err = cs.Complete(ctx, &mcp.CompleteParams{Ref: &mcp.CompleteReference{Type: "ref/prompt", Name: "greet"},
				Argument: mcp.CompleteParamsArgument{Name: "a", Value: "b"}})
			check("completion/complete", err)
			if stateful {
				check("ping", cs.Ping(ctx, nil))
				check("logging/setLevel", cs.SetLoggingLevel(ctx, &mcp.SetLoggingLevelParams{Level: "debug"}))
				check("resources/subscribe", cs.Subscribe(ctx, &mcp.SubscribeParams{URI: "file:///a.txt"}))
				check("resources/unsubscribe", cs.Unsubscribe(ctx, &mcp.UnsubscribeParams{URI: "file:///a.txt"}))
				res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "callback"})
				check("tools/call with server→client requests", err)
				if err == nil && res.IsError {
					t.Errorf("callback: %v", res.Content)
				}
				client.AddRoots(&mcp.Root{URI: "file:///r2"}) // notifications/roots/list_changed
			}
			// Cancellation: the client sends notifications/cancelled (stateful),
			// or drops the HTTP request (stateless 2026-07-28 with
			// PropagateRequestCancellation). Stateless 2025-11-25 cannot cancel.
			if mode.name == "stateless-2025-11-25" {
				return
			}
			cctx, ccancel := context.WithCancel(ctx)
			go func() { <-started; ccancel() }()
			_, _ = cs.CallTool(cctx, &mcp.CallToolParams{Name: "wait"})
			select {
			case <-cancelled:
			case <-time.After(5 * time.Second):
				t.Errorf("the tool never saw the cancellation")
			}
		})
	}
}
