package celrule_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy/celrule"
)

// Integers past int64 are uints, and compare and compute as uints.
func TestUintNumbers(t *testing.T) {
	op := call("x", `{"max": 18446744073709551615, "past": 9223372036854775808, "min": -9223372036854775808, "below": -9223372036854775809}`)
	for _, expr := range []string{
		`type(args.max) == uint && args.max == 18446744073709551615u && args.max > 18446744073709551614u`,
		`type(args.past) == uint && args.past + 1u == 9223372036854775809u && args.past > 9223372036854775807`,
		`type(args.min) == int && args.min < 0`,
		`type(args.below) == double && args.below < -9.2e18`,
	} {
		if !holds(t, expr, alice, op) {
			t.Errorf("%s: false", expr)
		}
	}
	if _, err := compile(t, `args.max + 1 > 0u`).Holds(alice, op); err == nil {
		t.Error("uint + int")
	}
	// Claims too.
	p := &mcpctx.Principal{Subject: "a", Method: mcpctx.MethodJWT, Claims: map[string]any{"n": json.Number("10000000000000000500")}}
	if !holds(t, `principal.claims.n > 10000000000000000000u`, p, call("x", "")) {
		t.Error("a uint claim")
	}
}

// Typical conditions over typical arguments are charged little.
func TestCostOfTypicalConditions(t *testing.T) {
	op := call("x", fmt.Sprintf(`{"path": "/home/alice/notes.txt", "text": %q, "tags": ["a", "b", "c"], "n": 3, "m": {"k": 1}, "k": "k"}`,
		strings.Repeat("é", 500)))
	for _, expr := range []string{
		`args.path.startsWith("/home/" + principal.subject + "/") && !args.path.contains("..")`,
		`size(args.text) <= 1000 && args.text != ""`,
		`args.tags.all(t, t in ["a", "b", "c"]) && "b" in args.tags`,
		`args.path.matches("^/home/[a-z]+/[^/]+$")`,
		`matches(args.path, "^/home/")`,
		`args.m[args.k] == 1 && args.m.all(k, args.m[k] > 0)`,
		`args.tags.map(t, t + "!").exists(t, t == "c!")`,
		`args.n <= 10 && int(string(args.n)) == 3 && timestamp("2024-01-01T00:00:00Z").getHours("Europe/Paris") == 1`,
	} {
		c, err := celrule.Options{CostLimit: 200}.Compile(expr)
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if ok, err := c.Holds(alice, op); !ok || err != nil {
			t.Errorf("%s at CostLimit 200: %v, %v", expr, ok, err)
		}
	}
}

// An index by a computed key is charged by the key's length (a map
// lookup hashes it), and keeps its meaning.
func TestIndexByComputedKey(t *testing.T) {
	for _, c := range []struct {
		expr, args string
		want       bool
		err        string
	}{
		{`args[args.k] == 1`, `{"k": "a", "a": 1}`, true, ""},
		{`args[args.k] == 1`, `{"k": "zz", "a": 1}`, false, "celrule: 1:5: no such key"},
		{`args.l[args.i] == 2`, `{"l": [1, 2], "i": 1}`, true, ""},
		{`args.l[args.i] == 2`, `{"l": [1, 2], "i": 1.0}`, true, ""},
		{`args.l[args.i] == 2`, `{"l": [1, 2], "i": 5}`, false, "celrule: 1:7: index out of bounds"},
		{`{"a": 1}[args.k] == 1`, `{"k": "a"}`, true, ""},
		{`[1, 2, 3][args.i] == 2`, `{"i": 1}`, true, ""},
		{`principal.claims[args.k] == "acme"`, `{"k": "tenant"}`, true, ""},
		{`args[args[args.k]] == 3`, `{"k": "a", "a": "b", "b": 3}`, true, ""},
		{`args.l.exists(x, args.m[x] == 3)`, `{"m": {"x": 3}, "l": ["y", "x"]}`, true, ""},
	} {
		ok, err := compile(t, c.expr).Holds(alice, call("x", c.args))
		if ok != c.want || (err == nil) != (c.err == "") || err != nil && err.Error() != c.err {
			t.Errorf("%s for %s: %v, %v; want %v, %q", c.expr, c.args, ok, err, c.want, c.err)
		}
	}
	cond := compile(t, `principal.subject == "alice" && args[args.k] == 1`)
	if !cond.MayHold(alice, call("x", "")) || cond.MayHold(bob, call("x", "")) {
		t.Error("MayHold")
	}

	// Without the charge, 500 lookups of a 200 000-byte key
	// cost a few thousand units. (The key is absent: each lookup copies it
	// into its error.)
	members := ""
	for i := range 20 {
		members += fmt.Sprintf(`"m%d": %d, `, i, i)
	}
	op := call("x", fmt.Sprintf(`{%s"l": %s, "k": %q}`, members, review2List(500, "1"), strings.Repeat("k", 200_000)))
	for _, expr := range []string{`args.l.all(x, args[args.k] != x)`, `args.l.all(x, principal.claims[args.k] != x)`} {
		ok, err := compile(t, expr).Holds(alice, op)
		if ok || err == nil || !strings.Contains(err.Error(), "exceeds the cost limit") {
			t.Errorf("%s with a 200 000-byte key: %v, %v; want the cost limit", expr, ok, err)
		}
	}
}

// Comparisons of lists and maps are charged by the elements compared;
// a match whose own cost is over the limit does not run.
func TestCostOfValues(t *testing.T) {
	deep := strings.Repeat("[", 900) + strings.Repeat("]", 900)
	op := call("x", fmt.Sprintf(`{"a": %s, "c": [[1]], "s": %q}`, deep, strings.Repeat("a", 100_000)))
	for _, c := range []struct {
		expr  string
		limit uint64
		ok    bool
	}{
		{`[1, 2].all(i, args.a == args.a)`, 2000, true},
		{`[1, 2, 3, 4, 5].all(i, args.a == args.a)`, 2000, false},                    // 900 elements compared each time
		{`[1, 2, 3, 4, 5].all(i, args.a != args.c && args.c != args.a)`, 1000, true}, // sizes differ at the top
		{`args.s.matches("^a+$")`, 10_000, false},
		{`args.s.matches("^a+$")`, 100_000, true},
	} {
		cond, err := celrule.Options{CostLimit: c.limit}.Compile(c.expr)
		if err != nil {
			t.Fatal(err)
		}
		ok, err := cond.Holds(alice, op)
		if c.ok && (!ok || err != nil) || !c.ok && (err == nil || !strings.Contains(err.Error(), "exceeds the cost limit")) {
			t.Errorf("%s at %d: %v, %v", c.expr, c.limit, ok, err)
		}
	}
}
