package redislimit

import (
	"context"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/redis/go-redis/v9"
)

// TestOptionsNowBreakerAndLocal: with Redis down, the breaker's cooldown
// and the FailLocal fallback (Local.Now nil takes Now) follow Options.Now.
func TestOptionsNowBreakerAndLocal(t *testing.T) {
	c := redis.NewClient(&redis.Options{ContextTimeoutEnabled: true, Addr: closedAddr(t), DialTimeout: 100 * time.Millisecond, MaxRetries: -1, DialerRetries: 1})
	t.Cleanup(func() { _ = c.Close() })
	clock := testcheck.NewClock(time.Now())
	var states []BreakerState
	r, err := New(Options{
		Client: c, FailureMode: FailLocal, BreakerFailures: 2, BreakerCooldown: time.Hour, Now: clock.Now,
		OnStateChange: func(s StateChange) { states = append(states, s.To) },
	})
	if err != nil {
		t.Fatal(err)
	}
	l := ratelimit.Limit{Rate: 1, Period: time.Hour}
	allow := func(want bool) {
		t.Helper()
		res, err := r.Allow(context.Background(), "k", l, 1)
		if err != nil || res.Allowed != want {
			t.Fatalf("Allow: %+v %v, want allowed %v", res, err, want)
		}
	}
	allow(true)  // Redis fails; the local limiter allows
	allow(false) // fails again, the breaker opens; local denies
	allow(false) // open: Redis not asked
	if r.State() != BreakerOpen || len(states) != 1 {
		t.Fatalf("state %v, transitions %v", r.State(), states)
	}
	clock.Add(2 * time.Hour)
	// The fake clock passed both the breaker's cooldown (a probe, which
	// fails) and the local limiter's period (allowed again).
	allow(true)
	want := []BreakerState{BreakerOpen, BreakerHalfOpen, BreakerOpen}
	if len(states) != len(want) || states[1] != want[1] || states[2] != want[2] {
		t.Fatalf("transitions %v, want %v", states, want)
	}
}

// TestOptionsNowDenialCache: a denial Redis gave is answered locally
// until the fake clock passes its retry time, then Redis is asked again.
func TestOptionsNowDenialCache(t *testing.T) {
	clock := testcheck.NewClock(time.Now())
	rl, _, hook := testRedis(t, func(o *Options) { o.Now = clock.Now })
	l := ratelimit.Limit{Rate: 1, Period: time.Hour}
	ctx := context.Background()
	if res, err := rl.Allow(ctx, "d", l, 1); err != nil || !res.Allowed {
		t.Fatalf("first: %+v %v", res, err)
	}
	if res, err := rl.Allow(ctx, "d", l, 1); err != nil || res.Allowed {
		t.Fatalf("second: %+v %v", res, err)
	}
	before := hook.n.Load()
	if res, _ := rl.Allow(ctx, "d", l, 1); res.Allowed || hook.n.Load() != before {
		t.Fatalf("within the denial: allowed %v, %d Redis commands", res.Allowed, hook.n.Load()-before)
	}
	clock.Add(2 * time.Hour)
	// Redis's own clock has not moved: it denies again, but it was asked.
	if res, _ := rl.Allow(ctx, "d", l, 1); res.Allowed || hook.n.Load() == before {
		t.Fatalf("after the fake clock passed the denial: allowed %v, %d Redis commands", res.Allowed, hook.n.Load()-before)
	}
}
