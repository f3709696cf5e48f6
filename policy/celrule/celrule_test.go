package celrule_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/policy/celrule"
)

var (
	alice = &mcpctx.Principal{
		Subject: "alice", Issuer: "https://idp.example.com", Method: mcpctx.MethodJWT,
		Scopes: []string{"files:read", "files:admin"}, KeyID: "k1",
		Claims: map[string]any{"tenant": "acme", "level": json.Number("3"), "ratio": json.Number("0.5"),
			"groups": []any{"dev", "ops"}, "org": map[string]any{"id": json.Number("42")}},
	}
	bob = &mcpctx.Principal{Subject: "bob", Method: mcpctx.MethodAPIKey, Scopes: []string{"files:read"}}
)

func call(tool, args string) *operation.Op {
	op := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: tool}
	if args != "" {
		op.Arguments = []byte(args)
	}
	return op
}

func compile(t testing.TB, expr string) policy.ListCondition {
	t.Helper()
	c, err := celrule.Compile(expr)
	if err != nil {
		t.Fatalf("Compile(%q): %v", expr, err)
	}
	return c.(policy.ListCondition)
}

func holds(t *testing.T, expr string, p *mcpctx.Principal, op *operation.Op) bool {
	t.Helper()
	ok, err := compile(t, expr).Holds(p, op)
	if err != nil {
		t.Fatalf("%s: Holds: %v", expr, err)
	}
	return ok
}

func TestCompileErrors(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`1 +`, "celrule: 1:4: Syntax error"},
		{`principal.subject == "a" &&` + "\n" + `  nope`, "celrule: 2:3: undeclared reference to 'nope'"},
		{`user.name == "alice"`, "celrule: 1:1: undeclared reference to 'user'"},
		{`principal.subjct == "alice"`, "celrule: 1:10: undefined field 'subjct'"},
		{`principal.subject == 1`, "celrule: 1:19: found no matching overload for '_==_' applied to '(string, int)'"},
		{`"files:read" in principal.scope`, "undefined field 'scope'"},
		{`principal.scopes.startsWith("a")`, "found no matching overload for 'startsWith'"},
		{`args.path`, "celrule: the expression is of type dyn, not bool"},
		{`principal.subject`, "celrule: the expression is of type string, not bool"},
		{`size(args)`, "celrule: the expression is of type int, not bool"},
		{`mcpauth.Principal{subject: "alice"} == principal`, "celrule: 1:18: cannot create a mcpauth.Principal"},
		{``, "celrule: 1:1: Syntax error"},
	} {
		_, err := celrule.Compile(c.expr)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Compile(%q) = %v, want %q", c.expr, err, c.want)
		}
	}
	// CEL's picture of the line stays.
	_, err := celrule.Compile(`principal.subjct == "alice"`)
	if want := "\n | principal.subjct == \"alice\"\n | .........^"; err == nil || !strings.HasSuffix(err.Error(), want) {
		t.Errorf("error %q does not end with the snippet %q", err, want)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustCompile of a broken expression did not panic")
		}
	}()
	celrule.MustCompile(`1 +`)
}

func TestPrincipal(t *testing.T) {
	op := call("read_file", "")
	for _, expr := range []string{
		`principal.subject == "alice"`,
		`principal.issuer == "https://idp.example.com"`,
		`principal.method == "jwt"`,
		`principal.key_id == "k1"`,
		`principal.authenticated`,
		`"files:admin" in principal.scopes`,
		`principal.scopes == ["files:read", "files:admin"]`,
		`principal.scopes.exists(s, s.startsWith("files:"))`,
		`principal.claims.tenant == "acme"`,
		`principal.claims["tenant"] == "acme"`,
		`"dev" in principal.claims.groups`,
		`has(principal.claims.tenant) && !has(principal.claims.nope)`,
		`has(principal.subject) && has(principal.scopes) && has(principal.claims)`,
		`principal.claims.level == 3 && principal.claims.level > 2 && principal.claims.level < 3.5`,
		`principal.claims.ratio == 0.5 && principal.claims.org.id == 42`,
		`principal == principal && dyn(principal).subject == "alice" && dyn(principal)["key_id"] == "k1"`,
	} {
		if !holds(t, expr, alice, op) {
			t.Errorf("%s: false for alice", expr)
		}
	}
	if holds(t, `principal.subject == "alice"`, bob, op) {
		t.Error("bob is alice")
	}
	if !holds(t, `principal.method == "apikey" && principal.issuer == "" && principal.claims == {}`, bob, op) {
		t.Error("bob's fields")
	}
}

// A caller without a credential is nil, or the gate's anonymous
// principal: the same to a condition.
func TestNoCredential(t *testing.T) {
	op := call("search", "")
	for _, p := range []*mcpctx.Principal{nil, mcpctx.Anonymous()} {
		for _, expr := range []string{
			`!principal.authenticated`,
			`principal.subject == "" && principal.issuer == "" && principal.method == "" && principal.key_id == ""`,
			`principal.scopes == [] && size(principal.claims) == 0`,
			`!("files:read" in principal.scopes)`,
			`!has(principal.subject) && !has(principal.scopes)`,
		} {
			if !holds(t, expr, p, op) {
				t.Errorf("%s: false for %v", expr, p)
			}
		}
		if _, err := compile(t, `principal.claims.tenant == "acme"`).Holds(p, op); err == nil {
			t.Errorf("a claim of %v", p)
		}
	}
}

func TestMethodAndName(t *testing.T) {
	if !holds(t, `method == "tools/call" && name == "read_file"`, alice, call("read_file", "")) {
		t.Error("tools/call read_file")
	}
	op := &operation.Op{Kind: operation.Call, Method: "resources/read", Name: "file:///home/alice/notes"}
	if !holds(t, `method == "resources/read" && name.startsWith("file:///home/" + principal.subject + "/")`, alice, op) {
		t.Error("resources/read")
	}
	// A nil operation is an empty one.
	c := compile(t, `method == "" && name == "" && size(args) == 0`)
	if ok, err := c.Holds(alice, nil); !ok || err != nil {
		t.Errorf("nil op: %v, %v", ok, err)
	}
}

func TestArguments(t *testing.T) {
	op := call("read_file", `{"path": "/home/alice/notes.txt", "opts": {"follow": true, "depth": 2},
		"tags": ["a", "b"], "none": null, "esc\u0061ped": "yes", "empty": ""}`)
	for _, expr := range []string{
		`args.path.startsWith("/home/" + principal.subject + "/")`,
		`has(args.path) && args.path.size() < 256`,
		`args["path"].endsWith(".txt") && "path" in args && !("nope" in args) && !has(args.nope)`,
		`args.opts.follow && args.opts.depth == 2`,
		`args.tags == ["a", "b"] && "b" in args.tags && args.tags[1] == "b" && args.tags.all(t, t.size() == 1)`,
		`args.none == null`,
		`args.escaped == "yes"`,
		`args.empty == ""`,
		`size(args) == 6 && args.exists(k, k == "escaped")`,
		`args.all(k, k != "") && args.path.matches("^/home/[a-z]+/")`,
		`args.opts == {"follow": true, "depth": 2}`,
		`type(args.path) == string && type(args.opts) == map && type(args.tags) == list`,
	} {
		if !holds(t, expr, alice, op) {
			t.Errorf("%s: false", expr)
		}
	}
	if holds(t, `args.path.startsWith("/home/" + principal.subject + "/")`, bob, op) {
		t.Error("bob reads alice's file")
	}
	// No arguments: an empty map.
	for _, raw := range []string{"", "{}"} {
		if !holds(t, `size(args) == 0 && !has(args.path)`, alice, call("x", raw)) {
			t.Errorf("arguments %q", raw)
		}
	}
	// Arguments that are not one JSON object, read or not.
	for _, raw := range []string{`[1]`, `"x"`, `{"path": "/a", "path": "/b"}`, `{"path": 1`, `{"path": "/a"} {}`, "{\"path\": \"\xff\"}", `{"other": tru}`} {
		for _, expr := range []string{`args.path == "/a"`, `size(args) == 1`} {
			if ok, err := compile(t, expr).Holds(alice, call("x", raw)); ok || err == nil {
				t.Errorf("%s on %q: %v, %v", expr, raw, ok, err)
			}
		}
	}
}

func TestNumbers(t *testing.T) {
	op := call("x", `{"count": 3, "neg": -7, "ratio": 2.5, "exp": 1e3, "fraction": 3.0, "exact": 9007199254740993,
		"big": 18446744073709551616, "huge": 1e400, "zero": -0}`)
	for _, expr := range []string{
		// An integer is an int: exact, and with int arithmetic.
		`args.count == 3 && args.count < 10 && args.count >= 3 && args.count + 1 == 4 && type(args.count) == int`,
		`args.neg == -7 && args.neg < 0 && -args.neg == 7`,
		`args.exact == 9007199254740993 && args.exact != 9007199254740992`,
		`args.zero == 0 && type(args.zero) == int`,
		// Comparisons work across int, uint and double...
		`args.count == 3.0 && args.count < 3.5 && args.count > 2u && args.count == 3u`,
		`args.ratio > 2 && args.ratio < 3 && args.ratio == 2.5 && type(args.ratio) == double`,
		// ...arithmetic does not mix them: a number with a fraction or an
		// exponent is a double, and so is one too large for an int.
		`args.exp == 1000 && type(args.exp) == double && args.exp + 1.0 == 1001.0`,
		`args.fraction == 3 && type(args.fraction) == double && int(args.fraction) + 1 == 4`,
		`type(args.big) == double && args.big > 9223372036854775807`,
		`args.huge == double("Infinity")`,
	} {
		if !holds(t, expr, alice, op) {
			t.Errorf("%s: false", expr)
		}
	}
	if _, err := compile(t, `args.ratio + 1 == 4`).Holds(alice, op); err == nil {
		t.Error("double + int")
	}
}

// A missing key is an error, and denies.
func TestMissingKey(t *testing.T) {
	c := compile(t, `principal.subject == "alice" && args.path.startsWith("/home/")`)
	_, err := c.Holds(alice, call("read_file", `{"file": "/home/alice/x"}`))
	if err == nil || err.Error() != "celrule: 1:37: no such key: path" {
		t.Errorf("err = %v", err)
	}
	if ok, err := c.Holds(bob, call("read_file", `{}`)); ok || err != nil {
		t.Errorf("bob: %v, %v: && is false whatever the error", ok, err)
	}
	pol := newPolicy(t, c)
	if d := pol.Decide(alice, call("read_file", `{"file": "/home/alice/x"}`)); d.Outcome != policy.Deny {
		t.Errorf("missing key: %v, want deny", d.Outcome)
	}
	if d := pol.Decide(alice, call("read_file", `{"path": "/home/alice/x"}`)); d.Outcome != policy.Allow {
		t.Errorf("with the key: %v, want allow", d.Outcome)
	}
}

func newPolicy(t testing.TB, when policy.Condition) *policy.Policy {
	t.Helper()
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "own files", Tools: []string{"read_file"}, Scopes: []string{"files:read"}, When: when},
		{Name: "search", Tools: []string{"search"}, Public: true, When: when},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return pol
}

func TestPolicy(t *testing.T) {
	cond, err := celrule.Compile(`args.path.startsWith("/home/" + principal.subject + "/")`)
	if err != nil {
		t.Fatal(err)
	}
	pol := newPolicy(t, cond)
	noScope := &mcpctx.Principal{Subject: "carol", Method: mcpctx.MethodJWT}
	for _, c := range []struct {
		p    *mcpctx.Principal
		args string
		want policy.Outcome
	}{
		{alice, `{"path": "/home/alice/notes"}`, policy.Allow},
		{alice, `{"path": "/home/bob/notes"}`, policy.Deny},
		{bob, `{"path": "/home/bob/notes"}`, policy.Allow},
		{alice, `{"path": 42}`, policy.Deny},
		{alice, `{}`, policy.Deny},
		{alice, ``, policy.Deny},
		{noScope, `{"path": "/home/carol/notes"}`, policy.InsufficientScope},
		{noScope, `{"path": "/etc/passwd"}`, policy.InsufficientScope},
		{nil, `{"path": "/home//x"}`, policy.NeedCredential},
	} {
		if d := pol.Decide(c.p, call("read_file", c.args)); d.Outcome != c.want {
			t.Errorf("%v %s: %v, want %v", c.p, c.args, d.Outcome, c.want)
		}
	}
	// A public rule's condition sees a caller without a credential.
	pub, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Tools: []string{"search"}, Public: true, When: celrule.MustCompile(`principal.authenticated || args.limit <= 10`)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		p    *mcpctx.Principal
		args string
		want policy.Outcome
	}{
		{nil, `{"limit": 10}`, policy.Allow},
		{nil, `{"limit": 11}`, policy.Deny},
		{nil, `{}`, policy.Deny},
		{bob, `{"limit": 1000}`, policy.Allow},
	} {
		if d := pub.Decide(c.p, call("search", c.args)); d.Outcome != c.want {
			t.Errorf("public %v %s: %v, want %v", c.p, c.args, d.Outcome, c.want)
		}
	}
}

func TestMayHold(t *testing.T) {
	list := call("read_file", "") // as FilterLists asks: no arguments
	for _, c := range []struct {
		expr               string
		alice, bob, nobody bool
	}{
		{`principal.subject == "alice" && args.x == 1`, true, false, false},
		{`principal.subject == "alice" || args.x == 1`, true, true, true},
		{`args.x == 1`, true, true, true},
		{`has(args.x) && principal.authenticated`, true, true, false},
		{`size(args) == 0 && "files:admin" in principal.scopes`, true, false, false},
		{`args.all(k, k.startsWith(principal.subject))`, true, true, true},
		{`principal.subject == "alice" && args.list.all(x, x == 1)`, true, false, false},
		{`args.path.startsWith("/home/" + principal.subject + "/")`, true, true, true},
		{`"files:admin" in principal.scopes`, true, false, false},
		{`method == "tools/call" && name == "read_file"`, true, true, true},
		{`name == "other" && args.x == 1`, false, false, false},
		// An error that does not come from the arguments denies every call.
		{`principal.claims.nope == 1`, false, false, false},
		{`principal.claims.nope == 1 ? args.x == 1 : true`, false, false, false},
		// CEL does not say whether one with unknown arguments would be
		// absorbed by them: listed.
		{`args.x == 1 || principal.claims.nope == 1`, true, true, true},
		{`principal.claims.nope == 1 && args.x == 1`, true, true, true},
	} {
		cond := compile(t, c.expr)
		for _, w := range []struct {
			p    *mcpctx.Principal
			want bool
		}{{alice, c.alice}, {bob, c.bob}, {nil, c.nobody}} {
			if got := cond.MayHold(w.p, list); got != w.want {
				t.Errorf("%s: MayHold(%v) = %v, want %v", c.expr, w.p, got, w.want)
			}
		}
	}
}

// No error of Holds quotes an argument: CEL's messages may (an index, a
// key, a string that does not parse), and callers log errors.
func TestNoValueLeak(t *testing.T) {
	const secret = "hunter2-SECRET"
	op := call("x", `{"s": "hunter2-SECRET", "n": 987654321, "m": {"a": 1}, "l": [1], "t": "2024-01-01T00:00:00Z"}`)
	for _, expr := range []string{
		`int(args.s) == 1`,
		`uint(args.s) == 1u`,
		`double(args.s) == 1.0`,
		`bool(args.s)`,
		`timestamp(args.s) == timestamp(args.t)`,
		`duration(args.s) == duration("1s")`,
		`args.s.matches(args.s + "(")`,
		`args.s.matches("[")`,
		`args.m[args.s] == 1`,
		`args.l[args.n] == 1`,
		`args.l[args.s] == 1`,
		`principal.claims[args.s] == 1`,
		`principal[args.s] == 1`,
		`args.s + 1 == 2`,
		`args.s < 1`,
		`args.n / 0 == 1`,
		`args.n % 0 == 1`,
		`args.n * 987654321 * 987654321 * 987654321 > 0`,
		`args[args.s] == 1`,
		`args.s.startsWith(args.n)`,
		`dyn(args.s).nope == 1`,
		`args.s.size() == 1 && args.s.nope == 1`,
		`args.s.all(x, x == 1)`,
		`args.s in args.s`,
		`string(bytes(args.s)) == args.s && bytes(args.s)[0] == 1`,
	} {
		c, err := celrule.Compile(expr)
		if err != nil {
			if strings.Contains(err.Error(), secret) {
				t.Errorf("compile error %q has the secret", err)
			}
			continue
		}
		ok, err := c.Holds(alice, op)
		if err == nil {
			if ok {
				t.Errorf("%s holds", expr)
			}
			continue
		}
		if msg := err.Error(); strings.Contains(msg, "hunter2") || strings.Contains(msg, "987654321") || !strings.HasPrefix(msg, "celrule: ") {
			t.Errorf("%s: error %q", expr, msg)
		}
		if errors.Unwrap(err) != nil {
			t.Errorf("%s: error %q wraps %v", expr, err, errors.Unwrap(err))
		}
	}
	// Nor do arguments that are not valid.
	_, err := compile(t, `args.s == ""`).Holds(alice, call("x", `{"s": "hunter2-SECRET" x}`))
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("invalid arguments: %v", err)
	}
}

// An evaluation stops at the cost limit, the iteration bound, or the
// arguments bound, with an error: the operation is denied.
func TestBounded(t *testing.T) {
	big := func(n int, elem string) *operation.Op {
		return call("x", `{"list": [`+strings.TrimSuffix(strings.Repeat(elem+",", n), ",")+`], "s": "`+strings.Repeat("a", 200_000)+`"}`)
	}
	for _, c := range []struct {
		expr string
		op   *operation.Op
		want string
	}{
		{`args.list.all(x, args.list.all(y, x == y))`, big(2000, "1"), "celrule: evaluation exceeds the cost limit of 10000"},
		{`args.list.all(x, args.list.exists(y, x != y))`, big(2000, "1"), "celrule: evaluation exceeds the cost limit of 10000"},
		{`args.list.exists_one(x, x == 3)`, big(5000, "{}"), "celrule: evaluation exceeds 2500 iterations"},
		{`args.list.filter(x, x == 3).size() == 0`, big(5000, `""`), "celrule: evaluation exceeds 2500 iterations"},
		{`args.s.contains("b")`, big(1, "1"), "celrule: evaluation exceeds the cost limit of 10000"},
		{`args.s.matches("^(a|b)*c$")`, big(1, "1"), "celrule: evaluation exceeds the cost limit of 10000"},
		{`size(args.list) > 0`, big(20_000, "1"), "celrule: the arguments the expression reads hold more than 10000 values"},
		{`size(args) > 0`, big(20_000, "1"), "celrule: the arguments the expression reads hold more than 10000 values"},
	} {
		ok, err := compile(t, c.expr).Holds(alice, c.op)
		if ok || err == nil || err.Error() != c.want {
			t.Errorf("%s: %v, %v; want %q", c.expr, ok, err, c.want)
		}
		if d := newPolicy(t, compile(t, c.expr)).Decide(alice, &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "read_file", Arguments: c.op.Arguments}); d.Outcome != policy.Deny {
			t.Errorf("%s: %v, want deny", c.expr, d.Outcome)
		}
	}
	// The members it does not read are not counted. (Not size(): it
	// counts the characters of the string, and is charged by its length.)
	if !holds(t, `args.s.startsWith("aaa") && !args.s.endsWith("b")`, alice, big(20_000, "1")) {
		t.Error("a large unread member")
	}
	// Within the bounds, the same expressions run.
	if !holds(t, `args.list.all(x, args.list.all(y, x == y))`, alice, big(20, "1")) {
		t.Error("a small list")
	}
	// A larger limit admits more.
	c, err := celrule.Options{CostLimit: 1_000_000}.Compile(`args.s.contains("b") || args.list.all(x, args.list.all(y, x == y))`)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := c.Holds(alice, big(200, "1")); !ok || err != nil {
		t.Errorf("CostLimit 1e6: %v, %v", ok, err)
	}
	// A smaller one less.
	c, err = celrule.Options{CostLimit: 100}.Compile(`args.list.all(x, x == 1)`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Holds(alice, big(200, "1")); err == nil {
		t.Error("CostLimit 100: 200 iterations")
	}
	// An expression over the limit whatever the request does not
	// compile, nor one that may be over it and that CEL can estimate
	// (its cost depends on no argument nor principal).
	lit := "[" + strings.TrimSuffix(strings.Repeat("1,", 100), ",") + "]"
	for expr, want := range map[string]string{
		fmt.Sprintf("%s.map(x, %s.map(y, x + y)).size() > 0", lit, lit):               "celrule: the expression costs at least 153323, over the limit of 10000",
		fmt.Sprintf("%s.all(x, %s.all(y, principal.authenticated))", lit, lit):        "celrule: the expression may cost 51411, over the limit of 10000",
		fmt.Sprintf("%s.all(x, %s.all(y, %s.all(z, x + y + z == 3)))", lit, lit, lit): "celrule: the expression may cost 9141411, over the limit of 10000",
	} {
		if _, err := celrule.Compile(expr); err == nil || err.Error() != want {
			t.Errorf("literals: %v, want %q", err, want)
		}
	}
	if _, err := celrule.Compile(fmt.Sprintf("%s.all(x, x != args.n)", lit)); err != nil {
		t.Errorf("a hundred iterations of a literal: %v", err)
	}
}

func TestString(t *testing.T) {
	const expr = `principal.subject == "alice"`
	if s := fmt.Sprint(compile(t, expr)); s != expr {
		t.Errorf("String() = %q", s)
	}
}

func TestConcurrent(t *testing.T) {
	c := compile(t, `args.path.startsWith("/home/" + principal.subject + "/") && args.tags.all(t, t != "")`)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := celrule.Compile(fmt.Sprintf("args.n == %d", i)); err != nil {
				t.Error(err)
			}
			p, want := alice, true
			if i%2 == 1 {
				p, want = bob, false
			}
			op := call("read_file", `{"path": "/home/alice/x", "tags": ["a", "b"]}`)
			for range 200 {
				if ok, err := c.Holds(p, op); ok != want || err != nil {
					t.Errorf("Holds(%s) = %v, %v", p.Subject, ok, err)
					return
				}
				if !c.MayHold(p, call("read_file", "")) {
					t.Errorf("MayHold(%s)", p.Subject)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestDroppedErrorFailsClosed: Compile returned a nil Condition with its
// error, and a rule built with `cond, _ := celrule.Compile(…)` had no
// condition at all: the call it was meant to restrict was allowed.
func TestDroppedErrorFailsClosed(t *testing.T) {
	cond, err := celrule.Compile(`args.path.startsWith(`) // does not compile
	if err == nil {
		t.Fatal("compiled")
	}
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{{Tools: []string{"read"}, Scopes: []string{"r"}, When: cond}}})
	if err != nil {
		t.Fatal(err)
	}
	p := &mcpctx.Principal{Subject: "a", Scopes: []string{"r"}}
	op := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "read", Arguments: []byte(`{"path":"/x"}`)}
	if d := pol.Decide(p, op); d.Outcome != policy.Deny {
		t.Errorf("a rule whose condition failed to compile: %v, want deny", d.Outcome)
	}
}
