package operation_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

// FuzzDifferential checks the parser against the real go-sdk server: for
// any body and MCP headers, every message go-sdk dispatches (every call
// that reaches its receiving middleware), as a method and the name it acts
// on, must be one of the operations Parser.Read returned — as a multiset,
// so that k dispatches need k operations — unless Read refused the
// request. Read must never panic, must refuse only with an *operation.Error,
// and when it accepts must leave a body that replays exactly the input;
// read without a Content-Length, the body must parse the same way.
//
// Each input is served, independently of the parser, by a stateless
// go-sdk handler (the recorder travels in the HTTP request's context, which
// stateless go-sdk hands to the message handlers) and by a stateful one
// with a session initialized once (the recorder is found through a unique
// header, which go-sdk passes on in RequestExtra.Header).
func FuzzDifferential(f *testing.F) {
	h := newDiffHarness(f)

	for _, s := range diffSeeds() {
		f.Add([]byte(s.body), s.pv, s.method, s.name)
	}

	f.Fuzz(func(t *testing.T, body []byte, protocolVersion, mcpMethod, mcpName string) {
		hdr := http.Header{}
		setHeader(hdr, "Mcp-Protocol-Version", protocolVersion)
		setHeader(hdr, "Mcp-Method", mcpMethod)
		setHeader(hdr, "Mcp-Name", mcpName)

		// Our parser, on its own copy.
		in := bytes.Clone(body)
		r := httptest.NewRequest(http.MethodPost, "/mcp", bytes.NewReader(in))
		for k, v := range hdr {
			r.Header[k] = append([]string(nil), v...)
		}
		var (
			req *operation.Request
			err error
		)
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("Parser.Read panicked: %v\nbody %q\nheaders %q", p, body, hdr)
				}
			}()
			req, err = (&operation.Parser{}).Read(r)
		}()
		if err != nil {
			var e *operation.Error
			if !errors.As(err, &e) {
				t.Fatalf("Read refused with %T, not *operation.Error: %v", err, err)
			}
		} else {
			got, rerr := io.ReadAll(r.Body)
			if rerr != nil || !bytes.Equal(got, body) {
				t.Fatalf("body after Read = %q (%v), want %q", got, rerr, body)
			}
		}
		// The same body without a Content-Length (the streamed read) parses
		// the same way.
		r2 := httptest.NewRequest(http.MethodPost, "/mcp", io.NopCloser(bytes.NewReader(bytes.Clone(body))))
		r2.ContentLength = -1
		for k, v := range hdr {
			r2.Header[k] = append([]string(nil), v...)
		}
		req2, err2 := (&operation.Parser{}).Read(r2)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("with Content-Length: %v; without: %v", err, err2)
		}
		if err == nil {
			if a, b := fmtOps(req.Ops), fmtOps(req2.Ops); a != b || req.Batch != req2.Batch {
				t.Fatalf("with Content-Length: %s; without: %s", a, b)
			}
			if got, _ := io.ReadAll(r2.Body); !bytes.Equal(got, body) {
				t.Fatalf("body after Read without Content-Length = %q, want %q", got, body)
			}
		}

		// go-sdk, on independent copies, never behind our parser.
		stateless := h.serveStateless(body, hdr)
		stateful, ok := h.serveStateful(body, hdr)

		if err != nil {
			return // refused: whatever go-sdk would have done never happens
		}
		check := func(mode string, got []dispatch) {
			want := map[dispatch]int{}
			for _, op := range req.Ops {
				if op.Kind != operation.Response {
					want[dispatch{op.Method, op.Name}]++
				}
			}
			for _, d := range got {
				if want[d] == 0 {
					t.Fatalf("BYPASS (%s): go-sdk dispatched %s %q, which the parser's ops do not hold\nbody %q\nheaders %q\nops %s\ngo-sdk dispatched %q",
						mode, d.method, d.name, body, hdr, fmtOps(req.Ops), got)
				}
				want[d]--
			}
		}
		check("stateless", stateless)
		if ok {
			check("stateful", stateful)
		}
	})
}

// setHeader sets a fuzzed header when non-empty; a newline separates
// repeated values.
func setHeader(h http.Header, key, v string) {
	if v != "" {
		h[http.CanonicalHeaderKey(key)] = strings.Split(v, "\n")
	}
}

type dispatch struct{ method, name string }

func fmtOps(ops []operation.Op) string {
	var b strings.Builder
	for i, op := range ops {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "{%s %s %q id=%s}", op.Kind, op.Method, op.Name, op.ID)
	}
	return "[" + b.String() + "]"
}

type recorder struct {
	mu  sync.Mutex
	got []dispatch
}

func (r *recorder) add(d dispatch) {
	r.mu.Lock()
	r.got = append(r.got, d)
	r.mu.Unlock()
}

func (r *recorder) list() []dispatch {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]dispatch(nil), r.got...)
}

type recorderKey struct{}

// execHeader carries a per-exec id to the stateful session's handlers,
// whose context is the session's, not the request's.
const execHeader = "X-Fuzz-Exec"

// execTimeout bounds one exec, so that nothing go-sdk does can hang the
// fuzzer.
const execTimeout = 2 * time.Second

type diffHarness struct {
	stateless, stateful http.Handler
	recs                sync.Map // exec id -> *recorder, for the stateful handler
	next                atomic.Uint64
	orphans             atomic.Int64 // dispatches no recorder claimed

	mu      sync.Mutex
	session string // the stateful handler's session id
}

func newDiffHarness(f *testing.F) *diffHarness {
	h := &diffHarness{}
	logger := slog.New(slog.DiscardHandler)
	server := mcp.NewServer(&mcp.Implementation{Name: "fuzz", Version: "1"}, &mcp.ServerOptions{
		Logger:             logger,
		SubscribeHandler:   func(context.Context, *mcp.SubscribeRequest) error { return nil },
		UnsubscribeHandler: func(context.Context, *mcp.UnsubscribeRequest) error { return nil },
	})
	tool := func(context.Context, *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: "ok"}}}, nil
	}
	schema := map[string]any{"type": "object"}
	server.AddTool(&mcp.Tool{Name: "search", InputSchema: schema}, tool)
	server.AddTool(&mcp.Tool{Name: "echo", InputSchema: schema}, tool)
	server.AddPrompt(&mcp.Prompt{Name: "p"}, func(context.Context, *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
		return &mcp.GetPromptResult{}, nil
	})
	read := func(_ context.Context, req *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
		return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{{URI: req.Params.URI, Text: "x"}}}, nil
	}
	server.AddResource(&mcp.Resource{URI: "file:///a", Name: "a"}, read)
	server.AddResourceTemplate(&mcp.ResourceTemplate{URITemplate: "file:///t/{x}", Name: "t"}, read)
	server.AddReceivingMiddleware(func(next mcp.MethodHandler) mcp.MethodHandler {
		return func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
			d := dispatch{method, dispatchedName(method, req)}
			if rec, ok := ctx.Value(recorderKey{}).(*recorder); ok {
				rec.add(d)
			} else if extra := req.GetExtra(); extra != nil && extra.Header.Get(execHeader) != "" {
				if rec, ok := h.recs.Load(extra.Header.Get(execHeader)); ok {
					rec.(*recorder).add(d)
				} else {
					h.orphans.Add(1)
				}
			} else {
				h.orphans.Add(1)
			}
			return next(ctx, method, req)
		}
	})
	getServer := func(*http.Request) *mcp.Server { return server }
	h.stateless = mcp.NewStreamableHTTPHandler(getServer, &mcp.StreamableHTTPOptions{Stateless: true, Logger: logger})
	h.stateful = mcp.NewStreamableHTTPHandler(getServer, &mcp.StreamableHTTPOptions{Logger: logger})

	// The harness is only as good as its recorder: check that both ways of
	// finding it work before fuzzing.
	const call = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","arguments":{}}}`
	want := []dispatch{{"tools/call", "search"}}
	if got := h.serveStateless([]byte(call), http.Header{}); !equalDispatches(got, want) {
		f.Fatalf("stateless: recorder in the request context saw %q, want %q (orphans %d)", got, want, h.orphans.Load())
	}
	if got, ok := h.serveStateful([]byte(call), http.Header{}); !ok || !equalDispatches(got, want) {
		f.Fatalf("stateful: recorder by %s saw %q (session ok %v), want %q (orphans %d)", execHeader, got, ok, want, h.orphans.Load())
	}
	if n := h.orphans.Load(); n != 0 {
		f.Fatalf("%d dispatches reached no recorder", n)
	}
	return h
}

// dispatchedName is what go-sdk acts on: the name or URI it decoded, as
// the message layer reads it.
func dispatchedName(method string, req mcp.Request) string {
	name := mcpctx.OperationName(req)
	if name == "" && operation.Named(method) {
		switch req.GetParams().(type) {
		case *mcp.CallToolParamsRaw, *mcp.CallToolParams, *mcp.GetPromptParams,
			*mcp.ReadResourceParams, *mcp.SubscribeParams, *mcp.UnsubscribeParams:
		default:
			// An unknown params type for a named method: make it fail
			// loudly rather than count it as unnamed.
			return fmt.Sprintf("<harness: params %T>", req.GetParams())
		}
	}
	return name
}

func equalDispatches(a, b []dispatch) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func newSDKRequest(ctx context.Context, body []byte, hdr http.Header) *http.Request {
	r := httptest.NewRequestWithContext(ctx, http.MethodPost, "/mcp", bytes.NewReader(bytes.Clone(body)))
	for k, v := range hdr {
		r.Header[k] = append([]string(nil), v...)
	}
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("Accept", "application/json, text/event-stream")
	return r
}

// serveStateless serves body through the stateless handler and returns
// what reached the receiving middleware. go-sdk closes the request's
// session (waiting for its handlers) before ServeHTTP returns.
func (h *diffHarness) serveStateless(body []byte, hdr http.Header) []dispatch {
	rec := &recorder{}
	ctx, cancel := context.WithTimeout(context.WithValue(context.Background(), recorderKey{}, rec), execTimeout)
	defer cancel()
	h.stateless.ServeHTTP(httptest.NewRecorder(), newSDKRequest(ctx, body, hdr))
	return rec.list()
}

// serveStateful serves body in the stateful handler's one session,
// initializing it when there is none (or it was lost), and returns what
// reached the receiving middleware; ok is false when no session could be
// had.
func (h *diffHarness) serveStateful(body []byte, hdr http.Header) (_ []dispatch, ok bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for attempt := 0; attempt < 2; attempt++ {
		if h.session == "" && !h.initSession() {
			return nil, false
		}
		id := strconv.FormatUint(h.next.Add(1), 10)
		rec := &recorder{}
		h.recs.Store(id, rec)
		hdr := hdr.Clone()
		if hdr == nil {
			hdr = http.Header{}
		}
		hdr.Set(execHeader, id)
		hdr.Set("Mcp-Session-Id", h.session)
		ctx, cancel := context.WithTimeout(context.Background(), execTimeout)
		w := httptest.NewRecorder()
		h.stateful.ServeHTTP(w, newSDKRequest(ctx, body, hdr))
		cancel()
		h.recs.Delete(id)
		if w.Code == http.StatusNotFound && strings.Contains(w.Body.String(), "session") {
			h.session = "" // lost: start a new one and serve again
			continue
		}
		return rec.list(), true
	}
	return nil, false
}

func (h *diffHarness) initSession() bool {
	ctx, cancel := context.WithTimeout(context.Background(), execTimeout)
	defer cancel()
	// The session's own messages go to a recorder nobody reads, kept for
	// good: the notification may be handled after its 202.
	id := "init-" + strconv.FormatUint(h.next.Add(1), 10)
	h.recs.Store(id, &recorder{})
	w := httptest.NewRecorder()
	h.stateful.ServeHTTP(w, newSDKRequest(ctx, []byte(`{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-03-26","capabilities":{},"clientInfo":{"name":"fuzz","version":"1"}}}`), http.Header{execHeader: {id}}))
	sid := w.Header().Get("Mcp-Session-Id")
	if w.Code != http.StatusOK || sid == "" {
		return false
	}
	w = httptest.NewRecorder()
	h.stateful.ServeHTTP(w, newSDKRequest(ctx, []byte(`{"jsonrpc":"2.0","method":"notifications/initialized"}`), http.Header{"Mcp-Session-Id": {sid}, execHeader: {id}}))
	if w.Code != http.StatusAccepted {
		return false
	}
	h.session = sid
	return true
}

type diffSeed struct{ body, pv, method, name string }

// meta is the SEP-2575 per-request _meta a 2026-07-28 call carries.
const meta = `"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}`

func diffSeeds() []diffSeed {
	versions := []string{"", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"}
	bodies := []string{
		// Valid operations.
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","arguments":{"q":"go"}}}`,
		`{"jsonrpc":"2.0","id":"a","method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{"name":"p","arguments":{"x":"y"}}}`,
		`{"jsonrpc":"2.0","id":3,"method":"resources/read","params":{"uri":"file:///a"}}`,
		`{"jsonrpc":"2.0","id":3,"method":"resources/read","params":{"uri":"file:///t/x"}}`,
		`{"jsonrpc":"2.0","id":4,"method":"resources/subscribe","params":{"uri":"file:///a"}}`,
		`{"jsonrpc":"2.0","id":5,"method":"resources/unsubscribe","params":{"uri":"file:///a"}}`,
		`{"jsonrpc":"2.0","id":6,"method":"ping"}`,
		`{"jsonrpc":"2.0","id":7,"method":"tools/list","params":{}}`,
		`{"jsonrpc":"2.0","id":8,"method":"initialize","params":{"protocolVersion":"2025-03-26","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`,
		`{"jsonrpc":"2.0","method":"notifications/initialized"}`,
		`{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}}`,
		`{"jsonrpc":"2.0","id":9,"method":"logging/setLevel","params":{"level":"debug"}}`,
		`{"jsonrpc":"2.0","id":10,"result":{}}`,
		`{"jsonrpc":"2.0","id":11,"error":{"code":-1,"message":"no"}}`,
		// 2026-07-28 calls carry _meta.
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{` + meta + `,"name":"search","arguments":{}}}`,
		`{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{` + meta + `,"name":"p"}}`,
		`{"jsonrpc":"2.0","id":3,"method":"resources/read","params":{` + meta + `,"uri":"file:///a"}}`,
		`{"jsonrpc":"2.0","id":4,"method":"tools/list","params":{` + meta + `}}`,
		// Batches.
		`[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}},{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"echo"}}]`,
		`[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}},{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"search"}}]`,
		`[{"jsonrpc":"2.0","method":"notifications/initialized"},{"jsonrpc":"2.0","id":1,"method":"prompts/get","params":{"name":"p"}}]`,
		`[{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"file:///a"}},{"jsonrpc":"2.0","id":9,"result":{}}]`,
		`[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}},{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo"}}]`,
		`[]`,
		`[1]`,
		`[[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}]]`,
		`[{"jsonrpc":"2.0","id":1,"method":"ping"},[{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"echo"}}]]`,
		// Repeated members: go-sdk takes the last.
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"},"params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"ping","method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"id":2,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"file:///a","uri":"file:///t/x"}}`,
		// null after a value: go-sdk keeps the value.
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","name":null}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo"},"params":null}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","method":null,"params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":null}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":null}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call"}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":[]}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":null}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":[1]}}`,
		// Escaped member names and values.
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"n\u0061me":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","n\u0061me":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"\u006dethod":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","par\u0061ms":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools\/call","params":{"name":"\u0065cho"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search\u0000"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"\ud800"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"se` + "\xff" + `arch"}}`,
		// Case variants and Unicode folding.
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"Name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","NAME":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"Method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"ping","METHOD":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","Params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","paramſ":{"name":"echo"}}`,
		`{"jſonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","ID":1,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"URI":"file:///a"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","\u212Aey":1,"Arguments":{}}}`,
		`{"jsonrpc":"2.0","id":1,"method":"Tools/Call","params":{"name":"echo"}}`,
		// Trailing data, BOM, whitespace.
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}` + "\n" + `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}} x`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}]`,
		`[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}],[{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"echo"}}]`,
		"\xef\xbb\xbf" + `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}`,
		" \t\r\n" + `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}` + " \n",
		`{ "jsonrpc" : "2.0" , "id" : 1 , "method" : "tools/call" , "params" : { "name" : "echo" } }`,
		// Id types.
		`{"jsonrpc":"2.0","id":null,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1.5,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1e2,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":-0,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":123456789012345678901234567890,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":9007199254740993,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":true,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":{},"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","method":"tools/call","params":{"name":"echo"}}`,
		// Member order, versions, kinds.
		`{"params":{"arguments":{},"name":"echo"},"method":"tools/call","id":1,"jsonrpc":"2.0"}`,
		`{"id":1,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"1.0","id":1,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":2.0,"id":1,"method":"tools/call","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo"},"result":{}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo"},"error":null}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"name":"search","params":{"name":"x"}}}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":""}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":1}}`,
		`{"jsonrpc":"2.0","id":1,"method":7,"params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"\ud83d\ude00"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"\u004eame":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call ","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"ec` + "\t" + `ho"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"_meta":{"name":"search"},"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"result":null}`,
		`{"jsonrpc":"2.0","id":1,"result":{},"method":null}`,
		`{"jsonrpc":"2.0","id":1,"method":"","params":{"name":"echo"}}`,
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":` + strings.Repeat("[", 1001) + strings.Repeat("]", 1001) + `}}`,
		`null`,
		`"x"`,
	}
	var seeds []diffSeed
	for _, b := range bodies {
		for _, v := range versions {
			seeds = append(seeds, diffSeed{body: b, pv: v})
		}
	}
	// The MCP headers, plain and in the =?base64?…?= form.
	callMeta := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{` + meta + `,"name":"search","arguments":{}}}`
	call := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}`
	for _, v := range versions {
		for _, b := range []string{call, callMeta} {
			seeds = append(seeds,
				diffSeed{b, v, "tools/call", "search"},
				diffSeed{b, v, "tools/call", "=?base64?c2VhcmNo?="},
				diffSeed{b, v, "tools/call", "echo"},
				diffSeed{b, v, "tools/call", "=?base64?ZWNobw==?="},
				diffSeed{b, v, "tools/list", ""},
				diffSeed{b, v, "tools/call", "search\nsearch"},
				diffSeed{b, v, "tools/call\ntools/call", "search"},
			)
		}
		seeds = append(seeds,
			diffSeed{`{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{` + meta + `,"name":"p"}}`, v, "prompts/get", "p"},
			diffSeed{`{"jsonrpc":"2.0","id":3,"method":"resources/read","params":{` + meta + `,"uri":"file:///a"}}`, v, "resources/read", "file:///a"},
			diffSeed{`{"jsonrpc":"2.0","id":3,"method":"resources/read","params":{` + meta + `,"uri":"file:///a"}}`, v, "resources/read", "=?base64?ZmlsZTovLy9h?="},
			diffSeed{`{"jsonrpc":"2.0","id":4,"method":"tools/list","params":{` + meta + `}}`, v, "tools/list", ""},
			diffSeed{`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{` + meta + `,"name":"sëarch"}}`, v, "tools/call", "=?base64?c8OrYXJjaA==?="},
			diffSeed{`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{` + meta + `,"name":"sëarch"}}`, v, "tools/call", "sëarch"},
		)
	}
	return seeds
}
