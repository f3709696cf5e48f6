package ttlcache

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestExpiry(t *testing.T) {
	c := New[string, int](100)
	now := time.Unix(1000, 0)
	c.now = func() time.Time { return now }
	c.Set("a", 1, now.Add(time.Second))
	c.Set("past", 2, now)
	if v, ok := c.Get("a"); !ok || v != 1 {
		t.Fatal("fresh entry missing")
	}
	if _, ok := c.Get("past"); ok {
		t.Fatal("entry stored with an expiry not in the future")
	}
	now = now.Add(time.Second)
	if _, ok := c.Get("a"); ok {
		t.Fatal("entry returned at its expiry")
	}
	if c.Len() != 0 {
		t.Fatal("expired entry not dropped on Get")
	}
	c.Set("b", 1, now.Add(time.Minute))
	c.Set("b", 2, now) // an update to the past drops it
	if _, ok := c.Get("b"); ok {
		t.Fatal("update with past expiry kept the entry")
	}
}

func TestCapacityAndLRU(t *testing.T) {
	c := New[int, int](shardCount * 2) // 2 per shard
	exp := time.Now().Add(time.Hour)
	for i := range 1000 {
		c.Set(i, i, exp)
	}
	if n := c.Len(); n > shardCount*2 {
		t.Fatalf("Len %d over capacity", n)
	}
	// Within one shard: the recently used entry survives.
	c = New[int, int](1) // 1 per shard
	var same []int
	s0 := c.shard(0)
	for i := 0; len(same) < 3; i++ {
		if c.shard(i) == s0 {
			same = append(same, i)
		}
	}
	s0.cap = 2
	c.Set(same[0], 0, exp)
	c.Set(same[1], 1, exp)
	c.Get(same[0])
	c.Set(same[2], 2, exp)
	if _, ok := c.Get(same[1]); ok {
		t.Fatal("least recently used entry not evicted")
	}
	if _, ok := c.Get(same[0]); !ok {
		t.Fatal("recently used entry evicted")
	}
	c.Delete(same[0])
	if _, ok := c.Get(same[0]); ok {
		t.Fatal("Delete")
	}
	c.Clear()
	if c.Len() != 0 {
		t.Fatal("Clear")
	}
}

func TestConcurrent(t *testing.T) {
	c := New[string, int](64)
	exp := time.Now().Add(time.Hour)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				k := fmt.Sprint(i % 100)
				c.Set(k, g, exp)
				c.Get(k)
				if i%50 == 0 {
					c.Delete(k)
				}
			}
		}()
	}
	wg.Wait()
	if c.Len() > 64+shardCount {
		t.Fatalf("Len %d", c.Len())
	}
}

func BenchmarkGetHit(b *testing.B) {
	c := New[[32]byte, *int](10000)
	var k [32]byte
	v := 1
	c.Set(k, &v, time.Now().Add(time.Hour))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, ok := c.Get(k); !ok {
				b.Fatal("miss")
			}
		}
	})
}
