package apikey

import (
	"context"
	"net/http/httptest"
	"testing"
)

// TestNewCachesByDefault: a store behind New was asked on every request
// unless the user knew to add NewCache; now New adds one, unless told
// not to, or the store is already a Cache or in memory.
func TestNewCachesByDefault(t *testing.T) {
	mem := NewMemoryStore()
	key, _, err := Create(context.Background(), mem, NewKey{Subject: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		cfg     func(s Store) Config
		lookups int64
	}{
		{"default", func(s Store) Config { return Config{Store: s} }, 1},
		{"disabled", func(s Store) Config { return Config{Store: s, DisableCache: true} }, 3},
		{"own cache", func(s Store) Config { return Config{Store: NewCache(s, CacheOptions{})} }, 1},
	} {
		store := &countingStore{Manager: mem}
		a, err := New(c.cfg(store))
		if err != nil {
			t.Fatal(err)
		}
		for range 3 {
			r := httptest.NewRequest("POST", "/mcp", nil)
			r.Header.Set(DefaultHeader, key)
			if _, err := a.Authenticate(r); err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
		}
		if got := store.calls.Load(); got != c.lookups {
			t.Errorf("%s: %d lookups for 3 requests, want %d", c.name, got, c.lookups)
		}
	}
	a, err := New(Config{Store: mem})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := a.store.(*MemoryStore); !ok {
		t.Errorf("a MemoryStore was wrapped in a %T", a.store)
	}
	if _, err := New(Config{Store: mem, Cache: CacheOptions{TTL: -1}}); err == nil {
		t.Error("a negative cache TTL accepted")
	}
}
