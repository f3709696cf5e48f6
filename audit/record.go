package audit

import (
	"context"
	"net/http"
	"sync/atomic"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

// A Record is what the layers of one request have decided so far. The
// Auditor makes one per request and puts it in the request's context;
// layers find it with [RecordFrom] and write into it — mcpauth's own do,
// and a Layer of yours that refuses requests may too. Every method is safe
// on a nil Record (a request nobody audits) and does nothing there.
//
// A Record is used by the request's goroutine only.
type Record struct {
	a            *Auditor
	c            recordCtx // the context layers find the Record in
	sealed       atomic.Bool
	panicked     bool
	limitRefused bool
	w            statusWriter
	ctx          context.Context
	req          *http.Request
	p            *mcpctx.Principal
	ops          *operation.Request
	rule         string
	rules        []string // per operation, for a batch
	reason       string
	limitPolicy  string
	remaining    int
	active       bool
	passed       bool
	startNanos   int64 // Config.Now at arrival, in nanoseconds since the Unix epoch
	authNanos    int64
	requestID    string
	idValue      [1]string // the response header's value slice
	span         Span      // the request's, when the Auditor has a Tracer
	observing    Observer  // span, when it observes events
	ev           Event
}

type recordKey struct{}

// RecordFrom returns the request's Record, or nil when it is not audited
// — and in the MCP handler and tool code (past Passed), where the chain
// has decided: go-sdk runs a session's tools in the context of the
// session's initialize request, which would be another request's Record.
func RecordFrom(ctx context.Context) *Record {
	r, _ := ctx.Value(recordKey{}).(*Record)
	return r
}

// recordCtx is the request context with its Record: the Record's own
// field, so that no context.WithValue is allocated.
type recordCtx struct {
	context.Context
	rec *Record
}

// Value returns the Record for recordKey until the chain passed the
// request, and asks the parent otherwise.
func (c *recordCtx) Value(key any) any {
	if _, ok := key.(recordKey); ok {
		if c.rec.sealed.Load() {
			return (*Record)(nil)
		}
		return c.rec
	}
	return c.Context.Value(key)
}

// Active reports whether some sink will receive this request's events:
// a layer may skip work that only the events need when it is false.
func (r *Record) Active() bool { return r != nil && r.active }

// SetPrincipal records who the caller is (the gate does, once it has
// authenticated the request, and for a public operation the anonymous
// principal).
func (r *Record) SetPrincipal(p *mcpctx.Principal) {
	if r != nil && p != nil {
		r.p = p
	}
}

// SetOperations records the request's operations, as package operation
// parsed them.
func (r *Record) SetOperations(req *operation.Request) {
	if r != nil && req != nil {
		r.ops = req
	}
}

// SetRule records the policy rule that decided operation i of the
// request (0 for a request of one operation); call it after
// SetOperations.
func (r *Record) SetRule(i int, rule string) {
	if r == nil || rule == "" {
		return
	}
	if r.ops == nil || len(r.ops.Ops) <= 1 {
		if i == 0 {
			r.rule = rule
		}
		return
	}
	if i < 0 || i >= len(r.ops.Ops) {
		return
	}
	if r.rules == nil {
		r.rules = make([]string, len(r.ops.Ops))
	}
	r.rules[i] = rule
}

// Refuse records why the request is refused, as one of the Reason codes
// (or a code of your own layer's). The first refusal recorded is the one
// that decided: later ones are ignored.
func (r *Record) Refuse(reason string) {
	if r != nil && r.reason == "" {
		r.reason = reason
	}
}

// Limited records that rate-limit policy left remaining calls (0 for the
// policy that refused). Of several, the one with the least left is kept.
func (r *Record) Limited(policy string, remaining int) {
	if r != nil && !r.limitRefused && (r.remaining < 0 || remaining < r.remaining) {
		r.limitPolicy, r.remaining = policy, remaining
	}
}

// LimitRefused records that rate-limit policy refused the request: the
// event names it, whatever the other policies have left.
func (r *Record) LimitRefused(policy string) {
	if r != nil && !r.limitRefused {
		r.limitPolicy, r.remaining, r.limitRefused = policy, 0, true
	}
}

// Passed records that the chain let the request through to the MCP
// handler: the auth chain's latency ends here. mcpauth.NewEndpoint calls
// it; a chain of your own puts [Passed] in front of its handler.
func (r *Record) Passed() {
	if r != nil && !r.passed {
		r.passed = true
		r.sealed.Store(true) // the handler's context finds no Record
		if r.active {
			r.authNanos = r.a.now().UnixNano()
		}
	}
}

// Passed returns next behind a handler that marks each request as let
// through by the chain (Record.Passed): put it last, in front of the MCP
// handler, in a chain that mcpauth.NewEndpoint did not build.
func Passed(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		RecordFrom(r.Context()).Passed()
		next.ServeHTTP(w, r)
	})
}

// statusWriter keeps the status of the response, and keeps Flush and
// Unwrap (go-sdk flushes SSE through http.ResponseController).
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 && code >= 200 { // 1xx (103 Early Hints) is not the answer
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Flush flushes the response, as http.Flusher does.
func (w *statusWriter) Flush() {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

// Unwrap returns the ResponseWriter underneath, for http.ResponseController.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
