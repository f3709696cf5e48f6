package redislimit

import (
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/internal/limitertest"
)

// The hostile-request suite of package ratelimit, with Redis.

func newHostileLimiter(t *testing.T) ratelimit.Limiter {
	url := testenv.Redis(t)
	prefix := testenv.Unique("rl-hostile:")
	testenv.CleanRedis(t, url, prefix)
	opts, err := redis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	opts.ContextTimeoutEnabled = true
	c := redis.NewClient(opts)
	t.Cleanup(func() { _ = c.Close() })
	rl, err := New(Options{Client: c, Prefix: prefix, Timeout: 2 * time.Second, FailureMode: FailClosed})
	if err != nil {
		t.Fatal(err)
	}
	return rl
}

func TestHostileRequestsAreCounted(t *testing.T) {
	limitertest.HostileRequestsAreCounted(t, newHostileLimiter)
}

func TestHostileBatchSpendsEachCall(t *testing.T) {
	limitertest.HostileBatchSpendsEachCall(t, newHostileLimiter)
}
