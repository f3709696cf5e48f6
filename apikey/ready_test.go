package apikey

import (
	"context"
	"errors"
	"testing"

	"github.com/mcpauth/mcpauth/internal/testcheck"
)

// checkedStore is a Store that says whether it is ready.
type checkedStore struct {
	Store
	err  error
	seen context.Context
}

func (s *checkedStore) Ready(ctx context.Context) error {
	s.seen = ctx
	return s.err
}

func TestMemoryStoreIsAlwaysReady(t *testing.T) {
	ctx := context.Background()
	for name, s := range map[string]*MemoryStore{"new": NewMemoryStore(), "zero": {}} {
		if err := s.Ready(ctx); err != nil {
			t.Errorf("%s MemoryStore: %v", name, err)
		}
	}
	var nilStore *MemoryStore
	testcheck.NoPanic(t, "nil MemoryStore.Ready", func() {
		if err := nilStore.Ready(ctx); !errors.Is(err, errNilMemoryStore) {
			t.Errorf("nil MemoryStore: %v", err)
		}
	})
}

// A Cache is as ready as its store: it asks the store when the store can
// tell, with the caller's ctx.
func TestCacheReadyAsksItsStore(t *testing.T) {
	type key struct{}
	ctx := context.WithValue(context.Background(), key{}, "probe")
	down := &checkedStore{Store: NewMemoryStore(), err: errors.New("sqlstore: connection refused")}
	if err := NewCache(down, CacheOptions{}).Ready(ctx); err == nil || err.Error() != "sqlstore: connection refused" || down.seen.Value(key{}) != "probe" {
		t.Fatalf("Cache over a store that is down: %v (ctx %v)", err, down.seen)
	}
	up := &checkedStore{Store: NewMemoryStore()}
	if err := NewCache(up, CacheOptions{}).Ready(ctx); err != nil || up.seen == nil {
		t.Fatalf("Cache over a ready store: %v", err)
	}
	// A Cache over a Cache asks the store under both.
	if err := NewCache(NewCache(down, CacheOptions{}), CacheOptions{}).Ready(ctx); err == nil {
		t.Fatal("a Cache over a Cache over a store that is down is ready")
	}
	// A store that cannot tell is taken as ready.
	cs, _ := newCounting(t)
	if err := NewCache(cs, CacheOptions{}).Ready(ctx); err != nil || cs.calls.Load() != 0 {
		t.Fatalf("Cache over a store without Ready: %v, %d lookups", err, cs.calls.Load())
	}
	for name, c := range map[string]*Cache{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Cache.Ready", func() {
			if err := c.Ready(ctx); !errors.Is(err, errNoCache) {
				t.Errorf("%s Cache: %v", name, err)
			}
		})
	}
}
