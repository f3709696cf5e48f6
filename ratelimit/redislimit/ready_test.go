package redislimit

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/ratelimit"
)

var _ mcpauth.DegradedChecker = (*Limiter)(nil)

// With Redis answering, every mode is ready and not degraded.
func TestReadyWithRedisUp(t *testing.T) {
	for _, mode := range []FailureMode{FailLocal, FailClosed, FailOpen} {
		rl, _, _ := testRedis(t, func(o *Options) { o.FailureMode = mode })
		if err := rl.Ready(context.Background()); err != nil {
			t.Errorf("%v: Ready = %v", mode, err)
		}
		if err := rl.Degraded(context.Background()); err != nil {
			t.Errorf("%v: Degraded = %v", mode, err)
		}
	}
}

// Redis on a closed port: FailClosed is not ready (its requests get 503);
// FailLocal and FailOpen serve, so they are ready and say they are
// degraded, and how.
func TestReadyWithRedisDown(t *testing.T) {
	ctx := context.Background()
	for mode, want := range map[FailureMode]string{
		FailClosed: "requests get 503 (FailClosed)",
		FailLocal:  "limits are counted per replica (FailLocal)",
		FailOpen:   "requests are not limited (FailOpen)",
	} {
		c := redis.NewClient(&redis.Options{ContextTimeoutEnabled: true, Addr: closedAddr(t), MaxRetries: -1, DialerRetries: 1})
		t.Cleanup(func() { _ = c.Close() })
		rl, err := New(Options{Client: c, FailureMode: mode})
		if err != nil {
			t.Fatal(err)
		}
		ready, degraded := rl.Ready(ctx), rl.Degraded(ctx)
		problem := ready
		if mode != FailClosed {
			if ready != nil {
				t.Errorf("%v: Ready = %v; the endpoint still serves", mode, ready)
			}
			problem = degraded
		} else if degraded != nil {
			t.Errorf("FailClosed: Degraded = %v; that is not ready, not degraded", degraded)
		}
		if problem == nil || !strings.Contains(problem.Error(), "Redis does not answer within 50ms") || !strings.Contains(problem.Error(), want) ||
			!strings.Contains(problem.Error(), "connection refused") {
			t.Errorf("%v: %v, want Redis does not answer … %s", mode, problem, want)
		}
		if rl.State() != BreakerClosed {
			t.Errorf("%v: a readiness check moved the breaker to %v", mode, rl.State())
		}
	}
}

// While the breaker is open the limiter decides without Redis, even if
// Redis answers again: that is what requests get until the cooldown ends.
// Then the PING decides, without touching the breaker, so that a
// FailClosed replica taken out of service (no requests, no probe) comes
// back; its first request probes and closes the breaker.
func TestReadyWhileTheBreakerIsOpen(t *testing.T) {
	ctx := context.Background()
	mr := miniredis.RunT(t)
	c := redis.NewClient(&redis.Options{ContextTimeoutEnabled: true, Addr: mr.Addr(), MaxRetries: -1})
	t.Cleanup(func() { _ = c.Close() })
	clock := testcheck.NewClock(time.Now())
	rl, err := New(Options{Client: c, FailureMode: FailClosed, BreakerFailures: 2, BreakerCooldown: 5 * time.Second, Now: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	local, err := New(Options{Client: c, FailureMode: FailLocal, BreakerFailures: 2, BreakerCooldown: 5 * time.Second, Now: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	l := ratelimit.PerMinute(10)
	mr.SetError("LOADING Redis is loading the dataset in memory")
	for range 2 {
		_, _ = rl.Allow(ctx, "k", l, 1)
		_, _ = local.Allow(ctx, "k", l, 1)
	}
	if rl.State() != BreakerOpen || local.State() != BreakerOpen {
		t.Fatalf("breakers %v, %v; want open", rl.State(), local.State())
	}
	mr.SetError("") // Redis is back; the breakers do not know yet
	clock.Add(time.Second)
	err = rl.Ready(ctx)
	if err == nil || !strings.Contains(err.Error(), "circuit breaker open") || !strings.Contains(err.Error(), "LOADING") ||
		!strings.Contains(err.Error(), "for 4s more") || !strings.Contains(err.Error(), "FailClosed") {
		t.Fatalf("FailClosed, breaker open: Ready = %v", err)
	}
	if err := local.Ready(ctx); err != nil {
		t.Fatalf("FailLocal, breaker open: Ready = %v", err)
	}
	if err := local.Degraded(ctx); err == nil || !strings.Contains(err.Error(), "circuit breaker open") || !strings.Contains(err.Error(), "per replica") {
		t.Fatalf("FailLocal, breaker open: Degraded = %v", err)
	}
	// Through the readiness handler: 503 for the FailClosed limiter, 200
	// degraded for the FailLocal one.
	for _, c := range []struct {
		checker mcpauth.Checker
		code    int
		status  string
	}{{rl, 503, `"status":"failed"`}, {local, 200, `"status":"degraded"`}} {
		h, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: []mcpauth.Check{{Name: "ratelimit", Checker: c.checker}}})
		if err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/ready", nil))
		if rec.Code != c.code || !strings.Contains(rec.Body.String(), c.status) {
			t.Errorf("/ready: %d %s, want %d %s", rec.Code, rec.Body, c.code, c.status)
		}
	}

	clock.Add(5 * time.Second) // past the cooldown
	if err := rl.Ready(ctx); err != nil || rl.State() != BreakerOpen {
		t.Fatalf("after the cooldown: Ready = %v, breaker %v (Ready must not move it)", err, rl.State())
	}
	if err := local.Degraded(ctx); err != nil {
		t.Fatalf("after the cooldown: Degraded = %v", err)
	}
	if _, err := rl.Allow(ctx, "k", l, 1); err != nil || rl.State() != BreakerClosed {
		t.Fatalf("the first request: %v, breaker %v", err, rl.State())
	}
}

// Ready honours its ctx, and a Limiter that New did not make is not ready.
func TestReadyCanceledAndZero(t *testing.T) {
	rl, _, _ := testRedis(t, nil) // FailClosed
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	if err := rl.Ready(canceled); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled ctx: Ready = %v", err)
	}
	for name, z := range map[string]*Limiter{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Limiter", func() {
			if err := z.Ready(context.Background()); !errors.Is(err, errNotMade) || z.Degraded(context.Background()) != nil {
				t.Errorf("%s Limiter: Ready %v, Degraded %v", name, err, z.Degraded(context.Background()))
			}
		})
	}
}
