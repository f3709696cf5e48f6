package redislimit

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/ratelimit"
)

func benchRedis(b *testing.B) *Limiter {
	b.Helper()
	url := testenv.Redis(b)
	prefix := testenv.Unique("rlb:")
	testenv.CleanRedis(b, url, prefix)
	opts, _ := redis.ParseURL(url)
	opts.PoolSize = 64
	opts.ContextTimeoutEnabled = true
	c := redis.NewClient(opts)
	b.Cleanup(func() { _ = c.Close() })
	rl, err := New(Options{Client: c, Prefix: prefix, Timeout: time.Second, FailureMode: FailClosed})
	if err != nil {
		b.Fatal(err)
	}
	return rl
}

// BenchmarkAllow: one decision through Redis (MCPAUTH_TEST_REDIS, or
// miniredis), single and with 32 goroutines; "denied" is answered by the
// local denial cache after the first denial.
func BenchmarkAllow(b *testing.B) {
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		limit ratelimit.Limit
	}{{"allowed", ratelimit.Limit{Rate: 1 << 30, Period: time.Hour * 1000}}, {"denied", ratelimit.Limit{Rate: 1, Period: time.Hour}}} {
		b.Run(c.name, func(b *testing.B) {
			rl := benchRedis(b)
			_, _ = rl.Allow(ctx, "key", c.limit, 1)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := rl.Allow(ctx, "key", c.limit, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"-parallel32", func(b *testing.B) {
			rl := benchRedis(b)
			_, _ = rl.Allow(ctx, "key", c.limit, 1)
			b.SetParallelism(max(1, 32/runtime.GOMAXPROCS(0)))
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := rl.Allow(ctx, "key", c.limit, 1); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}
