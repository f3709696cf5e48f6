package operation

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// TestBudgetIsExact: the budget counts the members of objects whose names
// jsontext indexes, at every place (top level, params, arguments, nested,
// batch elements), exactly.
func TestBudgetIsExact(t *testing.T) {
	obj := func(n int, p string) string {
		var b strings.Builder
		b.WriteByte('{')
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"` + p + strconv.Itoa(i) + `":0`)
		}
		b.WriteByte('}')
		return b.String()
	}
	// top-level object with n members in all (4 of the message).
	top := func(n int, params string) string {
		s := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":` + params
		for i := 0; i < n-4; i++ {
			s += `,"_` + strconv.Itoa(i) + `":0`
		}
		return s + "}"
	}
	call := func(args string) string { return `{"name":"t","arguments":` + args + `}` }
	nested := func(outer, inner int) string { // outer members, one of them the inner object
		return strings.Replace(obj(outer, "o"), `"o0":0`, `"o0":`+obj(inner, "i"), 1)
	}
	for _, tc := range []struct {
		name string
		body string
		ok   bool
	}{
		{"top 5000 + args 5000", top(5000, call(obj(5000, "a"))), true},
		{"top 5000 + args 5001", top(5000, call(obj(5001, "a"))), false},
		{"nested 100 in 9900", top(4, call(nested(100, 9900))), true},
		{"nested 100 in 9901", top(4, call(nested(100, 9901))), false},
		{"two sibling args 5000+5000", top(4, call(`{"x":`+obj(5000, "a")+`,"y":`+obj(5000, "b")+`}`)), true},
		{"two sibling args 5000+5001", top(4, call(`{"x":`+obj(5000, "a")+`,"y":`+obj(5001, "b")+`}`)), false},
		{"params with 5000 members + args 5000", top(4, strings.TrimSuffix(obj(4998, "p"), "}")+`,"name":"t","arguments":`+obj(5000, "a")+"}"), true},
		{"1000 objects of 64", top(4, call(`{"x":[`+strings.TrimSuffix(strings.Repeat(obj(64, "a")+",", 1000), ",")+"]}")), true},
		// jsontext indexes an object's names from its 66th on (then all
		// 66): an object of 65 is never indexed, one of 66 costs 66.
		{"1000 objects of 65", top(4, call(`{"x":[`+strings.TrimSuffix(strings.Repeat(obj(65, "a")+",", 1000), ",")+"]}")), true},
		{"151 objects of 66", top(4, call(`{"x":[`+strings.TrimSuffix(strings.Repeat(obj(66, "a")+",", 151), ",")+"]}")), true},
		{"152 objects of 66", top(4, call(`{"x":[`+strings.TrimSuffix(strings.Repeat(obj(66, "a")+",", 152), ",")+"]}")), false},
		{"batch elements share the budget", "[" + top(4, call(obj(5000, "a"))) + "," + strings.Replace(top(4, call(obj(5001, "a"))), `"id":1`, `"id":2`, 1) + "]", false},
	} {
		r, _ := http.NewRequest("POST", "/", bytes.NewReader([]byte(tc.body)))
		_, err := (&Parser{}).Read(r)
		if (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want ok=%v", tc.name, err, tc.ok)
		}
	}
}
