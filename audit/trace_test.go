package audit_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// fakeTracer records what the Auditor and the layers ask of a Tracer.
type fakeTracer struct{ log []string }

type spanKey struct{}

func (t *fakeTracer) StartRequest(r *http.Request) (context.Context, audit.Span) {
	t.log = append(t.log, "start request "+r.Header.Get("Traceparent"))
	return context.WithValue(r.Context(), spanKey{}, "request"), &fakeSpan{t: t, name: "request"}
}

func (t *fakeTracer) Start(ctx context.Context, name string) (context.Context, audit.Span) {
	parent, _ := ctx.Value(spanKey{}).(string)
	t.log = append(t.log, "start "+name+" in "+parent)
	return context.WithValue(ctx, spanKey{}, name), &fakeSpan{t: t, name: name}
}

type fakeSpan struct {
	t    *fakeTracer
	name string
}

func (s *fakeSpan) End(err error) {
	e := "<nil>"
	if err != nil {
		e = err.Error()
	}
	s.t.log = append(s.t.log, "end "+s.name+" "+e)
}

// observingSpan is the request's span: an Observer too.
type observingSpan struct{ *fakeSpan }

func (s observingSpan) Observe(ctx context.Context, e *audit.Event) {
	in, _ := ctx.Value(spanKey{}).(string)
	s.t.log = append(s.t.log, "observe "+string(e.Outcome)+" "+e.Method+" in "+in)
}

type observingTracer struct{ *fakeTracer }

func (t observingTracer) StartRequest(r *http.Request) (context.Context, audit.Span) {
	ctx, s := t.fakeTracer.StartRequest(r)
	return ctx, observingSpan{s.(*fakeSpan)}
}

// TestTracer: the Auditor starts the request's span from the request,
// the layers' spans are its children, an Observer span sees each event
// (with the span's context) before it ends — and without a Tracer,
// StartSpan does nothing and changes no context.
func TestTracer(t *testing.T) {
	ft := &fakeTracer{}
	aud, err := audit.New(audit.Config{Tracer: observingTracer{ft}}) // a Tracer alone is enough
	if err != nil {
		t.Fatal(err)
	}
	h := aud.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := audit.RecordFrom(r.Context())
		if !rec.Tracing() || !rec.Active() {
			t.Errorf("tracing %v, active %v", rec.Tracing(), rec.Active())
		}
		ctx, span := rec.StartSpan(r.Context(), "authenticate")
		_, inner := audit.StartSpan(ctx, "lookup")
		inner.End(nil)
		span.End(errors.New("bad key"))
		rec.Refuse(audit.ReasonInvalidCredential)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(""))
	r.Header.Set("Traceparent", "00-abc-def-01")
	h.ServeHTTP(httptest.NewRecorder(), r)
	want := []string{
		"start request 00-abc-def-01",
		"start authenticate in request",
		"start lookup in authenticate",
		"end lookup <nil>",
		"end authenticate bad key",
		"observe unauthenticated  in request",
		"end request <nil>",
	}
	if !slices.Equal(ft.log, want) {
		t.Errorf("log:\n got %q\nwant %q", ft.log, want)
	}

	// Without a Tracer: a Span that does nothing, the same context.
	plain, err := audit.New(audit.Config{Observer: testlog.Observer(t)})
	if err != nil {
		t.Fatal(err)
	}
	plain.Handler(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		rec := audit.RecordFrom(r.Context())
		ctx, span := rec.StartSpan(r.Context(), "x")
		if rec.Tracing() || ctx != r.Context() || span == nil {
			t.Errorf("tracing %v, same context %v, span %v", rec.Tracing(), ctx == r.Context(), span)
		}
		span.End(errors.New("ignored"))
	})).ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	// Nor on a request nobody audits.
	var none *audit.Record
	if ctx, span := none.StartSpan(context.Background(), "x"); ctx != context.Background() || span == nil || none.Tracing() {
		t.Error("StartSpan on a nil Record")
	}
	if ctx, span := audit.StartCall(context.Background(), nil, audit.CallKeyLookup); ctx != context.Background() || span == nil {
		t.Error("StartCall with no Monitor")
	} else {
		span.End(nil)
	}
}

// TestTracerNotObserving: a request's span that is no Observer makes no
// event needed: with nothing else listening, the Record is not active.
func TestTracerNotObserving(t *testing.T) {
	ft := &fakeTracer{}
	aud, err := audit.New(audit.Config{Tracer: ft})
	if err != nil {
		t.Fatal(err)
	}
	aud.Handler(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		if audit.RecordFrom(r.Context()).Active() {
			t.Error("active with a span that observes nothing")
		}
	})).ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	if len(ft.log) != 2 || ft.log[1] != "end request <nil>" {
		t.Errorf("log %q", ft.log)
	}
	var nilTracer *fakeTracer
	if _, err := audit.New(audit.Config{Tracer: nilTracer}); err == nil || !strings.Contains(err.Error(), "Tracer") {
		t.Errorf("New with a nil *Tracer: %v", err)
	}
}
