package otelaudit

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	semconv "go.opentelemetry.io/otel/semconv/v1.41.0"
	"go.opentelemetry.io/otel/trace"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
)

// Tracer is the audit.Tracer of OpenTelemetry (give it to
// audit.Config.Tracer). Create it with [NewTracer]; it is safe for
// concurrent use.
type Tracer struct {
	tracer trace.Tracer
	prop   propagation.TextMapPropagator
}

var _ audit.Tracer = (*Tracer)(nil)

// NewTracer returns a Tracer whose spans tp makes (otel.GetTracerProvider()
// when nil), continuing the trace context that prop extracts from each
// request's headers: W3C Trace Context (traceparent, tracestate) when
// prop is nil. Pass otel.GetTextMapPropagator() to use the global one,
// or propagation.NewCompositeTextMapPropagator(propagation.TraceContext{},
// propagation.Baggage{}) to take baggage too.
//
// When the request's context already holds a span (an otelhttp handler in
// front, say), the request's span is a child of that one (of kind
// internal) and the headers are not read again.
//
// NewTracer panics when tp or prop is an interface holding a nil pointer.
func NewTracer(tp trace.TracerProvider, prop propagation.TextMapPropagator) *Tracer {
	if tp != nil && nilcheck.Nil(tp) {
		panic("otelaudit: NewTracer: the TracerProvider holds a nil pointer")
	}
	if prop != nil && nilcheck.Nil(prop) {
		panic("otelaudit: NewTracer: the TextMapPropagator holds a nil pointer")
	}
	if tp == nil {
		tp = otel.GetTracerProvider()
	}
	if prop == nil {
		prop = propagation.TraceContext{}
	}
	return &Tracer{tracer: tp.Tracer(ScopeName, trace.WithSchemaURL(semconv.SchemaURL)), prop: prop}
}

// StartRequest starts the span of request r, named
// "{http.request.method} {http.route}" (the route is r.Pattern, the
// ServeMux pattern that matched), a child of the trace context r's headers
// carry. Its Span observes the request's events (see audit.Span).
func (t *Tracer) StartRequest(r *http.Request) (context.Context, audit.Span) {
	ctx := r.Context()
	kind := trace.SpanKindInternal
	if !trace.SpanContextFromContext(ctx).IsValid() {
		ctx = t.prop.Extract(ctx, propagation.HeaderCarrier(r.Header))
		kind = trace.SpanKindServer
	}
	method := httpMethod(r.Method)
	name := method
	if method == Other {
		name = "HTTP"
	}
	attrs := make([]attribute.KeyValue, 0, 6)
	attrs = append(attrs, semconv.HTTPRequestMethodKey.String(method), semconv.URLPath(r.URL.Path), semconv.URLScheme(scheme(r)))
	if method == Other {
		attrs = append(attrs, semconv.HTTPRequestMethodOriginal(r.Method))
	}
	if rt := route(r.Pattern); rt != "" {
		name += " " + rt
		attrs = append(attrs, semconv.HTTPRoute(rt))
	}
	if r.ProtoMajor > 0 {
		attrs = append(attrs, semconv.NetworkProtocolVersion(protocolVersion(r)))
	}
	ctx, s := t.tracer.Start(ctx, name, trace.WithSpanKind(kind), trace.WithAttributes(attrs...))
	if !s.IsRecording() {
		return ctx, span{s} // nothing to describe: no events needed
	}
	return ctx, &requestSpan{s: s}
}

// Start starts a span named name, of kind internal, a child of the span in
// ctx.
func (t *Tracer) Start(ctx context.Context, name string) (context.Context, audit.Span) {
	ctx, s := t.tracer.Start(ctx, name, trace.WithSpanKind(trace.SpanKindInternal))
	return ctx, span{s}
}

func scheme(r *http.Request) string {
	if r.TLS != nil {
		return "https"
	}
	return "http"
}

func protocolVersion(r *http.Request) string {
	switch r.ProtoMajor {
	case 1:
		return "1." + strconv.Itoa(r.ProtoMinor)
	default:
		return strconv.Itoa(r.ProtoMajor)
	}
}

// route returns the path of a ServeMux pattern ("[METHOD ][HOST]/PATH").
func route(pattern string) string {
	if i := strings.IndexByte(pattern, ' '); i >= 0 {
		pattern = strings.TrimLeft(pattern[i+1:], " \t")
	}
	if i := strings.IndexByte(pattern, '/'); i > 0 {
		pattern = pattern[i:]
	}
	return pattern
}

// span is a span of a step: its End records a refusal or failure.
type span struct{ s trace.Span }

// End ends the step's span, with err's kind when it failed.
func (sp span) End(err error) {
	end(sp.s, err)
	sp.s.End()
}

// end records err on s: the refusal's reason, or the failure's
// error.type and status.
func end(s trace.Span, err error) {
	if err == nil || !s.IsRecording() {
		return
	}
	if errors.Is(err, mcpauth.ErrNoCredential) {
		// No credential is no failure of the step: the next
		// authenticator, or a public operation, may still do.
		s.SetAttributes(ReasonKey.String(audit.ReasonNoCredential))
		return
	}
	s.SetAttributes(semconv.ErrorTypeKey.String(ErrorType(err)))
	s.SetStatus(codes.Error, err.Error())
}

// ErrorType returns the error.type a span records for err: the
// audit.Reason* code of mcpauth's error kinds (invalid_credential,
// insufficient_scope, policy_denied, auth_unavailable...), "timeout" and
// "canceled" for those, else "_OTHER". Its values are few, as the
// attribute's must be.
func ErrorType(err error) string {
	var ne net.Error
	switch {
	case errors.Is(err, mcpauth.ErrNoCredential):
		return audit.ReasonNoCredential
	case errors.Is(err, mcpauth.ErrInvalidCredential):
		return audit.ReasonInvalidCredential
	case errors.Is(err, mcpauth.ErrInvalidRequest):
		return audit.ReasonInvalidRequest
	case errors.Is(err, mcpauth.ErrInsufficientScope):
		return audit.ReasonInsufficientScope
	case errors.Is(err, mcpauth.ErrForbidden):
		return audit.ReasonPolicyDenied
	case errors.Is(err, mcpauth.ErrUnavailable):
		return audit.ReasonAuthUnavailable
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	return Other
}

// requestSpan is the span of a request: it observes the request's events
// and describes the request with them.
type requestSpan struct{ s trace.Span }

// Observe describes the request with e: its status and outcome with the
// first event, and each operation — on the span itself for a request of
// one, as a span event "mcpauth.decision" for each of a batch.
func (sp *requestSpan) Observe(_ context.Context, e *audit.Event) {
	if e.Index == 0 {
		a := make([]attribute.KeyValue, 0, 10)
		a = append(a, semconv.HTTPResponseStatusCode(e.Status), OutcomeKey.String(string(e.Outcome)))
		a = appendStr(a, ReasonKey, e.Reason)
		a = appendStr(a, AuthenticatorKey, e.Authenticator)
		a = appendStr(a, RequestIDKey, e.RequestID)
		a = appendStr(a, semconv.ClientAddressKey, e.RemoteAddr)
		a = appendStr(a, semconv.McpProtocolVersionKey, e.ProtocolVersion)
		if e.LimitRemaining >= 0 && e.Outcome == audit.RateLimited {
			a = appendStr(a, RateLimitPolicyKey, e.LimitPolicy)
		}
		if e.Count > 1 {
			a = append(a, BatchSizeKey.Int(e.Count))
		}
		if e.Status >= 500 {
			a = append(a, semconv.ErrorTypeKey.String(strconv.Itoa(e.Status)))
			sp.s.SetStatus(codes.Error, "")
		}
		sp.s.SetAttributes(a...)
	}
	if e.Method == "" {
		return
	}
	a := make([]attribute.KeyValue, 0, 5)
	a = append(a, semconv.McpMethodNameKey.String(e.Method))
	switch e.Method {
	case "tools/call":
		a = appendStr(a, semconv.GenAIToolNameKey, e.Name)
	case "prompts/get":
		a = appendStr(a, semconv.GenAIPromptNameKey, e.Name)
	case "resources/read", "resources/subscribe", "resources/unsubscribe":
		a = appendStr(a, semconv.McpResourceURIKey, e.Name)
	}
	a = appendStr(a, RuleKey, e.Rule)
	if e.Count <= 1 {
		sp.s.SetAttributes(a...)
		return
	}
	a = append(a, BatchIndexKey.Int(e.Index), OutcomeKey.String(string(e.Outcome)))
	sp.s.AddEvent("mcpauth.decision", trace.WithAttributes(a...))
}

// End ends the request's span.
func (sp *requestSpan) End(err error) {
	end(sp.s, err)
	sp.s.End()
}

func appendStr(a []attribute.KeyValue, k attribute.Key, v string) []attribute.KeyValue {
	if v == "" {
		return a
	}
	return append(a, k.String(v))
}
