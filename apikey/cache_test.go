package apikey

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// countingStore counts lookups and can be slowed down or broken.
type countingStore struct {
	Manager
	calls atomic.Int64
	delay time.Duration
	err   error
}

func (s *countingStore) Lookup(ctx context.Context, id string) (*Record, error) {
	s.calls.Add(1)
	if s.delay > 0 {
		select {
		case <-time.After(s.delay):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if s.err != nil {
		return nil, s.err
	}
	return s.Manager.Lookup(ctx, id)
}

func newCounting(t *testing.T) (*countingStore, *Record) {
	t.Helper()
	mem := NewMemoryStore()
	_, rec, err := Create(context.Background(), mem, NewKey{Subject: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	return &countingStore{Manager: mem}, rec
}

func TestCacheHitsAndMisses(t *testing.T) {
	cs, rec := newCounting(t)
	c := NewCache(cs, CacheOptions{TTL: time.Minute, NegativeTTL: time.Second})
	now := time.Now()
	c.now = func() time.Time { return now }
	ctx := context.Background()
	for range 3 {
		if got, err := c.Lookup(ctx, rec.ID); err != nil || got.ID != rec.ID {
			t.Fatal(err)
		}
	}
	if cs.calls.Load() != 1 {
		t.Fatalf("store calls for a cached key: %d", cs.calls.Load())
	}
	_, unknown, _ := Generate(DefaultPrefix)
	for range 3 {
		if _, err := c.Lookup(ctx, unknown); !errors.Is(err, ErrNotFound) {
			t.Fatal(err)
		}
	}
	if cs.calls.Load() != 2 {
		t.Fatalf("store calls after a negative hit: %d", cs.calls.Load())
	}
	now = now.Add(2 * time.Second) // past NegativeTTL
	_, _ = c.Lookup(ctx, unknown)
	if cs.calls.Load() != 3 {
		t.Fatalf("negative entry outlived NegativeTTL: %d calls", cs.calls.Load())
	}
	now = now.Add(time.Minute) // past TTL
	_, _ = c.Lookup(ctx, rec.ID)
	if cs.calls.Load() != 4 {
		t.Fatalf("positive entry outlived TTL: %d calls", cs.calls.Load())
	}
	c.Invalidate(rec.ID)
	_, _ = c.Lookup(ctx, rec.ID)
	if cs.calls.Load() != 5 {
		t.Fatal("Invalidate did not drop the entry")
	}
}

func TestCacheNeverOutlivesExpiry(t *testing.T) {
	mem := NewMemoryStore()
	ctx := context.Background()
	_, rec, _ := Create(ctx, mem, NewKey{Subject: "alice", ExpiresAt: time.Now().Add(10 * time.Second)})
	cs := &countingStore{Manager: mem}
	c := NewCache(cs, CacheOptions{TTL: time.Hour})
	now := time.Now()
	c.now = func() time.Time { return now }
	_, _ = c.Lookup(ctx, rec.ID)
	now = rec.ExpiresAt.Add(time.Millisecond)
	_, _ = c.Lookup(ctx, rec.ID)
	if cs.calls.Load() != 2 {
		t.Fatal("cached record reused past its ExpiresAt")
	}
}

func TestCacheSingleFlight(t *testing.T) {
	cs, _ := newCounting(t)
	cs.delay = 50 * time.Millisecond
	c := NewCache(cs, CacheOptions{})
	_, unknown, _ := Generate(DefaultPrefix)
	var wg sync.WaitGroup
	for range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Lookup(context.Background(), unknown); !errors.Is(err, ErrNotFound) {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := cs.calls.Load(); n != 1 {
		t.Fatalf("a burst of one unknown key cost %d store calls", n)
	}
}

func TestCacheDoesNotCacheFailures(t *testing.T) {
	cs, rec := newCounting(t)
	cs.err = errors.New("connection refused")
	c := NewCache(cs, CacheOptions{})
	for range 2 {
		if _, err := c.Lookup(context.Background(), rec.ID); err == nil || errors.Is(err, ErrNotFound) {
			t.Fatalf("failing store: %v", err)
		}
	}
	if cs.calls.Load() != 2 {
		t.Fatal("a store failure was cached")
	}
	cs.err = nil
	if _, err := c.Lookup(context.Background(), rec.ID); err != nil {
		t.Fatalf("after recovery: %v", err)
	}
}

func TestCacheCallerGivingUpDoesNotFailOthers(t *testing.T) {
	cs, rec := newCounting(t)
	cs.delay = 100 * time.Millisecond
	c := NewCache(cs, CacheOptions{})
	impatient, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := c.Lookup(context.Background(), rec.ID)
		done <- err
	}()
	if _, err := c.Lookup(impatient, rec.ID); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("impatient caller: %v", err)
	}
	if err := <-done; err != nil {
		t.Fatalf("patient caller failed because another gave up: %v", err)
	}
}

// A revocation reaches a cached authenticator within the cache TTL.
func TestRevocationDelayBoundedByTTL(t *testing.T) {
	mem := NewMemoryStore()
	ctx := context.Background()
	key, rec, _ := Create(ctx, mem, NewKey{Subject: "alice"})
	c := NewCache(mem, CacheOptions{TTL: 30 * time.Second})
	now := time.Now()
	c.now = func() time.Time { return now }
	a, _ := New(Config{Store: c})
	a.now = func() time.Time { return now }
	try := func() error {
		r := httptest.NewRequest("POST", "/", nil)
		r.Header.Set("X-API-Key", key)
		_, err := a.Authenticate(r)
		return err
	}
	if err := try(); err != nil {
		t.Fatal(err)
	}
	_ = mem.Revoke(ctx, rec.ID, now)
	now = now.Add(time.Second)
	_ = try() // may still pass: within the TTL
	now = now.Add(30 * time.Second)
	if err := try(); !errors.Is(err, ErrRevoked) {
		t.Fatalf("revoked key past the cache TTL: %v", err)
	}
}

type touches struct {
	mu  sync.Mutex
	ids map[string]int
}

func (t *touches) TouchLastUsed(_ context.Context, id string, _ time.Time) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.ids[id]++
	return nil
}

func TestTrackerDebouncesAndFlushes(t *testing.T) {
	tt := &touches{ids: map[string]int{}}
	tr := NewTracker(tt, time.Hour, testlog.New(t))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 1000 {
				tr.Seen("a")
				tr.Seen("b")
			}
		}()
	}
	wg.Wait()
	tr.Close()
	tr.Close()   // twice is fine
	tr.Seen("c") // after Close: ignored, no panic
	if tt.ids["a"] != 1 || tt.ids["b"] != 1 || tt.ids["c"] != 0 {
		t.Fatalf("writes %v, want one per key", tt.ids)
	}
}

func TestTrackerThroughAuthenticator(t *testing.T) {
	mem := NewMemoryStore()
	ctx := context.Background()
	key, rec, _ := Create(ctx, mem, NewKey{Subject: "alice"})
	tr := NewTracker(mem, time.Hour, testlog.New(t))
	a, _ := New(Config{Store: mem, Tracker: tr})
	r := httptest.NewRequest("POST", "/", nil)
	r.Header.Set("X-API-Key", key)
	if _, err := a.Authenticate(r); err != nil {
		t.Fatal(err)
	}
	tr.Close()
	if got, _ := mem.Lookup(ctx, rec.ID); got.LastUsedAt.IsZero() {
		t.Fatal("last use not recorded")
	}
}

func TestPepper(t *testing.T) {
	mem := NewMemoryStore()
	ctx := context.Background()
	pepper := []byte("server-side secret")
	testlog.Secret(t, string(pepper))
	key, _, err := Create(ctx, mem, NewKey{Subject: "alice", Pepper: pepper})
	if err != nil {
		t.Fatal(err)
	}
	try := func(cfg Config) error {
		cfg.Store = mem
		a, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		r := httptest.NewRequest("POST", "/", nil)
		r.Header.Set("X-API-Key", key)
		_, err = a.Authenticate(r)
		return err
	}
	if err := try(Config{Pepper: pepper}); err != nil {
		t.Fatalf("with the pepper: %v", err)
	}
	if err := try(Config{}); !errors.Is(err, mcpauth.ErrInvalidCredential) {
		t.Fatalf("without the pepper: %v", err)
	}
	if string(HashWithPepper(key, pepper)) == string(Hash(key)) {
		t.Fatal("pepper ignored")
	}
}

func TestRateLimitFromRecordOnly(t *testing.T) {
	mem := NewMemoryStore()
	a, _ := New(Config{Store: mem})
	auth := func(nk NewKey) *mcpctx.Principal {
		t.Helper()
		key, _, err := Create(context.Background(), mem, nk)
		if err != nil {
			t.Fatal(err)
		}
		r := httptest.NewRequest("POST", "/", nil)
		r.Header.Set("X-API-Key", key)
		p, err := a.Authenticate(r)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	if p := auth(NewKey{Subject: "alice", RateLimit: "60/m"}); p.RateLimit != "60/m" {
		t.Fatalf("record's RateLimit not carried: %+v", p)
	}
	// Metadata is the key's own description: a "rate_limit" there is
	// inert, and never becomes the principal's limit.
	p := auth(NewKey{Subject: "mallory", Metadata: map[string]string{"rate_limit": "1000000/s"}})
	if p.RateLimit != "" || p.Claims["rate_limit"] != "1000000/s" {
		t.Fatalf("metadata leaked into the limit: %+v", p)
	}
}

// gatedStore holds each Lookup after it has read the store until the test
// releases that very lookup: a read that began before a revocation and
// ends after it.
type gatedStore struct {
	*MemoryStore
	entered chan chan struct{} // one release channel per lookup
}

func (g *gatedStore) Lookup(ctx context.Context, id string) (*Record, error) {
	rec, err := g.MemoryStore.Lookup(ctx, id)
	release := make(chan struct{})
	g.entered <- release
	<-release
	return rec, err
}

// An invalidation that arrives while a lookup is under way wins: the
// stale answer is neither cached nor handed to lookups that start later.
func TestInvalidateBeatsInFlightLookup(t *testing.T) {
	mem := NewMemoryStore()
	ctx := context.Background()
	key, rec, _ := Create(ctx, mem, NewKey{Subject: "alice"})
	g := &gatedStore{MemoryStore: mem, entered: make(chan chan struct{}, 8)}
	c := NewCache(g, CacheOptions{TTL: time.Hour})
	first := make(chan *Record, 1)
	go func() { r, _ := c.Lookup(ctx, rec.ID); first <- r }()
	releaseFirst := <-g.entered // the read happened, before the revocation
	_ = mem.Revoke(ctx, rec.ID, time.Now())
	c.Invalidate(rec.ID) // as redisstore.Subscribe would
	later := make(chan *Record, 1)
	go func() { r, _ := c.Lookup(ctx, rec.ID); later <- r }()
	var releaseLater chan struct{}
	select {
	case releaseLater = <-g.entered: // the later lookup made a read of its own
	case <-time.After(5 * time.Second):
		close(releaseFirst)
		t.Fatal("a lookup started after Invalidate joined the stale one under way")
	}
	close(releaseFirst)
	if r := <-first; !r.RevokedAt.IsZero() {
		t.Fatal("test setup: the first read should predate the revocation")
	}
	if stale, ok := c.entries.Get(rec.ID); ok && stale.RevokedAt.IsZero() {
		t.Fatal("the stale answer of a lookup overtaken by Invalidate was cached")
	}
	close(releaseLater)
	if r := <-later; r.RevokedAt.IsZero() {
		t.Fatal("the lookup started after Invalidate got the pre-revocation record")
	}
	a, _ := New(Config{Store: c})
	r := httptest.NewRequest("POST", "/", nil)
	r.Header.Set("X-API-Key", key)
	if _, err := a.Authenticate(r); !errors.Is(err, ErrRevoked) {
		t.Fatalf("revoked and invalidated key: %v", err)
	}
	c.Clear()
	if _, ok := c.entries.Get(rec.ID); ok {
		t.Fatal("Clear left an entry")
	}
}

// A record is not reused past its RevokedAt, even within the TTL.
func TestCacheStopsAtRevokedAt(t *testing.T) {
	mem := NewMemoryStore()
	ctx := context.Background()
	_, rec, _ := Create(ctx, mem, NewKey{Subject: "alice"})
	_ = mem.Revoke(ctx, rec.ID, time.Now().Add(10*time.Second)) // scheduled revocation
	cs := &countingStore{Manager: mem}
	c := NewCache(cs, CacheOptions{TTL: time.Hour})
	now := time.Now()
	c.now = func() time.Time { return now }
	_, _ = c.Lookup(ctx, rec.ID)
	now = now.Add(11 * time.Second)
	_, _ = c.Lookup(ctx, rec.ID)
	if cs.calls.Load() != 2 {
		t.Fatal("cached record reused past its RevokedAt")
	}
}

// deadToucher hangs until its context ends, as a store that stopped
// answering does.
type deadToucher struct{ calls atomic.Int64 }

func (d *deadToucher) TouchLastUsed(ctx context.Context, _ string, _ time.Time) error {
	d.calls.Add(1)
	<-ctx.Done()
	return ctx.Err()
}

// A dead store neither slows the request path nor stalls Close for long.
func TestTrackerWithDeadStore(t *testing.T) {
	dead := &deadToucher{}
	tr := NewTracker(dead, time.Hour, testlog.New(t))
	mem := NewMemoryStore()
	key, _, _ := Create(context.Background(), mem, NewKey{Subject: "alice"})
	a, _ := New(Config{Store: mem, Tracker: tr})
	start := time.Now()
	for i := range 50 {
		tr.Seen(fmt.Sprint("id", i)) // pile up work for the dead store
		r := httptest.NewRequest("POST", "/", nil)
		r.Header.Set("X-API-Key", key)
		if _, err := a.Authenticate(r); err != nil {
			t.Fatal(err)
		}
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("authenticating with a dead last-use store took %v", d)
	}
	start = time.Now()
	tr.Close()
	if d := time.Since(start); d > CloseTimeout+2*time.Second {
		t.Fatalf("Close took %v with a dead store; bound %v", d, CloseTimeout)
	}
}
