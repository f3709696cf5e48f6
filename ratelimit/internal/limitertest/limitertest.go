// Package limitertest holds the tests that every ratelimit.Limiter passes,
// ratelimit.Memory and redislimit.Limiter alike: requests in disguise
// through the middleware (HostileRequestsAreCounted,
// HostileBatchSpendsEachCall), and CountAllowed for exactness under
// concurrency. Only tests import it.
package limitertest

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/mcpauth/mcpauth/ratelimit"
)

// CountAllowed makes attempts decisions of cost 1 on key from goroutines
// goroutines at once, and returns how many were allowed and the first
// error, if any.
func CountAllowed(ctx context.Context, lim ratelimit.Limiter, key string, limit ratelimit.Limit, goroutines, attempts int) (int64, error) {
	var next, allowed atomic.Int64
	var mu sync.Mutex
	var first error
	var wg sync.WaitGroup
	for range goroutines {
		wg.Go(func() {
			for next.Add(1) <= int64(attempts) {
				res, err := lim.Allow(ctx, key, limit, 1)
				if err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
				if res.Allowed {
					allowed.Add(1)
				}
			}
		})
	}
	wg.Wait()
	return allowed.Load(), first
}
