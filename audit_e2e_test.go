package mcpauth_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// auditStack is an endpoint with every layer that decides — Origin, gate
// (API keys), policy, a per-tool limit — audited to an observer that
// keeps the events, and to a JSON logger.
type auditStack struct {
	url    string
	keys   map[string]string
	mu     sync.Mutex
	events []audit.Event
	log    bytes.Buffer
}

func (s *auditStack) take() []audit.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	ev := s.events
	s.events = nil
	return ev
}

func newAuditStack(t *testing.T) *auditStack {
	t.Helper()
	s := &auditStack{}
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "discovery", Methods: []string{"initialize", "notifications/initialized", "ping", "tools/list"}, Public: true},
		{Name: "whoami", Tools: []string{"whoami"}, Scopes: []string{"tools"}},
		{Name: "echo", Tools: []string{"echo"}, Scopes: []string{"tools"}},
		{Name: "maintenance", Tools: []string{"purge_cache"}, Scopes: []string{"maintenance"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	auth, keys := memoryKeys(t, map[string][]string{"reader": {"tools"}})
	s.keys = keys
	lim, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "caller", Limit: ratelimit.Limit{Rate: 100, Period: 60e9}, Key: ratelimit.ByPrincipal()},
		{Name: "echo", Limit: ratelimit.Limit{Rate: 1, Period: 60e9}, Key: ratelimit.ByPrincipal(), Tools: []string{"echo"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	aud, err := audit.New(audit.Config{
		Logger: slog.New(testlog.Wrap(t, slog.NewJSONHandler(lockedWriter{&mu, &s.log}, nil))),
		Observer: testlog.WrapObserver(t, audit.ObserverFunc(func(_ context.Context, e *audit.Event) {
			s.mu.Lock()
			s.events = append(s.events, *e)
			s.mu.Unlock()
		})),
		ArgumentNames: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	for _, name := range []string{"whoami", "echo", "purge_cache"} {
		mcp.AddTool(server, &mcp.Tool{Name: name}, func(context.Context, *mcp.CallToolRequest, map[string]any) (*mcp.CallToolResult, any, error) {
			return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: "ok"}}}, nil, nil
		})
	}
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{
		Resource: srv.URL + "/mcp", Authenticators: []mcpauth.Authenticator{auth}, Authorizer: pol,
		Limits: []mcpauth.Layer{lim}, Audit: aud,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ep.Mount(mux, mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{Stateless: true, JSONResponse: true})); err != nil {
		t.Fatal(err)
	}
	s.url = srv.URL + "/mcp"
	return s
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *bytes.Buffer
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (s *auditStack) post(t *testing.T, h map[string]string, body string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest("POST", s.url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	for k, v := range h {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

func call(tool, args string) string {
	return `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"` + tool + `","arguments":` + args + `}}`
}

// TestAuditOneEventPerDecision: each outcome produces exactly one event
// per operation, with the fields of the layer that decided.
func TestAuditOneEventPerDecision(t *testing.T) {
	s := newAuditStack(t)
	reader := map[string]string{"X-API-Key": s.keys["reader"], "Mcp-Protocol-Version": "2025-06-18"}
	keyID := strings.Split(s.keys["reader"], "_")[1]
	type want struct {
		outcome                    audit.Outcome
		status                     int
		reason, auth, subject, key string
		method, name, rule, limPol string
		remaining                  int
		args                       []string
	}
	for _, c := range []struct {
		name string
		h    map[string]string
		body string
		want want
	}{
		{"allowed", reader, call("whoami", `{}`),
			want{audit.Allowed, 200, "", "apikey", "reader", keyID, "tools/call", "whoami", "whoami", "caller", 99, []string{}}},
		{"denied for scope", reader, call("purge_cache", `{}`),
			want{audit.Forbidden, 403, audit.ReasonInsufficientScope, "apikey", "reader", keyID, "tools/call", "purge_cache", "maintenance", "", -1, []string{}}},
		{"allowed echo", reader, call("echo", `{"text":"a secret value"}`),
			want{audit.Allowed, 200, "", "apikey", "reader", keyID, "tools/call", "echo", "echo", "echo", 0, []string{"text"}}},
		{"rate-limited", reader, call("echo", `{"text":"a secret value"}`),
			want{audit.RateLimited, 429, audit.ReasonRateLimited, "apikey", "reader", keyID, "tools/call", "echo", "echo", "echo", 0, []string{"text"}}},
		{"bad key", map[string]string{"X-API-Key": "mcp_AAAAAAAAAAAA_notavalidkeynotavalidkeynotavalidkey1"}, call("whoami", `{}`),
			want{audit.Unauthenticated, 401, audit.ReasonInvalidCredential, "", "", "", "", "", "", "", -1, nil}},
		{"no credential", nil, call("whoami", `{}`),
			want{audit.Unauthenticated, 401, audit.ReasonNoCredential, "", "", "", "tools/call", "whoami", "whoami", "", -1, []string{}}},
		{"public", nil, `{"jsonrpc":"2.0","id":1,"method":"ping"}`,
			want{audit.Allowed, 200, "", "anonymous", "anonymous", "", "ping", "", "discovery", "caller", 99, nil}},
		{"foreign origin", map[string]string{"Origin": "https://evil.example"}, call("whoami", `{}`),
			want{audit.Forbidden, 403, audit.ReasonOrigin, "", "", "", "", "", "", "", -1, nil}},
		{"malformed", reader, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","name":"purge_cache"}}`,
			want{audit.BadRequest, 400, audit.ReasonMalformed, "apikey", "reader", keyID, "", "", "", "", -1, nil}},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp := s.post(t, c.h, c.body)
			evs := s.take()
			if len(evs) != 1 {
				t.Fatalf("%d events, want 1: %+v", len(evs), evs)
			}
			e := evs[0]
			w := c.want
			got := want{e.Outcome, e.Status, e.Reason, e.Authenticator, e.Subject, e.KeyID, e.Method, e.Name, e.Rule, e.LimitPolicy, e.LimitRemaining, e.Arguments}
			if len(got.args) == 0 {
				got.args = nil // no arguments, or an empty object
			}
			if len(w.args) == 0 {
				w.args = nil
			}
			if !equalWant(got, w) || resp.StatusCode != w.status {
				t.Errorf("event\n got %+v\nwant %+v (response %d)", got, w, resp.StatusCode)
			}
			if e.RequestID == "" || resp.Header.Get("X-Request-Id") != e.RequestID {
				t.Errorf("request id %q, answered %q", e.RequestID, resp.Header.Get("X-Request-Id"))
			}
			if e.RemoteAddr != "127.0.0.1" || e.HTTPMethod != "POST" || e.Path != "/mcp" || e.Count != 1 {
				t.Errorf("remote %q, method %q, path %q, count %d", e.RemoteAddr, e.HTTPMethod, e.Path, e.Count)
			}
			if e.Latency < e.AuthLatency || e.AuthLatency < 0 || e.Time.IsZero() {
				t.Errorf("latencies %v, %v; time %v", e.AuthLatency, e.Latency, e.Time)
			}
		})
	}
	// Nothing secret in what was logged: neither the key nor an
	// argument's value.
	if log := s.log.String(); strings.Contains(log, s.keys["reader"]) || strings.Contains(log, "a secret value") || strings.Contains(log, "notavalidkey") {
		t.Errorf("the audit log holds a secret:\n%s", log)
	}
}

func equalWant[T any](a, b T) bool { return reflect.DeepEqual(a, b) }

// TestAuditBatchAndRequestID: a batch gives one event per operation, each
// with its own rule; a request id from the client is kept; a session id
// is hashed, never logged.
func TestAuditBatchAndRequestID(t *testing.T) {
	s := newAuditStack(t)
	h := map[string]string{"X-API-Key": s.keys["reader"], "X-Request-Id": "req-42", "Mcp-Session-Id": "the-session-secret"}
	s.post(t, h, `[`+call("whoami", `{}`)+`,{"jsonrpc":"2.0","id":2,"method":"ping"}]`)
	evs := s.take()
	if len(evs) != 2 {
		t.Fatalf("%d events for a batch of 2: %+v", len(evs), evs)
	}
	for i, rule := range []string{"whoami", "discovery"} {
		e := evs[i]
		if e.Index != i || e.Count != 2 || e.Rule != rule || e.RequestID != "req-42" || len(e.Session) != 16 || e.Session == "the-session-secret" {
			t.Errorf("event %d: %+v", i, e)
		}
	}
	if strings.Contains(s.log.String(), "the-session-secret") {
		t.Error("the session id was logged")
	}
	if n := strings.Count(s.log.String(), `"msg":"mcpauth decision"`); n != 2 {
		t.Errorf("%d log records, want 2:\n%s", n, s.log.String())
	}
	for _, line := range strings.Split(strings.TrimSpace(s.log.String()), "\n") {
		if strings.Count(line, `"time":`) != 1 {
			t.Errorf("a log line without exactly one time: %s", line)
		}
	}
	// A request id that could forge a log line is replaced.
	s.post(t, map[string]string{"X-Request-Id": "a\" b"}, `{"jsonrpc":"2.0","id":1,"method":"ping"}`)
	if e := s.take(); len(e) != 1 || e[0].RequestID == "a\" b" || len(e[0].RequestID) != 24 {
		t.Errorf("request id %+v", e)
	}
}

// TestAuditConfigRefusals: an Auditor with nowhere to send events, or
// one New did not make, is refused at start-up.
func TestAuditConfigRefusals(t *testing.T) {
	if _, err := audit.New(audit.Config{}); err == nil {
		t.Error("audit.New with no logger and no observer")
	}
	var nilObs *struct{ audit.ObserverFunc }
	if _, err := audit.New(audit.Config{Observer: nilObs}); err == nil {
		t.Error("audit.New with a typed-nil observer")
	}
	_, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: "https://api.example.com/mcp",
		Authenticators: []mcpauth.Authenticator{mcpauth.AuthenticatorFunc(func(*http.Request) (*mcpctx.Principal, error) { return nil, mcpauth.ErrNoCredential })},
		Audit:          &audit.Auditor{}})
	if err == nil || !strings.Contains(err.Error(), "Audit") {
		t.Errorf("NewEndpoint with a zero Auditor: %v", err)
	}
	if slices.Contains([]string{}, "") {
		t.Fatal()
	}
}
