package redislimit

import (
	"context"
	"errors"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/internal/limitertest"
)

// countHook counts commands sent to Redis.
type countHook struct{ n atomic.Int64 }

func (h *countHook) DialHook(next redis.DialHook) redis.DialHook { return next }
func (h *countHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		h.n.Add(1)
		return next(ctx, cmd)
	}
}
func (h *countHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		h.n.Add(int64(len(cmds)))
		return next(ctx, cmds)
	}
}

// testRedis returns a limiter on the test Redis (real, or miniredis) with
// a key prefix of its own, and the client's command counter.
func testRedis(t *testing.T, mod func(*Options)) (*Limiter, *redis.Client, *countHook) {
	t.Helper()
	url := testenv.Redis(t)
	prefix := testenv.Unique("rl:")
	testenv.CleanRedis(t, url, prefix)
	opts, _ := redis.ParseURL(url)
	opts.ContextTimeoutEnabled = true
	c := redis.NewClient(opts)
	t.Cleanup(func() { _ = c.Close() })
	hook := &countHook{}
	c.AddHook(hook)
	o := Options{Client: c, Prefix: prefix, Timeout: 2 * time.Second, FailureMode: FailClosed}
	if mod != nil {
		mod(&o)
	}
	r, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return r, c, hook
}

// The memory and Redis limiters give the same answers for the same
// sequence of requests at the same times (miniredis lets the test set
// Redis's clock).
func TestMemoryAndRedisAgree(t *testing.T) {
	mr := miniredis.RunT(t)
	c := redis.NewClient(&redis.Options{ContextTimeoutEnabled: true, Addr: mr.Addr()})
	defer c.Close()
	rl, err := New(Options{Client: c, Timeout: time.Second, FailureMode: FailClosed})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_800_000_000, 123_456_000)
	mem := ratelimit.NewMemory(ratelimit.MemoryOptions{Now: func() time.Time { return now }})
	limits := []ratelimit.Limit{{Rate: 10, Period: time.Second, Burst: 3}, {Rate: 7, Period: time.Minute}, {Rate: 1000, Period: time.Hour, Burst: 50}}
	keys := []string{"a", "b", "c"}
	rnd := rand.New(rand.NewPCG(1, 2))
	ctx := context.Background()
	for i := range 2000 {
		now = now.Add(time.Duration(rnd.IntN(400_000)) * time.Microsecond)
		mr.SetTime(now)
		k := rnd.IntN(len(keys))
		l := limits[k]
		cost := 1 + rnd.IntN(2)
		want, err1 := mem.Allow(ctx, keys[k], l, cost)
		rl.denials.init(1) // compare Redis's own answers, not the local denial cache
		got, err2 := rl.Allow(ctx, keys[k], l, cost)
		if err1 != nil || err2 != nil || got != want {
			t.Fatalf("step %d (key %s, cost %d, t=%v):\nmemory %+v %v\nredis  %+v %v", i, keys[k], cost, now, want, err1, got, err2)
		}
	}
}

// Against a real Redis (its own clock), a burst-only sequence gives the
// same decisions as memory.
func TestRedisSequenceMatchesMemory(t *testing.T) {
	rl, _, _ := testRedis(t, nil)
	mem := ratelimit.NewMemory(ratelimit.MemoryOptions{})
	l := ratelimit.Limit{Rate: 20, Period: time.Hour, Burst: 5}
	ctx := context.Background()
	for i, cost := range []int{1, 2, 1, 1, 1, 2, 1, 3, 1} {
		want, _ := mem.Allow(ctx, "seq", l, cost)
		rl.denials.init(1)
		got, err := rl.Allow(ctx, "seq", l, cost)
		if err != nil || got.Allowed != want.Allowed || got.Remaining != want.Remaining {
			t.Fatalf("step %d cost %d: redis %+v %v, memory %+v", i, cost, got, err, want)
		}
	}
}

func TestRedisExactUnderConcurrency(t *testing.T) {
	rl, _, _ := testRedis(t, nil)
	allowed, err := limitertest.CountAllowed(context.Background(), rl, "hot", ratelimit.Limit{Rate: 100, Period: time.Hour}, 64, 320)
	if err != nil || allowed != 100 {
		t.Fatalf("64 goroutines, 320 attempts against 100/h: %d allowed, %v", allowed, err)
	}
}

// A flood from one key over its limit costs Redis about one call per retry
// interval: the denial is remembered locally, and denials write nothing.
func TestFloodCostsAHandfulOfRedisCalls(t *testing.T) {
	rl, c, hook := testRedis(t, nil)
	l := ratelimit.Limit{Rate: 5, Period: time.Hour} // retry interval: 12 minutes
	ctx := context.Background()
	allowed := 0
	for range 5 {
		if r, _ := rl.Allow(ctx, "flood", l, 1); r.Allowed {
			allowed++
		}
	}
	stored, _ := c.Get(ctx, rl.prefix+"flood").Result()
	before := hook.n.Load()
	for range 10000 {
		r, err := rl.Allow(ctx, "flood", l, 1)
		if err != nil || r.Allowed || r.RetryAfter <= 0 {
			t.Fatalf("flood request: %+v %v", r, err)
		}
	}
	calls := hook.n.Load() - before
	if allowed != 5 || calls > 3 {
		t.Fatalf("allowed %d; %d Redis commands for 10000 denied requests (want a handful)", allowed, calls)
	}
	if after, _ := c.Get(ctx, rl.prefix+"flood").Result(); after != stored {
		t.Fatalf("a denial wrote to Redis: %q -> %q", stored, after)
	}
	// A smaller request than the one denied is not answered locally.
	l2 := ratelimit.Limit{Rate: 4, Period: time.Hour, Burst: 4}
	_, _ = rl.Allow(ctx, "big", l2, 3)
	if r, _ := rl.Allow(ctx, "big", l2, 2); r.Allowed {
		t.Fatal("cost 2 after 3 of 4 spent")
	}
	if r, _ := rl.Allow(ctx, "big", l2, 1); !r.Allowed {
		t.Fatal("a cost-1 request was denied by the cost-2 denial")
	}
}

// closedAddr returns an address nothing listens on.
func closedAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func deadLimiter(t *testing.T, mode FailureMode, events *[]StateChange, mu *sync.Mutex) *Limiter {
	t.Helper()
	c := redis.NewClient(&redis.Options{ContextTimeoutEnabled: true, Addr: closedAddr(t), DialTimeout: 100 * time.Millisecond, MaxRetries: -1, DialerRetries: 1})
	t.Cleanup(func() { _ = c.Close() })
	r, err := New(Options{
		Client: c, FailureMode: mode, BreakerFailures: 3, BreakerCooldown: time.Hour,
		OnStateChange: func(s StateChange) {
			mu.Lock()
			*events = append(*events, s)
			mu.Unlock()
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestFailureModesWithRedisDown(t *testing.T) {
	ctx := context.Background()
	l := ratelimit.Limit{Rate: 3, Period: time.Hour}
	for _, mode := range []FailureMode{FailLocal, FailClosed, FailOpen} {
		t.Run(mode.String(), func(t *testing.T) {
			var mu sync.Mutex
			var events []StateChange
			r := deadLimiter(t, mode, &events, &mu)
			allowed := 0
			for i := range 10 {
				res, err := r.Allow(ctx, "k", l, 1)
				switch mode {
				case FailClosed:
					if !errors.Is(err, ErrUnavailable) {
						t.Fatalf("call %d: %v, want ErrUnavailable", i, err)
					}
				default:
					if err != nil {
						t.Fatalf("call %d: %v", i, err)
					}
				}
				if res.Allowed {
					allowed++
				}
			}
			want := map[FailureMode]int{FailLocal: 3, FailClosed: 0, FailOpen: 10}[mode]
			if allowed != want {
				t.Fatalf("allowed %d of 10, want %d", allowed, want)
			}
			mu.Lock()
			defer mu.Unlock()
			if r.State() != BreakerOpen || len(events) != 1 || events[0].To != BreakerOpen || events[0].Mode != mode || events[0].Err == nil {
				t.Fatalf("state %v, events %+v", r.State(), events)
			}
		})
	}
}

func TestBreakerHalfOpenAndRecovery(t *testing.T) {
	var b breaker
	b.failures, b.cooldown = 2, time.Second
	var got []BreakerState
	note := func(s StateChange) { got = append(got, s.To) }
	t0 := time.Now()
	b.failure(t0, errors.New("x"), note)
	if !b.allow(t0, note) {
		t.Fatal("one failure opened the breaker")
	}
	b.failure(t0, errors.New("x"), note)
	if b.allow(t0.Add(500*time.Millisecond), note) {
		t.Fatal("open breaker let a call through within the cooldown")
	}
	if !b.allow(t0.Add(2*time.Second), note) {
		t.Fatal("no probe after the cooldown")
	}
	if b.allow(t0.Add(2*time.Second), note) {
		t.Fatal("a second probe while one is out")
	}
	b.failure(t0.Add(2*time.Second), errors.New("x"), note) // probe failed: open again
	if !b.allow(t0.Add(4*time.Second), note) {
		t.Fatal("no second probe")
	}
	b.success(note)
	want := []BreakerState{BreakerOpen, BreakerHalfOpen, BreakerOpen, BreakerHalfOpen, BreakerClosed}
	if len(got) != len(want) {
		t.Fatalf("transitions %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("transitions %v, want %v", got, want)
		}
	}
}

func TestRedisCallerCancellationIsNotARedisFailure(t *testing.T) {
	rl, _, _ := testRedis(t, func(o *Options) { o.BreakerFailures = 1 })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := rl.Allow(ctx, "k", ratelimit.PerMinute(5), 1); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled caller: %v", err)
	}
	if rl.State() != BreakerClosed {
		t.Fatal("a canceled caller opened the breaker")
	}
}

func TestNewRedisValidates(t *testing.T) {
	if _, err := New(Options{}); err == nil {
		t.Error("no client accepted")
	}
	c := redis.NewClient(&redis.Options{ContextTimeoutEnabled: true, Addr: closedAddr(t)})
	defer c.Close()
	if _, err := New(Options{Client: c, FailureMode: FailureMode(9)}); err == nil {
		t.Error("unknown failure mode accepted")
	}
	plain := redis.NewClient(&redis.Options{Addr: closedAddr(t)})
	defer plain.Close()
	if _, err := New(Options{Client: plain}); err == nil {
		t.Error("a client that ignores context deadlines accepted")
	}
}

// A caller that gives up during the half-open probe must not leave the
// breaker stuck half-open.
func TestCanceledProbeDoesNotWedgeBreaker(t *testing.T) {
	mr := miniredis.RunT(t)
	c := redis.NewClient(&redis.Options{ContextTimeoutEnabled: true, Addr: mr.Addr(), MaxRetries: -1})
	defer c.Close()
	clock := testcheck.NewClock(time.Now())
	rl, err := New(Options{Client: c, FailureMode: FailClosed, BreakerFailures: 1, BreakerCooldown: 50 * time.Millisecond, Now: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	mr.SetError("LOADING")
	if _, err := rl.Allow(context.Background(), "k", ratelimit.PerMinute(5), 1); !errors.Is(err, ErrUnavailable) || rl.State() != BreakerOpen {
		t.Fatalf("first failure: %v, %v", err, rl.State())
	}
	mr.SetError("")
	clock.Add(60 * time.Millisecond) // past the cooldown
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	_, _ = rl.Allow(canceled, "k", ratelimit.PerMinute(5), 1) // the probe, abandoned
	if _, err := rl.Allow(context.Background(), "k", ratelimit.PerMinute(5), 1); err != nil || rl.State() != BreakerClosed {
		t.Fatalf("after an abandoned probe: %v, breaker %v", err, rl.State())
	}
}

// Through the middleware of package ratelimit, a FailClosed limiter whose
// Redis is down answers 503 with a Retry-After, and calls nothing.
func TestFailClosedThroughMiddlewareIs503(t *testing.T) {
	var mu sync.Mutex
	var events []StateChange
	rl := deadLimiter(t, FailClosed, &events, &mu)
	m, err := ratelimit.New(rl, ratelimit.Options{Policies: []ratelimit.Policy{{Name: "ip", Limit: ratelimit.PerMinute(5), Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	h := m.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		t.Error("the handler ran with the limiter unavailable")
	}))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/mcp", nil))
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
		t.Fatalf("%d %v, want 503 with Retry-After", w.Code, w.Header())
	}
}
