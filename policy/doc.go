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
// Not yet here: the gate deciding each operation with the policy (the
// 401/403 step-up challenges, public operations without a credential),
// YAML files and reloading, argument conditions, and the shadow mode.
package policy
