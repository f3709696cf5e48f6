// Package gcra holds the arithmetic of the generic cell rate algorithm
// that every limiter of package ratelimit shares: a limit's parameters in
// integer microseconds and the check of a request's cost. ratelimit.Memory
// decides with them in Go; ratelimit/redislimit passes them to its Lua
// script, a transcription of the same decision.
package gcra

import (
	"errors"
	"time"
)

// ErrCostExceedsBurst is ratelimit.ErrCostExceedsBurst.
var ErrCostExceedsBurst = errors.New("ratelimit: cost exceeds the limit's burst")

// Burst returns burst, or rate when burst is 0: a limit's burst.
func Burst(rate, burst int) int {
	if burst == 0 {
		return rate
	}
	return burst
}

// Params returns the emission interval period/rate and the burst
// tolerance interval × Burst(rate, burst), in µs. The limit must be valid
// (ratelimit.Limit.Validate), or the results may be meaningless.
func Params(rate int, period time.Duration, burst int) (interval, tolerance int64) {
	interval = period.Microseconds() / int64(rate)
	return interval, interval * int64(Burst(rate, burst))
}

// CheckCost refuses a negative cost, and one above burst (the limit's
// burst, from Burst) that no quota could ever admit.
func CheckCost(burst, cost int) error {
	if cost < 0 {
		return errors.New("ratelimit: negative cost")
	}
	if cost > burst {
		return ErrCostExceedsBurst
	}
	return nil
}
