package storeurl

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/internal/testenv"
)

var _ mcpauth.Checker = Store{}

// Every kind of store answers Ready through the Store Open returns; a
// store that went away does not, and the readiness answer never shows
// the password of its URL.
func TestReadyOfEachKind(t *testing.T) {
	ctx := context.Background()
	for kind, u := range map[string]func(t *testing.T) string{
		"memory": func(*testing.T) string { return "memory:" },
		"sqlite": func(t *testing.T) string { return "sqlite:" + filepath.Join(t.TempDir(), "keys.db") },
		"postgres": func(t *testing.T) string {
			u := testenv.Postgres(t)
			m, err := Migrate(ctx, u)
			if err != nil {
				t.Fatal(err)
			}
			m.Close()
			return u
		},
		"redis": func(t *testing.T) string {
			return testenv.Redis(t) + "?prefix=" + url.QueryEscape(testenv.Unique("su:")+"{k}:")
		},
	} {
		t.Run(kind, func(t *testing.T) {
			s, err := Open(ctx, u(t))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.Ready(ctx); err != nil {
				t.Fatalf("Ready = %v", err)
			}
			// Behind the Cache the authenticator uses, the same answer.
			if err := apikey.NewCache(s, apikey.CacheOptions{}).Ready(ctx); err != nil {
				t.Fatalf("Cache.Ready = %v", err)
			}
			if kind == "memory" {
				return
			}
			s.Close()
			if err := s.Ready(ctx); err == nil {
				t.Fatal("Ready after Close")
			}
		})
	}
}

func TestReadyRedisDownHidesThePassword(t *testing.T) {
	const password = "hunter2-redis"
	s, err := Open(context.Background(), "redis://app:"+password+"@127.0.0.1:1/0?prefix=x{k}:&dial_timeout=200ms")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: []mcpauth.Check{{Name: "keys", Checker: apikey.NewCache(s, apikey.CacheOptions{})}}})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/ready", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "redisstore: Redis does not answer") ||
		strings.Contains(rec.Body.String(), password) {
		t.Fatalf("/ready: %d %s", rec.Code, rec.Body)
	}
}

func TestReadyOfAStoreOpenDidNotReturn(t *testing.T) {
	if err := (Store{}).Ready(context.Background()); !errors.Is(err, ErrNotOpen) {
		t.Fatalf("zero Store: %v", err)
	}
}
