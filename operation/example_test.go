package operation_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/mcpauth/mcpauth/operation"
)

// Read the operations of a request in a handler of your own, behind the
// parser (or behind the gate, which parses too).
func Example() {
	var p operation.Parser
	h := p.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, _ := operation.FromContext(r.Context())
		for _, op := range req.Ops {
			fmt.Println(op.Kind, op.Method, op.Name)
		}
	}))

	body := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","arguments":{"q":"go"}}}`
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/mcp", strings.NewReader(body)))

	// A repeated member is ambiguous: one JSON reader takes the first,
	// another the last. It is refused, never guessed.
	w := httptest.NewRecorder()
	body = `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"search","name":"delete_all"}}`
	h.ServeHTTP(w, httptest.NewRequest("POST", "/mcp", strings.NewReader(body)))
	fmt.Println(w.Code)
	// Output:
	// call tools/call search
	// 400
}
