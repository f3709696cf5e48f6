package celrule

import (
	"regexp"
	"regexp/syntax"

	"github.com/google/cel-go/common/operators"
	"github.com/google/cel-go/common/overloads"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/common/types/traits"
	"github.com/google/cel-go/interpreter"
)

// Runtime costs.
//
// CEL charges a call by the sizes of its operands only when the checker
// resolved it to one overload: args is map(string, dyn), so an operator
// over two argument values is dispatched at evaluation and charged 1
// whatever it scans or copies. And for the overloads it does charge,
// CEL measures a string with String.Size, which counts its runes: a
// scan of the whole string to charge one comparison.
//
// costs charges every call instead, by what the call may scan, copy or
// allocate. CEL's cost tracker (interpreter.CostTracker.costCall) asks
// the overload trackers first, of which the standard library registers
// none, then the estimator, and measures nothing itself when the
// estimator answers, as CallCost always does. A call costs 1, plus one
// unit per bytesPerUnit bytes of the strings and bytes involved,
// measured by their length in bytes (len, in constant time), and one per
// list or map element involved.
type costs struct {
	limit uint64
	// regex is what one matches call costs per unit of the string's
	// length, by literal pattern (the only patterns Compile accepts).
	regex map[string]uint64
}

const (
	// bytesPerUnit is how many bytes of a string are scanned or copied
	// for one unit, as in CEL's own model (StringTraversalCostFactor).
	bytesPerUnit = 10
	// zoneCost is what a timestamp accessor with a time zone name
	// (getHours("Europe/Paris")) costs on top: it loads the zone from
	// the system's database, some 10 to 30 µs.
	zoneCost = 50
)

var _ interpreter.ActualCostEstimator = (*costs)(nil)

// CallCost implements interpreter.ActualCostEstimator: it returns a cost
// for every call, so that CEL never falls back to its own measure.
func (c *costs) CallCost(function, _ string, args []ref.Val, result ref.Val) *uint64 {
	n := c.call(function, args, result)
	if n < uint64(len(smallCosts)) {
		return &smallCosts[n] // no allocation for the usual costs
	}
	p := new(uint64) // (&n would move n to the heap for every call)
	*p = n
	return p
}

// smallCosts holds the costs 0 to 255, which CallCost returns pointers
// to. They are only read.
var smallCosts = func() (c [256]uint64) {
	for i := range c {
		c[i] = uint64(i)
	}
	return c
}()

func (c *costs) call(function string, args []ref.Val, result ref.Val) uint64 {
	switch function {
	case operators.Equals, operators.NotEquals:
		if len(args) == 2 {
			return 1 + equalUnits(args[0], args[1], c.limit)
		}
	case operators.Less, operators.LessEquals, operators.Greater, operators.GreaterEquals:
		if len(args) == 2 { // strings and bytes compare up to the shorter
			return 1 + units(min(byteLen(args[0]), byteLen(args[1])))
		}
	case operators.In, operators.OldIn:
		if len(args) == 2 {
			return c.in(args[0], args[1])
		}
	case operators.Index:
		if len(args) == 2 { // a map hashes the key; a list index is an int
			return 1 + units(byteLen(args[1]))
		}
	case overloads.Size:
		if len(args) == 1 { // counts a string's runes; others know their size
			return 1 + units(byteLen(args[0]))
		}
	case overloads.StartsWith, overloads.EndsWith:
		if len(args) == 2 {
			return 1 + units(min(byteLen(args[0]), byteLen(args[1])))
		}
	case overloads.Matches:
		if len(args) == 2 {
			return c.matches(args[0], args[1])
		}
	case operators.Add:
		if len(args) == 2 {
			if _, ok := args[0].(traits.Lister); ok {
				// Lists are joined without copying, and a
				// comprehension's accumulator appends the right one.
				return 1 + elems(args[1])
			}
		}
	case overloads.TypeConvertDyn:
		if len(args) == 1 { // the identity; what an index by a computed key hashes
			return 1 + units(byteLen(args[0]))
		}
	case overloads.TypeConvertType:
		return 1
	case overloads.TimeGetFullYear, overloads.TimeGetMonth, overloads.TimeGetDayOfYear,
		overloads.TimeGetDate, overloads.TimeGetDayOfMonth, overloads.TimeGetDayOfWeek,
		overloads.TimeGetHours, overloads.TimeGetMinutes, overloads.TimeGetSeconds,
		overloads.TimeGetMilliseconds:
		if len(args) == 2 {
			if tz, ok := args[1].(types.String); ok {
				return 1 + zoneCost + units(len(tz))
			}
		}
	}
	// Anything else (concatenation, contains, conversions, arithmetic):
	// what it reads and what it makes.
	n := byteLen(result)
	for _, a := range args {
		n += byteLen(a)
	}
	return 1 + units(n)
}

// in is the cost of x in coll: a list compares x with its elements in
// turn, a map looks x up.
func (c *costs) in(x, coll ref.Val) uint64 {
	switch coll := coll.(type) {
	case traits.Lister:
		switch x.(type) {
		case types.String, types.Bytes, traits.Lister, traits.Mapper:
		default: // each comparison is constant
			return 1 + elems(coll)
		}
		n := uint64(1)
		for it := coll.Iterator(); n <= c.limit && it.HasNext() == types.True; {
			n += 1 + equalUnits(x, it.Next(), c.limit-n)
		}
		return n
	case traits.Mapper:
		return 1 + units(byteLen(x))
	}
	return 1
}

// matches is the cost of s.matches(pattern), as CEL charges it when it
// knows the string: the string's length times the pattern's, except
// that the pattern counts by the size of the program it compiles to
// when that is larger ("(a|aa?){1000}" is short).
func (c *costs) matches(s, pattern ref.Val) uint64 {
	per, ok := c.regex[string(asString(pattern))]
	if !ok {
		per = patternUnits(string(asString(pattern)), 0)
	}
	return safeMul(units(1+byteLen(s)), per)
}

// matcher compiles literal patterns once, when the program is made, and
// refuses a match whose own cost is over the limit before running it:
// RE2 is linear in the length of the string, but a long string and a
// large pattern still make one call expensive, and CEL charges a call
// only once it has returned. The evaluation then stops as it does when
// the cost tracker finds the limit exceeded.
func (c *costs) matcher() *interpreter.RegexOptimization {
	return &interpreter.RegexOptimization{
		Function:   overloads.Matches,
		RegexIndex: 1,
		Factory: func(call interpreter.InterpretableCall, pattern string) (interpreter.InterpretableCall, error) {
			re, err := regexp.Compile(pattern)
			if err != nil {
				return nil, err
			}
			return interpreter.NewCall(call.ID(), call.Function(), call.OverloadID(), call.Args(), func(args ...ref.Val) ref.Val {
				if len(args) != 2 {
					return types.NoSuchOverloadErr()
				}
				s, ok := args[0].(types.String)
				if !ok {
					return types.MaybeNoSuchOverloadErr(args[0])
				}
				if c.matches(s, args[1]) > c.limit {
					panic(interpreter.EvalCancelledError{Cause: interpreter.CostLimitExceeded, Message: "operation cancelled: actual cost limit exceeded"})
				}
				return types.Bool(re.MatchString(string(s)))
			}), nil
		},
	}
}

// patternUnits is what a match with pattern costs per unit of the
// string: a quarter of the pattern's length (CEL's
// RegexStringLengthCostFactor), or of insts, the size of its compiled
// program, when larger.
func patternUnits(pattern string, insts int) uint64 {
	return max(uint64(max(len(pattern), insts)+3)/4, 1)
}

// programSize is the number of instructions pattern compiles to.
func programSize(pattern string) (int, error) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return 0, err
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return 0, err
	}
	return len(prog.Inst), nil
}

// equalUnits bounds the work of comparing a and b for equality, beyond
// the call: strings and bytes are compared up to the shorter, lists and
// maps of the same size element by element, down to the smaller of the
// two; values of different kinds, numbers, booleans, timestamps... at
// once. It is at most about max+1, and takes time in proportion to what
// it returns.
func equalUnits(a, b ref.Val, max uint64) uint64 {
	switch a := a.(type) {
	case types.String, types.Bytes:
		return units(min(byteLen(a), byteLen(b)))
	case traits.Lister:
		b, ok := b.(traits.Lister)
		if !ok || a.Size() != b.Size() {
			return 0
		}
	case traits.Mapper:
		b, ok := b.(traits.Mapper)
		if !ok || a.Size() != b.Size() {
			return 0
		}
	default:
		return 0
	}
	// Measure the two up to a bound that grows, so that a large value
	// compared with a small one is not walked through.
	for bound := uint64(64); ; bound *= 4 {
		ma, mb := measure(a, bound), measure(b, bound)
		if ma < bound || mb < bound || bound > max {
			return min(ma, mb)
		}
	}
}

// measure is the size of v in units, elements and bytes of strings down
// its lists and maps, or about max when that is larger; it takes time in
// proportion to what it returns. It walks the arguments and claims as
// they were decoded (lists of []any, maps of map[string]any), without
// making CEL values of them.
func measure(v any, max uint64) uint64 {
	var n uint64
	switch v := v.(type) {
	case types.String:
		return units(len(v))
	case types.Bytes:
		return units(len(v))
	case string:
		return units(len(v))
	case []any:
		for _, e := range v {
			if n >= max {
				break
			}
			n += 1 + measure(e, max-n)
		}
	case []ref.Val:
		for _, e := range v {
			if n >= max {
				break
			}
			n += 1 + measure(e, max-n)
		}
	case []string:
		for _, e := range v {
			if n >= max {
				break
			}
			n += 1 + units(len(e))
		}
	case map[string]any:
		for k, e := range v {
			if n >= max {
				break
			}
			n += 1 + units(len(k))
			if n < max {
				n += measure(e, max-n)
			}
		}
	case traits.Lister:
		switch native := v.Value().(type) {
		case []any, []ref.Val, []string:
			return measure(native, max)
		}
		for it := v.Iterator(); n < max && it.HasNext() == types.True; {
			n += 1 + measure(it.Next(), max-n)
		}
	case traits.Mapper:
		if native, ok := v.Value().(map[string]any); ok {
			return measure(native, max)
		}
		for it := v.Iterator(); n < max && it.HasNext() == types.True; {
			k := it.Next()
			n += 1 + measure(k, max-n)
			if n < max {
				n += measure(v.Get(k), max-n)
			}
		}
	}
	return n
}

// byteLen is the length in bytes of a string or bytes value, else 0.
func byteLen(v ref.Val) int {
	switch v := v.(type) {
	case types.String:
		return len(v)
	case types.Bytes:
		return len(v)
	}
	return 0
}

func asString(v ref.Val) types.String {
	s, _ := v.(types.String)
	return s
}

// elems is the number of elements of a list or map, else 0.
func elems(v ref.Val) uint64 {
	var size ref.Val
	switch v := v.(type) {
	case traits.Lister:
		size = v.Size()
	case traits.Mapper:
		size = v.Size()
	}
	n, _ := size.(types.Int)
	return uint64(max(n, 0))
}

// units is the cost of scanning n bytes.
func units(n int) uint64 {
	return uint64(n+bytesPerUnit-1) / bytesPerUnit
}

func safeMul(x, y uint64) uint64 {
	if y != 0 && x > ^uint64(0)/y {
		return ^uint64(0)
	}
	return x * y
}
