package ratelimit_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/internal/limitertest"
)

func TestMemoryExactUnderConcurrency(t *testing.T) {
	allowed, err := limitertest.CountAllowed(context.Background(), ratelimit.NewMemory(ratelimit.MemoryOptions{}), "k", ratelimit.Limit{Rate: 100, Period: time.Hour}, 64, 640)
	if err != nil || allowed != 100 {
		t.Fatalf("64 goroutines, 640 attempts against a limit of 100: %d allowed, %v", allowed, err)
	}
}

func TestMemoryClockAndKeys(t *testing.T) {
	now := time.Unix(1000, 0)
	m := ratelimit.NewMemory(ratelimit.MemoryOptions{Now: func() time.Time { return now }})
	l := ratelimit.PerSecond(2)
	ctx := context.Background()
	for i, want := range []bool{true, true, false} {
		if r, _ := m.Allow(ctx, "a", l, 1); r.Allowed != want {
			t.Fatalf("request %d: %+v", i, r)
		}
	}
	if r, _ := m.Allow(ctx, "b", l, 1); !r.Allowed {
		t.Fatal("keys are independent")
	}
	now = now.Add(500 * time.Millisecond)
	if r, _ := m.Allow(ctx, "a", l, 1); !r.Allowed {
		t.Fatal("one interval later a request passes")
	}
	if _, err := m.Allow(ctx, "a", l, 3); err == nil {
		t.Fatal("cost over the burst accepted")
	}
	if _, err := m.Allow(ctx, "a", ratelimit.Limit{}, 1); err == nil {
		t.Fatal("invalid limit accepted")
	}
}

func TestMemoryBoundedKeys(t *testing.T) {
	now := time.Unix(1000, 0)
	m := ratelimit.NewMemory(ratelimit.MemoryOptions{MaxKeys: 640, Now: func() time.Time { return now }})
	l := ratelimit.PerMinute(10)
	for i := range 100000 {
		if _, err := m.Allow(context.Background(), fmt.Sprint("k", i), l, 1); err != nil {
			t.Fatal(err)
		}
	}
	if n := m.Len(); n > 640 {
		t.Fatalf("%d keys tracked, bound 640", n)
	}
	// Keys whose bucket is full again are dropped first, and nothing is
	// lost by it.
	now = now.Add(time.Hour)
	for i := range 10 {
		_, _ = m.Allow(context.Background(), fmt.Sprint("fresh", i), l, 1)
	}
	if r, _ := m.Allow(context.Background(), "fresh0", l, 1); !r.Allowed || r.Remaining != 8 {
		t.Fatalf("a fresh key after eviction: %+v", r)
	}
}
