package ratelimit_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/mcpauth/mcpauth/ratelimit"
)

// Two requests a minute per client address: the third is answered 429
// with a Retry-After, and every answer says where the quota stands.
func Example() {
	lim, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
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
	// Output:
	// 200 "ip";r=1
	// 200 "ip";r=0
	// 429 "ip";r=0
}

// A Limiter answers one key's quota: GCRA, so a burst up to the limit
// passes and the rest is spread over the period.
func ExampleMemory_Allow() {
	m := ratelimit.NewMemory(ratelimit.MemoryOptions{})
	for range 3 {
		res, _ := m.Allow(context.Background(), "alice", ratelimit.PerMinute(2), 1)
		fmt.Println(res.Allowed, res.Remaining)
	}
	// Output:
	// true 1
	// true 0
	// false 0
}
