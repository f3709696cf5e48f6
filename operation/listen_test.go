package operation_test

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/operation"
)

// TestListenSubscriptions: subscriptions/listen's
// params.notifications.resourceSubscriptions are read into
// Op.Subscriptions (go-sdk subscribes the caller to each, so the gate
// must decide them); shapes go-sdk would read otherwise, or not at all,
// are refused.
func TestListenSubscriptions(t *testing.T) {
	parse := func(params string) (*operation.Request, error) {
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"subscriptions/listen","params":`+params+`}`))
		r.Header.Set("Content-Type", "application/json")
		return (&operation.Parser{}).Read(r)
	}
	for params, want := range map[string][]string{
		`{"notifications":{"resourceSubscriptions":["secret://a","file:///b"]}}`: {"secret://a", "file:///b"},
		`{"notifications":{"toolsListChanged":true}}`:                            nil,
		`{"notifications":null}`:                                                 nil,
		`{"notifications":{"resourceSubscriptions":null}}`:                       nil,
		`{"notifications":{"resourceSubscriptions":["x://a","x://a"]}}`:          {"x://a"}, // each decided once
		`{}`: nil,
	} {
		req, err := parse(params)
		if err != nil || !slices.Equal(req.Ops[0].Subscriptions, want) {
			t.Errorf("%s: %v %v, want %v", params, req, err, want)
		}
	}
	many := make([]string, operation.MaxSubscriptions+1)
	for i := range many {
		many[i] = `"x://` + strings.Repeat("a", i%50) + string(rune('a'+i%26)) + `/` + strings.Repeat("b", i/26) + `"`
	}
	for _, params := range []string{
		`{"notifications":{"resourceSubscriptions":[` + strings.Join(many, ",") + `]}}`,
		`{"notifications":{"resourceSubscriptions":[null]}}`,
		`{"notifications":{"ResourceSubscriptions":["secret://a"]}}`,
		`{"Notifications":{"resourceSubscriptions":["secret://a"]}}`,
		`{"notifications":{"resourceSubscriptions":"secret://a"}}`,
		`{"notifications":{"resourceSubscriptions":[1]}}`,
		`{"notifications":{"resourceSubscriptions":[""]}}`,
		`{"notifications":"all"}`,
		`{"notifications":{"resourceSubscriptions":["a"],"resourceSubscriptions":["b"]}}`,
	} {
		if _, err := parse(params); err == nil {
			t.Errorf("%s: parsed", params)
		}
	}
}
