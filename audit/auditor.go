package audit

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"time"

	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/operation"
)

// DefaultRequestIDHeader is the header a request id is read from, and
// answered in, unless Config.RequestIDHeader says otherwise.
const DefaultRequestIDHeader = "X-Request-Id"

// Config configures an [Auditor]. At least one of Logger, Observer and
// Tracer is required.
type Config struct {
	// Logger receives each event as one record at Info, message
	// "mcpauth decision", with the attributes of [Event.Attrs]. Give it
	// the handler of your choice: slog.NewJSONHandler writes JSON lines.
	Logger *slog.Logger
	// Observer receives each event too.
	Observer Observer
	// Tracer, when set, starts a span per request, continuing the trace
	// of its headers, and the layers' spans inside it (see [Tracer]):
	// otelaudit.NewTracer makes one with OpenTelemetry.
	Tracer Tracer

	// RequestIDHeader names the request header that carries a request id
	// from a proxy in front (DefaultRequestIDHeader when empty). A
	// request without one, or with one longer than 128 bytes or holding
	// anything but letters, digits and -._:/+=, gets a random id. The id
	// is answered in the same header.
	RequestIDHeader string
	// ArgumentNames puts the names of a tools/call's or prompts/get's
	// arguments in its events (Event.Arguments). Their values never are.
	ArgumentNames bool
	// ClientIP gives the client's address (Event.RemoteAddr). Behind a
	// reverse proxy, use the rate limiter's: (&ratelimit.ClientIP{TrustedProxies: …}).Addr.
	// The default is the connection's peer address.
	ClientIP func(*http.Request) netip.Addr
	// Now is the clock; time.Now when nil.
	Now func() time.Time
}

// An Auditor emits the decision events of the requests it wraps. Create it
// with [New]; it is safe for concurrent use.
type Auditor struct {
	logger   *slog.Logger
	observer Observer
	tracer   Tracer
	idHeader string
	args     bool
	clientIP func(*http.Request) netip.Addr
	nowFn    func() time.Time
	made     bool
}

// New returns an Auditor for cfg, or an error when it has nowhere to send
// events.
func New(cfg Config) (*Auditor, error) {
	switch {
	case cfg.Logger == nil && nilcheck.Nil(cfg.Observer) && nilcheck.Nil(cfg.Tracer):
		return nil, errors.New("audit: New: Config.Logger, Config.Observer and Config.Tracer are all nil: events would go nowhere")
	case cfg.Observer != nil && nilcheck.Nil(cfg.Observer):
		return nil, errors.New("audit: New: Config.Observer holds a nil pointer")
	case cfg.Tracer != nil && nilcheck.Nil(cfg.Tracer):
		return nil, errors.New("audit: New: Config.Tracer holds a nil pointer")
	}
	a := &Auditor{logger: cfg.Logger, observer: cfg.Observer, tracer: cfg.Tracer, idHeader: http.CanonicalHeaderKey(cfg.RequestIDHeader),
		args: cfg.ArgumentNames, clientIP: cfg.ClientIP, nowFn: cfg.Now}
	if a.idHeader == "" {
		a.idHeader = DefaultRequestIDHeader
	}
	a.made = true
	return a, nil
}

// Valid reports whether a was made by New (a nil or zero Auditor was
// not): mcpauth.NewEndpoint refuses one that was not.
func (a *Auditor) Valid() bool { return a != nil && a.made }

func (a *Auditor) now() time.Time {
	if a.nowFn != nil {
		return a.nowFn()
	}
	return time.Now()
}

// Handler returns next behind the Auditor: each request gets a Record in
// its context, and its events are emitted when next has answered.
//
// Handler panics, as it is called, when next is nil, or on an Auditor
// that New did not make.
func (a *Auditor) Handler(next http.Handler) http.Handler {
	if next == nil {
		panic("audit: Auditor.Handler: next is nil")
	}
	if !a.Valid() {
		panic("audit: Auditor.Handler on an Auditor that New did not make")
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A Record per request, not pooled: go-sdk keeps the context of a
		// session's initialize request for the session's handlers, so a
		// context may outlive its request (it then finds no Record: see
		// Passed).
		rec := &Record{a: a, remaining: -1, ctx: r.Context()}
		rec.w.ResponseWriter = w
		if a.tracer != nil {
			rec.ctx, rec.span = a.tracer.StartRequest(r)
			rec.observing, _ = rec.span.(Observer)
		}
		rec.active = a.observer != nil || rec.observing != nil || a.logger != nil && a.logger.Enabled(r.Context(), slog.LevelInfo)
		if rec.active { // the clock, the id: only for events someone receives
			rec.startNanos = a.now().UnixNano()
			rec.requestID = requestID(r.Header.Get(a.idHeader))
			rec.idValue[0] = rec.requestID
			w.Header()[a.idHeader] = rec.idValue[:] // Set, without a slice of its own
		}
		// The Record is its own context value: one allocation fewer
		// than context.WithValue.
		rec.c = recordCtx{Context: rec.ctx, rec: rec}
		r = r.WithContext(&rec.c)
		rec.req = r
		defer func() {
			if p := recover(); p != nil {
				// The handler panicked: net/http drops the connection
				// (or sends 500 if nothing was written).
				rec.panicked = true
				a.finish(rec)
				panic(p)
			}
			a.finish(rec)
		}()
		next.ServeHTTP(&rec.w, r)
	})
}

// finish emits the request's events and ends its span.
func (a *Auditor) finish(rec *Record) {
	if rec.active {
		a.emit(rec)
	}
	if rec.span != nil {
		rec.span.End(nil)
	}
}

func (a *Auditor) emit(rec *Record) {
	end := a.now().UnixNano()
	r := rec.req
	ev := &rec.ev
	*ev = Event{
		Time:            time.Unix(0, rec.startNanos),
		RequestID:       rec.requestID,
		Status:          rec.w.status,
		Reason:          rec.reason,
		LimitPolicy:     rec.limitPolicy,
		LimitRemaining:  rec.remaining,
		ProtocolVersion: protocolVersion(r.Header.Get("Mcp-Protocol-Version")),
		HTTPMethod:      r.Method,
		Path:            r.URL.Path,
		Latency:         time.Duration(end - rec.startNanos),
		Count:           1,
	}
	switch {
	case rec.panicked:
		ev.Status, ev.Outcome = http.StatusInternalServerError, Failed
		ev.Reason = ReasonPanic
	case ev.Status == 0 && rec.passed:
		ev.Status = http.StatusOK // the handler wrote nothing: net/http answers 200
	case ev.Status == 0:
		// A layer answered nothing: the client went away while it
		// decided (net/http answers 200 to no one).
		ev.Outcome = Failed
		if ev.Reason == "" {
			ev.Reason = ReasonNoResponse
		}
	}
	if rec.passed {
		ev.AuthLatency = time.Duration(rec.authNanos - rec.startNanos)
	} else {
		ev.AuthLatency = ev.Latency
	}
	if ev.Outcome == "" {
		ev.Outcome = outcome(ev.Status)
	}
	if rec.passed && ev.Status >= 400 && ev.Reason == "" {
		ev.Reason = ReasonHandler
	}
	if p := rec.p; p != nil {
		ev.Authenticator, ev.Subject, ev.Issuer, ev.KeyID = string(p.Method), p.Subject, p.Issuer, p.KeyID
		ev.ClientID = claimString(p.Claims, "client_id")
		if ev.ClientID == "" {
			ev.ClientID = claimString(p.Claims, "azp")
		}
	}
	sid := r.Header.Get("Mcp-Session-Id")
	if sid == "" {
		sid = rec.w.Header().Get("Mcp-Session-Id") // the session this request opened
	}
	if sid != "" {
		sum := sha256.Sum256([]byte(sid))
		ev.Session = hex.EncodeToString(sum[:8])
	}
	if a.clientIP != nil {
		if ip := a.clientIP(r); ip.IsValid() {
			ev.RemoteAddr = ip.String()
		}
	} else {
		ev.RemoteAddr = peerAddr(r.RemoteAddr)
	}
	var ops []operation.Op
	if rec.ops != nil {
		ops = rec.ops.Ops
	}
	if len(ops) == 0 {
		ev.Rule = rec.rule
		a.send(rec, ev)
		return
	}
	ev.Count = len(ops)
	for i := range ops {
		op := &ops[i]
		ev.Index, ev.Method, ev.Name, ev.Arguments = i, op.Method, op.Name, nil
		if op.Kind == operation.Response {
			ev.Method = "" // an answer to the server's own request
		}
		switch {
		case rec.rules != nil:
			ev.Rule = rec.rules[i]
		case len(ops) == 1:
			ev.Rule = rec.rule
		default:
			ev.Rule = ""
		}
		if a.args {
			ev.Arguments = argumentNames(op.Arguments)
		}
		a.send(rec, ev)
	}
}

func (a *Auditor) send(rec *Record, ev *Event) {
	ctx := rec.ctx
	if a.logger != nil && a.logger.Enabled(ctx, slog.LevelInfo) {
		// The record's own time is the event's (the request's arrival):
		// one "time" per line.
		r := slog.NewRecord(ev.Time, slog.LevelInfo, "mcpauth decision", 0)
		var buf [26]slog.Attr
		r.AddAttrs(ev.appendAttrs(buf[:0])...)
		_ = a.logger.Handler().Handle(ctx, r)
	}
	if a.observer != nil {
		a.observer.Observe(ctx, ev)
	}
	if rec.observing != nil {
		rec.observing.Observe(ctx, ev)
	}
}

// outcome is what a response with status says. A request the chain let
// through and the MCP handler refused (go-sdk's 403 to another user's
// session, its 404 to an unknown one) is counted by its status too: a
// refusal is a refusal, whoever made it.
func outcome(status int) Outcome {
	switch {
	case status < 400:
		return Allowed
	case status == http.StatusUnauthorized:
		return Unauthenticated
	case status == http.StatusForbidden:
		return Forbidden
	case status == http.StatusTooManyRequests:
		return RateLimited
	case status == http.StatusServiceUnavailable:
		return Unavailable
	case status == http.StatusBadRequest, status == http.StatusRequestEntityTooLarge,
		status == http.StatusUnsupportedMediaType, status == http.StatusRequestHeaderFieldsTooLarge:
		return BadRequest
	}
	return Failed
}

// peerAddr is the address of a request's RemoteAddr ("ip:port"), as a
// substring of it where it can be (no allocation), "" when it does not
// parse.
func peerAddr(remote string) string {
	ap, err := netip.ParseAddrPort(remote)
	switch {
	case err != nil:
		return ""
	case ap.Addr().Is4In6():
		return ap.Addr().Unmap().String()
	}
	host := remote[:strings.LastIndexByte(remote, ':')]
	if ap.Addr().Zone() == "" {
		host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
		return host
	}
	return ap.Addr().String()
}

// protocolVersion is the MCP-Protocol-Version header as an event holds
// it: a version (YYYY-MM-DD), "" when absent, "invalid" for anything
// else — never the client's own bytes, which could be anything and long.
func protocolVersion(v string) string {
	if v == "" {
		return ""
	}
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return "invalid"
	}
	for i := 0; i < len(v); i++ {
		if i != 4 && i != 7 && (v[i] < '0' || v[i] > '9') {
			return "invalid"
		}
	}
	return v
}

func claimString(claims map[string]any, name string) string {
	s, _ := claims[name].(string)
	return s
}

// argumentNames returns the member names of a JSON object, sorted; nil
// for anything else.
func argumentNames(args []byte) []string {
	var m map[string]json.RawMessage
	if len(args) == 0 || json.Unmarshal(args, &m) != nil || m == nil {
		return nil
	}
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// requestID returns v when it is a usable request id, else a new random
// one.
func requestID(v string) string {
	if len(v) > 0 && len(v) <= 128 && validID(v) {
		return v
	}
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func validID(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-', c == '.', c == '_', c == ':', c == '/', c == '+', c == '=':
		default:
			return false
		}
	}
	return true
}
