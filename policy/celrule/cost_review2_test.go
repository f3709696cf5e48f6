package celrule_test

// Review 2: the cost bound of package celrule's doc ("one per ten
// characters of a string scanned", "at the default limit the slowest
// evaluations take about 10 ms") does not hold for what the arguments
// hold. Two causes in cel-go's runtime cost tracking:
//
//   - Its size-dependent charges key off the overload the checker
//     resolved. args is map(string, dyn), so every operator applied to two
//     argument values (args.a + f, args.a < args.b, x in args.l) resolves
//     to several overloads, is dispatched at runtime, and is charged a
//     flat 1 whatever the sizes: the same expression over string(...)
//     conversions is charged by length.
//   - Conversions (int, double, timestamp, duration) and size() are charged
//     1 though they scan the string, and for every equality or ordering
//     cel-go computes the operands' sizes with String.Size, which counts
//     the runes of the whole string: a comparison of a 2 MiB argument with
//     "x" costs 1 unit and a scan of 2 MiB.
//
// In a comprehension of up to CostLimit/4 iterations, each iteration then
// scans or copies a multi-megabyte argument: seconds of CPU, or gigabytes
// allocated (retained by map()), per request.

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/policy/celrule"
)

func review2List(n int, elem string) string {
	return "[" + strings.TrimSuffix(strings.Repeat(elem+",", n), ",") + "]"
}

// TestReview2DynOperatorsAreCharged: operations on argument values are
// charged by what they scan or copy, as the same operations on typed
// strings are. At a limit of 1000 units, concatenating or comparing two
// 100 000-character strings (10 000 units each by the doc's own measure),
// parsing a 100 000-digit number, or a hundred scans of a hundred-element
// list must stop at the limit. Today they run to the end, charged 1 each.
// (The rune counting of every comparison is TestReview2EvaluationTimeIsBounded's.)
func TestReview2DynOperatorsAreCharged(t *testing.T) {
	a := strings.Repeat("a", 100_000)
	op := call("x", fmt.Sprintf(`{"a": %q, "b": %q, "l": %s, "z": %q, "d": %q}`,
		a, a, review2List(100, "1"), strings.Repeat("0", 100_000)+"1", "0."+strings.Repeat("1", 100_000)))
	// Charged as they should be: the typed forms.
	for _, expr := range []string{
		`string(args.a) + string(args.b) != ""`,
		`string(args.a) < string(args.b)`,
		`args.a == args.b`,
	} {
		c, err := celrule.Options{CostLimit: 1000}.Compile(expr)
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if _, err := c.Holds(alice, op); err == nil || !strings.Contains(err.Error(), "exceeds the cost limit") {
			t.Fatalf("typed %s: %v; want the cost limit (the premise of this test)", expr, err)
		}
	}
	for _, expr := range []string{
		`args.a + args.b != ""`,      // 200 000 characters copied
		`args.a < args.b`,            // 100 000 compared
		`args.a <= args.b`,           //
		`args.l.all(x, x in args.l)`, // 100 × 100 elements compared
		`int(args.z) > 0`,            // 100 001 characters parsed
		`double(args.d) > 0.0`,       // 100 002 characters parsed
	} {
		c, err := celrule.Options{CostLimit: 1000}.Compile(expr)
		if err != nil {
			t.Errorf("%s: %v", expr, err)
			continue
		}
		// Any error denies: the cost limit, or a bound on what is decoded.
		if ok, err := c.Holds(alice, op); ok || err == nil {
			t.Errorf("%s at CostLimit 1000 over 100 000-character arguments: %v, %v; want the cost limit", expr, ok, err)
		}
	}
}

// TestReview2EvaluationTimeIsBounded: at the default limit, conditions an
// operator may well write take seconds on arguments of a few MiB (the
// body may hold 4 MiB). The doc promises about 10 ms; 1 s is allowed here.
func TestReview2EvaluationTimeIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds of CPU on the current code")
	}
	for _, c := range []struct{ expr, args string }{
		// No recipient is the sender: each != counts the runes of the
		// 2 MiB sender to charge 1 unit.
		{`args.cc.all(a, a != args.to)`,
			fmt.Sprintf(`{"cc": %s, "to": %q}`, review2List(2400, `"x"`), strings.Repeat("é", 512<<10))},
		// size() scans too, charged 1.
		{`args.lines.all(l, size(args.text) > l)`,
			fmt.Sprintf(`{"lines": %s, "text": %q}`, review2List(2400, "1"), strings.Repeat("é", 1<<20))},
		// A conversion parses the whole string, charged 1.
		{`args.items.all(i, int(args.quantity) > 0)`,
			fmt.Sprintf(`{"items": %s, "quantity": %q}`, review2List(800, "1"), strings.Repeat("0", 2<<20)+"1")},
		// timestamp() of garbage copies it into its error message, charged 1.
		{`args.events.all(e, timestamp(args.since) < timestamp(e))`,
			fmt.Sprintf(`{"events": %s, "since": %q}`, review2List(100, `"2024-01-01T00:00:00Z"`), strings.Repeat("9", 2<<20))},
	} {
		cond := compile(t, c.expr)
		start := time.Now()
		ok, err := cond.Holds(alice, call("x", c.args))
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s on %d bytes of arguments: %v (%v, %v); the doc promises about 10 ms", c.expr, len(c.args), d.Round(time.Millisecond), ok, err)
		}
	}
}

// TestReview2EvaluationMemoryIsBounded: a condition that joins two
// arguments copies a whole argument per iteration at a cost of 1 unit;
// map() keeps every copy. 1 MiB of arguments here makes hundreds of MiB
// (4 MiB, a few GiB per request: a handful of concurrent requests exhaust
// the server's memory). The bound asked here is generous: 64 MiB.
func TestReview2EvaluationMemoryIsBounded(t *testing.T) {
	dir := "/home/alice/" + strings.Repeat("d", 1<<20)
	for _, c := range []struct{ expr, args string }{
		{`args.files.all(f, (args.dir + f).startsWith("/home/" + principal.subject + "/"))`,
			fmt.Sprintf(`{"files": %s, "dir": %q}`, review2List(2000, `"/f"`), dir)},
		{`args.files.map(f, args.dir + f).all(p, p.startsWith("/home/" + principal.subject + "/"))`,
			fmt.Sprintf(`{"files": %s, "dir": %q}`, review2List(2000, `"/f"`), dir[:256<<10])},
	} {
		cond := compile(t, c.expr)
		op := call("x", c.args)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ok, err := cond.Holds(alice, op)
		runtime.ReadMemStats(&after)
		if n := after.TotalAlloc - before.TotalAlloc; n > 64<<20 {
			t.Errorf("%s on %d bytes of arguments allocates %d MiB (%v, %v)", c.expr, len(c.args), n>>20, ok, err)
		}
	}
}

// TestReview2RuntimePatternIsBounded: matches() with a pattern taken from
// the arguments is charged by the pattern's length, not by the size of
// the automaton it compiles to: 15 characters that repeat 1000 times make
// a match over 24 000 characters cost 9 604 units, within the default
// limit, and take most of a second. A condition should not compile a
// pattern the caller chose (or charge it by its compiled size).
//
// (Amended: Compile now refuses a pattern that is not a string literal,
// with the position of the pattern; a literal pattern is compiled once and
// charged by its compiled size, so the review's pattern, written into the
// expression, is bounded too.)
func TestReview2RuntimePatternIsBounded(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`args.query.matches(args.pattern)`, "celrule: 1:20: the pattern of matches must be a string literal"},
		{`matches(args.query, args.pattern)`, "celrule: 1:21: the pattern of matches must be a string literal"},
		{`args.query.matches("^" + args.prefix)`, "celrule: 1:20: the pattern of matches must be a string literal"},
		{`args.tags.all(t, args.query.matches(t))`, "celrule: 1:37: the pattern of matches must be a string literal"},
		{`args.query.matches(principal.claims.pattern)`, "celrule: 1:20: the pattern of matches must be a string literal"},
		{`args.query.matches("(a")`, "celrule: 1:20: invalid pattern: error parsing regexp"},
	} {
		if _, err := celrule.Compile(c.expr); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: %v; want %q", c.expr, err, c.want)
		}
	}
	op := call("search", fmt.Sprintf(`{"query": %q}`, strings.Repeat("a", 24_000)))
	cond := compile(t, `args.query.matches("(?:a|aa?){1000}b")`)
	start := time.Now()
	ok, err := cond.Holds(alice, op)
	if d := time.Since(start); d > 250*time.Millisecond || ok || err == nil {
		t.Errorf("matches with a large literal pattern: %v (%v, %v); the doc promises about 10 ms", d.Round(time.Millisecond), ok, err)
	}
}

// TestReview2PolicyDecisionIsBounded: the same through policy.Decide, as
// the gate calls it: a realistic rule ("no recipient is the sender").
func TestReview2PolicyDecisionIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds of CPU on the current code")
	}
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "send", Tools: []string{"send_mail"}, Scopes: []string{"files:read"},
			When: celrule.MustCompile(`args.to.all(r, r != args.from)`)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	op := &operation.Op{Kind: operation.Call, Method: "tools/call", Name: "send_mail",
		Arguments: []byte(fmt.Sprintf(`{"to": %s, "from": %q}`, review2List(2400, `"x"`), strings.Repeat("€", 512<<10)))}
	start := time.Now()
	d := pol.Decide(alice, op)
	if el := time.Since(start); el > time.Second {
		t.Errorf("one decision on %d bytes: %v (%v)", len(op.Arguments), el.Round(time.Millisecond), d.Outcome)
	}
}
