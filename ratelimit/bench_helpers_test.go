package ratelimit

import (
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/internal/testenv"
)

func benchRedis(b *testing.B) *Redis {
	b.Helper()
	url := testenv.Redis(b)
	prefix := testenv.Unique("rlb:")
	testenv.CleanRedis(b, url, prefix)
	opts, _ := redis.ParseURL(url)
	opts.PoolSize = 64
	opts.ContextTimeoutEnabled = true
	c := redis.NewClient(opts)
	b.Cleanup(func() { _ = c.Close() })
	rl, err := NewRedis(RedisOptions{Client: c, Prefix: prefix, Timeout: time.Second, FailureMode: FailClosed})
	if err != nil {
		b.Fatal(err)
	}
	return rl
}
