package audit

import (
	"context"
	"net/http"
)

// A Tracer starts the spans of audited requests, so that the core can be
// traced without depending on a tracing library: package audit/otelaudit
// implements it with OpenTelemetry. Give it to Config.Tracer.
//
// The Auditor starts one span per request with StartRequest, which
// continues the trace the request's headers carry (W3C traceparent, say);
// the layers start children of it with Start, through [StartSpan] or
// [Record.StartSpan] — the gate around authentication
// ("mcpauth.authenticate") and around the policy decision
// ("mcpauth.authorize"), and the steps inside them their own.
type Tracer interface {
	// StartRequest starts the span of an incoming request, a child of
	// the span context its headers carry (if any), and returns r's
	// context with the span in it.
	StartRequest(r *http.Request) (context.Context, Span)
	// Start starts a span named name, a child of the span in ctx, and
	// returns ctx with the new span in it.
	Start(ctx context.Context, name string) (context.Context, Span)
}

// A Span is one step of a request's trace, from a Tracer's Start to End.
//
// The Span of a request (the one StartRequest returns) may also be an
// [Observer]: it then receives each of the request's events before End,
// and may describe the request with them (status, outcome, MCP method);
// the Auditor then builds the events even with no Logger or Observer.
type Span interface {
	// End ends the span. err is nil when the step succeeded, else the
	// reason it did not (the gate passes mcpauth's errors: errors.Is
	// finds their kind). A Tracer may record err's text: it must hold
	// no secret, as a log line must not.
	End(err error)
}

type noSpan struct{}

// End does nothing.
func (noSpan) End(error) {}

// Tracing reports whether the request's spans are recorded: whether it is
// audited by an Auditor with a Tracer. A layer may skip work that only
// its spans need when it is false.
func (r *Record) Tracing() bool { return r != nil && r.a != nil && r.a.tracer != nil }

// StartSpan starts a span named name, a child of the span in ctx, with
// the Tracer of the request's Auditor. It returns ctx unchanged and a
// Span that does nothing on a nil Record, or when the Auditor has no
// Tracer; it never returns a nil Span, so a layer writes
//
//	ctx, span := rec.StartSpan(ctx, "mylayer.lookup")
//	err := lookup(ctx)
//	span.End(err)
func (r *Record) StartSpan(ctx context.Context, name string) (context.Context, Span) {
	if !r.Tracing() {
		return ctx, noSpan{}
	}
	return r.a.tracer.Start(ctx, name)
}

// StartSpan is RecordFrom(ctx).StartSpan(ctx, name): a span of the
// request in ctx, or one that does nothing when it is not traced.
func StartSpan(ctx context.Context, name string) (context.Context, Span) {
	return RecordFrom(ctx).StartSpan(ctx, name)
}
