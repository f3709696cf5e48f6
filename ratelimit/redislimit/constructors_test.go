package redislimit

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/ratelimit"
)

func TestNewRefusesBadOptions(t *testing.T) {
	client := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", ContextTimeoutEnabled: true})
	t.Cleanup(func() { _ = client.Close() })
	noTimeouts := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1"})
	t.Cleanup(func() { _ = noTimeouts.Close() })
	var nilClient *redis.Client
	with := func(mod func(*Options)) func() error {
		return func() error {
			opts := Options{Client: client}
			mod(&opts)
			_, err := New(opts)
			return err
		}
	}
	testcheck.Refusals(t, []testcheck.Refusal{
		{"nil Client", with(func(o *Options) { o.Client = nil }), "Options.Client is required"},
		{"nil *redis.Client", with(func(o *Options) { o.Client = nilClient }), "Options.Client is required"},
		{"no ContextTimeoutEnabled", with(func(o *Options) { o.Client = noTimeouts }), "Options.Client must have ContextTimeoutEnabled"},
		{"negative Timeout", with(func(o *Options) { o.Timeout = -time.Millisecond }), "Options.Timeout is negative"},
		{"negative BreakerFailures", with(func(o *Options) { o.BreakerFailures = -1 }), "Options.BreakerFailures is negative"},
		{"negative BreakerCooldown", with(func(o *Options) { o.BreakerCooldown = -time.Second }), "Options.BreakerCooldown is negative"},
		{"negative Local.MaxKeys", with(func(o *Options) { o.Local.MaxKeys = -1 }), "Options.Local.MaxKeys is negative"},
		{"unknown FailureMode", with(func(o *Options) { o.FailureMode = 7 }), "Options.FailureMode 7"},
		{"zero Logger", with(func(o *Options) { o.Logger = &slog.Logger{} }), "Options.Logger has no handler"},
	})
}

// ratelimit.New refuses a nil or zero *Limiter at start-up, as it did the
// Redis limiter of package ratelimit, and accepts one New made.
func TestMiddlewareRefusesLimiterNewDidNotMake(t *testing.T) {
	var nilLimiter *Limiter
	pol := ratelimit.Options{Policies: []ratelimit.Policy{{Name: "p", Limit: ratelimit.PerMinute(10)}}}
	with := func(l ratelimit.Limiter) func() error {
		return func() error {
			m, err := ratelimit.New(l, pol)
			if err == nil && m == nil {
				t.Errorf("ratelimit.New returned neither a middleware nor an error")
			}
			return err
		}
	}
	testcheck.Refusals(t, []testcheck.Refusal{
		{"nil *Limiter", with(nilLimiter), "limiter is nil"},
		{"zero Limiter", with(&Limiter{}), "ratelimit: New: redislimit: Limiter not created with redislimit.New"},
	})
	client := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", ContextTimeoutEnabled: true})
	t.Cleanup(func() { _ = client.Close() })
	l, err := New(Options{Client: client})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ratelimit.New(l, pol); err != nil {
		t.Errorf("ratelimit.New(redislimit.New(…)): %v", err)
	}
}

// TestZeroValuesDoNotPanic: the zero (or nil) Limiter refuses, never
// panics, never passes.
func TestZeroValuesDoNotPanic(t *testing.T) {
	ctx := context.Background()
	for name, r := range map[string]*Limiter{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Limiter", func() {
			if res, err := r.Allow(ctx, "k", ratelimit.PerMinute(1), 1); err == nil || res.Allowed {
				t.Errorf("%s Limiter.Allow: %+v, %v", name, res, err)
			}
			if s := r.State(); s != BreakerClosed {
				t.Errorf("%s Limiter.State: %v", name, s)
			}
		})
	}
	testcheck.NoPanic(t, "odd values", func() {
		_ = BreakerState(9).String()
		_ = FailureMode(9).String()
	})
}
