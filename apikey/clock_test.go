package apikey

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/internal/testcheck"
)

// TestConfigNowDecidesExpiry: Config.Now decides whether a key has
// expired or been revoked, whatever real time says.
func TestConfigNowDecidesExpiry(t *testing.T) {
	store := NewMemoryStore()
	real := time.Now()
	soon, _ := addKey(t, store, NewKey{Subject: "alice", ExpiresAt: real.Add(time.Hour)})
	lapsed, lapsedRec := addKey(t, store, NewKey{Subject: "alice"})
	revoked, revokedRec := addKey(t, store, NewKey{Subject: "alice"})
	ctx := context.Background()
	if err := store.SetExpiry(ctx, lapsedRec.ID, real.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := store.Revoke(ctx, revokedRec.ID, real.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	auth := func(a *Authenticator, key string) error {
		_, err := a.Authenticate(request(map[string]string{"X-API-Key": key}))
		return err
	}

	clock := testcheck.NewClock(real)
	a := newAuth(t, store, Config{Now: clock.Now})
	if err := auth(a, soon); err != nil {
		t.Fatalf("a key expiring in an hour: %v", err)
	}
	clock.Add(2 * time.Hour) // the fake future: both keys' times have passed
	if err := auth(a, soon); !errors.Is(err, ErrExpired) {
		t.Fatalf("a key whose expiry the fake clock passed: %v, want ErrExpired", err)
	}
	if err := auth(a, revoked); !errors.Is(err, ErrRevoked) {
		t.Fatalf("a key whose revocation the fake clock passed: %v, want ErrRevoked", err)
	}
	clock.Add(-4 * time.Hour) // the fake past: before the lapsed key's expiry
	if err := auth(a, lapsed); err != nil {
		t.Fatalf("a key not yet expired by the fake clock: %v", err)
	}
	if err := auth(newAuth(t, store, Config{}), lapsed); !errors.Is(err, ErrExpired) {
		t.Fatalf("the same key by real time: %v, want ErrExpired", err)
	}
}

// TestCacheOptionsNow: cache entries lapse when the fake clock passes
// their TTL — the cache's own (CacheOptions.Now) and the one New makes
// from Config.Now.
func TestCacheOptionsNow(t *testing.T) {
	mem := NewMemoryStore()
	key, rec := addKey(t, mem, NewKey{Subject: "alice"})
	ctx := context.Background()

	cs := &countingStore{Manager: mem}
	clock := testcheck.NewClock(time.Now())
	c := NewCache(cs, CacheOptions{TTL: time.Minute, Now: clock.Now})
	lookup := func(want int64) {
		t.Helper()
		if _, err := c.Lookup(ctx, rec.ID); err != nil {
			t.Fatal(err)
		}
		if got := cs.calls.Load(); got != want {
			t.Fatalf("store calls %d, want %d", got, want)
		}
	}
	lookup(1)
	lookup(1)
	clock.Add(2 * time.Minute)
	lookup(2)

	cs2 := &countingStore{Manager: mem}
	clock2 := testcheck.NewClock(time.Now())
	a := newAuth(t, cs2, Config{Now: clock2.Now}) // New puts a Cache (DefaultCacheTTL) in front
	authn := func(want int64) {
		t.Helper()
		if _, err := a.Authenticate(request(map[string]string{"X-API-Key": key})); err != nil {
			t.Fatal(err)
		}
		if got := cs2.calls.Load(); got != want {
			t.Fatalf("store calls %d, want %d", got, want)
		}
	}
	authn(1)
	authn(1)
	clock2.Add(DefaultCacheTTL + time.Second)
	authn(2)
}

// touch is one TouchLastUsed call.
type touch struct {
	id string
	at time.Time
}

type touchRecorder chan touch

func (r touchRecorder) TouchLastUsed(_ context.Context, id string, at time.Time) error {
	r <- touch{id, at}
	return nil
}

// TestTrackerOptionsNow: the tracker writes the fake clock's time, and
// its Interval is measured on that clock.
func TestTrackerOptionsNow(t *testing.T) {
	rec := make(touchRecorder, 8)
	clock := testcheck.NewClock(time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC))
	start := clock.Now()
	tr := NewTrackerWithOptions(rec, TrackerOptions{Interval: time.Minute, Now: clock.Now})
	defer tr.Close()

	tr.Seen("k1")
	if got := <-rec; got.id != "k1" || !got.at.Equal(start) {
		t.Fatalf("first write %+v, want k1 at %v", got, start)
	}
	tr.Seen("k1") // within Interval by the fake clock: no write
	clock.Add(2 * time.Minute)
	tr.Seen("k1") // past it: a write, stamped with the fake time
	if got := <-rec; !got.at.Equal(start.Add(2 * time.Minute)) {
		t.Fatalf("second write at %v, want %v (a write within Interval came first?)", got.at, start.Add(2*time.Minute))
	}
}

func TestNewTrackerWithOptionsPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Fatal("no panic for a negative Interval")
		}
	}()
	NewTrackerWithOptions(NewMemoryStore(), TrackerOptions{Interval: -time.Second})
}
