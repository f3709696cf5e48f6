package ratelimit

import (
	"context"
	"testing"
)

// TestValidLimitsAreEnforceable: a limit Validate accepts can be enforced.
// "10/m,burst=9223372036854775807" (an operator's "unlimited burst" on a
// key record or a trusted claim) made the tolerance interval·burst
// overflow to a negative number, and the key was denied every request.
func TestValidLimitsAreEnforceable(t *testing.T) {
	for _, s := range []string{"10/m,burst=9223372036854775807", "4/4us,burst=4611686018427387904"} {
		l, err := ParseLimit(s)
		if err != nil {
			continue // refusing it is a fine answer
		}
		res, err := NewMemory(MemoryOptions{}).Allow(context.Background(), "k", l, 1)
		if err != nil {
			t.Fatalf("%s: accepted by ParseLimit, refused by Allow: %v", s, err)
		}
		if !res.Allowed {
			t.Errorf("%s: accepted by ParseLimit, yet the first request on a fresh key is denied (retry after %v)", s, res.RetryAfter)
		}
	}
}
