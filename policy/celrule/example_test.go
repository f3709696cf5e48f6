package celrule_test

import (
	"fmt"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/policy/celrule"
)

// Each caller reads files in its own home directory only.
func Example() {
	cond, err := celrule.Compile(`args.path.startsWith("/home/" + principal.subject + "/") && !args.path.contains("..")`)
	if err != nil {
		panic(err)
	}
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "own files", Tools: []string{"read_file"}, Scopes: []string{"files:read"}, When: cond},
	}})
	if err != nil {
		panic(err)
	}
	alice := &mcpctx.Principal{Subject: "alice", Method: mcpctx.MethodJWT, Scopes: []string{"files:read"}}
	for _, args := range []string{
		`{"path": "/home/alice/notes.txt"}`,
		`{"path": "/home/bob/notes.txt"}`,
		`{"path": "/home/alice/../bob/notes.txt"}`,
		`{"file": "/home/alice/notes.txt"}`,
	} {
		op := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "read_file", Arguments: []byte(args)}
		_, err := cond.Holds(alice, op)
		fmt.Println(args, pol.Decide(alice, op).Outcome, err)
	}
	// Output:
	// {"path": "/home/alice/notes.txt"} allow <nil>
	// {"path": "/home/bob/notes.txt"} deny <nil>
	// {"path": "/home/alice/../bob/notes.txt"} deny <nil>
	// {"file": "/home/alice/notes.txt"} deny celrule: 1:5: no such key: path
}

// A compile error says where, with CEL's picture of the line.
func ExampleCompile_error() {
	_, err := celrule.Compile(`principal.subjct == "alice"`)
	fmt.Println(err)
	// Output:
	// celrule: 1:10: undefined field 'subjct'
	//  | principal.subjct == "alice"
	//  | .........^
}

// Lists show a tool only to callers for whom its condition may hold.
func ExampleOptions_Compile() {
	cond, err := celrule.Options{CostLimit: 1000}.Compile(`principal.subject == "alice" && args.limit <= 100`)
	if err != nil {
		panic(err)
	}
	list := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "search"} // no arguments
	for _, who := range []string{"alice", "bob"} {
		p := &mcpctx.Principal{Subject: who, Method: mcpctx.MethodAPIKey}
		fmt.Println(who, cond.(policy.ListCondition).MayHold(p, list))
	}
	// Output:
	// alice true
	// bob false
}
