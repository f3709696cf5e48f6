package otelaudit_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/audit/otelaudit"
)

const (
	incomingTrace = "4bf92f3577b34da6a3ce929d0e0e4736"
	incomingSpan  = "00f067aa0ba902b7"
	traceparent   = "00-" + incomingTrace + "-" + incomingSpan + "-01"
)

// spanAttrs returns a span's attributes as strings.
func spanAttrs(s sdktrace.ReadOnlySpan) map[string]string {
	m := map[string]string{}
	for _, kv := range s.Attributes() {
		m[string(kv.Key)] = kv.Value.Emit()
	}
	return m
}

// byName returns the ended spans by name; it fails on a name seen twice.
func byName(t *testing.T, rec *tracetest.SpanRecorder) map[string]sdktrace.ReadOnlySpan {
	t.Helper()
	m := map[string]sdktrace.ReadOnlySpan{}
	for _, s := range rec.Ended() {
		if _, dup := m[s.Name()]; dup {
			t.Errorf("two spans named %q", s.Name())
		}
		m[s.Name()] = s
	}
	return m
}

func wantAttrs(t *testing.T, s sdktrace.ReadOnlySpan, want map[string]string) {
	t.Helper()
	got := spanAttrs(s)
	for k, v := range want {
		if got[k] != v {
			t.Errorf("span %q: %s = %q, want %q (all: %v)", s.Name(), k, got[k], v, got)
		}
	}
}

// TestSpansNest: the request's span is a child of the incoming
// traceparent, and the gate's authentication and policy spans are
// children of the request's span.
func TestSpansNest(t *testing.T) {
	s := newStack(t)
	if st := s.post(t, map[string]string{"X-API-Key": s.reader, "Traceparent": traceparent}, call("whoami")); st != 200 {
		t.Fatalf("status %d", st)
	}
	spans := byName(t, s.spans)
	if len(spans) != 3 {
		t.Fatalf("spans %v, want the request's, mcpauth.authenticate and mcpauth.authorize", spans)
	}
	req, authn, authz := spans["POST /mcp"], spans["mcpauth.authenticate"], spans["mcpauth.authorize"]
	if req == nil || authn == nil || authz == nil {
		t.Fatalf("spans %v", spans)
	}
	if got := req.SpanContext().TraceID().String(); got != incomingTrace {
		t.Errorf("trace %s, want the incoming %s", got, incomingTrace)
	}
	if p := req.Parent(); p.SpanID().String() != incomingSpan || !p.IsRemote() {
		t.Errorf("request span's parent %v, want the remote %s", p, incomingSpan)
	}
	if req.SpanKind() != trace.SpanKindServer || req.Status().Code != codes.Unset {
		t.Errorf("request span: kind %v, status %v", req.SpanKind(), req.Status())
	}
	for _, child := range []sdktrace.ReadOnlySpan{authn, authz} {
		if child.Parent().SpanID() != req.SpanContext().SpanID() || child.SpanContext().TraceID() != req.SpanContext().TraceID() {
			t.Errorf("%s: parent %s, want the request span %s", child.Name(), child.Parent().SpanID(), req.SpanContext().SpanID())
		}
		if child.SpanKind() != trace.SpanKindInternal || child.Status().Code != codes.Unset {
			t.Errorf("%s: kind %v, status %v", child.Name(), child.SpanKind(), child.Status())
		}
		if child.StartTime().Before(req.StartTime()) || child.EndTime().After(req.EndTime()) {
			t.Errorf("%s is not within the request span", child.Name())
		}
	}
	if authz.StartTime().Before(authn.EndTime()) {
		t.Errorf("authorization started before authentication ended")
	}
	wantAttrs(t, req, map[string]string{
		"http.request.method": "POST", "http.route": "/mcp", "url.path": "/mcp", "url.scheme": "http",
		"network.protocol.version": "1.1", "http.response.status_code": "200", "client.address": "127.0.0.1",
		"mcp.method.name": "tools/call", "gen_ai.tool.name": "whoami", "mcp.protocol.version": "2025-06-18",
		"mcpauth.outcome": "allowed", "mcpauth.authenticator": "apikey", "mcpauth.rule": "whoami",
	})
	a := spanAttrs(req)
	if len(a["mcpauth.request_id"]) != 24 {
		t.Errorf("request id %q", a["mcpauth.request_id"])
	}
	for _, k := range []string{"mcpauth.reason", "error.type", "enduser.id"} {
		if _, ok := a[k]; ok {
			t.Errorf("an allowed request's span has %s", k)
		}
	}
	for k, v := range a {
		if v == s.reader {
			t.Errorf("the API key is in the span, as %s", k)
		}
	}
}

// TestSpansOfRefusals: the step that refused ends its span with the
// refusal's kind (error.type, status Error); the request's span names the
// reason but keeps its status (a 4xx is no server error); a request
// without traceparent starts a trace.
func TestSpansOfRefusals(t *testing.T) {
	s := newStack(t)
	for _, c := range []struct {
		name    string
		h       map[string]string
		body    string
		step    string // the span that refused
		errType string
		reason  string
		absent  string // a span that must not exist
	}{
		{"bad key", map[string]string{"X-API-Key": "mcp_AAAAAAAAAAAA_notavalidkeynotavalidkeynotavalidkey1"}, call("whoami"),
			"mcpauth.authenticate", "invalid_credential", "invalid_credential", ""},
		{"insufficient scope", map[string]string{"X-API-Key": s.reader}, call("purge_cache"),
			"mcpauth.authorize", "insufficient_scope", "insufficient_scope", ""},
		{"unknown tool", map[string]string{"X-API-Key": s.reader}, call("no_such_tool"),
			"mcpauth.authorize", "policy_denied", "policy_denied", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			s.spans.Reset()
			s.post(t, c.h, c.body)
			spans := byName(t, s.spans)
			req, step := spans["POST /mcp"], spans[c.step]
			if req == nil || step == nil {
				t.Fatalf("spans %v", spans)
			}
			if req.Parent().IsValid() {
				t.Errorf("request span has a parent %v without a traceparent", req.Parent())
			}
			if step.Status().Code != codes.Error || spanAttrs(step)["error.type"] != c.errType {
				t.Errorf("%s: status %v, attributes %v", c.step, step.Status(), spanAttrs(step))
			}
			if req.Status().Code != codes.Unset {
				t.Errorf("request span status %v for a refusal", req.Status())
			}
			wantAttrs(t, req, map[string]string{"mcpauth.reason": c.reason})
		})
	}

	// No credential, a public operation: authentication found no
	// credential, which is no failure of its span.
	s.spans.Reset()
	s.post(t, nil, `{"jsonrpc":"2.0","id":1,"method":"ping"}`)
	spans := byName(t, s.spans)
	authn := spans["mcpauth.authenticate"]
	if authn == nil || authn.Status().Code != codes.Unset || spanAttrs(authn)["mcpauth.reason"] != "no_credential" {
		t.Fatalf("authenticate span of a public ping: %v", spans)
	}
	wantAttrs(t, spans["POST /mcp"], map[string]string{"mcpauth.authenticator": "anonymous", "mcp.method.name": "ping", "mcpauth.rule": "discovery"})
}

// TestSpanOfBatch: each operation of a batch is a span event of the
// request's span.
func TestSpanOfBatch(t *testing.T) {
	s := newStack(t)
	s.post(t, map[string]string{"Mcp-Protocol-Version": "2025-03-26", "X-API-Key": s.reader},
		`[`+call("whoami")+`,{"jsonrpc":"2.0","id":2,"method":"ping"}]`)
	req := byName(t, s.spans)["POST /mcp"]
	if req == nil {
		t.Fatal("no request span")
	}
	wantAttrs(t, req, map[string]string{"mcpauth.batch.size": "2", "mcpauth.outcome": "allowed"})
	if _, ok := spanAttrs(req)["mcp.method.name"]; ok {
		t.Error("a batch's span names one method")
	}
	evs := req.Events()
	if len(evs) != 2 {
		t.Fatalf("events %v", evs)
	}
	for i, want := range []map[string]string{
		{"mcp.method.name": "tools/call", "gen_ai.tool.name": "whoami", "mcpauth.rule": "whoami", "mcpauth.batch.index": "0"},
		{"mcp.method.name": "ping", "mcpauth.rule": "discovery", "mcpauth.batch.index": "1"},
	} {
		got := map[string]string{}
		for _, kv := range evs[i].Attributes {
			got[string(kv.Key)] = kv.Value.Emit()
		}
		for k, v := range want {
			if evs[i].Name != "mcpauth.decision" || got[k] != v {
				t.Errorf("event %d %q: %s = %q, want %q", i, evs[i].Name, k, got[k], v)
			}
		}
	}
}

// TestSpanServerError: a 5xx sets the request span's status to Error with
// error.type the status code; the Tracer alone is enough for an Auditor.
func TestSpanServerError(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	aud, err := audit.New(audit.Config{Tracer: otelaudit.NewTracer(tp, nil)})
	if err != nil {
		t.Fatal(err)
	}
	h := aud.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, span := audit.StartSpan(r.Context(), "mylayer.lookup")
		if !trace.SpanContextFromContext(ctx).IsValid() {
			t.Error("StartSpan's context holds no span")
		}
		span.End(mcpauth.Unavailable("key store down", errors.New("dial tcp: connection refused")))
		audit.RecordFrom(r.Context()).Refuse(audit.ReasonAuthUnavailable)
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	mux := http.NewServeMux()
	mux.Handle("POST example.com/mcp/{rest...}", h)
	r := httptest.NewRequest("POST", "http://example.com/mcp/x", nil)
	mux.ServeHTTP(httptest.NewRecorder(), r)
	spans := byName(t, rec)
	req, step := spans["POST /mcp/{rest...}"], spans["mylayer.lookup"]
	if req == nil || step == nil {
		t.Fatalf("spans %v", spans)
	}
	if req.Status().Code != codes.Error {
		t.Errorf("status %v", req.Status())
	}
	wantAttrs(t, req, map[string]string{"error.type": "503", "http.response.status_code": "503", "mcpauth.outcome": "unavailable",
		"mcpauth.reason": "auth_unavailable", "http.route": "/mcp/{rest...}", "url.path": "/mcp/x", "client.address": "192.0.2.1"})
	wantAttrs(t, step, map[string]string{"error.type": "auth_unavailable"})
	if d := step.Status().Description; d != "mcpauth: authentication backend unavailable: key store down: dial tcp: connection refused" {
		t.Errorf("step status %q", d)
	}
	if step.Parent().SpanID() != req.SpanContext().SpanID() {
		t.Error("the layer's span is not a child of the request's")
	}
}

// TestSpanInsideAnotherServerSpan: behind an HTTP instrumentation that
// already started the server span, the request's span is its child (kind
// internal) and the headers are not extracted again.
func TestSpanInsideAnotherServerSpan(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	aud, err := audit.New(audit.Config{Tracer: otelaudit.NewTracer(tp, nil)})
	if err != nil {
		t.Fatal(err)
	}
	inner := aud.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	outer := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, span := tp.Tracer("otelhttp").Start(r.Context(), "outer", trace.WithSpanKind(trace.SpanKindServer))
		defer span.End()
		inner.ServeHTTP(w, r.WithContext(ctx))
	})
	r := httptest.NewRequest("GET", "/mcp", nil)
	r.Header.Set("Traceparent", traceparent)
	outer.ServeHTTP(httptest.NewRecorder(), r)
	spans := byName(t, rec)
	req, out := spans["GET"], spans["outer"]
	if req == nil || out == nil {
		t.Fatalf("spans %v", spans)
	}
	if req.SpanKind() != trace.SpanKindInternal || req.Parent().SpanID() != out.SpanContext().SpanID() {
		t.Errorf("kind %v, parent %v", req.SpanKind(), req.Parent())
	}
	if req.SpanContext().TraceID().String() == incomingTrace {
		t.Error("the headers were extracted inside another span")
	}
}

// TestUnsampledSpans: a request whose span is not sampled costs no events
// and records nothing.
func TestUnsampledSpans(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec), sdktrace.WithSampler(sdktrace.NeverSample()))
	aud, err := audit.New(audit.Config{Tracer: otelaudit.NewTracer(tp, nil)})
	if err != nil {
		t.Fatal(err)
	}
	active := true
	h := aud.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := audit.RecordFrom(r.Context())
		active = rec.Active()
		_, span := rec.StartSpan(r.Context(), "step")
		span.End(errors.New("boom"))
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	if active || len(rec.Ended()) != 0 {
		t.Errorf("active %v, spans %v", active, rec.Ended())
	}
}

// TestNewTracerPanics: a TracerProvider or propagator holding a nil
// pointer is a programming error.
func TestNewTracerPanics(t *testing.T) {
	var tp *sdktrace.TracerProvider
	for name, f := range map[string]func(){
		"provider": func() { otelaudit.NewTracer(tp, nil) },
		"propagator": func() {
			var p *nilProp
			otelaudit.NewTracer(nil, p)
		},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
	if otelaudit.NewTracer(nil, nil) == nil {
		t.Error("NewTracer(nil, nil) is nil")
	}
}

type nilProp struct{}

func (*nilProp) Inject(context.Context, propagation.TextMapCarrier) {}
func (*nilProp) Extract(ctx context.Context, _ propagation.TextMapCarrier) context.Context {
	return ctx
}
func (*nilProp) Fields() []string { return nil }
