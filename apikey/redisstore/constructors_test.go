package redisstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/redisstore"
	"github.com/mcpauth/mcpauth/internal/testcheck"
)

func TestConstructorsRefuseBadInput(t *testing.T) {
	// New does not contact Redis: an address nobody listens on will do.
	client := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1"})
	t.Cleanup(func() { _ = client.Close() })
	var nilClient *redis.Client
	var nilCache *apikey.Cache
	var nilCtx context.Context
	ctx := context.Background()
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"New nil client", func() error { _, err := redisstore.New(nil, redisstore.Options{}); return err }, "client is nil"},
		{"New nil *redis.Client", func() error { _, err := redisstore.New(nilClient, redisstore.Options{}); return err }, "client is nil"},
		{"New prefix without hash tag", func() error {
			_, err := redisstore.New(client, redisstore.Options{Prefix: "keys:"})
			return err
		}, `prefix "keys:" has no hash tag`},
		{"New empty hash tag", func() error { _, err := redisstore.New(client, redisstore.Options{Prefix: "{}:"}); return err }, "has no hash tag"},
		{"Subscribe nil ctx", func() error {
			_, err := redisstore.Subscribe(nilCtx, client, "ch", apikey.NewCache(apikey.NewMemoryStore(), apikey.CacheOptions{}))
			return err
		}, "Subscribe: ctx is nil"},
		{"Subscribe nil client", func() error { _, err := redisstore.Subscribe(ctx, nil, "ch", nilCache); return err }, "Subscribe: client is nil"},
		{"Subscribe nil *redis.Client", func() error {
			_, err := redisstore.Subscribe(ctx, nilClient, "ch", apikey.NewCache(apikey.NewMemoryStore(), apikey.CacheOptions{}))
			return err
		}, "Subscribe: client is nil"},
		{"Subscribe empty channel", func() error {
			_, err := redisstore.Subscribe(ctx, client, "", apikey.NewCache(apikey.NewMemoryStore(), apikey.CacheOptions{}))
			return err
		}, "Subscribe: channel is empty"},
		{"Subscribe nil inv", func() error { _, err := redisstore.Subscribe(ctx, client, "ch", nil); return err }, "Subscribe: inv is nil"},
		{"Subscribe nil *apikey.Cache", func() error { _, err := redisstore.Subscribe(ctx, client, "ch", nilCache); return err }, "Subscribe: inv is nil"},
	} {
		var err error
		testcheck.NoPanic(t, c.name, func() { err = c.call() })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error naming %q", c.name, err, c.want)
		}
	}
}

// TestZeroStoreDoesNotPanic: every method of a Store that New did not make
// fails, without touching Redis.
func TestZeroStoreDoesNotPanic(t *testing.T) {
	ctx := context.Background()
	_, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*redisstore.Store{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Store", func() {
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
				if err == nil || !strings.Contains(err.Error(), "not created with New") {
					t.Errorf("%s Store.%s: %v", name, what, err)
				}
			}
			if ch := s.InvalidationChannel(); ch != "" {
				t.Errorf("%s Store.InvalidationChannel: %q", name, ch)
			}
		})
	}
	// Nor can such a store reach an authenticator unnoticed: its lookups
	// fail (503), and a nil one is refused by apikey.New.
	var nilStore *redisstore.Store
	if _, err := apikey.New(apikey.Config{Store: nilStore}); err == nil {
		t.Error("apikey.New accepted a nil *redisstore.Store")
	}
}
