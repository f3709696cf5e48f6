// Package storetest is the conformance suite for apikey stores. Every
// built-in store passes it; run it against your own to know it behaves as
// the authenticator, the cache, the CLI and Rotate expect:
//
//	func TestMyStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) apikey.Manager {
//			return mystore.New(freshDatabase(t))
//		})
//	}
//
// newStore must return an empty store, not shared with other calls.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
)

// Run runs the suite; each case gets its own store from newStore.
func Run(t *testing.T, newStore func(t *testing.T) apikey.Manager) {
	t.Helper()
	if newStore == nil {
		t.Fatal("storetest.Run: newStore is nil")
	}
	cases := []struct {
		name string
		f    func(t *testing.T, m apikey.Manager)
	}{
		{"LookupMissing", testLookupMissing},
		{"RoundTrip", testRoundTrip},
		{"EmptyFields", testEmptyFields},
		{"InsertDuplicate", testInsertDuplicate},
		{"LookupReturnsCopies", testCopies},
		{"List", testList},
		{"Revoke", testRevoke},
		{"SetExpiry", testSetExpiry},
		{"TouchLastUsed", testTouchLastUsed},
		{"MarkReplaced", testMarkReplaced},
		{"Concurrent", testConcurrent},
		{"Authenticate", testAuthenticate},
		{"Rotate", testRotate},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.f(t, newStore(t)) })
	}
}

var ctx = context.Background()

// micro is the time precision stores must keep: microseconds, UTC or not.
func micro(t time.Time) time.Time { return t.Truncate(time.Microsecond) }

func mustCreate(t *testing.T, m apikey.Manager, nk apikey.NewKey) (string, *apikey.Record) {
	t.Helper()
	key, rec, err := apikey.Create(ctx, m, nk)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	return key, rec
}

func mustLookup(t *testing.T, m apikey.Manager, id string) *apikey.Record {
	t.Helper()
	rec, err := m.Lookup(ctx, id)
	if err != nil {
		t.Fatalf("Lookup(%s): %v", id, err)
	}
	return rec
}

func sameTime(a, b time.Time) bool { return micro(a).Equal(micro(b)) }

func testLookupMissing(t *testing.T, m apikey.Manager) {
	_, id, _ := apikey.Generate(apikey.DefaultPrefix)
	if _, err := m.Lookup(ctx, id); !errors.Is(err, apikey.ErrNotFound) {
		t.Fatalf("Lookup of a missing id: %v, want ErrNotFound", err)
	}
	for name, f := range map[string]func() error{
		"Revoke":        func() error { return m.Revoke(ctx, id, time.Now()) },
		"SetExpiry":     func() error { return m.SetExpiry(ctx, id, time.Now()) },
		"TouchLastUsed": func() error { return m.TouchLastUsed(ctx, id, time.Now()) },
		"MarkReplaced":  func() error { return m.MarkReplaced(ctx, id, "AAAAAAAAAAAA", time.Now()) },
	} {
		if err := f(); !errors.Is(err, apikey.ErrNotFound) {
			t.Errorf("%s of a missing id: %v, want ErrNotFound", name, err)
		}
	}
}

func testRoundTrip(t *testing.T, m apikey.Manager) {
	now := time.Now()
	rec := apikey.Record{
		Subject: "alice@example.com", Name: "laptop — ünïcode", Scopes: []string{"tools", "read:docs"},
		Metadata: map[string]string{"team": "infra", "quote": `a "b" \c`}, RateLimit: "600/m",
		CreatedAt: now.Add(-time.Hour), ExpiresAt: now.Add(24 * time.Hour),
		RevokedAt: now.Add(48 * time.Hour), LastUsedAt: now.Add(-time.Minute),
		ReplacedBy: "AAAAAAAAAAAA",
	}
	_, id, _ := apikey.Generate(apikey.DefaultPrefix)
	rec.ID = id
	rec.Hash = apikey.Hash("not a real key")
	if err := m.Insert(ctx, &rec); err != nil {
		t.Fatalf("Insert: %v", err)
	}
	got := mustLookup(t, m, id)
	if got.ID != rec.ID || string(got.Hash) != string(rec.Hash) || got.Subject != rec.Subject || got.Name != rec.Name ||
		!slices.Equal(got.Scopes, rec.Scopes) || len(got.Metadata) != 2 || got.Metadata["quote"] != rec.Metadata["quote"] ||
		got.RateLimit != rec.RateLimit || got.ReplacedBy != rec.ReplacedBy {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, rec)
	}
	for name, pair := range map[string][2]time.Time{
		"CreatedAt": {got.CreatedAt, rec.CreatedAt}, "ExpiresAt": {got.ExpiresAt, rec.ExpiresAt},
		"RevokedAt": {got.RevokedAt, rec.RevokedAt}, "LastUsedAt": {got.LastUsedAt, rec.LastUsedAt},
	} {
		if !sameTime(pair[0], pair[1]) {
			t.Errorf("%s: got %v, want %v (to the microsecond)", name, pair[0], pair[1])
		}
	}
}

func testEmptyFields(t *testing.T, m apikey.Manager) {
	_, rec := mustCreate(t, m, apikey.NewKey{Subject: "bob"})
	got := mustLookup(t, m, rec.ID)
	if len(got.Scopes) != 0 || len(got.Metadata) != 0 || got.Name != "" || got.RateLimit != "" {
		t.Errorf("empty fields came back as %+v", got)
	}
	if !got.ExpiresAt.IsZero() || !got.RevokedAt.IsZero() || !got.LastUsedAt.IsZero() {
		t.Errorf("zero times came back as %v %v %v", got.ExpiresAt, got.RevokedAt, got.LastUsedAt)
	}
}

func testInsertDuplicate(t *testing.T, m apikey.Manager) {
	_, rec := mustCreate(t, m, apikey.NewKey{Subject: "alice"})
	dup := *rec
	dup.Subject = "mallory"
	if err := m.Insert(ctx, &dup); !errors.Is(err, apikey.ErrExists) {
		t.Fatalf("Insert of a taken id: %v, want ErrExists", err)
	}
	if got := mustLookup(t, m, rec.ID); got.Subject != "alice" {
		t.Fatalf("a failed Insert changed the record: %+v", got)
	}
	bad := *rec
	bad.ID = "short"
	if err := m.Insert(ctx, &bad); err == nil {
		t.Error("Insert accepted an invalid id")
	}
}

func testCopies(t *testing.T, m apikey.Manager) {
	_, rec := mustCreate(t, m, apikey.NewKey{Subject: "alice", Scopes: []string{"a"}, Metadata: map[string]string{"k": "v"}})
	got := mustLookup(t, m, rec.ID)
	got.Scopes[0] = "changed"
	got.Metadata["k"] = "changed"
	got.Hash[0] ^= 0xff
	again := mustLookup(t, m, rec.ID)
	if again.Scopes[0] != "a" || again.Metadata["k"] != "v" || string(again.Hash) != string(rec.Hash) {
		t.Fatal("changing a looked-up record changed the store")
	}
}

func testList(t *testing.T, m apikey.Manager) {
	var ids []string
	for i, sub := range []string{"alice", "bob", "alice", "alice"} {
		_, rec := mustCreate(t, m, apikey.NewKey{Subject: sub, Name: fmt.Sprint(i)})
		ids = append(ids, rec.ID)
		time.Sleep(2 * time.Millisecond) // distinct CreatedAt
	}
	if err := m.Revoke(ctx, ids[2], time.Now().Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := m.SetExpiry(ctx, ids[3], time.Now().Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	names := func(recs []*apikey.Record) (out []string) {
		for _, r := range recs {
			out = append(out, r.Name)
		}
		return out
	}
	check := func(f apikey.Filter, want ...string) {
		t.Helper()
		got, err := m.List(ctx, f)
		if err != nil {
			t.Fatalf("List(%+v): %v", f, err)
		}
		if !slices.Equal(names(got), want) {
			t.Errorf("List(%+v) = %v, want %v (oldest first)", f, names(got), want)
		}
	}
	check(apikey.Filter{}, "0", "1")
	check(apikey.Filter{Inactive: true}, "0", "1", "2", "3")
	check(apikey.Filter{Subject: "alice"}, "0")
	check(apikey.Filter{Subject: "alice", Inactive: true}, "0", "2", "3")
	check(apikey.Filter{Subject: "nobody", Inactive: true})
}

func testRevoke(t *testing.T, m apikey.Manager) {
	_, rec := mustCreate(t, m, apikey.NewKey{Subject: "alice"})
	first := time.Now().Add(-time.Minute)
	if err := m.Revoke(ctx, rec.ID, first); err != nil {
		t.Fatal(err)
	}
	if err := m.Revoke(ctx, rec.ID, time.Now()); err != nil {
		t.Fatalf("revoking twice: %v", err)
	}
	if got := mustLookup(t, m, rec.ID); !sameTime(got.RevokedAt, first) {
		t.Fatalf("RevokedAt = %v, want the first revocation %v", got.RevokedAt, first)
	}
}

func testSetExpiry(t *testing.T, m apikey.Manager) {
	_, rec := mustCreate(t, m, apikey.NewKey{Subject: "alice"})
	at := time.Now().Add(time.Hour)
	if err := m.SetExpiry(ctx, rec.ID, at); err != nil {
		t.Fatal(err)
	}
	if got := mustLookup(t, m, rec.ID); !sameTime(got.ExpiresAt, at) {
		t.Fatalf("ExpiresAt = %v, want %v", got.ExpiresAt, at)
	}
}

func testTouchLastUsed(t *testing.T, m apikey.Manager) {
	_, rec := mustCreate(t, m, apikey.NewKey{Subject: "alice"})
	later := time.Now()
	earlier := later.Add(-time.Hour)
	if err := m.TouchLastUsed(ctx, rec.ID, later); err != nil {
		t.Fatal(err)
	}
	if err := m.TouchLastUsed(ctx, rec.ID, earlier); err != nil {
		t.Fatal(err)
	}
	if got := mustLookup(t, m, rec.ID); !sameTime(got.LastUsedAt, later) {
		t.Fatalf("LastUsedAt = %v, want the later touch %v", got.LastUsedAt, later)
	}
}

func testConcurrent(t *testing.T, m apikey.Manager) {
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 {
				_, rec, err := apikey.Create(ctx, m, apikey.NewKey{Subject: fmt.Sprintf("user-%d", g), Name: fmt.Sprint(i)})
				if err != nil {
					errs <- err
					return
				}
				if _, err := m.Lookup(ctx, rec.ID); err != nil {
					errs <- err
					return
				}
				if err := m.TouchLastUsed(ctx, rec.ID, time.Now()); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	all, err := m.List(ctx, apikey.Filter{})
	if err != nil || len(all) != 40 {
		t.Fatalf("List after concurrent creates: %d records, %v", len(all), err)
	}
}

// testAuthenticate runs the store behind the authenticator and the gate.
func testAuthenticate(t *testing.T, m apikey.Manager) {
	key, rec := mustCreate(t, m, apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}, Metadata: map[string]string{"team": "x"}})
	auth, err := apikey.New(apikey.Config{Store: m, DisableCache: true}) // the store itself, uncached
	if err != nil {
		t.Fatal(err)
	}
	try := func(k string) error {
		r := httptest.NewRequest("POST", "/mcp", nil)
		r.Header.Set("X-API-Key", k)
		p, err := auth.Authenticate(r)
		if err == nil && (p.Subject != "alice" || p.KeyID != rec.ID || !p.HasScope("tools") || p.Claims["team"] != "x") {
			t.Fatalf("principal %+v", p)
		}
		return err
	}
	if err := try(key); err != nil {
		t.Fatalf("valid key: %v", err)
	}
	other, _, _ := apikey.Generate(apikey.DefaultPrefix)
	if err := try(other); !errors.Is(err, mcpauth.ErrInvalidCredential) {
		t.Fatalf("unknown key: %v", err)
	}
	if err := m.Revoke(ctx, rec.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := try(key); !errors.Is(err, apikey.ErrRevoked) {
		t.Fatalf("revoked key: %v", err)
	}
}

func testMarkReplaced(t *testing.T, m apikey.Manager) {
	_, a := mustCreate(t, m, apikey.NewKey{Subject: "alice"})
	end := time.Now().Add(time.Hour)
	if err := m.MarkReplaced(ctx, a.ID, "BBBBBBBBBBBB", end); err != nil {
		t.Fatal(err)
	}
	got := mustLookup(t, m, a.ID)
	if got.ReplacedBy != "BBBBBBBBBBBB" || !sameTime(got.ExpiresAt, end) {
		t.Fatalf("after MarkReplaced: %+v", got)
	}
	if err := m.MarkReplaced(ctx, a.ID, "CCCCCCCCCCCC", end); !errors.Is(err, apikey.ErrReplaced) {
		t.Fatalf("second MarkReplaced: %v, want ErrReplaced", err)
	}
	// An earlier expiry stands.
	soon := time.Now().Add(time.Minute)
	_, b := mustCreate(t, m, apikey.NewKey{Subject: "alice", ExpiresAt: soon})
	if err := m.MarkReplaced(ctx, b.ID, "BBBBBBBBBBBB", end); err != nil {
		t.Fatal(err)
	}
	if got := mustLookup(t, m, b.ID); !sameTime(got.ExpiresAt, soon) {
		t.Fatalf("MarkReplaced extended an expiry: %v, want %v", got.ExpiresAt, soon)
	}
	// Concurrent rotations: exactly one wins.
	_, c := mustCreate(t, m, apikey.NewKey{Subject: "alice"})
	var wins atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if m.MarkReplaced(ctx, c.ID, "DDDDDDDDDDDD", end) == nil {
				wins.Add(1)
			}
		}()
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Fatalf("%d concurrent MarkReplaced calls succeeded, want exactly 1", wins.Load())
	}
}

func testRotate(t *testing.T, m apikey.Manager) {
	oldKey, old := mustCreate(t, m, apikey.NewKey{Subject: "alice", Name: "ci", Scopes: []string{"tools"}, RateLimit: "10/s"})
	newKey, rec, err := apikey.Rotate(ctx, m, old.ID, time.Hour, apikey.NewKey{})
	if err != nil {
		t.Fatal(err)
	}
	if rec.ID == old.ID || newKey == oldKey || rec.Subject != "alice" || rec.Name != "ci" || !slices.Equal(rec.Scopes, old.Scopes) || rec.RateLimit != "10/s" {
		t.Fatalf("rotated record %+v", rec)
	}
	if !rec.ExpiresAt.IsZero() {
		t.Fatalf("the successor of a key without expiry expires at %v", rec.ExpiresAt)
	}
	got := mustLookup(t, m, old.ID)
	if got.ReplacedBy != rec.ID || got.ExpiresAt.IsZero() || got.ExpiresAt.After(time.Now().Add(time.Hour)) || !got.Active(time.Now()) {
		t.Fatalf("old key after rotation with grace: %+v", got)
	}
	// The old key, in its grace period, cannot be rotated again (its
	// successor would inherit the grace deadline as its expiry).
	if _, _, err := apikey.Rotate(ctx, m, old.ID, time.Hour, apikey.NewKey{}); !errors.Is(err, apikey.ErrReplaced) {
		t.Fatalf("rotating a replaced key: %v, want ErrReplaced", err)
	}
	// Grace never extends a key past its own expiry.
	soon := time.Now().Add(10 * time.Minute)
	_, short := mustCreate(t, m, apikey.NewKey{Subject: "bob", ExpiresAt: soon})
	if _, succ, err := apikey.Rotate(ctx, m, short.ID, 24*time.Hour, apikey.NewKey{}); err != nil || !sameTime(succ.ExpiresAt, soon) {
		t.Fatalf("rotating a key that expires soon: %v %+v", err, succ)
	}
	if got := mustLookup(t, m, short.ID); !sameTime(got.ExpiresAt, soon) {
		t.Fatalf("grace extended the old key to %v, past its expiry %v", got.ExpiresAt, soon)
	}
	// Grace 0 ends the old key at once.
	_, now0 := mustCreate(t, m, apikey.NewKey{Subject: "carol"})
	if _, _, err := apikey.Rotate(ctx, m, now0.ID, 0, apikey.NewKey{}); err != nil {
		t.Fatal(err)
	}
	if got := mustLookup(t, m, now0.ID); got.Active(time.Now().Add(time.Millisecond)) {
		t.Fatal("rotation without grace left the old key active")
	}
	_, revoked := mustCreate(t, m, apikey.NewKey{Subject: "dave"})
	_ = m.Revoke(ctx, revoked.ID, time.Now())
	if _, _, err := apikey.Rotate(ctx, m, revoked.ID, time.Hour, apikey.NewKey{}); err == nil {
		t.Fatal("rotated a revoked key")
	}
}

// RunStore checks a one-method custom Store — your own table of keys, say —
// against what the authenticator needs. newStore returns a store holding
// exactly recs (records with ids, hashes and subjects, as NewRecord makes
// them); the suite never writes through it.
func RunStore(t *testing.T, newStore func(t *testing.T, recs ...apikey.Record) apikey.Store) {
	t.Helper()
	if newStore == nil {
		t.Fatal("storetest.RunStore: newStore is nil")
	}
	t.Run("LookupMissing", func(t *testing.T) {
		s := newStore(t)
		_, id, _ := apikey.Generate(apikey.DefaultPrefix)
		if _, err := s.Lookup(ctx, id); !errors.Is(err, apikey.ErrNotFound) {
			t.Fatalf("Lookup of a missing id: %v, want ErrNotFound", err)
		}
	})
	t.Run("Authenticate", func(t *testing.T) {
		key, rec, _ := apikey.NewRecord(apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}, Metadata: map[string]string{"team": "x"}})
		revokedKey, revoked, _ := apikey.NewRecord(apikey.NewKey{Subject: "bob"})
		revoked.RevokedAt = time.Now().Add(-time.Second)
		expiredKey, expired, _ := apikey.NewRecord(apikey.NewKey{Subject: "carol"})
		expired.ExpiresAt = time.Now().Add(-time.Second)
		s := newStore(t, rec, revoked, expired)
		got, err := s.Lookup(ctx, rec.ID)
		if err != nil || got.ID != rec.ID || string(got.Hash) != string(rec.Hash) || got.Subject != "alice" || !slices.Equal(got.Scopes, rec.Scopes) {
			t.Fatalf("Lookup: %+v %v", got, err)
		}
		auth, err := apikey.New(apikey.Config{Store: s, DisableCache: true})
		if err != nil {
			t.Fatal(err)
		}
		try := func(k string) error {
			r := httptest.NewRequest("POST", "/mcp", nil)
			r.Header.Set("X-API-Key", k)
			_, err := auth.Authenticate(r)
			return err
		}
		if err := try(key); err != nil {
			t.Fatalf("valid key: %v", err)
		}
		for k, cause := range map[string]error{revokedKey: apikey.ErrRevoked, expiredKey: apikey.ErrExpired} {
			if err := try(k); !errors.Is(err, cause) {
				t.Errorf("%v key: %v", cause, err)
			}
		}
		other, _, _ := apikey.Generate(apikey.DefaultPrefix)
		if err := try(other); !errors.Is(err, mcpauth.ErrInvalidCredential) {
			t.Fatalf("unknown key: %v", err)
		}
	})
}
