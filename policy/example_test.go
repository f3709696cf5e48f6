package policy_test

import (
	"fmt"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
)

// Decide per tool: public discovery, reads for files:read or files:admin,
// deletes for files:admin only.
func Example() {
	pol, err := policy.New(policy.Config{
		Rules: []policy.Rule{
			{Name: "discovery", Methods: []string{"initialize", "tools/list"}, Public: true},
			{Name: "read", Tools: []string{"search", "get_*"}, AnyOf: [][]string{{"files:read"}, {"files:admin"}}},
			{Name: "admin", Tools: []string{"delete_*"}, Scopes: []string{"files:admin"}},
		},
	})
	if err != nil {
		panic(err)
	}
	alice := &mcpctx.Principal{Subject: "alice", Scopes: []string{"files:read"}}
	for _, c := range []struct {
		p    *mcpctx.Principal
		tool string
	}{{nil, "search"}, {alice, "search"}, {alice, "delete_all"}, {alice, "format_disk"}} {
		d := pol.Decide(c.p, &operation.Op{Kind: operation.Call, Method: "tools/call", Name: c.tool})
		fmt.Println(c.tool, d.Outcome, d.Rule, d.Scopes)
	}
	// Output:
	// search need-credential read [files:read]
	// search allow read [files:read]
	// delete_all insufficient-scope admin [files:admin]
	// format_disk deny  []
}
