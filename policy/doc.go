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
// A rule may carry a condition on the caller and the call's arguments
// (Rule.When); package policy/celrule compiles CEL expressions into
// conditions, so that only users of conditions link a CEL engine:
//
//	{Name: "own files", Tools: []string{"read_file"}, Scopes: []string{"files:read"},
//		When: cond}, // cond, _ := celrule.Compile(`args.path.startsWith("/home/" + principal.subject + "/")`)
//
// A condition that does not hold denies (403: no scope would help).
//
// Loader reads the same rules from JSON or YAML files, strictly (unknown,
// repeated or miscased members, a second YAML document, and every rule
// error are refused with their line), conditions as "when" expressions;
// "mcpauth policy check FILE" runs it, and "mcpauth policy explain" says
// how a file decides one operation for one caller. Live serves a file
// that operators edit: Reload swaps the new policy in atomically, and a
// file that fails to load leaves the old one in force:
//
//	live, err := policy.NewLive(func() (*policy.Policy, error) {
//		return policy.Loader{Conditions: celrule.Compile}.File("policy.yaml")
//	})
//
// Shadow is a dry run for rolling a policy out: it decides with the new
// policy and logs where it differs, but enforces the current one.
//
// A Policy (or a Live, or a Shadow) is an mcpauth.Authorizer: give it to
// the gate and every operation is decided by it — 401 with the
// operation's scopes for a protected operation without a credential, 403
// insufficient_scope naming every scope it needs (a batch: all of them,
// including those its allowed calls were granted by), 403 for a denied
// one, and public operations without any credential, as
// mcpctx.Anonymous():
//
//	gate, _ := mcpauth.New(mcpauth.Options{Authenticators: auths, Authorizer: pol, ResourceMetadataURL: md.URL()})
//
// An operation no rule names is denied, answered as one a rule denies, so
// that a hidden tool looks like one that does not exist; a tool the caller
// could step up to gets the step-up challenge instead. With DefaultAllow,
// an unknown tool reaches the server, which says it does not exist, while
// a denied one gets 403: keep the default to hide what a Deny rule names.
// Session notifications (notifications/initialized, cancelled, progress,
// roots/list_changed) that no rule names are decided as initialize is.
package policy
