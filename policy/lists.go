package policy

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"slices"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

// FilterLists returns a go-sdk receiving middleware that makes the list
// methods show a caller only what it may use: tools/list keeps the tools
// whose tools/call the policy allows for the principal of that message,
// prompts/list the prompts of allowed prompts/get, resources/list the
// resources of allowed resources/read, and resources/templates/list the
// templates a rule names (by the same template) and allows for every URI
// (see decideTemplate). A rule's condition (Rule.When) cannot be asked
// without the call's arguments: its tools and prompts are listed unless
// it is a ListCondition that says it cannot hold for this caller. Every
// filtered list says cacheScope "private": it depends on who asked, and
// must not be shared across callers (protocol 2026-07-28 caching).
//
// Only what the caller may use now is listed; what a step-up would grant
// is not. Pagination cursors are sealed (Config.CursorKey): go-sdk's own
// name the last entry of the unfiltered page, which may be hidden, so they
// never reach the client, and a cursor not sealed by this policy is
// refused (invalid params); with a Live source, the key of the policy in
// force when FilterLists is called seals them across reloads. Install it
// with Server.AddReceivingMiddleware, beside mcpctx.Middleware; the
// principal is read from each message's own HTTP request, so it is right
// in stateful sessions too.
func FilterLists(src Source) mcp.Middleware {
	sealer := src.Current() // cursors outlive reloads: one key for them all
	if sealer == nil {
		panic("policy: FilterLists: the source has no policy")
	}
	return func(next mcp.MethodHandler) mcp.MethodHandler {
		return func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
			pol := src.Current()
			if ctx.Value(checking{}) != nil {
				return next(ctx, method, req) // Unruled's own session lists everything
			}
			if cur := cursorOf(req); cur != nil && *cur != "" {
				inner, ok := sealer.unseal(*cur)
				if !ok {
					return nil, &jsonrpc.Error{Code: jsonrpc.CodeInvalidParams, Message: "invalid cursor"}
				}
				*cur = inner
			}
			res, err := next(ctx, method, req)
			if err != nil || res == nil {
				return res, err
			}
			p, _ := mcpctx.FromRequest(req)
			if p != nil && p.Method == mcpctx.MethodAnonymous {
				p = nil // decided as the gate decides a request without a credential
			}
			allowed := func(method, name string) bool {
				return pol.decide(p, &operation.Op{Kind: operation.Call, Method: method, Name: name}, true).Outcome == Allow
			}
			// Each caller gets its own copy: the result may be shared.
			switch r := res.(type) {
			case *mcp.ListToolsResult:
				c := *r
				c.Tools = slices.DeleteFunc(slices.Clone(r.Tools), func(t *mcp.Tool) bool { return t == nil || !allowed("tools/call", t.Name) })
				c.CacheScope = "private"
				c.NextCursor = sealer.seal(c.NextCursor)
				return &c, nil
			case *mcp.ListPromptsResult:
				c := *r
				c.Prompts = slices.DeleteFunc(slices.Clone(r.Prompts), func(x *mcp.Prompt) bool { return x == nil || !allowed("prompts/get", x.Name) })
				c.CacheScope = "private"
				c.NextCursor = sealer.seal(c.NextCursor)
				return &c, nil
			case *mcp.ListResourcesResult:
				c := *r
				c.Resources = slices.DeleteFunc(slices.Clone(r.Resources), func(x *mcp.Resource) bool { return x == nil || !allowed("resources/read", x.URI) })
				c.CacheScope = "private"
				c.NextCursor = sealer.seal(c.NextCursor)
				return &c, nil
			case *mcp.ListResourceTemplatesResult:
				c := *r
				c.ResourceTemplates = slices.DeleteFunc(slices.Clone(r.ResourceTemplates), func(x *mcp.ResourceTemplate) bool {
					return x == nil || pol.decideTemplate(p, x.URITemplate).Outcome != Allow
				})
				c.CacheScope = "private"
				c.NextCursor = sealer.seal(c.NextCursor)
				return &c, nil
			}
			return res, nil
		}
	}
}

// decideTemplate decides a resource template as a list entry: by the first
// rule that names this very template, or every resources/read. A template
// is listed only if its reads are allowed whatever the URI: an earlier rule
// that may match some of its URIs (an exact URI or a template with a
// common literal prefix) and does not allow p hides it.
func (pol *Policy) decideTemplate(p *mcpctx.Principal, template string) Decision {
	op := &operation.Op{Kind: operation.Call, Method: "resources/read", Name: template}
	for i := range pol.rules {
		r := &pol.rules[i]
		if slices.Contains(r.rawTemplates, template) || slices.Contains(r.Methods, "resources/read") {
			return pol.decideBy(r, p, op, true)
		}
		if r.mayOverlap(template) {
			if d := pol.decideBy(r, p, op, true); d.Outcome != Allow {
				return Decision{Outcome: Deny, Rule: r.Name}
			}
		}
	}
	return pol.byDefault(p)
}

// mayOverlap reports whether r may match a URI that template expands to:
// conservatively, whether one of its resources shares template's literal
// prefix.
func (r *rule) mayOverlap(template string) bool {
	lit, _, _ := strings.Cut(template, "{")
	for _, u := range r.uris {
		if strings.HasPrefix(u, lit) {
			return true
		}
	}
	for _, t := range r.rawTemplates {
		l, _, _ := strings.Cut(t, "{")
		if strings.HasPrefix(l, lit) || strings.HasPrefix(lit, l) {
			return true
		}
	}
	return false
}

// cursorOf returns the cursor field of a list request, or nil.
func cursorOf(req mcp.Request) *string {
	switch p := req.GetParams().(type) {
	case *mcp.ListToolsParams:
		if p != nil {
			return &p.Cursor
		}
	case *mcp.ListPromptsParams:
		if p != nil {
			return &p.Cursor
		}
	case *mcp.ListResourcesParams:
		if p != nil {
			return &p.Cursor
		}
	case *mcp.ListResourceTemplatesParams:
		if p != nil {
			return &p.Cursor
		}
	}
	return nil
}

// seal encrypts a cursor of the server's: go-sdk's cursors name the last
// entry of the unfiltered page, which may be one the caller must not see.
func (pol *Policy) seal(cursor string) string {
	if cursor == "" {
		return ""
	}
	nonce := make([]byte, pol.cursors.NonceSize(), pol.cursors.NonceSize()+len(cursor)+pol.cursors.Overhead())
	_, _ = rand.Read(nonce)
	return base64.RawURLEncoding.EncodeToString(pol.cursors.Seal(nonce, nonce, []byte(cursor), nil))
}

// unseal opens a cursor made by seal.
func (pol *Policy) unseal(s string) (string, bool) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) < pol.cursors.NonceSize() {
		return "", false
	}
	n := pol.cursors.NonceSize()
	plain, err := pol.cursors.Open(nil, b[:n], b[n:], nil)
	return string(plain), err == nil
}
