package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/internal/testlog"
)

// TestMetrics: a call allowed, one denied for scope, one rate-limited and
// one with a bad key each move their counter in /metrics, and each
// request is timed.
func TestMetrics(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	key, err := setup(context.Background(), mux, srv.URL+"/mcp", testlog.Writer(t)) // the audit log, scanned for secrets
	if err != nil {
		t.Fatal(err)
	}
	testlog.Secret(t, key)
	testlog.Secret(t, "mcp_AAAAAAAAAAAA_notavalidkeynotavalidkeynotavalidkey1") // the bad key below
	post := func(apiKey, tool string) int {
		t.Helper()
		req, _ := http.NewRequest("POST", srv.URL+"/mcp", strings.NewReader(
			`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"`+tool+`","arguments":{}}}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
		req.Header.Set("X-API-Key", apiKey)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	before := scrape(t, srv.URL)
	for _, c := range []struct {
		key, tool string
		status    int
	}{
		{key, "whoami", 200},
		{key, "purge_cache", 403},
		{key, "echo", 200},
		{key, "echo", 429},
		{"mcp_AAAAAAAAAAAA_notavalidkeynotavalidkeynotavalidkey1", "whoami", 401},
	} {
		if got := post(c.key, c.tool); got != c.status {
			t.Fatalf("%s: status %d, want %d", c.tool, got, c.status)
		}
	}
	after := scrape(t, srv.URL)
	for _, c := range []struct {
		series string
		labels []string
		delta  float64
	}{
		{"mcpauth_decisions_total", []string{`mcpauth_outcome="allowed"`, `gen_ai_tool_name="whoami"`, `mcp_method_name="tools/call"`, `mcpauth_authenticator="apikey"`}, 1},
		{"mcpauth_decisions_total", []string{`mcpauth_outcome="allowed"`, `gen_ai_tool_name="echo"`}, 1},
		{"mcpauth_decisions_total", []string{`mcpauth_outcome="forbidden"`, `mcpauth_reason="insufficient_scope"`, `gen_ai_tool_name="purge_cache"`}, 1},
		{"mcpauth_decisions_total", []string{`mcpauth_outcome="rate_limited"`, `mcpauth_reason="rate_limited"`, `mcpauth_rate_limit_policy="echo"`, `gen_ai_tool_name="echo"`}, 1},
		{"mcpauth_decisions_total", []string{`mcpauth_outcome="unauthenticated"`, `mcpauth_reason="invalid_credential"`}, 1},
		{"mcpauth_auth_duration_seconds_count", []string{`mcpauth_outcome="allowed"`}, 2},
		{"mcpauth_auth_duration_seconds_count", []string{`mcpauth_outcome="unauthenticated"`}, 1},
		{"mcpauth_request_duration_seconds_count", []string{`http_response_status_code="429"`, `mcpauth_outcome="rate_limited"`}, 1},
		{"mcpauth_request_duration_seconds_count", []string{`http_response_status_code="403"`}, 1},
		// Every well-formed key is looked up in the store; the bad one fails its checksum first.
		{"mcpauth_dependency_duration_seconds_count", []string{`mcpauth_call="apikey.lookup"`}, 4},
	} {
		if d := sum(after, c.series, c.labels) - sum(before, c.series, c.labels); d != c.delta {
			t.Errorf("%s%v moved by %v, want %v", c.series, c.labels, d, c.delta)
		}
	}
	if t.Failed() {
		for _, l := range after {
			if strings.HasPrefix(l, "mcpauth_") {
				t.Log(l)
			}
		}
	}
	for _, l := range after {
		if strings.Contains(l, key) || strings.Contains(l, "notavalidkey") || strings.Contains(l, `subject="`) {
			t.Errorf("a credential or an identity in /metrics: %s", l)
		}
	}
}

// scrape returns the sample lines of /metrics.
func scrape(t *testing.T, base string) []string {
	t.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("/metrics: %s", resp.Status)
	}
	var lines []string
	for sc := bufio.NewScanner(resp.Body); sc.Scan(); {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	return lines
}

// sum adds the values of series' samples whose labels include all of
// labels.
func sum(lines []string, series string, labels []string) float64 {
	var total float64
next:
	for _, l := range lines {
		name, rest, ok := strings.Cut(l, "{")
		if !ok || name != series {
			continue
		}
		lbls, value, ok := strings.Cut(rest, "} ")
		if !ok {
			continue
		}
		for _, want := range labels {
			if !strings.Contains(","+lbls+",", ","+want+",") {
				continue next
			}
		}
		v, err := strconv.ParseFloat(strings.Fields(value)[0], 64)
		if err == nil {
			total += v
		}
	}
	return total
}
