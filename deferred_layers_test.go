package mcpauth_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/ratelimit"
)

func deferredLimiter(t *testing.T, name string, l ratelimit.Limit) *ratelimit.Middleware {
	t.Helper()
	m, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: name, Limit: l, Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTwoLimitersInFrontOfTheGate: two limiters in front of the gate each charge a batch in full,
// and their headers list each policy once with the final remaining.
func TestTwoLimitersInFrontOfTheGate(t *testing.T) {
	gate, key := aliceGate(t)
	a := deferredLimiter(t, "a", ratelimit.PerHour(10))
	b := deferredLimiter(t, "b", ratelimit.PerHour(20))
	ran := 0
	h := a.Handler(b.Handler(gate.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { ran++ }))))
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(deferBatch(4)))
	r.Header.Set("X-API-Key", key)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	got := w.Header().Get("RateLimit")
	t.Logf("%d RateLimit=%q RateLimit-Policy=%q", w.Code, got, w.Header().Get("RateLimit-Policy"))
	if w.Code != 200 || ran != 1 || !strings.HasPrefix(got, `"a";r=6;`) || !strings.Contains(got, `, "b";r=16;`) {
		t.Fatalf("got %d ran=%d RateLimit=%q", w.Code, ran, got)
	}
}

// TestWrappedDeferredBodyFailsLoudly: a layer wrapping the deferred body (MaxBytesReader, a counting
// reader) between the limiter and the gate makes the parse fail (400), it
// does not skip the deferred charge.
func TestWrappedDeferredBodyFailsLoudly(t *testing.T) {
	gate, key := aliceGate(t)
	ip := deferredLimiter(t, "ip", ratelimit.PerHour(5))
	wrap := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
			next.ServeHTTP(w, r)
		})
	}
	ran := 0
	h := ip.Handler(wrap(gate.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { ran++ }))))
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(deferBatch(20)))
	r.Header.Set("X-API-Key", key)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	t.Logf("%d %s", w.Code, w.Body)
	if ran != 0 || w.Code < 400 {
		t.Fatalf("a wrapped deferred body: %d, handler ran %d", w.Code, ran)
	}
}

// TestDeferBranchesDoNotAlias: Defer twice on one request from two branches: no hook is shared
// or lost.
func TestDeferBranchesDoNotAlias(t *testing.T) {
	var calls []string
	hook := func(s string) operation.Hook {
		return func(http.ResponseWriter, *http.Request, *operation.Request) bool {
			calls = append(calls, s)
			return true
		}
	}
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody))
	r1 := operation.Defer(r, hook("A"))
	r1 = operation.Defer(r1, hook("B"))
	r2 := operation.Defer(r1, hook("C")) // cap 2, len 2
	r3 := operation.Defer(r1, hook("D"))
	_ = r2
	if _, _, ok := operation.Require(httptest.NewRecorder(), r3); !ok {
		t.Fatal("refused")
	}
	if strings.Join(calls, "") != "ABD" {
		t.Fatalf("hooks %v, want A B D", calls)
	}
}

// TestSameNamePoliciesInTwoLayersKeepTheirItems: two limiters in front of
// the gate with a policy of the same name (names are unique per Middleware
// only). When the second step replaced the first step's items by string
// search, the inner layer's "ip";r=5;t=10 was found inside the outer's
// "ip";r=5;t=1000 and corrupted it; now each layer writes its items once,
// when its whole charge is known.
func TestSameNamePoliciesInTwoLayersKeepTheirItems(t *testing.T) {
	gate, key := aliceGate(t)
	outer := deferredLimiter(t, "ip", ratelimit.Limit{Rate: 10, Period: 2000 * time.Second})
	inner := deferredLimiter(t, "ip", ratelimit.Limit{Rate: 6, Period: 60 * time.Second})
	h := outer.Handler(inner.Handler(gate.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))))
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(deferBatch(5)))
	r.Header.Set("X-API-Key", key)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	got := w.Header().Get("RateLimit")
	t.Logf("%d RateLimit=%q", w.Code, got)
	items := strings.Split(got, ", ")
	if len(items) != 2 || items[0] != `"ip";r=5;t=1000` || items[1] != `"ip";r=1;t=50` {
		t.Fatalf("after a batch of 5: RateLimit = %q, want %q", got, `"ip";r=5;t=1000, "ip";r=1;t=50`)
	}
}
