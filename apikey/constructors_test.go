package apikey

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// storeFunc is a Store made of a function, to show that a nil one is
// refused like a nil pointer.
type storeFunc func(ctx context.Context, id string) (*Record, error)

func (f storeFunc) Lookup(ctx context.Context, id string) (*Record, error) { return f(ctx, id) }

func TestNewRefusesBadConfig(t *testing.T) {
	var nilMemory *MemoryStore
	var nilCache *Cache
	var nilFunc storeFunc
	with := func(mod func(*Config)) func() error {
		return func() error {
			cfg := Config{Store: NewMemoryStore()}
			mod(&cfg)
			a, err := New(cfg)
			if err == nil && a == nil {
				t.Errorf("New returned neither an authenticator nor an error")
			}
			return err
		}
	}
	testcheck.Refusals(t, []testcheck.Refusal{
		{"nil Store", with(func(c *Config) { c.Store = nil }), "Config.Store is nil"},
		{"nil *MemoryStore", with(func(c *Config) { c.Store = nilMemory }), "Config.Store is a nil *apikey.MemoryStore"},
		{"nil func store", with(func(c *Config) { c.Store = nilFunc }), "Config.Store is a nil apikey.storeFunc"},
		{"nil *Cache", with(func(c *Config) { c.Store = nilCache }), "Config.Store is an apikey.Cache not created with NewCache"},
		{"zero Cache", with(func(c *Config) { c.Store = &Cache{} }), "Config.Store is an apikey.Cache not created with NewCache"},
		{"bad Prefix", with(func(c *Config) { c.Prefix = "Bad_Prefix" }), "Config.Prefix"},
		{"bad Header", with(func(c *Config) { c.Header = "X API Key" }), "Config.Header"},
		{"Header with a colon", with(func(c *Config) { c.Header = "X-Key:" }), "Config.Header"},
		{"Authorization Header", with(func(c *Config) { c.Header = "authorization" }), "Config.Header must not be"},
		{"negative LookupTimeout", with(func(c *Config) { c.LookupTimeout = -time.Second }), "Config.LookupTimeout is negative"},
		{"zero Tracker", with(func(c *Config) { c.Tracker = &Tracker{} }), "Config.Tracker was not created with NewTracker"},
	})
}

func TestFunctionsRefuseBadInput(t *testing.T) {
	var nilCtx context.Context
	var nilMemory *MemoryStore
	ctx := context.Background()
	testcheck.Refusals(t, []testcheck.Refusal{
		{"Create nil Manager", func() error { _, _, err := Create(ctx, nil, NewKey{Subject: "a"}); return err }, "Create: m is nil"},
		{"Create nil *MemoryStore", func() error { _, _, err := Create(ctx, nilMemory, NewKey{Subject: "a"}); return err }, "Create: m is nil"},
		{"Create nil ctx", func() error { _, _, err := Create(nilCtx, NewMemoryStore(), NewKey{Subject: "a"}); return err }, "Create: ctx is nil"},
		{"Create no Subject", func() error { _, _, err := Create(ctx, NewMemoryStore(), NewKey{}); return err }, "NewKey.Subject is required"},
		{"Rotate nil Manager", func() error { _, _, err := Rotate(ctx, nil, "id", 0, NewKey{}); return err }, "Rotate: m is nil"},
		{"Rotate nil *MemoryStore", func() error { _, _, err := Rotate(ctx, nilMemory, "id", 0, NewKey{}); return err }, "Rotate: m is nil"},
		{"Rotate nil ctx", func() error { _, _, err := Rotate(nilCtx, NewMemoryStore(), "id", 0, NewKey{}); return err }, "Rotate: ctx is nil"},
		{"Rotate empty id", func() error { _, _, err := Rotate(ctx, NewMemoryStore(), "", 0, NewKey{}); return err }, "Rotate: id is empty"},
		{"NewRecord no Subject", func() error { _, _, err := NewRecord(NewKey{}); return err }, "NewKey.Subject is required"},
		{"NewRecord bad Prefix", func() error { _, _, err := NewRecord(NewKey{Subject: "a", Prefix: "9x"}); return err }, "prefix"},
		{"Generate empty prefix", func() error { _, _, err := Generate(""); return err }, "prefix"},
		{"ValidateRecord nil", func() error { return ValidateRecord(nil) }, "nil record"},
		{"MemoryStore.Put empty record", func() error { return NewMemoryStore().Put(Record{}) }, "record id"},
	})
}

func TestNoErrorConstructorsPanicAtConstruction(t *testing.T) {
	var nilMemory *MemoryStore
	var nilCache *Cache
	testcheck.PanicsWith(t, "NewCache nil store", "NewCache: store is nil", func() { NewCache(nil, CacheOptions{}) })
	testcheck.PanicsWith(t, "NewCache nil *MemoryStore", "NewCache: store is a nil *apikey.MemoryStore", func() { NewCache(nilMemory, CacheOptions{}) })
	testcheck.PanicsWith(t, "NewCache nil *Cache", "NewCache: store is an apikey.Cache not created with NewCache", func() { NewCache(nilCache, CacheOptions{}) })
	testcheck.PanicsWith(t, "NewCache zero Cache", "NewCache: store is an apikey.Cache not created with NewCache", func() { NewCache(&Cache{}, CacheOptions{}) })
	testcheck.PanicsWith(t, "NewCache negative Size", "CacheOptions.Size is negative", func() { NewCache(NewMemoryStore(), CacheOptions{Size: -1}) })
	testcheck.PanicsWith(t, "NewCache negative TTL", "CacheOptions.TTL is negative", func() { NewCache(NewMemoryStore(), CacheOptions{TTL: -1}) })
	testcheck.PanicsWith(t, "NewCache negative LookupTimeout", "CacheOptions.LookupTimeout is negative", func() {
		NewCache(NewMemoryStore(), CacheOptions{LookupTimeout: -1})
	})
	testcheck.PanicsWith(t, "NewTracker nil store", "NewTracker: store is nil", func() { NewTracker(nil, 0, nil) })
	testcheck.PanicsWith(t, "NewTracker nil *MemoryStore", "NewTracker: store is a nil *apikey.MemoryStore", func() { NewTracker(nilMemory, 0, nil) })
	testcheck.PanicsWith(t, "NewTracker negative interval", "NewTracker: interval is negative", func() { NewTracker(NewMemoryStore(), -time.Second, nil) })
	testcheck.PanicsWith(t, "NewTracker zero logger", "NewTracker: logger has no handler", func() { NewTracker(NewMemoryStore(), 0, &slog.Logger{}) })

	// A negative NegativeTTL stays valid: it disables negative caching.
	testcheck.NoPanic(t, "NewCache negative NegativeTTL", func() { NewCache(NewMemoryStore(), CacheOptions{NegativeTTL: -1}) })
	// Zero arguments mean the defaults.
	testcheck.NoPanic(t, "NewTracker defaults", func() { NewTracker(NewMemoryStore(), 0, nil).Close() })
}

// TestZeroValuesDoNotPanic calls the methods of each exported type on its
// zero value and on nil (where the type is a pointer that reaches the
// gate): each fails, does nothing or works, and never panics.
func TestZeroValuesDoNotPanic(t *testing.T) {
	ctx := context.Background()
	key, rec, err := NewRecord(NewKey{Subject: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/mcp", nil)
	req.Header.Set(DefaultHeader, key)

	for name, a := range map[string]*Authenticator{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Authenticator", func() {
			if _, err := a.Authenticate(req); !errors.Is(err, mcpauth.ErrUnavailable) {
				t.Errorf("%s Authenticator.Authenticate: %v, want ErrUnavailable", name, err)
			}
			if h := a.CredentialHeaders(); h != nil {
				t.Errorf("%s Authenticator.CredentialHeaders: %q", name, h)
			}
		})
	}
	for name, c := range map[string]*Cache{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Cache", func() {
			if _, err := c.Lookup(ctx, rec.ID); err == nil || errors.Is(err, ErrNotFound) {
				t.Errorf("%s Cache.Lookup: %v, want a store failure", name, err)
			}
			c.Invalidate(rec.ID)
			c.Clear()
		})
	}
	for name, tr := range map[string]*Tracker{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Tracker", func() {
			tr.Seen(rec.ID)
			tr.Close()
			tr.Close()
		})
	}
	testcheck.NoPanic(t, "zero MemoryStore", func() {
		var s MemoryStore
		if _, err := s.Lookup(ctx, rec.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("Lookup: %v", err)
		}
		for what, err := range map[string]error{
			"Revoke":        s.Revoke(ctx, rec.ID, time.Time{}),
			"SetExpiry":     s.SetExpiry(ctx, rec.ID, time.Time{}),
			"TouchLastUsed": s.TouchLastUsed(ctx, rec.ID, time.Now()),
			"MarkReplaced":  s.MarkReplaced(ctx, rec.ID, "x", time.Now()),
		} {
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("%s on an empty store: %v", what, err)
			}
		}
		if list, err := s.List(ctx, Filter{}); err != nil || len(list) != 0 {
			t.Errorf("List: %v, %v", list, err)
		}
		if err := s.Insert(ctx, &rec); err != nil {
			t.Errorf("Insert: %v", err)
		}
		var s2 MemoryStore
		if err := s2.Put(rec); err != nil {
			t.Errorf("Put: %v", err)
		}
	})
	testcheck.NoPanic(t, "nil and zero Record", func() {
		var nilRec *Record
		if nilRec.Active(time.Now()) {
			t.Error("a nil record is active")
		}
		if (Filter{}).Match(nil, time.Now()) {
			t.Error("a nil record matches")
		}
		_ = (&Record{}).Active(time.Now())
		SortRecords(nil)
	})
}

// Regression (issue 10): a failed apikey.New returns a nil *Authenticator;
// handed to mcpauth.New unchecked, it panicked in CredentialHeaders. The
// gate now refuses it, naming the position.
func TestRegressionFailedNewRefusedByTheGate(t *testing.T) {
	a, err := New(Config{}) // no store: fails
	if err == nil || a != nil {
		t.Fatalf("New(Config{}) = %v, %v", a, err)
	}
	var gateErr error
	testcheck.NoPanic(t, "mcpauth.New with a nil *apikey.Authenticator", func() {
		_, gateErr = mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{a}})
	})
	if gateErr == nil || !strings.Contains(gateErr.Error(), "Options.Authenticators[0] is a nil *apikey.Authenticator") {
		t.Fatalf("mcpauth.New: %v", gateErr)
	}

	// An Authenticator that New did not make answers 503 through the gate.
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{&Authenticator{}}})
	if err != nil {
		t.Fatal(err)
	}
	h := gate.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		t.Error("a request passed an unconfigured authenticator")
	}))
	key, _, _ := NewRecord(NewKey{Subject: "alice"})
	req := httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
	req.Header.Set(DefaultHeader, key)
	rec := httptest.NewRecorder()
	testcheck.NoPanic(t, "gate with a zero apikey.Authenticator", func() { h.ServeHTTP(rec, req) })
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", rec.Code)
	}
}
