// Package policy decides which MCP operations a caller may run: rules that
// match tools (by name or glob), resources (by URI or URI template),
// prompts and JSON-RPC methods to a requirement — public, denied, or
// scopes, all of a list and/or one of several alternatives, with scope
// hierarchies. The first rule that matches decides; an operation no rule
// names is denied unless DefaultAllow says otherwise.
//
// A decision is one of four outcomes: allow; need a credential (401, with
// the scopes to ask for); insufficient scope (403 naming every scope the
// operation needs, so that a client steps up in one round); deny.
//
//	pol, err := policy.New(policy.Config{
//		Rules: []policy.Rule{
//			{Name: "discovery", Methods: []string{"initialize", "ping", "tools/list"}, Public: true},
//			{Name: "read", Tools: []string{"search", "get_*"}, AnyOf: [][]string{{"files:read"}, {"files:admin"}}},
//			{Name: "admin", Tools: []string{"delete_*"}, Scopes: []string{"files:admin"}},
//		},
//		Implies: map[string][]string{"files:admin": {"files:read"}},
//	})
//	d := pol.Decide(principal, &op) // op from package operation
//
// FilterLists makes tools/list, prompts/list, resources/list and
// resources/templates/list show each caller only what it may use, marked
// cacheScope "private":
//
//	server.AddReceivingMiddleware(mcpctx.Middleware(), policy.FilterLists(pol))
//
// Check is the strict mode for start-up: it fails when the server offers a
// tool, prompt, resource or template no rule names; Watch reports them
// again whenever the server's lists change.
//
//	if err := pol.Check(ctx, server); err != nil {
//		log.Fatal(err)
//	}
//
// ParseJSON reads the same rules from a JSON file, strictly (unknown,
// repeated or miscased members and every rule error are refused with
// their line); "mcpauth policy check FILE" runs it.
//
// A Policy is an mcpauth.Authorizer: give it to the gate and every
// operation is decided by it — 401 with the operation's scopes for a
// protected operation without a credential, 403 insufficient_scope naming
// every scope it needs (a batch: all of them), 403 for a denied one, and
// public operations without any credential, as mcpctx.Anonymous():
//
//	gate, _ := mcpauth.New(mcpauth.Options{Authenticators: auths, Authorizer: pol, ResourceMetadataURL: md.URL()})
//
// Not yet here: YAML files and reloading, conditions on arguments, and a
// shadow mode.
package policy
