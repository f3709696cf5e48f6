package policy

import (
	"context"
	"slices"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

// FilterLists returns a go-sdk receiving middleware that makes the list
// methods show a caller only what it may use: tools/list keeps the tools
// whose tools/call the policy allows for the principal of that message,
// prompts/list the prompts of allowed prompts/get, resources/list the
// resources of allowed resources/read, and resources/templates/list the
// templates a rule names (by the same template) and allows. Every
// filtered list says cacheScope "private": it depends on who asked, and
// must not be shared across callers (protocol 2026-07-28 caching).
//
// Only what the caller may use now is listed; what a step-up would grant
// is not. Install it with Server.AddReceivingMiddleware, beside
// mcpctx.Middleware; the principal is read from each message's own HTTP
// request, so it is right in stateful sessions too.
func FilterLists(pol *Policy) mcp.Middleware {
	return func(next mcp.MethodHandler) mcp.MethodHandler {
		return func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
			res, err := next(ctx, method, req)
			if err != nil || res == nil || ctx.Value(checking{}) != nil {
				return res, err // Unruled's own session lists everything
			}
			p, _ := mcpctx.FromRequest(req)
			allowed := func(method, name string) bool {
				return pol.Decide(p, &operation.Op{Kind: operation.Call, Method: method, Name: name}).Outcome == Allow
			}
			// Each caller gets its own copy: the result may be shared.
			switch r := res.(type) {
			case *mcp.ListToolsResult:
				c := *r
				c.Tools = slices.DeleteFunc(slices.Clone(r.Tools), func(t *mcp.Tool) bool { return t == nil || !allowed("tools/call", t.Name) })
				c.CacheScope = "private"
				return &c, nil
			case *mcp.ListPromptsResult:
				c := *r
				c.Prompts = slices.DeleteFunc(slices.Clone(r.Prompts), func(x *mcp.Prompt) bool { return x == nil || !allowed("prompts/get", x.Name) })
				c.CacheScope = "private"
				return &c, nil
			case *mcp.ListResourcesResult:
				c := *r
				c.Resources = slices.DeleteFunc(slices.Clone(r.Resources), func(x *mcp.Resource) bool { return x == nil || !allowed("resources/read", x.URI) })
				c.CacheScope = "private"
				return &c, nil
			case *mcp.ListResourceTemplatesResult:
				c := *r
				c.ResourceTemplates = slices.DeleteFunc(slices.Clone(r.ResourceTemplates), func(x *mcp.ResourceTemplate) bool {
					return x == nil || pol.decideTemplate(p, x.URITemplate).Outcome != Allow
				})
				c.CacheScope = "private"
				return &c, nil
			}
			return res, nil
		}
	}
}

// decideTemplate decides a resource template as a list entry: by the first
// rule that names this very template, or every resources/read.
func (pol *Policy) decideTemplate(p *mcpctx.Principal, template string) Decision {
	for i := range pol.rules {
		if r := &pol.rules[i]; slices.Contains(r.rawTemplates, template) || slices.Contains(r.Methods, "resources/read") {
			return pol.decideBy(r, p)
		}
	}
	return pol.byDefault(p)
}
