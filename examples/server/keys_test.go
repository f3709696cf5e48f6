package main

import (
	"context"
	"io"
	"net"
	"net/http/httptest"
	"net/url"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/storeurl"
	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// buildCLI builds cmd/mcpauth once per test binary run.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "mcpauth")
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	out, err := exec.Command(goBin, "build", "-o", bin, "../../cmd/mcpauth").CombinedOutput()
	if err != nil {
		t.Fatalf("building the CLI: %v\n%s", err, out)
	}
	return bin
}

func cli(t *testing.T, bin string, env []string, args ...string) (stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var o, e strings.Builder
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		t.Fatalf("mcpauth %s: %v\n%s", strings.Join(args, " "), err, e.String())
	}
	return o.String(), e.String()
}

// whoamiStatus calls tools/call whoami statelessly and returns the status.
func whoamiStatus(t *testing.T, url, key string) (int, map[string]any) {
	t.Helper()
	resp, body := post(t, url, map[string]string{"X-API-Key": key},
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`)
	if resp.StatusCode != 200 {
		return resp.StatusCode, nil
	}
	sc, _ := result(t, body)["structuredContent"].(map[string]any)
	return 200, sc
}

// A key created with the CLI authenticates a tools/call on the example
// server pointed at the same store, is listed without its secret, and stops
// working right after revoke: within keyCacheTTL for SQL stores,
// at once (pub/sub) for Redis.
func TestCLIKeysWorkInServer(t *testing.T) {
	bin := buildCLI(t)
	stores := map[string]func(t *testing.T) string{
		"postgres": func(t *testing.T) string { return testenv.Postgres(t) },
		"redis": func(t *testing.T) string {
			u, prefix := testenv.Redis(t), testenv.Unique("e2e:")+"{k}:"
			testenv.CleanRedis(t, u, prefix)
			return u + "?prefix=" + url.QueryEscape(prefix)
		},
	}
	for name, storeURL := range stores {
		t.Run(name, func(t *testing.T) {
			store := storeURL(t)
			env := []string{"MCPAUTH_STORE=" + store, "HOME=" + t.TempDir()}
			cli(t, bin, env, "keys", "migrate") // the deployment step; Redis needs none
			key, _ := cli(t, bin, env, "keys", "create", "--subject", "carol", "--scopes", "tools", "--name", "e2e")
			key = strings.TrimSpace(key)
			id, err := apikey.ParseID(key, apikey.DefaultPrefix)
			if err != nil {
				t.Fatalf("CLI printed %q", key)
			}

			srv := start(t, nil, "-stateless", "-store", store)
			url := srv.base + "/mcp"
			code, who := whoamiStatus(t, url, key)
			if code != 200 || who["subject"] != "carol" || who["key_id"] != id {
				t.Fatalf("tools/call with the CLI's key: %d %v", code, who)
			}

			listed, _ := cli(t, bin, env, "keys", "list")
			if !strings.Contains(listed, id) || strings.Contains(listed, key[len(key)-38:]) {
				t.Fatalf("list:\n%s", listed)
			}

			cli(t, bin, env, "keys", "revoke", id)
			bound := keyCacheTTL + time.Second
			if name == "redis" {
				bound = 2 * time.Second // invalidated through pub/sub, not by TTL
			}
			deadline := time.Now().Add(bound)
			for {
				code, _ := whoamiStatus(t, url, key)
				if code == 401 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("revoked key still answered %d after %v", code, bound)
				}
				// polls a server in another process, whose clock cannot be injected
				time.Sleep(50 * time.Millisecond)
			}
		})
	}
}

// With no store given, the CLI and the server share a SQLite file in the
// data directory, and keys survive a server restart.
func TestDefaultStoreSharedAndPersistent(t *testing.T) {
	bin := buildCLI(t)
	dataDir := t.TempDir()
	key, _ := cli(t, bin, []string{"MCPAUTH_DATA_DIR=" + dataDir}, "keys", "create", "--subject", "dave", "--scopes", "tools")
	key = strings.TrimSpace(key)
	for range 2 { // a restart keeps the key
		srv := start(t, map[string]string{"MCPAUTH_DATA_DIR": dataDir}, "-stateless")
		if code, who := whoamiStatus(t, srv.base+"/mcp", key); code != 200 || who["subject"] != "dave" {
			t.Fatalf("CLI key in the default store: %d %v", code, who)
		}
		if !strings.Contains(srv.banner, "sqlite store") {
			t.Fatalf("banner:\n%s", srv.banner)
		}
	}
	// Each start makes a development key of its own and revokes none.
	listed, _ := cli(t, bin, []string{"MCPAUTH_DATA_DIR=" + dataDir}, "keys", "list", "--subject", devSubject)
	if n := strings.Count(listed, devKeyName+", pid "); n != 2 {
		t.Fatalf("%d active development keys after two starts, want 2:\n%s", n, listed)
	}
}

// Starting a second server on the same store (the default SQLite file)
// leaves the first one's development key working: both printed keys work
// on both servers, and the banner says what becomes of them.
func TestSecondServerKeepsFirstDevKey(t *testing.T) {
	dataDir := t.TempDir()
	first := start(t, map[string]string{"MCPAUTH_DATA_DIR": dataDir}, "-stateless")
	second := start(t, map[string]string{"MCPAUTH_DATA_DIR": dataDir}, "-stateless")
	if first.key == "" || second.key == "" || first.key == second.key {
		t.Fatalf("development keys %q and %q", first.key, second.key)
	}
	for _, srv := range []*running{first, second} {
		for _, key := range []string{first.key, second.key} {
			if code, who := whoamiStatus(t, srv.base+"/mcp", key); code != 200 || who["subject"] != devSubject {
				t.Errorf("key %s on %s: %d %v", apikey.Redact(key), srv.base, code, who)
			}
		}
		for _, want := range []string{"every start makes a new one, and other servers on this store keep theirs",
			"for 24 hours after it stops", "pass it as -api-key to keep it for good"} {
			if !strings.Contains(srv.banner, want) {
				t.Errorf("the banner does not say %q:\n%s", want, srv.banner)
			}
		}
	}
}

// A generated development key is leased for devKeyLease and renewed by its
// server; a renewal leaves a revoked or rotated key as it is and stops.
// Given back with -api-key it is kept for good — even after its lease ran
// out — and its maker stops renewing it; a revoked one is refused.
func TestDevKeyLease(t *testing.T) {
	ctx := context.Background()
	storeURL := "sqlite:" + filepath.Join(t.TempDir(), "keys.db")
	store, err := storeurl.Open(ctx, storeURL)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	clock := testcheck.NewClock(time.Now())
	newTestApp := func(apiKey string) (*app, error) {
		cfg, err := parseConfig([]string{"-store", storeURL}, func(string) string { return "" }, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		cfg.apiKey, cfg.now = apiKey, clock.Now
		a, err := newApp(ctx, cfg, &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8000}, testlog.New(t))
		if err == nil {
			t.Cleanup(a.close)
		}
		return a, err
	}
	mustApp := func(apiKey string) *app {
		a, err := newTestApp(apiKey)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	lookup := func(id string) *apikey.Record {
		rec, err := store.Lookup(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return rec
	}
	near := func(got, want time.Time) bool {
		d := got.Sub(want)
		return d > -time.Millisecond && d < time.Millisecond
	}
	auth, _ := apikey.New(apikey.Config{Store: store, DisableCache: true})
	works := func(key string) bool {
		req := httptest.NewRequest("POST", "/mcp", nil)
		req.Header.Set("X-API-Key", key)
		_, err := auth.Authenticate(req)
		return err == nil
	}

	a := mustApp("")
	t0 := clock.Now()
	if rec := lookup(a.keyID); !near(rec.ExpiresAt, t0.Add(devKeyLease)) || !isGeneratedDevKey(rec) || !strings.Contains(rec.Name, "127.0.0.1:8000") {
		t.Fatalf("generated key: name %q, expires %v, want %v", rec.Name, rec.ExpiresAt, t0.Add(devKeyLease))
	}
	clock.Add(5 * time.Hour)
	if more, err := a.renewDevKey(ctx); !more || err != nil {
		t.Fatalf("renew: %t %v", more, err)
	}
	if rec := lookup(a.keyID); !near(rec.ExpiresAt, t0.Add(5*time.Hour+devKeyLease)) {
		t.Fatalf("renewed lease ends %v, want %v", rec.ExpiresAt, t0.Add(5*time.Hour+devKeyLease))
	}

	// Revoked, rotated: the renewal leaves the key as it is, and stops.
	revoked, rotated := mustApp(""), mustApp("")
	if err := store.Revoke(ctx, revoked.keyID, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, _, err := apikey.Rotate(ctx, store, rotated.keyID, time.Hour, apikey.NewKey{}); err != nil {
		t.Fatal(err)
	}
	clock.Add(time.Hour)
	for _, b := range []*app{revoked, rotated} {
		before := lookup(b.keyID)
		if more, err := b.renewDevKey(ctx); more || err != nil {
			t.Errorf("renewing a revoked or rotated key: %t %v", more, err)
		}
		if after := lookup(b.keyID); !after.ExpiresAt.Equal(before.ExpiresAt) {
			t.Errorf("the renewal moved the end of a revoked or rotated key from %v to %v", before.ExpiresAt, after.ExpiresAt)
		}
	}
	if a.keyID == revoked.keyID || !lookup(a.keyID).Active(time.Now()) {
		t.Fatal("starting more servers touched the first one's key")
	}

	// The first key's lease runs out (its server stopped a day ago)...
	if err := store.SetExpiry(ctx, a.keyID, time.Now().Add(-time.Minute)); err != nil {
		t.Fatal(err)
	}
	if works(a.devKey) {
		t.Fatal("a key past its lease still works")
	}
	// ... and given back with -api-key it is kept for good.
	kept := mustApp(a.devKey)
	if rec := lookup(a.keyID); !rec.ExpiresAt.IsZero() || !kept.adopted || !works(a.devKey) {
		t.Fatalf("-api-key with a generated key: expires %v, adopted %t, works %t", rec.ExpiresAt, kept.adopted, works(a.devKey))
	}
	var banner strings.Builder
	kept.printBanner(&banner)
	if !strings.Contains(banner.String(), "no longer expires") {
		t.Errorf("banner:\n%s", banner.String())
	}
	if more, err := a.renewDevKey(ctx); more || err != nil || !lookup(a.keyID).ExpiresAt.IsZero() {
		t.Fatalf("the maker renewed a key kept for good: %t %v", more, err)
	}

	if _, err := newTestApp(revoked.devKey); err == nil || !strings.Contains(err.Error(), "revoked") {
		t.Fatalf("-api-key with a revoked development key: %v", err)
	}
}

// -rate limits each caller; -redis shares the limit through Redis.
func TestRateLimits(t *testing.T) {
	for name, extra := range map[string]func(t *testing.T) []string{
		"memory": func(*testing.T) []string { return nil },
		"redis": func(t *testing.T) []string {
			u, prefix := testenv.Redis(t), testenv.Unique("e2e-rl:")
			testenv.CleanRedis(t, u, prefix)
			return []string{"-redis", u + "?prefix=" + prefix}
		},
	} {
		t.Run(name, func(t *testing.T) {
			srv := start(t, nil, append([]string{"-stateless", "-rate", "2/h"}, extra(t)...)...)
			if !strings.Contains(srv.banner, "2/h per caller") {
				t.Fatalf("banner:\n%s", srv.banner)
			}
			url := srv.base + "/mcp"
			h := map[string]string{"X-API-Key": srv.key}
			call := `{"jsonrpc":"2.0","id":41,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`
			for i := range 2 {
				resp, _ := post(t, url, h, call)
				if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("RateLimit"), `"caller";r=`) {
					t.Fatalf("call %d: %d %v", i, resp.StatusCode, resp.Header)
				}
			}
			resp, body := post(t, url, h, call)
			if resp.StatusCode != 429 || resp.Header.Get("Retry-After") == "" || !strings.Contains(body, `"id":41`) {
				t.Fatalf("third call: %d %v %s", resp.StatusCode, resp.Header, body)
			}
		})
	}
}

// Keys hashed with a pepper (MCPAUTH_PEPPER) by the CLI work in a server
// given the same pepper, and only then.
func TestPepperSharedByCLIAndServer(t *testing.T) {
	bin := buildCLI(t)
	dataDir := t.TempDir()
	key, _ := cli(t, bin, []string{"MCPAUTH_DATA_DIR=" + dataDir, "MCPAUTH_PEPPER=s3cret"}, "keys", "create", "--subject", "erin", "--scopes", "tools")
	key = strings.TrimSpace(key)
	with := start(t, map[string]string{"MCPAUTH_DATA_DIR": dataDir, "MCPAUTH_PEPPER": "s3cret"}, "-stateless")
	if code, who := whoamiStatus(t, with.base+"/mcp", key); code != 200 || who["subject"] != "erin" {
		t.Fatalf("with the pepper: %d %v", code, who)
	}
	if code, _ := whoamiStatus(t, with.base+"/mcp", with.key); code != 200 {
		t.Fatalf("the server's own development key, peppered: %d", code)
	}
	without := start(t, map[string]string{"MCPAUTH_DATA_DIR": dataDir}, "-stateless")
	if code, _ := whoamiStatus(t, without.base+"/mcp", key); code != 401 {
		t.Fatalf("without the pepper: %d", code)
	}
}

// A configured development key that was revoked stops the server at once,
// instead of starting one whose every request fails.
func TestRevokedConfiguredKeyRefused(t *testing.T) {
	bin := buildCLI(t)
	dataDir := t.TempDir()
	env := []string{"MCPAUTH_DATA_DIR=" + dataDir}
	key, _ := cli(t, bin, env, "keys", "create", "--subject", devSubject)
	key = strings.TrimSpace(key)
	cli(t, bin, env, "keys", "revoke", key)
	testlog.Secret(t, key)
	err := run(context.Background(), []string{"-addr", "127.0.0.1:0", "-api-key", key},
		func(k string) string { return map[string]string{"MCPAUTH_DATA_DIR": dataDir}[k] }, io.Discard, testlog.Writer(t))
	if err == nil || !strings.Contains(err.Error(), "revoked") {
		t.Fatalf("start with a revoked -api-key: %v", err)
	}
}
