package main

import (
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// getReady fetches /ready and decodes its answer.
func getReady(t *testing.T, r *running) (int, string, map[string]string) {
	t.Helper()
	resp, err := http.Get(r.base + "/ready")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var rep struct {
		Status string `json:"status"`
		Checks []struct{ Name, Status, Reason string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil {
		t.Fatalf("/ready: %v", err)
	}
	if resp.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("/ready Cache-Control %q", resp.Header.Get("Cache-Control"))
	}
	checks := map[string]string{}
	for _, c := range rep.Checks {
		checks[c.Name] = c.Status
		if c.Reason != "" {
			checks[c.Name] += ": " + c.Reason
		}
	}
	return resp.StatusCode, rep.Status, checks
}

// /ready asks what the server was started with — the key store always,
// the JWT keys with -dev or -issuer, the Redis limiter with -redis — and
// the banner names it next to /health (its last line unchanged).
func TestReadyAsksWhatTheServerUses(t *testing.T) {
	redisURL := testenv.Redis(t)
	prefix := testenv.Unique("ready:")
	testenv.CleanRedis(t, redisURL, prefix)
	idp := start(t, nil, "-store", "memory:", "-dev", "-stateless")
	for _, c := range []struct {
		name  string
		args  []string
		names string
	}{
		{"memory store", []string{"-store", "memory:"}, "keys"},
		{"SQLite store", nil, "keys"},
		{"-dev", []string{"-store", "memory:", "-dev"}, "keys, jwks"},
		{"-issuer, discovered", []string{"-store", "memory:", "-issuer", idp.base + devPrefix}, "keys, jwks"},
		{"-redis", []string{"-store", "memory:", "-redis", redisURL + "?prefix=" + prefix}, "keys, ratelimit"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := start(t, nil, c.args...)
			if want := "  readiness:         " + r.base + "/ready (" + c.names + ")\n"; !strings.Contains(r.banner, want) ||
				!strings.Contains(r.banner, "  health:            "+r.base+"/health\n") || !strings.HasSuffix(r.banner, bannerEnd+"\n") {
				t.Errorf("banner lacks %q:\n%s", want, r.banner)
			}
			code, status, checks := getReady(t, r)
			if code != 200 || status != "ready" || len(checks) != len(strings.Split(c.names, ", ")) {
				t.Fatalf("/ready: %d %s %v", code, status, checks)
			}
			for _, name := range strings.Split(c.names, ", ") {
				if checks[name] != "ok" {
					t.Errorf("check %s: %q", name, checks[name])
				}
			}
			resp, err := http.Post(r.base+"/ready", "application/json", nil)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("POST /ready: %d", resp.StatusCode)
			}
		})
	}
}

// The example's Redis limiter falls back to local limits: with Redis
// down the server still serves, so /ready says 200 "degraded", while
// /health knows nothing of it.
func TestReadyDegradedWithoutRedis(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	testlog.Secret(t, "s3cret-redis") // in no log line
	r := start(t, nil, "-store", "memory:", "-redis", "redis://:s3cret-redis@"+addr+"/0")
	code, status, checks := getReady(t, r)
	if code != 200 || status != "degraded" || checks["keys"] != "ok" || !strings.HasPrefix(checks["ratelimit"], "degraded: ") ||
		!strings.Contains(checks["ratelimit"], "per replica") || strings.Contains(checks["ratelimit"], "s3cret") {
		t.Fatalf("/ready: %d %s %v", code, status, checks)
	}
	resp, err := http.Get(r.base + "/health")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("/health: %d", resp.StatusCode)
	}
}
