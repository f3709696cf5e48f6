package mcpauth_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// TestMessageLayerRefusesUndecidedCalls plays a disagreement between the
// HTTP layer's parse and go-sdk's: a handler between the gate and go-sdk
// rewrites the body the gate decided on, as a second JSON reader that saw
// another message would. The message-layer check in mcpctx.Middleware must
// refuse whatever was not decided, and every decided call at most once.
func TestMessageLayerRefusesUndecidedCalls(t *testing.T) {
	var logs bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(testlog.Wrap(t, slog.NewTextHandler(&logs, nil))))
	t.Cleanup(func() { slog.SetDefault(old) })

	gate, key := aliceGate(t)

	var searches, deletes atomic.Int32
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "search"}, func(context.Context, *mcp.CallToolRequest, struct{}) (*mcp.CallToolResult, struct{}, error) {
		searches.Add(1)
		return nil, struct{}{}, nil
	})
	mcp.AddTool(server, &mcp.Tool{Name: "delete_all"}, func(context.Context, *mcp.CallToolRequest, struct{}) (*mcp.CallToolResult, struct{}, error) {
		deletes.Add(1)
		return nil, struct{}{}, nil
	})
	sdk := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{Stateless: true, JSONResponse: true})

	var rewrite func([]byte) []byte
	rogue := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if rewrite != nil {
			body = rewrite(body)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		sdk.ServeHTTP(w, r)
	})
	h := gate.Handler(rogue)

	const search = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","arguments":{}}}`
	post := func(body string) string {
		t.Helper()
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		r.Header.Set("Accept", "application/json, text/event-stream")
		r.Header.Set("X-API-Key", key)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Body.String()
	}

	// Honest: decided and run.
	if out := post(search); searches.Load() != 1 || strings.Contains(out, `"error"`) {
		t.Fatalf("honest call: %d runs, %s", searches.Load(), out)
	}

	// Another tool than the one decided: refused at the message layer.
	rewrite = func(b []byte) []byte { return bytes.Replace(b, []byte(`"search"`), []byte(`"delete_all"`), 1) }
	out := post(search)
	if deletes.Load() != 0 || !strings.Contains(out, "not one of the operations authorized") {
		t.Fatalf("undecided tool: %d deletes, %s", deletes.Load(), out)
	}
	if !strings.Contains(logs.String(), "anomaly") || !strings.Contains(logs.String(), "name=delete_all") {
		t.Fatalf("anomaly not logged: %s", logs.String())
	}

	// One decided call seen twice (as a batch, which go-sdk accepts when
	// no protocol version is sent): it runs once.
	rewrite = func(b []byte) []byte {
		return []byte("[" + string(b) + "," + strings.Replace(string(b), `"id":1`, `"id":2`, 1) + "]")
	}
	post(search)
	if n := searches.Load(); n != 2 {
		t.Fatalf("a decided call ran %d times in total, want 2 (once per decision)", n)
	}
}
