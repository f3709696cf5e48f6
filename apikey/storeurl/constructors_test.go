package storeurl

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/internal/testcheck"
)

func TestOpenRefusesBadInput(t *testing.T) {
	var nilCtx context.Context
	ctx := context.Background()
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"Open nil ctx", func() error { _, err := Open(nilCtx, "memory:"); return err }, "ctx is nil"},
		{"Migrate nil ctx", func() error { _, err := Migrate(nilCtx, "memory:"); return err }, "ctx is nil"},
		{"Open empty URL", func() error { _, err := Open(ctx, ""); return err }, "store URL is empty"},
		{"Migrate empty URL", func() error { _, err := Migrate(ctx, ""); return err }, "store URL is empty"},
		{"Open no scheme", func() error { _, err := Open(ctx, "keys.db"); return err }, "is not a store URL"},
		{"Open unknown scheme", func() error { _, err := Open(ctx, "ftp://x"); return err }, `unsupported store "ftp"`},
		{"Open sqlite without path", func() error { _, err := Open(ctx, "sqlite:"); return err }, "needs a file path"},
	} {
		var err error
		testcheck.NoPanic(t, c.name, func() { err = c.call() })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error naming %q", c.name, err, c.want)
		}
	}
}

// TestZeroStoreDoesNotPanic: a Store without a Manager answers ErrNotOpen
// from every method, and Close does nothing.
func TestZeroStoreDoesNotPanic(t *testing.T) {
	ctx := context.Background()
	_, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	testcheck.NoPanic(t, "zero Store", func() {
		var s Store
		_, lerr := s.Lookup(ctx, rec.ID)
		_, listErr := s.List(ctx, apikey.Filter{})
		for what, err := range map[string]error{
			"Lookup":        lerr,
			"List":          listErr,
			"Insert":        s.Insert(ctx, &rec),
			"Revoke":        s.Revoke(ctx, rec.ID, time.Now()),
			"SetExpiry":     s.SetExpiry(ctx, rec.ID, time.Now()),
			"TouchLastUsed": s.TouchLastUsed(ctx, rec.ID, time.Now()),
			"MarkReplaced":  s.MarkReplaced(ctx, rec.ID, "x", time.Now()),
		} {
			if !errors.Is(err, ErrNotOpen) {
				t.Errorf("Store.%s: %v, want ErrNotOpen", what, err)
			}
		}
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
		var nilStore *Store
		if err := nilStore.Close(); err != nil {
			t.Errorf("nil Close: %v", err)
		}
	})
	// Used as an authenticator's store, it answers 503, not a panic.
	a, err := apikey.New(apikey.Config{Store: &Store{}})
	if err != nil {
		t.Fatal(err)
	}
	key, _, _ := apikey.NewRecord(apikey.NewKey{Subject: "alice"})
	req := httptest.NewRequest(http.MethodPost, "/mcp", nil)
	req.Header.Set(apikey.DefaultHeader, key)
	testcheck.NoPanic(t, "Authenticate on a zero Store", func() {
		if _, err := a.Authenticate(req); !errors.Is(err, mcpauth.ErrUnavailable) {
			t.Errorf("Authenticate: %v, want ErrUnavailable", err)
		}
	})
	// DefaultURL with a nil getenv reads the environment.
	testcheck.NoPanic(t, "DefaultURL(nil)", func() { _, _ = DefaultURL(nil) })
}

// A store that Open returned still works through the forwarding methods.
func TestOpenedStoreForwards(t *testing.T) {
	s, err := Open(context.Background(), "memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, _, err := apikey.Create(context.Background(), s, apikey.NewKey{Subject: "alice"}); err != nil {
		t.Fatal(err)
	}
	if list, err := s.List(context.Background(), apikey.Filter{}); err != nil || len(list) != 1 {
		t.Fatalf("List: %v, %v", list, err)
	}
}
