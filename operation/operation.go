package operation

import (
	"context"
	"sync"

	"github.com/modelcontextprotocol/go-sdk/auth"
)

// Kind says what a JSON-RPC message is.
type Kind uint8

// The kinds of message a client sends.
const (
	// Call is a request with an id: the server must answer it.
	Call Kind = 1 + iota
	// Notification is a request without an id.
	Notification
	// Response is the client's answer (a result or an error) to a request
	// the server sent it, such as sampling/createMessage.
	Response
)

// String returns "call", "notification" or "response".
func (k Kind) String() string {
	switch k {
	case Call:
		return "call"
	case Notification:
		return "notification"
	case Response:
		return "response"
	}
	return "unknown"
}

// Op is one JSON-RPC message of a request, as the parser read it. Its byte
// slices point into the request body: treat them as read-only.
type Op struct {
	Kind Kind
	// Method is the JSON-RPC method ("tools/call"); "" for a Response.
	Method string
	// Name is what the operation acts on: the tool of tools/call and the
	// prompt of prompts/get (params.name), the resource URI of
	// resources/read, resources/subscribe and resources/unsubscribe
	// (params.uri). It is "" for every other method, and never "" for
	// these ones: the parser refuses a message without it — except
	// resources/subscribe and resources/unsubscribe on protocol version
	// 2026-07-28 and later, which removed them: there a message without
	// a uri passes with Name "", for the server to answer as a method it
	// does not have.
	Name string
	// ID is the raw JSON id (a string or an integer) of a Call or
	// Response; nil for a Notification.
	ID []byte
	// Params is the raw params object, or nil when the message has none.
	Params []byte
	// Arguments is the raw params.arguments object of tools/call and
	// prompts/get, or nil when absent or null. Policies may look at it;
	// it must never be logged (argument values may be secrets).
	Arguments []byte

	// Subscriptions are, for subscriptions/listen, the resource URIs of
	// params.notifications.resourceSubscriptions: go-sdk subscribes the
	// caller to each, as resources/subscribe would, so the gate decides
	// each as a resources/subscribe of that URI too. nil for other
	// methods.
	Subscriptions []string

	// taskID is params.taskId of tasks/get, tasks/update and
	// tasks/cancel, which the tasks extension sends as Mcp-Name too: only
	// compared with that header, never decided on.
	taskID    string
	hasTaskID bool
}

// Named reports whether method carries a Name (see [Op.Name]).
func Named(method string) bool {
	switch method {
	case "tools/call", "prompts/get", "resources/read", "resources/subscribe", "resources/unsubscribe":
		return true
	}
	return false
}

// Request is every operation one HTTP request carries, parsed once. For a
// POST it holds one Op (a single message) or several (a JSON-RPC batch, on
// the protocol versions that have them); for GET, DELETE and other methods,
// none. It is safe for concurrent use.
type Request struct {
	// ProtocolVersion is the MCP-Protocol-Version header, "" when absent.
	ProtocolVersion string
	// Batch reports that the body was a JSON-RPC batch.
	Batch bool
	// Ops are the messages in body order.
	Ops []Op

	one  [1]Op // backing array of Ops for a single message
	mu   sync.Mutex
	used []bool // which Ops the message layer has claimed
}

// Single returns the request's only operation, or nil for a batch or a
// request without a body.
func (r *Request) Single() *Op {
	if r == nil || r.Batch || len(r.Ops) != 1 {
		return nil
	}
	return &r.Ops[0]
}

// Claim marks the first operation not yet claimed with this method and
// name as being executed, and reports whether there was one. The
// message-layer check (mcpctx.Middleware) calls it for every message go-sdk
// is about to execute, so that a message the HTTP layer did not decide —
// one that a different reading of the same body would produce — never
// runs, and no decided operation runs twice.
func (r *Request) Claim(method, name string) bool {
	if r == nil {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.used == nil {
		r.used = make([]bool, len(r.Ops))
	}
	for i := range r.Ops {
		op := &r.Ops[i]
		if !r.used[i] && op.Kind != Response && op.Method == method && op.Name == name {
			r.used[i] = true
			return true
		}
	}
	return false
}

type ctxKey struct{}

// NewContext returns a copy of ctx carrying req. A nil ctx is read as
// context.Background().
func NewContext(ctx context.Context, req *Request) context.Context {
	if ctx == nil {
		ctx = context.Background()
	}
	return context.WithValue(ctx, ctxKey{}, req)
}

// FromContext returns the operations parsed for the HTTP request whose
// context is ctx.
func FromContext(ctx context.Context) (*Request, bool) {
	if ctx == nil {
		return nil, false
	}
	req, ok := ctx.Value(ctxKey{}).(*Request)
	return req, ok && req != nil
}

// tokenInfoKey is where [Attach] puts the operations in auth.TokenInfo.Extra.
const tokenInfoKey = "github.com/mcpauth/mcpauth/operation.Request"

// Attach records req in ti, the go-sdk TokenInfo of the same HTTP request.
// go-sdk hands ti to every message of that request (RequestExtra), which is
// how the message layer finds what the HTTP layer decided. The gate calls
// it; ti must be the gate's own, made for this one request.
func Attach(ti *auth.TokenInfo, req *Request) {
	if ti == nil || req == nil {
		return
	}
	if ti.Extra == nil {
		ti.Extra = map[string]any{}
	}
	ti.Extra[tokenInfoKey] = req
}

// FromTokenInfo returns the operations [Attach] recorded in ti.
func FromTokenInfo(ti *auth.TokenInfo) (*Request, bool) {
	if ti == nil {
		return nil, false
	}
	req, ok := ti.Extra[tokenInfoKey].(*Request)
	return req, ok && req != nil
}
