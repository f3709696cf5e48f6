package redisstore_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/redisstore"
)

// TestRevocationWithTheDefaultCache_review3: apikey.New now caches every
// store but a Cache or MemoryStore (DefaultCacheTTL, 30 s). A redisstore
// user who wires the store as the README's snippet does —
// apikey.New(apikey.Config{Store: store}) — used to see a revocation at
// the next request; now the revoked key keeps working for up to 30 s on
// every replica, and there is no handle to the hidden Cache to give
// redisstore.Subscribe (the package doc says "a replica that caches
// lookups calls Subscribe"). Either New should not wrap a store that
// announces invalidations without subscribing it, or the Authenticator
// should expose its Cache, and the README/redisstore doc should say it.
func TestRevocationWithTheDefaultCache_review3(t *testing.T) {
	ctx := context.Background()
	s, _, _ := newStore(t)
	key, rec := mustCreate(t, s, apikey.NewKey{Subject: "alice"})
	auth, err := apikey.New(apikey.Config{Store: s})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("POST", "/mcp", nil)
	req.Header.Set("X-API-Key", key)
	if _, err := auth.Authenticate(req); err != nil {
		t.Fatal(err)
	}
	if err := s.Revoke(ctx, rec.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := auth.Authenticate(req); !errors.Is(err, mcpauth.ErrInvalidCredential) {
		t.Errorf("a key revoked in Redis still authenticates (err %v): apikey.New's hidden cache serves it for DefaultCacheTTL (%v), and Subscribe cannot reach that cache", err, apikey.DefaultCacheTTL)
	}
}

// tracedStore is a Store decorator (tracing, metrics) around the Cache
// the application subscribes.
type tracedStore struct{ apikey.Store }

// signalled invalidates the cache, then says so.
type signalled struct {
	cache *apikey.Cache
	ids   chan string
}

func (s signalled) Invalidate(id string) { s.cache.Invalidate(id); s.ids <- id }
func (s signalled) Clear()               { s.cache.Clear() }

// TestSubscribedCacheBehindADecorator_review3: the application did what
// the docs say — NewCache in front of the Redis store, Subscribe feeding
// it — but wraps that cache in a decorator (tracing, metrics) before
// giving it to apikey.New. New exempts only a *Cache or *MemoryStore from
// its default cache, so it puts a second, unsubscribed cache in front:
// the announced revocation reaches the inner cache and the outer one
// keeps serving the revoked key for DefaultCacheTTL.
func TestSubscribedCacheBehindADecorator_review3(t *testing.T) {
	ctx := context.Background()
	s, client, _ := newStore(t)
	key, rec := mustCreate(t, s, apikey.NewKey{Subject: "alice"})
	cache := apikey.NewCache(s, apikey.CacheOptions{})
	ids := make(chan string, 4)
	stop, err := redisstore.Subscribe(ctx, client, s.InvalidationChannel(), signalled{cache, ids})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = stop() }()
	// Documented: a Store that wraps a Cache sets DisableCache (New cannot
	// see the Cache inside it).
	auth, err := apikey.New(apikey.Config{Store: tracedStore{cache}, DisableCache: true})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("POST", "/mcp", nil)
	req.Header.Set("X-API-Key", key)
	if _, err := auth.Authenticate(req); err != nil {
		t.Fatal(err)
	}
	if err := s.Revoke(ctx, rec.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ids:
	case <-time.After(10 * time.Second):
		t.Fatal("no invalidation within 10 s")
	}
	if _, err := auth.Authenticate(req); !errors.Is(err, mcpauth.ErrInvalidCredential) {
		t.Errorf("revoked, announced and invalidated in the subscribed cache, yet the key authenticates (err %v): apikey.New added a second cache in front of the decorator", err)
	}
}
