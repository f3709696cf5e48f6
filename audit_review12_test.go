package mcpauth_test

// Review of issue 12 (audit trail and telemetry): findings as failing
// tests. Self-contained: only exported APIs, helpers prefixed rv12.

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// rv12Events is an Observer that keeps copies of the events.
type rv12Events struct {
	mu  sync.Mutex
	evs []audit.Event
}

func (o *rv12Events) Observe(_ context.Context, e *audit.Event) {
	o.mu.Lock()
	defer o.mu.Unlock()
	c := *e
	c.Arguments = append([]string(nil), e.Arguments...)
	o.evs = append(o.evs, c)
}

func (o *rv12Events) take() []audit.Event {
	o.mu.Lock()
	defer o.mu.Unlock()
	evs := o.evs
	o.evs = nil
	return evs
}

// rv12Auth accepts "Authorization: Bearer <subject>" with scope tools.
var rv12Auth = mcpauth.AuthenticatorFunc(func(r *http.Request) (*mcpctx.Principal, error) {
	v := r.Header.Get("Authorization")
	sub, ok := strings.CutPrefix(v, "Bearer ")
	if !ok || sub == "" {
		return nil, mcpauth.ErrNoCredential
	}
	return &mcpctx.Principal{Subject: sub, Method: mcpctx.MethodJWT, Issuer: "https://idp.example", Scopes: []string{"tools"}}, nil
})

func rv12Server() *mcp.Server {
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	for _, name := range []string{"search", "echo"} {
		mcp.AddTool(server, &mcp.Tool{Name: name}, func(context.Context, *mcp.CallToolRequest, map[string]any) (*mcp.CallToolResult, any, error) {
			return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: "ok"}}}, nil, nil
		})
	}
	return server
}

func rv12Stateless(server *mcp.Server) http.Handler {
	return mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{Stateless: true, JSONResponse: true})
}

func rv12Post(h http.Handler, hdr map[string]string, body string) *httptest.ResponseRecorder {
	r := httptest.NewRequest("POST", "https://api.example.com/mcp", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("Accept", "application/json, text/event-stream")
	for k, v := range hdr {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func rv12Call(id int, tool string) string {
	return `{"jsonrpc":"2.0","id":` + string(rune('0'+id)) + `,"method":"tools/call","params":{"name":"` + tool + `","arguments":{}}}`
}

// Finding: a 429 answered by a PreAuth limiter at the parse (its deferred
// charge, operation.Defer) is audited without the request's operations:
// the gate records them (SetOperations) only after Require succeeded, and
// a refused hook makes Require fail. A batch of 3 tools/call refused there
// gives one event with no method and no tool instead of one per
// operation; a single tools/call refused by a scoped per-IP policy gives
// an event that does not say which tool was refused. The same limiter
// behind the gate (Limits) yields the operations.
func TestReview12PreAuthDeferred429KeepsOperations(t *testing.T) {
	for _, c := range []struct {
		name   string
		pol    ratelimit.Policy
		first  string // spends the quota, allowed
		second string // refused at the parse
		want   []string
	}{
		{"batch", ratelimit.Policy{Name: "ip", Limit: ratelimit.PerHour(3), Key: ratelimit.ByClientIP(nil)},
			rv12Call(1, "search"), "[" + rv12Call(1, "search") + "," + rv12Call(2, "echo") + "," + rv12Call(3, "search") + "]",
			[]string{"search", "echo", "search"}},
		{"scoped single", ratelimit.Policy{Name: "ip-echo", Limit: ratelimit.PerHour(1), Key: ratelimit.ByClientIP(nil), Tools: []string{"echo"}},
			rv12Call(1, "echo"), rv12Call(1, "echo"), []string{"echo"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			lim, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{c.pol}})
			if err != nil {
				t.Fatal(err)
			}
			obs := &rv12Events{}
			aud, err := audit.New(audit.Config{Observer: obs})
			if err != nil {
				t.Fatal(err)
			}
			ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: "https://api.example.com/mcp",
				Authenticators: []mcpauth.Authenticator{rv12Auth}, PreAuth: []mcpauth.Layer{lim}, Audit: aud})
			if err != nil {
				t.Fatal(err)
			}
			h := ep.Handler(rv12Stateless(rv12Server()))
			hdr := map[string]string{"Authorization": "Bearer alice"}
			if w := rv12Post(h, hdr, c.first); w.Code != 200 {
				t.Fatalf("first request: %d %s", w.Code, w.Body)
			}
			obs.take()
			w := rv12Post(h, hdr, c.second)
			if w.Code != http.StatusTooManyRequests {
				t.Fatalf("second request: %d %s, want 429", w.Code, w.Body)
			}
			evs := obs.take()
			var got []string
			for _, e := range evs {
				if e.Outcome != audit.RateLimited || e.Reason != audit.ReasonRateLimited || e.Subject != "alice" {
					t.Errorf("event %+v", e)
				}
				got = append(got, e.Method+" "+e.Name)
			}
			var want []string
			for _, n := range c.want {
				want = append(want, "tools/call "+n)
			}
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("a 429 at the parse was audited as %d event(s) %q, want one per operation %q", len(evs), got, want)
			}
		})
	}
}

// Finding: with auditing on, the gate asks the Authorizer a second time
// for every operation of an allowed request (recordRules: "asked again of
// the Authorizer"), to name the rule. A policy.Shadow logs and counts its
// dry-run differences in Authorize, so turning the audit on doubles every
// "policy dry run" log line and Shadow.Differences(): the operator's
// rollout signal changes with an unrelated option. (A CEL condition is
// evaluated twice too, and a policy.Live reloaded between the two calls
// names a rule of a policy that did not decide.)
func TestReview12AuditDoesNotDoubleShadowDecisions(t *testing.T) {
	try, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "search-only", Tools: []string{"search"}, Scopes: []string{"tools"}},
		{Name: "discovery", Methods: []string{"initialize", "notifications/initialized", "ping", "tools/list"}, Scopes: []string{"tools"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	run := func(audited bool) (uint64, int) {
		var logBuf bytes.Buffer
		shadow, err := policy.NewShadow(try, nil, slog.New(testlog.Wrap(t, slog.NewTextHandler(&logBuf, nil))))
		if err != nil {
			t.Fatal(err)
		}
		cfg := mcpauth.EndpointConfig{Resource: "https://api.example.com/mcp",
			Authenticators: []mcpauth.Authenticator{rv12Auth}, Authorizer: shadow}
		if audited {
			if cfg.Audit, err = audit.New(audit.Config{Observer: &rv12Events{}}); err != nil {
				t.Fatal(err)
			}
		}
		ep, err := mcpauth.NewEndpoint(cfg)
		if err != nil {
			t.Fatal(err)
		}
		h := ep.Handler(rv12Stateless(rv12Server()))
		// echo: the tried policy has no rule for it (deny), the enforced
		// one (nil) allows: one difference.
		if w := rv12Post(h, map[string]string{"Authorization": "Bearer alice"}, rv12Call(1, "echo")); w.Code != 200 {
			t.Fatalf("%d %s", w.Code, w.Body)
		}
		return shadow.Differences(), strings.Count(logBuf.String(), "policy dry run")
	}
	plainDiff, plainLines := run(false)
	auditDiff, auditLines := run(true)
	if plainDiff != 1 || plainLines != 1 {
		t.Fatalf("without audit: %d differences, %d log lines; want 1, 1", plainDiff, plainLines)
	}
	if auditDiff != plainDiff || auditLines != plainLines {
		t.Errorf("one tools/call: Shadow counted %d differences and logged %d dry-run lines with audit on, %d and %d without",
			auditDiff, auditLines, plainDiff, plainLines)
	}
}

// cancellingLimiter is a Limiter whose request goes away mid-call (the
// client disconnects while Redis answers): it cancels the request's
// context and returns the context's error, as redislimit does.
type rv12CancellingLimiter struct{ cancel context.CancelFunc }

func (l rv12CancellingLimiter) Allow(ctx context.Context, _ string, _ ratelimit.Limit, _ int) (ratelimit.Result, error) {
	l.cancel()
	return ratelimit.Result{}, ctx.Err()
}

// Finding: when the client goes away while the rate limiter decides,
// ratelimit.Middleware.unavailable returns without writing or recording
// anything, and the Auditor turns "nothing written" into 200: the audit
// trail says a tools/call was allowed (outcome allowed, status 200, no
// reason) that never reached the MCP handler.
func TestReview12ClientGoneInLimiterIsNotAllowed(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	lim, err := ratelimit.New(rv12CancellingLimiter{cancel}, ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "caller", Limit: ratelimit.PerHour(100), Key: ratelimit.ByPrincipal()}}})
	if err != nil {
		t.Fatal(err)
	}
	obs := &rv12Events{}
	aud, err := audit.New(audit.Config{Observer: obs})
	if err != nil {
		t.Fatal(err)
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: "https://api.example.com/mcp",
		Authenticators: []mcpauth.Authenticator{rv12Auth}, Limits: []mcpauth.Layer{lim}, Audit: aud})
	if err != nil {
		t.Fatal(err)
	}
	reached := false
	h := ep.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { reached = true }))
	r := httptest.NewRequest("POST", "https://api.example.com/mcp", strings.NewReader(rv12Call(1, "echo"))).WithContext(ctx)
	r.Header.Set("Authorization", "Bearer alice")
	r.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(httptest.NewRecorder(), r)
	if reached {
		t.Fatal("the handler ran")
	}
	evs := obs.take()
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	if e := evs[0]; e.Outcome == audit.Allowed {
		t.Errorf("a tools/call that never reached the handler (the limiter gave up with the client) is audited as %s, status %d, reason %q",
			e.Outcome, e.Status, e.Reason)
	}
}

// Finding: Event.ProtocolVersion is the MCP-Protocol-Version header
// verbatim, on every event — including those of unauthenticated requests
// the gate refuses before anything checks the header. A client puts any
// text it likes (kilobytes of it, or a secret a broken client put in the
// wrong header) in every audit line and span (mcp.protocol.version), which
// contradicts "no field ever holds ... a header value". The id header is
// checked (charset, 128 bytes); this one is not.
func TestReview12ProtocolVersionIsNotAHeaderEcho(t *testing.T) {
	obs := &rv12Events{}
	var logBuf bytes.Buffer
	aud, err := audit.New(audit.Config{Observer: obs, Logger: slog.New(testlog.Wrap(t, slog.NewJSONHandler(&logBuf, nil)))})
	if err != nil {
		t.Fatal(err)
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: "https://api.example.com/mcp",
		Authenticators: []mcpauth.Authenticator{rv12Auth}, Audit: aud})
	if err != nil {
		t.Fatal(err)
	}
	h := ep.Handler(rv12Stateless(rv12Server()))
	junk := "Bearer sk_live_should-not-be-logged " + strings.Repeat("A", 8<<10)
	w := rv12Post(h, map[string]string{"Mcp-Protocol-Version": junk}, rv12Call(1, "echo"))
	if w.Code != 401 {
		t.Fatalf("%d", w.Code)
	}
	evs := obs.take()
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	if pv := evs[0].ProtocolVersion; len(pv) > 32 {
		t.Errorf("an unauthenticated client wrote %d bytes of its own into the event's protocol_version (log line: %d bytes)", len(pv), logBuf.Len())
	}
	if strings.Contains(logBuf.String(), "sk_live_should-not-be-logged") {
		t.Error("a header value reached the audit log")
	}
}

// Finding: the go-sdk session of a stateful server keeps the context of
// its initialize request (connectStreamable(req.Context(), …), detached
// but with its values), and every tool handler's ctx descends from it. So
// audit.RecordFrom(ctx) — and audit.StartSpan(ctx, …), "a span of the
// request in ctx" — in a tool returns the initialize request's Record:
// an object the Auditor zeroed and returned to its pool when that request
// ended, and hands to whatever request comes next. A tool that traces or
// refuses through it reads and writes another request's record, racing
// with it (go test -race reports it when requests overlap) and
// corrupting its event. Here the initialize request is kept in flight
// (its response already delivered), so the tools/call gets a different
// Record: the tool's RecordFrom is the other request's.
func TestReview12ToolContextHoldsAnotherRequestsRecord(t *testing.T) {
	obs := &rv12Events{}
	aud, err := audit.New(audit.Config{Observer: obs})
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu      sync.Mutex
		callRec *audit.Record // the tools/call request's, seen by a layer
		toolRec *audit.Record // what the tool's ctx gives
		initRec *audit.Record
	)
	capture := mcpauth.LayerFunc(func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if ops, ok := operation.FromContext(r.Context()); ok {
				if op := ops.Single(); op != nil {
					mu.Lock()
					switch op.Method {
					case "tools/call":
						callRec = audit.RecordFrom(r.Context())
					case "initialize":
						initRec = audit.RecordFrom(r.Context())
					}
					mu.Unlock()
				}
			}
			next.ServeHTTP(w, r)
		})
	})
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "trace_me"}, func(ctx context.Context, _ *mcp.CallToolRequest, _ map[string]any) (*mcp.CallToolResult, any, error) {
		mu.Lock()
		toolRec = audit.RecordFrom(ctx)
		mu.Unlock()
		_, span := audit.StartSpan(ctx, "tool.work") // what a tool that traces writes
		span.End(nil)
		return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: "ok"}}}, nil, nil
	})
	sdk := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{JSONResponse: true})
	release := make(chan struct{})
	var releaseOnce sync.Once
	unblock := func() { releaseOnce.Do(func() { close(release) }) }
	// The MCP handler: an initialize is answered in full (with its
	// length, so the client reads it), then its request stays in flight
	// until released — as a slow access logger or an SSE stream would.
	mcpHandler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ops, _ := operation.FromContext(r.Context())
		if op := ops.Single(); op == nil || op.Method != "initialize" {
			sdk.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		sdk.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Length", rv12Itoa(rec.Body.Len()))
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
		http.NewResponseController(w).Flush()
		<-release
	})
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	defer unblock() // before srv.Close, which waits for the initialize request
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: srv.URL + "/mcp",
		Authenticators: []mcpauth.Authenticator{rv12Auth}, Limits: []mcpauth.Layer{capture}, Audit: aud})
	if err != nil {
		t.Fatal(err)
	}
	if err := ep.Mount(mux, mcpHandler); err != nil {
		t.Fatal(err)
	}
	post := func(sid, body string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("POST", srv.URL+"/mcp", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer alice")
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Close = true // the initialize request stays in flight on its connection
		if sid != "" {
			req.Header.Set("Mcp-Session-Id", sid)
			req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	resp := post("", `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`)
	sid := resp.Header.Get("Mcp-Session-Id")
	if resp.StatusCode != 200 || sid == "" {
		t.Fatalf("initialize: %d, session %q", resp.StatusCode, sid)
	}
	post(sid, `{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	if resp := post(sid, `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"trace_me","arguments":{}}}`); resp.StatusCode != 200 {
		t.Fatalf("tools/call: %d", resp.StatusCode)
	}
	mu.Lock()
	defer mu.Unlock()
	if callRec == nil || initRec == nil || callRec == initRec {
		t.Fatalf("setup: call record %p, initialize record %p", callRec, initRec)
	}
	if toolRec != nil && toolRec != callRec {
		same := ""
		if toolRec == initRec {
			same = " (the initialize request's, still in flight; once it ends, a pooled Record any request may take)"
		}
		t.Errorf("audit.RecordFrom(ctx) in a tool gives a Record that is not its request's%s", same)
	}
}

func rv12Itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// rv12Counter counts what is written to it.
type rv12Counter struct {
	mu sync.Mutex
	n  int
}

func (c *rv12Counter) Write(p []byte) (int, error) {
	c.mu.Lock()
	c.n += len(p)
	c.mu.Unlock()
	return len(p), nil
}

// Finding (amplification): the unchecked MCP-Protocol-Version value is
// copied into every event of a request, and a batch has one event per
// operation. The parser's "batches only before 2025-06-18" compares
// strings, so a junk version starting with "0" passes it. An anonymous
// caller of a public method (ping, here) sends one batch of 1 024 pings
// with a 16 KiB header and the audit log receives 1 024 copies of it:
// ~17 MB of log lines for a ~60 KB request. With net/http's default 1 MB
// header limit, a gigabyte per request.
func TestReview12AuditLogAmplification(t *testing.T) {
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "discovery", Methods: []string{"initialize", "notifications/initialized", "ping", "tools/list"}, Public: true},
	}})
	if err != nil {
		t.Fatal(err)
	}
	out := &rv12Counter{}
	aud, err := audit.New(audit.Config{Logger: slog.New(testlog.Wrap(t, slog.NewJSONHandler(out, nil)))})
	if err != nil {
		t.Fatal(err)
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: "https://api.example.com/mcp",
		Authenticators: []mcpauth.Authenticator{rv12Auth}, Authorizer: pol, Audit: aud})
	if err != nil {
		t.Fatal(err)
	}
	h := ep.Handler(rv12Stateless(rv12Server()))
	var b strings.Builder
	b.WriteString("[")
	for i := 0; i < operation.DefaultMaxBatch; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"jsonrpc":"2.0","id":` + rv12Itoa(i+1) + `,"method":"ping"}`)
	}
	b.WriteString("]")
	version := "0" + strings.Repeat("x", 16<<10)
	w := rv12Post(h, map[string]string{"Mcp-Protocol-Version": version}, b.String())
	in := b.Len() + len(version)
	t.Logf("status %d; request %d bytes; audit log %d bytes", w.Code, in, out.n)
	if out.n > 20*in {
		t.Errorf("one anonymous request of %d bytes wrote %d bytes of audit log (×%d)", in, out.n, out.n/in)
	}
}

// Finding: Record.Limited keeps "the one with the least left", with a
// strict <, in the order the policies report. When a policy that allowed
// the request is left at 0 and a later one refuses it (its Remaining is 0
// too), the event — and otelaudit's mcpauth.rate_limit.policy attribute —
// names the policy that allowed, not the one that refused (the 429's body
// names "echo"). The doc promises "the policy that refused".
func TestReview12LimitPolicyIsTheOneThatRefused(t *testing.T) {
	lim, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "caller", Limit: ratelimit.PerHour(2), Key: ratelimit.ByPrincipal()},
		{Name: "echo", Limit: ratelimit.PerHour(1), Key: ratelimit.ByPrincipal(), Tools: []string{"echo"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	obs := &rv12Events{}
	aud, err := audit.New(audit.Config{Observer: obs})
	if err != nil {
		t.Fatal(err)
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: "https://api.example.com/mcp",
		Authenticators: []mcpauth.Authenticator{rv12Auth}, Limits: []mcpauth.Layer{lim}, Audit: aud})
	if err != nil {
		t.Fatal(err)
	}
	h := ep.Handler(rv12Stateless(rv12Server()))
	hdr := map[string]string{"Authorization": "Bearer alice"}
	if w := rv12Post(h, hdr, rv12Call(1, "echo")); w.Code != 200 {
		t.Fatalf("%d", w.Code)
	}
	obs.take()
	w := rv12Post(h, hdr, rv12Call(1, "echo"))
	if w.Code != 429 || !strings.Contains(w.Body.String(), `"policy":"echo"`) {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	evs := obs.take()
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	if e := evs[0]; e.LimitPolicy != "echo" || e.LimitRemaining != 0 {
		t.Errorf("the 429 of policy echo is audited as limit_policy %q (remaining %d)", e.LimitPolicy, e.LimitRemaining)
	}
}

// Finding (design): go-sdk refuses a session used by another principal
// with 403 — a session-hijack attempt — and the event says
// outcome "allowed" (reason "handler"): the chain let it through. The
// dashboards the issue asks for ("denial rates": mcpauth.decisions by
// outcome) count the hijack attempt among allowed decisions, and a search
// of the audit log for forbidden outcomes misses it. A refusal the
// handler answered should at least not be Allowed (Forbidden with reason
// "handler", say, or an outcome of its own).
func TestReview12SessionHijackIsNotAllowed(t *testing.T) {
	obs := &rv12Events{}
	aud, err := audit.New(audit.Config{Observer: obs})
	if err != nil {
		t.Fatal(err)
	}
	server := rv12Server()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: srv.URL + "/mcp",
		Authenticators: []mcpauth.Authenticator{rv12Auth}, Audit: aud})
	if err != nil {
		t.Fatal(err)
	}
	if err := ep.Mount(mux, mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{JSONResponse: true})); err != nil {
		t.Fatal(err)
	}
	post := func(who, sid, body string) *http.Response {
		req, _ := http.NewRequest("POST", srv.URL+"/mcp", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+who)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if sid != "" {
			req.Header.Set("Mcp-Session-Id", sid)
			req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	sid := post("alice", "", `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`).Header.Get("Mcp-Session-Id")
	if sid == "" {
		t.Fatal("no session")
	}
	obs.take()
	if resp := post("bob", sid, rv12Call(2, "echo")); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("bob on alice's session: %d, want go-sdk's 403", resp.StatusCode)
	}
	evs := obs.take()
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	if e := evs[0]; e.Outcome == audit.Allowed {
		t.Errorf("bob using alice's session (go-sdk: 403) is audited as outcome %s, status %d, reason %q, subject %q", e.Outcome, e.Status, e.Reason, e.Subject)
	}
}

// Finding: a batch is refused as a whole, and every operation's event
// carries the request's outcome and reason, but the rule of its own
// decision (recordRules asks the Authorizer again, per operation). The
// public ping of a batch refused for its unknown tool is audited as
// "forbidden, policy_denied, rule discovery": a search for what rule
// "discovery" denied finds it, and the operation actually refused
// (no rule matched) reads no differently. An event should not name, as
// the rule of a refusal, a rule that allowed its operation.
func TestReview12RefusedBatchRuleIsTheRefusingOne(t *testing.T) {
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "discovery", Methods: []string{"ping"}, Public: true},
		{Name: "echo", Tools: []string{"echo"}, Scopes: []string{"tools"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	obs := &rv12Events{}
	aud, err := audit.New(audit.Config{Observer: obs})
	if err != nil {
		t.Fatal(err)
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: "https://api.example.com/mcp",
		Authenticators: []mcpauth.Authenticator{rv12Auth}, Authorizer: pol, Audit: aud})
	if err != nil {
		t.Fatal(err)
	}
	h := ep.Handler(rv12Stateless(rv12Server()))
	w := rv12Post(h, map[string]string{"Authorization": "Bearer bob"}, `[{"jsonrpc":"2.0","id":1,"method":"ping"},`+rv12Call(2, "delete_repo")+`]`)
	if w.Code != http.StatusForbidden {
		t.Fatalf("%d", w.Code)
	}
	for _, e := range obs.take() {
		if e.Outcome == audit.Forbidden && e.Reason == audit.ReasonPolicyDenied && e.Rule == "discovery" {
			t.Errorf("event %d/%d (%s %s) reads: %s, %s, by rule %q — a rule that allowed it", e.Index, e.Count, e.Method, e.Name, e.Outcome, e.Reason, e.Rule)
		}
	}
}
