package celrule_test

import "testing"

// TestReview2LargeIntegersCompareExactly: a JSON integer past the int
// range (2^63 and up) is decoded as the nearest double, and CEL compares
// a double with an int or a uint by converting the integer to a double:
// 9223372036854775808 then equals 9223372036854775807 and is not greater
// than it, and 10000000000000000500 (a uint64 a tool may well read) is
// within "<= 10000000000000000000u". A bound on a uint64 argument passes
// values over it. Decoding the integers of (MaxInt64, MaxUint64] as uint
// makes these comparisons exact.
func TestReview2LargeIntegersCompareExactly(t *testing.T) {
	for _, c := range []struct {
		expr, args string
		want       bool
	}{
		{`args.n == 9223372036854775807`, `{"n": 9223372036854775808}`, false},
		{`args.n > 9223372036854775807`, `{"n": 9223372036854775808}`, true},
		{`args.n <= 10000000000000000000u`, `{"n": 10000000000000000500}`, false},
		{`args.n > 10000000000000000000u`, `{"n": 10000000000000000500}`, true},
		{`args.n != 18446744073709551615u`, `{"n": 18446744073709551615}`, false},
	} {
		ok, err := compile(t, c.expr).Holds(alice, call("x", c.args))
		if err != nil || ok != c.want {
			t.Errorf("%s for %s: %v, %v; want %v", c.expr, c.args, ok, err, c.want)
		}
	}
}
