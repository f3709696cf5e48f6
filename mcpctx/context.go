package mcpctx

import (
	"context"
	"log/slog"
	"net/http"
	"slices"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/operation"
)

type principalKey struct{}

type headerKey struct{}

// noPrincipal is stored by [WithPrincipal] for a nil principal, so that a
// context derived from an authenticated one can say "nobody" explicitly.
var noPrincipal = &Principal{}

// WithPrincipal returns a copy of ctx that carries p. A nil p hides any
// principal that ctx carried before; a nil ctx is read as
// context.Background().
func WithPrincipal(ctx context.Context, p *Principal) context.Context {
	if ctx == nil {
		ctx = context.Background()
	}
	if p == nil {
		p = noPrincipal
	}
	return context.WithValue(ctx, principalKey{}, p)
}

// PrincipalFrom returns the principal carried by ctx. It reports false when
// ctx carries none — outside an authenticated request, or when a later
// request explicitly carried no principal. On a public operation called
// without a credential it is Anonymous() (Method MethodAnonymous): check
// the Method before treating the caller as signed in.
func PrincipalFrom(ctx context.Context) (*Principal, bool) {
	if ctx == nil {
		return nil, false
	}
	p, _ := ctx.Value(principalKey{}).(*Principal)
	if p == nil || p == noPrincipal {
		return nil, false
	}
	return p, true
}

// WithHeader returns a copy of ctx that carries the header of the HTTP request
// being served. The header is not copied; it must not be modified afterwards.
// A nil ctx is read as context.Background().
func WithHeader(ctx context.Context, h http.Header) context.Context {
	if ctx == nil {
		ctx = context.Background()
	}
	if h == nil {
		h = http.Header{}
	}
	return context.WithValue(ctx, headerKey{}, h)
}

// HeaderFrom returns the raw HTTP header carried by ctx, or nil outside a
// request. It includes credentials: tool code should prefer
// headers.FromContext, which filters them out.
func HeaderFrom(ctx context.Context) http.Header {
	if ctx == nil {
		return nil
	}
	h, _ := ctx.Value(headerKey{}).(http.Header)
	return h
}

// CredentialHeaders are the names of the request headers that hold
// credentials for one gate (its authenticators' CredentialHeaders, beside
// Authorization): package headers never shows them to tools by default.
// A gate makes its list once, with NewCredentialHeaders, and hands the
// same one to every request, so that carrying it costs no allocation.
type CredentialHeaders struct{ names []string }

// NewCredentialHeaders returns the list of names.
func NewCredentialHeaders(names ...string) *CredentialHeaders {
	return &CredentialHeaders{names: slices.Clone(names)}
}

// Names returns a copy of the names; nil for a nil list.
func (c *CredentialHeaders) Names() []string {
	if c == nil {
		return nil
	}
	return slices.Clone(c.names)
}

// credentialHeadersKey is the context key of the credential headers.
type credentialHeadersKey struct{}

// WithCredentialHeaders returns ctx carrying the credential headers of
// the gate that let its request in.
func WithCredentialHeaders(ctx context.Context, c *CredentialHeaders) context.Context {
	if ctx == nil {
		ctx = context.Background()
	}
	return context.WithValue(ctx, credentialHeadersKey{}, c)
}

// CredentialHeadersFrom returns a copy of the names WithCredentialHeaders
// put in ctx.
func CredentialHeadersFrom(ctx context.Context) []string {
	if ctx == nil {
		return nil
	}
	c, _ := ctx.Value(credentialHeadersKey{}).(*CredentialHeaders)
	return c.Names()
}

// tokenInfoCredentialHeaders is the key under which
// [AttachCredentialHeaders] stores them in auth.TokenInfo.Extra.
const tokenInfoCredentialHeaders = "github.com/mcpauth/mcpauth/mcpctx.CredentialHeaders"

// AttachCredentialHeaders records the gate's credential headers in ti,
// where Middleware and headers.FromRequest find them for each message of
// the request.
func AttachCredentialHeaders(ti *auth.TokenInfo, c *CredentialHeaders) {
	if ti == nil {
		return
	}
	if ti.Extra == nil {
		ti.Extra = map[string]any{}
	}
	ti.Extra[tokenInfoCredentialHeaders] = c
}

// credentialHeadersOf returns the list AttachCredentialHeaders recorded.
func credentialHeadersOf(ti *auth.TokenInfo) *CredentialHeaders {
	if ti == nil {
		return nil
	}
	c, _ := ti.Extra[tokenInfoCredentialHeaders].(*CredentialHeaders)
	return c
}

// CredentialHeadersFromTokenInfo returns a copy of the names
// AttachCredentialHeaders recorded in ti.
func CredentialHeadersFromTokenInfo(ti *auth.TokenInfo) []string {
	return credentialHeadersOf(ti).Names()
}

// tokenInfoPrincipal is the key under which [TokenInfo] stores the principal
// in auth.TokenInfo.Extra.
const tokenInfoPrincipal = "github.com/mcpauth/mcpauth/mcpctx.Principal"

// TokenInfo converts p into the go-sdk form: UserID is [Principal.ID], so the
// SDK binds sessions to the principal; Scopes and Expiration are copied; the
// principal itself rides in Extra, where [FromTokenInfo] finds it. A nil p
// gives nil: there is no one to describe.
func TokenInfo(p *Principal) *auth.TokenInfo {
	if p == nil {
		return nil
	}
	return &auth.TokenInfo{
		UserID:     p.ID(),
		Scopes:     p.Scopes,
		Expiration: p.ExpiresAt,
		Extra:      map[string]any{tokenInfoPrincipal: p},
	}
}

// FromTokenInfo returns the principal stored in ti by [TokenInfo]. It reports
// false for a nil ti or one made by another verifier.
func FromTokenInfo(ti *auth.TokenInfo) (*Principal, bool) {
	if ti == nil {
		return nil, false
	}
	p, ok := ti.Extra[tokenInfoPrincipal].(*Principal)
	return p, ok && p != nil
}

// FromRequest returns the principal that authenticated the HTTP request which
// carried req. It reads req's Extra, which go-sdk fills per HTTP request, so
// it is right even where ctx is not (see the package documentation).
func FromRequest(req mcp.Request) (*Principal, bool) {
	if nilcheck.Nil(req) {
		return nil, false
	}
	extra := req.GetExtra()
	if extra == nil {
		return nil, false
	}
	return FromTokenInfo(extra.TokenInfo)
}

// Middleware returns a go-sdk receiving middleware that gives each incoming
// MCP message a ctx carrying the principal and HTTP header of the HTTP
// request that delivered it. Anything derived from an earlier request (in
// stateful mode, the initialize request) is replaced; a message that came
// without an HTTP request (stdio, in-memory transports) gets a ctx with no
// principal and no header.
//
// It is also the message-layer half of the operation check. The gate
// parses each request's body once (package operation) and records the
// operations it let through in the request's TokenInfo; every message
// go-sdk is about to execute for a request the gate admitted must be one of
// them, each at most once. Anything else — which only a disagreement
// between two readings of the same body could produce — is refused with a
// JSON-RPC error (-32600) and logged at Error through slog.Default as an
// anomaly, naming the method and tool but never arguments. Messages whose
// TokenInfo records no operations (they did not come through the gate:
// stdio, or go-sdk's own RequireBearerToken) are not checked, since nothing
// was decided for them.
//
// Install it with Server.AddReceivingMiddleware. It never fails a message
// for want of authentication: enforcing that is the gate's job.
//
// It panics, as it is applied, to a nil next handler.
func Middleware() mcp.Middleware {
	return func(next mcp.MethodHandler) mcp.MethodHandler {
		if next == nil {
			panic("mcpctx: Middleware: next handler is nil")
		}
		return func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
			var (
				p     *Principal
				h     http.Header
				creds *CredentialHeaders
			)
			if !nilcheck.Nil(req) {
				if extra := req.GetExtra(); extra != nil {
					p, _ = FromTokenInfo(extra.TokenInfo)
					h, creds = extra.Header, credentialHeadersOf(extra.TokenInfo)
					if decided, ok := operation.FromTokenInfo(extra.TokenInfo); ok {
						if err := claim(ctx, decided, method, req, p); err != nil {
							return nil, err
						}
					}
				}
			}
			ctx = WithHeader(WithPrincipal(ctx, p), h)
			if creds != nil {
				ctx = WithCredentialHeaders(ctx, creds)
			}
			return next(ctx, method, req)
		}
	}
}

// claim checks that the message is one the HTTP layer decided for its
// request, and marks it as executed.
func claim(ctx context.Context, decided *operation.Request, method string, req mcp.Request, p *Principal) error {
	name := OperationName(req)
	if decided.Claim(method, name) {
		return nil
	}
	attrs := []slog.Attr{slog.String("method", method)}
	if name != "" {
		attrs = append(attrs, slog.String("name", name))
	}
	if p != nil {
		attrs = append(attrs, slog.String("principal", p.ID()))
	}
	slog.Default().LogAttrs(ctx, slog.LevelError, "mcpauth: anomaly: refused a message the HTTP layer did not decide", attrs...)
	return &jsonrpc.Error{Code: operation.CodeInvalidRequest, Message: "mcpauth: message refused: it is not one of the operations authorized for its HTTP request"}
}

// OperationName returns what a message acts on, as go-sdk decoded it: the
// tool of tools/call, the prompt of prompts/get, the resource URI of
// resources/read, resources/subscribe and resources/unsubscribe; "" for
// other messages. It is the counterpart of operation.Op.Name, which the
// message-layer check compares it with. A nil req has no name.
func OperationName(req mcp.Request) string {
	if nilcheck.Nil(req) {
		return ""
	}
	switch p := req.GetParams().(type) {
	case *mcp.CallToolParamsRaw:
		if p != nil {
			return p.Name
		}
	case *mcp.CallToolParams:
		if p != nil {
			return p.Name
		}
	case *mcp.GetPromptParams:
		if p != nil {
			return p.Name
		}
	case *mcp.ReadResourceParams:
		if p != nil {
			return p.URI
		}
	case *mcp.SubscribeParams:
		if p != nil {
			return p.URI
		}
	case *mcp.UnsubscribeParams:
		if p != nil {
			return p.URI
		}
	}
	return ""
}
