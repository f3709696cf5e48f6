package storeurl

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/mcpctx"
)

func TestOpenEachKind(t *testing.T) {
	ctx := context.Background()
	redisURL := func(t *testing.T) string {
		u, prefix := testenv.Redis(t), testenv.Unique("su:")+"{k}:"
		testenv.CleanRedis(t, u, prefix)
		return u + "?prefix=" + url.QueryEscape(prefix)
	}
	for kind, u := range map[string]func(t *testing.T) string{
		"memory":   func(*testing.T) string { return "memory:" },
		"sqlite":   func(t *testing.T) string { return "sqlite:" + filepath.Join(t.TempDir(), "new", "dir", "keys.db") },
		"postgres": func(t *testing.T) string { return testenv.Postgres(t) },
		"redis":    redisURL,
	} {
		t.Run(kind, func(t *testing.T) {
			url := u(t)
			if kind == "postgres" {
				if _, err := Open(ctx, url); err == nil || !strings.Contains(err.Error(), "migrate") {
					t.Fatalf("Open before migration: %v", err)
				}
				m, err := Migrate(ctx, url)
				if err != nil {
					t.Fatal(err)
				}
				m.Close()
			}
			s, err := Open(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if s.Kind != kind {
				t.Fatalf("Kind %q", s.Kind)
			}
			key, _, err := apikey.Create(ctx, s, apikey.NewKey{Subject: "alice"})
			if err != nil {
				t.Fatal(err)
			}
			a, _ := apikey.New(apikey.Config{Store: s})
			r := httptest.NewRequest("POST", "/", nil)
			r.Header.Set("X-API-Key", key)
			if _, err := a.Authenticate(r); err != nil {
				t.Fatal(err)
			}
			if (s.Redis != nil) != (kind == "redis") || (s.InvalidationChannel != "") != (kind == "redis") {
				t.Fatal("Redis fields")
			}
		})
	}
}

// A store that cannot be reached makes the gate answer 503, for every kind.
func TestStoreDownIs503(t *testing.T) {
	ctx := context.Background()
	key, _, _ := apikey.Generate(apikey.DefaultPrefix)
	for kind, u := range map[string]string{
		"postgres": "postgres://postgres@127.0.0.1:1/test?sslmode=disable",
		"redis":    "redis://127.0.0.1:1/0?prefix=x{k}:",
	} {
		t.Run(kind, func(t *testing.T) {
			s, err := Open(ctx, u)
			if kind == "postgres" {
				// Open checks the table, so it reaches the database and fails.
				if err == nil {
					t.Fatal("Open of an unreachable PostgreSQL succeeded")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			a, _ := apikey.New(apikey.Config{Store: apikey.NewCache(s, apikey.CacheOptions{})})
			g, _ := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{a}})
			h := g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				p, _ := mcpctx.PrincipalFrom(r.Context())
				t.Errorf("request passed a dead store as %v", p)
			}))
			r := httptest.NewRequest("POST", "/mcp", nil)
			r.Header.Set("X-API-Key", key)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			if rec.Code != http.StatusServiceUnavailable {
				t.Fatalf("status %d, want 503", rec.Code)
			}
		})
	}
	// A SQLite file that vanished under a running store: 503 too.
	path := filepath.Join(t.TempDir(), "keys.db")
	s, err := Open(ctx, "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close() // closed database
	a, _ := apikey.New(apikey.Config{Store: s})
	r := httptest.NewRequest("POST", "/", nil)
	r.Header.Set("X-API-Key", key)
	if _, err := a.Authenticate(r); !errors.Is(err, mcpauth.ErrUnavailable) {
		t.Fatalf("closed SQLite: %v", err)
	}
}

// Paths with URI characters are files, not URIs.
func TestSQLitePathsAreLiteral(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a#b.db", "c%41.db", "d?e.db"} {
		s, err := Open(context.Background(), "sqlite:"+filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		s.Close()
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s: the file made was not %s: %v", name, name, err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, u := range []string{"", "keys.db", "mysql://x", "sqlite:", "redis://h/0?prefix=noTag", "postgres://u:hunter2@%zz", "redis://u:hunter2@%zz", "redis://u:hunter2@h/notadb"} {
		_, err := Open(ctx, u)
		if err == nil {
			t.Errorf("%q accepted", u)
			continue
		}
		if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("error shows the password: %v", err)
		}
	}
}

func TestDefaultURL(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"MCPAUTH_DATA_DIR": "/d", "XDG_DATA_HOME": "/x", "HOME": "/h"}, "sqlite:/d/keys.db"},
		{map[string]string{"XDG_DATA_HOME": "/x", "HOME": "/h"}, "sqlite:/x/mcpauth/keys.db"},
		{map[string]string{"HOME": "/h"}, "sqlite:/h/.local/share/mcpauth/keys.db"},
	}
	for _, c := range cases {
		if got, err := DefaultURL(env(c.env)); err != nil || got != c.want {
			t.Errorf("%v: %q %v", c.env, got, err)
		}
	}
	if _, err := DefaultURL(env(nil)); err == nil {
		t.Error("no directory at all accepted")
	}
}

// blackHole accepts connections and never answers, as a host behind a
// dropped route or a hung server does.
func blackHole(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c) // held open, never read
		}
	}()
	t.Cleanup(func() { ln.Close() })
	return ln.Addr().String()
}

// A store that stops answering gives 503 within the lookup timeout.
func TestSilentStoreIs503WithinTimeout(t *testing.T) {
	s, err := Open(context.Background(), "redis://"+blackHole(t)+"/0?prefix=x{k}:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, _ := apikey.New(apikey.Config{Store: s, LookupTimeout: 300 * time.Millisecond})
	key, _, _ := apikey.Generate(apikey.DefaultPrefix)
	r := httptest.NewRequest("POST", "/", nil)
	r.Header.Set("X-API-Key", key)
	start := time.Now()
	_, err = a.Authenticate(r)
	if !errors.Is(err, mcpauth.ErrUnavailable) || time.Since(start) > 1500*time.Millisecond {
		t.Fatalf("silent store: %v after %v (LookupTimeout 300ms)", err, time.Since(start))
	}
}
