package ratelimit

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mcpauth/mcpauth/ratelimit/internal/gcra"
)

// Limit is Rate requests per Period, with up to Burst at once.
type Limit struct {
	Rate   int
	Period time.Duration
	// Burst is how many requests may arrive at once after a quiet spell;
	// 0 means Rate (the whole period's quota at once).
	Burst int
}

// PerSecond, PerMinute and PerHour return a Limit of n per period, burst n.
func PerSecond(n int) Limit { return Limit{Rate: n, Period: time.Second} }

// PerMinute returns n per minute.
func PerMinute(n int) Limit { return Limit{Rate: n, Period: time.Minute} }

// PerHour returns n per hour.
func PerHour(n int) Limit { return Limit{Rate: n, Period: time.Hour} }

// ParseLimit reads "600/m", "10/s", "5000/h", "100/d" or "30/10s" (30 per
// ten seconds); an optional ",burst=N" sets the burst: "60/m,burst=10".
func ParseLimit(s string) (Limit, error) {
	spec, burstPart, hasBurst := strings.Cut(strings.TrimSpace(s), ",")
	n, per, ok := strings.Cut(spec, "/")
	if !ok {
		return Limit{}, fmt.Errorf("ratelimit: %q: want N/unit, like 600/m", s)
	}
	rate, err := strconv.Atoi(strings.TrimSpace(n))
	if err != nil {
		return Limit{}, fmt.Errorf("ratelimit: %q: bad count", s)
	}
	var period time.Duration
	switch per = strings.TrimSpace(per); per {
	case "s", "sec", "second":
		period = time.Second
	case "m", "min", "minute":
		period = time.Minute
	case "h", "hour":
		period = time.Hour
	case "d", "day":
		period = 24 * time.Hour
	default:
		if period, err = time.ParseDuration(per); err != nil {
			return Limit{}, fmt.Errorf("ratelimit: %q: bad period", s)
		}
	}
	l := Limit{Rate: rate, Period: period}
	if hasBurst {
		v, ok := strings.CutPrefix(strings.TrimSpace(burstPart), "burst=")
		if l.Burst, err = strconv.Atoi(v); !ok || err != nil {
			return Limit{}, fmt.Errorf("ratelimit: %q: bad burst", s)
		}
	}
	return l, l.Validate()
}

// String formats l as ParseLimit reads it.
func (l Limit) String() string {
	var per string
	switch l.Period {
	case time.Second:
		per = "s"
	case time.Minute:
		per = "m"
	case time.Hour:
		per = "h"
	case 24 * time.Hour:
		per = "d"
	default:
		per = l.Period.String()
	}
	s := strconv.Itoa(l.Rate) + "/" + per
	if l.Burst != 0 && l.Burst != l.Rate {
		s += ",burst=" + strconv.Itoa(l.Burst)
	}
	return s
}

// maxTolerance bounds a limit's burst tolerance, Burst × Period/Rate, in
// µs (about 142 years): added to the current time it stays exact both in
// int64 and in the doubles Redis's Lua computes with.
const maxTolerance = 1 << 52

// Validate reports whether l can be enforced: a positive rate and burst,
// an emission interval Period/Rate of at least a microsecond, and a burst
// tolerance (Burst × Period/Rate) of at most about 142 years, beyond which
// the arithmetic would overflow.
func (l Limit) Validate() error {
	switch {
	case l.Rate <= 0:
		return fmt.Errorf("ratelimit: limit %v: rate must be positive", l)
	case l.Burst < 0:
		return fmt.Errorf("ratelimit: limit %v: burst must not be negative", l)
	case l.Period < time.Microsecond || l.Period.Microseconds()/int64(l.Rate) < 1:
		return fmt.Errorf("ratelimit: limit %v: period/rate must be at least a microsecond", l)
	case int64(l.burst()) > maxTolerance/(l.Period.Microseconds()/int64(l.Rate)):
		return fmt.Errorf("ratelimit: limit %v: burst × period/rate must not exceed %d µs", l, int64(maxTolerance))
	}
	return nil
}

func (l Limit) burst() int { return gcra.Burst(l.Rate, l.Burst) }

// params returns the emission interval and the burst tolerance in µs.
func (l Limit) params() (interval, tolerance int64) {
	return gcra.Params(l.Rate, l.Period, l.Burst)
}

// Result is the outcome of one decision.
type Result struct {
	// Allowed reports whether the request may proceed.
	Allowed bool
	// Limit is the limit that was applied.
	Limit Limit
	// Remaining is how many more requests of cost 1 would be allowed now.
	Remaining int
	// RetryAfter, when denied, is how long until the request could be
	// allowed.
	RetryAfter time.Duration
	// ResetAfter is how long until the key's quota is whole again.
	ResetAfter time.Duration
}

// Limiter decides whether a request of cost units under key is allowed by
// limit, and records it if so.
type Limiter interface {
	Allow(ctx context.Context, key string, limit Limit, cost int) (Result, error)
}

// ErrCostExceedsBurst is returned for a cost no quota could ever admit.
var ErrCostExceedsBurst = gcra.ErrCostExceedsBurst

// decide is GCRA in microseconds; the Lua script of package
// ratelimit/redislimit is its transcription.
// tat is the stored TAT (0 if none); it returns the result and the TAT to
// store (0 when nothing is to be written).
func decide(now, tat int64, l Limit, cost int) (Result, int64) {
	interval, tolerance := l.params()
	if tat < now {
		tat = now
	}
	newTAT := tat + int64(cost)*interval
	allowAt := newTAT - tolerance
	r := Result{Limit: l}
	if now < allowAt {
		r.RetryAfter = time.Duration(allowAt-now) * time.Microsecond
		r.ResetAfter = time.Duration(tat-now) * time.Microsecond
		r.Remaining = max(0, int((now+tolerance-tat)/interval))
		return r, 0
	}
	r.Allowed = true
	r.ResetAfter = time.Duration(newTAT-now) * time.Microsecond
	r.Remaining = int((now + tolerance - newTAT) / interval)
	if cost == 0 {
		return r, 0 // a query: nothing to record
	}
	return r, newTAT
}

func checkCost(l Limit, cost int) error { return gcra.CheckCost(l.burst(), cost) }
