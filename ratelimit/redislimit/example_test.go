package redislimit_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/redislimit"
)

// Two requests a minute per client address, counted in Redis (here an
// in-process miniredis), so that every replica shares the quota: the
// third is answered 429.
func Example() {
	mr, err := miniredis.Run()
	if err != nil {
		panic(err)
	}
	defer mr.Close()
	client := redis.NewClient(&redis.Options{Addr: mr.Addr(), ContextTimeoutEnabled: true})
	defer client.Close()

	limiter, err := redislimit.New(redislimit.Options{Client: client})
	if err != nil {
		panic(err)
	}
	lim, err := ratelimit.New(limiter, ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerMinute(2), Key: ratelimit.ByClientIP(nil)},
	}})
	if err != nil {
		panic(err)
	}
	h := lim.Handler(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {}))
	for range 3 {
		r := httptest.NewRequest(http.MethodGet, "/mcp", nil)
		r.RemoteAddr = "192.0.2.7:4711"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		fmt.Println(w.Code, strings.Split(w.Header().Get("RateLimit"), ";t=")[0])
	}
	keys := mr.Keys()
	fmt.Println(len(keys), strings.HasPrefix(keys[0], redislimit.DefaultPrefix))
	// Output:
	// 200 "ip";r=1
	// 200 "ip";r=0
	// 429 "ip";r=0
	// 1 true
}

// A FailClosed limiter refuses while Redis is down (the middleware answers
// 503); FailLocal, the default, would decide with per-replica limits.
func ExampleLimiter_Allow() {
	mr, err := miniredis.Run()
	if err != nil {
		panic(err)
	}
	defer mr.Close()
	client := redis.NewClient(&redis.Options{Addr: mr.Addr(), ContextTimeoutEnabled: true, MaxRetries: -1})
	defer client.Close()
	limiter, err := redislimit.New(redislimit.Options{Client: client, FailureMode: redislimit.FailClosed})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	res, err := limiter.Allow(ctx, "alice", ratelimit.PerMinute(2), 1)
	fmt.Println(res.Allowed, res.Remaining, err)
	mr.Close() // Redis goes away
	_, err = limiter.Allow(ctx, "alice", ratelimit.PerMinute(2), 1)
	fmt.Println(err)
	// Output:
	// true 1 <nil>
	// redislimit: limiter unavailable
}
