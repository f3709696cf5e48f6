package otelaudit_test

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"strings"
	"testing"
	"time"

	"go.opentelemetry.io/otel"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/audit/otelaudit"
)

// TestMetricsFromTheChain: a tools/call allowed, one denied for scope,
// one rate-limited and one with a bad key each move the decision counter
// under their own attributes, and each request is timed once.
func TestMetricsFromTheChain(t *testing.T) {
	s := newStack(t)
	key := map[string]string{"X-API-Key": s.reader}
	for _, c := range []struct {
		h      map[string]string
		body   string
		status int
	}{
		{key, call("whoami"), 200},
		{key, call("purge_cache"), 403},
		{key, call("echo"), 200},
		{key, call("echo"), 429},
		{map[string]string{"X-API-Key": "mcp_AAAAAAAAAAAA_notavalidkeynotavalidkeynotavalidkey1"}, call("whoami"), 401},
		{map[string]string{"Mcp-Protocol-Version": "2025-03-26"}, `[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","id":2,"method":"tools/list"}]`, 200},
	} {
		if got := s.post(t, c.h, c.body); got != c.status {
			t.Fatalf("%s: status %d, want %d", c.body, got, c.status)
		}
	}
	m := collect(t, s.mr)
	const tool = "gen_ai.tool.name=%s,mcp.method.name=tools/call,mcpauth.authenticator=apikey,mcpauth.outcome=%s"
	want := map[string]int64{
		fmt.Sprintf(tool, "whoami", "allowed"):                                                                    1,
		fmt.Sprintf(tool, "purge_cache", "forbidden") + ",mcpauth.reason=insufficient_scope":                      1,
		fmt.Sprintf(tool, "echo", "allowed"):                                                                      1,
		fmt.Sprintf(tool, "echo", "rate_limited") + ",mcpauth.rate_limit.policy=echo,mcpauth.reason=rate_limited": 1,
		"mcpauth.outcome=unauthenticated,mcpauth.reason=invalid_credential":                                       1,
		// A public batch of two: one decision per operation.
		"mcp.method.name=ping,mcpauth.authenticator=anonymous,mcpauth.outcome=allowed":       1,
		"mcp.method.name=tools/list,mcpauth.authenticator=anonymous,mcpauth.outcome=allowed": 1,
	}
	if got := counts(t, m[otelaudit.DecisionsMetric]); !maps.Equal(got, want) {
		t.Errorf("%s:\n got %v\nwant %v", otelaudit.DecisionsMetric, got, want)
	}
	if d := m[otelaudit.DecisionsMetric]; d.Unit != "{decision}" || d.Description == "" {
		t.Errorf("decisions: unit %q, description %q", d.Unit, d.Description)
	}

	auth, sum := histogram(t, m[otelaudit.AuthDurationMetric])
	wantAuth := map[string]uint64{
		"mcpauth.authenticator=apikey,mcpauth.outcome=allowed":      2,
		"mcpauth.authenticator=apikey,mcpauth.outcome=forbidden":    1,
		"mcpauth.authenticator=apikey,mcpauth.outcome=rate_limited": 1,
		"mcpauth.outcome=unauthenticated":                           1,
		"mcpauth.authenticator=anonymous,mcpauth.outcome=allowed":   1, // the batch: timed once
	}
	if !maps.Equal(auth, wantAuth) || sum <= 0 || sum > 10 {
		t.Errorf("%s (sum %v s):\n got %v\nwant %v", otelaudit.AuthDurationMetric, sum, auth, wantAuth)
	}
	req, _ := histogram(t, m[otelaudit.RequestDurationMetric])
	const r = "http.request.method=POST,http.response.status_code=%d,mcpauth.outcome=%s"
	const rt = "http.request.method=POST,http.response.status_code=%d,mcp.method.name=tools/call,mcpauth.outcome=%s"
	wantReq := map[string]uint64{
		fmt.Sprintf(rt, 200, "allowed"):        2,
		fmt.Sprintf(rt, 403, "forbidden"):      1,
		fmt.Sprintf(rt, 429, "rate_limited"):   1,
		fmt.Sprintf(r, 401, "unauthenticated"): 1,
		fmt.Sprintf(r, 200, "allowed"):         1, // a batch names no method
	}
	if !maps.Equal(req, wantReq) {
		t.Errorf("%s:\n got %v\nwant %v", otelaudit.RequestDurationMetric, req, wantReq)
	}
	for _, name := range []string{otelaudit.AuthDurationMetric, otelaudit.RequestDurationMetric} {
		if u := m[name].Unit; u != "s" {
			t.Errorf("%s: unit %q", name, u)
		}
	}
}

// TestMetricsBoundNames: names a client chose are recorded as themselves
// up to MaxNames, refused ones up to half of it; the rest are "_OTHER".
// Resource URIs and identities are never attributes.
func TestMetricsBoundNames(t *testing.T) {
	mr := sdkmetric.NewManualReader()
	m, err := otelaudit.NewMetrics(otelaudit.MetricsConfig{MeterProvider: sdkmetric.NewMeterProvider(sdkmetric.WithReader(mr)), MaxNames: 4})
	if err != nil {
		t.Fatal(err)
	}
	ev := func(outcome audit.Outcome, method, name string) *audit.Event {
		return &audit.Event{Outcome: outcome, Method: method, Name: name, Count: 1, HTTPMethod: "POST", Status: 200,
			Subject: "alice", KeyID: "k1", ClientID: "c1", RemoteAddr: "192.0.2.1", RequestID: "r1", Session: "s1"}
	}
	ctx := context.Background()
	for i := range 5 { // refused: 2 (= 4/2) names recorded
		m.Observe(ctx, ev(audit.Forbidden, "tools/call", fmt.Sprintf("made_up_%d", i)))
	}
	for _, name := range []string{"a", "b", "c"} { // allowed: up to 4 in all
		m.Observe(ctx, ev(audit.Allowed, "tools/call", name))
	}
	m.Observe(ctx, ev(audit.Allowed, "resources/read", "file:///etc/secret-path"))
	m.Observe(ctx, ev(audit.Allowed, "prompts/get", "greeting"))
	m.Observe(ctx, ev(audit.Allowed, "frobnicate/"+strings.Repeat("x", 10), ""))
	m.Observe(ctx, &audit.Event{Outcome: audit.Allowed, HTTPMethod: "BREW", Status: 200})

	got := counts(t, collect(t, mr)[otelaudit.DecisionsMetric])
	want := map[string]int64{
		"gen_ai.tool.name=made_up_0,mcp.method.name=tools/call,mcpauth.outcome=forbidden": 1,
		"gen_ai.tool.name=made_up_1,mcp.method.name=tools/call,mcpauth.outcome=forbidden": 1,
		"gen_ai.tool.name=_OTHER,mcp.method.name=tools/call,mcpauth.outcome=forbidden":    3,
		"gen_ai.tool.name=a,mcp.method.name=tools/call,mcpauth.outcome=allowed":           1,
		"gen_ai.tool.name=b,mcp.method.name=tools/call,mcpauth.outcome=allowed":           1,
		"gen_ai.tool.name=_OTHER,mcp.method.name=tools/call,mcpauth.outcome=allowed":      1,
		"mcp.method.name=resources/read,mcpauth.outcome=allowed":                          1,
		"gen_ai.prompt.name=_OTHER,mcp.method.name=prompts/get,mcpauth.outcome=allowed":   1, // the four names are taken (tools and prompts share them)
		// Methods: tools/call, resources/read, prompts/get and this one fill the four.
		"mcp.method.name=frobnicate/xxxxxxxxxx,mcpauth.outcome=allowed": 1,
		"mcpauth.outcome=allowed": 1,
	}
	if !maps.Equal(got, want) {
		t.Errorf("decisions:\n got %v\nwant %v", got, want)
	}
	m.Observe(ctx, ev(audit.Allowed, "sampling/other", ""))
	if got := counts(t, collect(t, mr)[otelaudit.DecisionsMetric]); got["mcp.method.name=_OTHER,mcpauth.outcome=allowed"] != 1 {
		t.Errorf("a fifth method is not _OTHER: %v", got)
	}
}

// TestNewMetricsRefusals: a bad configuration is refused; no
// MeterProvider means the global one.
func TestNewMetricsRefusals(t *testing.T) {
	var nilMP *sdkmetric.MeterProvider
	for _, c := range []struct {
		name string
		cfg  otelaudit.MetricsConfig
		want string
	}{
		{"typed nil provider", otelaudit.MetricsConfig{MeterProvider: nilMP}, "nil pointer"},
		{"negative MaxNames", otelaudit.MetricsConfig{MaxNames: -1}, "negative"},
	} {
		if m, err := otelaudit.NewMetrics(c.cfg); err == nil || m != nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, %v", c.name, m, err)
		}
	}
	mr := sdkmetric.NewManualReader()
	prev := otel.GetMeterProvider()
	otel.SetMeterProvider(sdkmetric.NewMeterProvider(sdkmetric.WithReader(mr)))
	t.Cleanup(func() { otel.SetMeterProvider(prev) })
	m, err := otelaudit.NewMetrics(otelaudit.MetricsConfig{})
	if err != nil {
		t.Fatal(err)
	}
	m.Observe(context.Background(), &audit.Event{Outcome: audit.Allowed, Status: 200, HTTPMethod: "GET", Latency: time.Second, AuthLatency: time.Millisecond})
	got := collect(t, mr)
	if _, sum := histogram(t, got[otelaudit.RequestDurationMetric]); sum != 1 {
		t.Errorf("request duration sum %v, want 1 s", sum)
	}
	if _, sum := histogram(t, got[otelaudit.AuthDurationMetric]); sum != 0.001 {
		t.Errorf("auth duration sum %v, want 0.001 s", sum)
	}
}

// TestMetricsExemplars: measurements taken in a sampled request's span
// carry its trace as an exemplar, so a dashboard links a slow request to
// its trace.
func TestMetricsExemplars(t *testing.T) {
	s := newStack(t)
	s.post(t, map[string]string{"X-API-Key": s.reader}, call("whoami"))
	h := collect(t, s.mr)[otelaudit.RequestDurationMetric].Data.(metricdata.Histogram[float64])
	var trace []byte
	for _, dp := range h.DataPoints {
		for _, ex := range dp.Exemplars {
			trace = ex.TraceID
		}
	}
	spans := s.spans.Ended()
	root := spans[len(spans)-1]
	if id := root.SpanContext().TraceID(); !reflect.DeepEqual(trace, id[:]) {
		t.Errorf("exemplar trace %x, request span's %s", trace, id)
	}
}
