package otelaudit_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"maps"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
	"go.opentelemetry.io/otel/codes"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/audit/otelaudit"
	"github.com/mcpauth/mcpauth/jwtauth"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/redislimit"
)

// monitored is a Monitor recording into a ManualReader and a
// SpanRecorder.
type monitored struct {
	mon   *otelaudit.Monitor
	mr    *sdkmetric.ManualReader
	spans *tracetest.SpanRecorder
	tp    *sdktrace.TracerProvider
}

func newMonitored(t *testing.T) *monitored {
	t.Helper()
	m := &monitored{mr: sdkmetric.NewManualReader(), spans: tracetest.NewSpanRecorder()}
	m.tp = sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(m.spans))
	var err error
	m.mon, err = otelaudit.NewMonitor(otelaudit.MonitorConfig{
		MeterProvider: sdkmetric.NewMeterProvider(sdkmetric.WithReader(m.mr)), TracerProvider: m.tp})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// calls returns the count of each call in the duration histogram, by
// attributes.
func (m *monitored) calls(t *testing.T) map[string]uint64 {
	t.Helper()
	d, ok := collect(t, m.mr)[otelaudit.DependencyDurationMetric]
	if !ok {
		return map[string]uint64{}
	}
	got, _ := histogram(t, d)
	return got
}

func (m *monitored) lookups(t *testing.T) map[string]int64 {
	t.Helper()
	d, ok := collect(t, m.mr)[otelaudit.CacheLookupsMetric]
	if !ok {
		return map[string]int64{}
	}
	return counts(t, d)
}

// TestMonitor: a call is a client span and a duration, by call and, for a
// failure, error.type; cache lookups count by hit; a state is 1, the
// previous ones 0.
func TestMonitor(t *testing.T) {
	m := newMonitored(t)
	ctx, parent := m.tp.Tracer("t").Start(context.Background(), "parent")
	cctx, span := m.mon.Call(ctx, "my.store")
	if trace.SpanFromContext(cctx).SpanContext().SpanID() == parent.SpanContext().SpanID() {
		t.Error("the call's context holds the parent's span")
	}
	span.End(nil)
	_, span = m.mon.Call(ctx, "my.store")
	span.End(mcpauth.Unavailable("down", errors.New("dial tcp: refused")))
	_, span = m.mon.Call(ctx, "my.store")
	span.End(context.DeadlineExceeded)
	parent.End()
	m.mon.Cache(ctx, "my.store", true)
	m.mon.Cache(ctx, "my.store", true)
	m.mon.Cache(ctx, "my.store", false)
	m.mon.State("my.store", "open")
	m.mon.State("my.store", "half-open")
	m.mon.State("my.store", "closed")

	want := map[string]uint64{"mcpauth.call=my.store": 1, "error.type=auth_unavailable,mcpauth.call=my.store": 1, "error.type=timeout,mcpauth.call=my.store": 1}
	if got := m.calls(t); !maps.Equal(got, want) {
		t.Errorf("calls:\n got %v\nwant %v", got, want)
	}
	if got, want := m.lookups(t), map[string]int64{"mcpauth.cache.hit=true,mcpauth.call=my.store": 2, "mcpauth.cache.hit=false,mcpauth.call=my.store": 1}; !maps.Equal(got, want) {
		t.Errorf("lookups:\n got %v\nwant %v", got, want)
	}
	g := collect(t, m.mr)[otelaudit.DependencyStateMetric].Data.(metricdata.Gauge[int64])
	states := map[string]int64{}
	for _, dp := range g.DataPoints {
		states[attrs(dp.Attributes)] = dp.Value
	}
	if want := map[string]int64{"mcpauth.call=my.store,mcpauth.state=open": 0, "mcpauth.call=my.store,mcpauth.state=half-open": 0,
		"mcpauth.call=my.store,mcpauth.state=closed": 1}; !maps.Equal(states, want) {
		t.Errorf("states:\n got %v\nwant %v", states, want)
	}
	var n int
	for _, s := range m.spans.Ended() {
		if s.Name() != "mcpauth.my.store" {
			continue
		}
		n++
		if s.SpanKind() != trace.SpanKindClient || s.Parent().SpanID() != parent.SpanContext().SpanID() {
			t.Errorf("call span: kind %v, parent %v", s.SpanKind(), s.Parent())
		}
	}
	if n != 3 {
		t.Errorf("%d call spans, want 3", n)
	}
	var nilMP *sdkmetric.MeterProvider
	if _, err := otelaudit.NewMonitor(otelaudit.MonitorConfig{MeterProvider: nilMP}); err == nil {
		t.Error("NewMonitor took a nil *MeterProvider")
	}
	var nilTP *sdktrace.TracerProvider
	if _, err := otelaudit.NewMonitor(otelaudit.MonitorConfig{TracerProvider: nilTP}); err == nil {
		t.Error("NewMonitor took a nil *TracerProvider")
	}
}

// plainStore is a Store that apikey.New puts a Cache in front of.
type plainStore struct {
	*apikey.MemoryStore
	lookups atomic.Int32
}

func (s *plainStore) Lookup(ctx context.Context, id string) (*apikey.Record, error) {
	s.lookups.Add(1)
	return s.MemoryStore.Lookup(ctx, id)
}

// TestMonitorKeyStore: the key-store lookup is a span inside the gate's
// mcpauth.authenticate, in the request's trace; the cache's hits and
// misses count; an unknown key is no failure of the lookup.
func TestMonitorKeyStore(t *testing.T) {
	m := newMonitored(t)
	store := &plainStore{MemoryStore: apikey.NewMemoryStore()}
	key, _, err := apikey.Create(context.Background(), store.MemoryStore, apikey.NewKey{Subject: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	auth, err := apikey.New(apikey.Config{Store: store, Monitor: m.mon})
	if err != nil {
		t.Fatal(err)
	}
	gate, err := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{auth}})
	if err != nil {
		t.Fatal(err)
	}
	aud, err := audit.New(audit.Config{Tracer: otelaudit.NewTracer(m.tp, nil)})
	if err != nil {
		t.Fatal(err)
	}
	h := aud.Handler(gate.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})))
	send := func(k string) {
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
		r.Header.Set("Content-Type", "application/json")
		r.Header.Set("X-API-Key", k)
		h.ServeHTTP(httptest.NewRecorder(), r)
	}
	unknown, _, err := apikey.NewRecord(apikey.NewKey{Subject: "mallory"}) // well-formed, never stored
	if err != nil {
		t.Fatal(err)
	}
	send(key)
	send(key)
	send(unknown)
	if n := store.lookups.Load(); n != 2 {
		t.Errorf("%d store lookups, want 2 (one cached)", n)
	}
	if got, want := m.calls(t), map[string]uint64{"mcpauth.call=apikey.lookup": 2}; !maps.Equal(got, want) {
		t.Errorf("calls:\n got %v\nwant %v", got, want)
	}
	if got, want := m.lookups(t), map[string]int64{"mcpauth.cache.hit=true,mcpauth.call=apikey.lookup": 1, "mcpauth.cache.hit=false,mcpauth.call=apikey.lookup": 2}; !maps.Equal(got, want) {
		t.Errorf("lookups:\n got %v\nwant %v", got, want)
	}
	ids := map[trace.SpanID]sdktrace.ReadOnlySpan{}
	for _, s := range m.spans.Ended() {
		ids[s.SpanContext().SpanID()] = s
	}
	var n int
	for _, s := range m.spans.Ended() {
		if s.Name() != "mcpauth.apikey.lookup" {
			continue
		}
		n++
		authn := ids[s.Parent().SpanID()]
		if authn == nil || authn.Name() != "mcpauth.authenticate" || ids[authn.Parent().SpanID()] == nil ||
			ids[authn.Parent().SpanID()].Name() != "POST" {
			t.Errorf("lookup span's parent %v, want mcpauth.authenticate inside the request's span", authn)
		}
		if s.Status().Code != codes.Unset {
			t.Errorf("lookup status %v", s.Status())
		}
	}
	if n != 2 {
		t.Errorf("%d lookup spans, want 2", n)
	}
}

// TestMonitorJWKS: each fetch of a JWK Set is a call; one that gives no
// keys (a 500, garbage) is a failure.
func TestMonitorJWKS(t *testing.T) {
	m := newMonitored(t)
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	jwks := `{"keys":[{"kty":"OKP","crv":"Ed25519","alg":"EdDSA","kid":"k1","x":"` + base64.RawURLEncoding.EncodeToString(pub) + `"}]}`
	var status atomic.Int32
	status.Store(200)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		switch status.Load() {
		case 200:
			w.Write([]byte(jwks))
		case 299:
			w.Write([]byte(`not json`))
		default:
			w.WriteHeader(int(status.Load()))
		}
	}))
	defer srv.Close()
	remote, err := jwtauth.NewRemoteJWKS(context.Background(), jwtauth.RemoteJWKSOptions{
		URL: srv.URL, AllowInsecureLoopback: true, Eager: true, Monitor: m.mon, RefetchCooldown: time.Nanosecond})
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	for _, st := range []int32{500, 299} {
		status.Store(st)
		time.Sleep(time.Millisecond) // past the cooldown
		_, _ = remote.Keys(context.Background(), "unknown-kid")
	}
	want := map[string]uint64{"mcpauth.call=jwks.fetch": 1, "error.type=_OTHER,mcpauth.call=jwks.fetch": 2}
	deadline := time.Now().Add(5 * time.Second)
	for !maps.Equal(m.calls(t), want) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := m.calls(t); !maps.Equal(got, want) {
		t.Errorf("calls:\n got %v\nwant %v", got, want)
	}
	var failed int
	for _, s := range m.spans.Ended() {
		if s.Name() == "mcpauth.jwks.fetch" && s.Status().Code == codes.Error {
			failed++
		}
	}
	if failed != 2 {
		t.Errorf("%d failed fetch spans, want 2", failed)
	}
}

// TestMonitorRedisLimiter: each Redis round trip is a call, a denial the
// replica remembers is a cache hit, and the breaker's switches are
// states.
func TestMonitorRedisLimiter(t *testing.T) {
	m := newMonitored(t)
	mr := miniredis.RunT(t)
	client := redis.NewClient(&redis.Options{Addr: mr.Addr(), ContextTimeoutEnabled: true, MaxRetries: -1, DialTimeout: 100 * time.Millisecond})
	defer client.Close()
	lim, err := redislimit.New(redislimit.Options{Client: client, Monitor: m.mon, BreakerFailures: 1, BreakerCooldown: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	limit := ratelimit.Limit{Rate: 1, Period: time.Minute}
	for range 3 { // allowed, denied by Redis, denied from the denial cache
		if _, err := lim.Allow(ctx, "k", limit, 1); err != nil {
			t.Fatal(err)
		}
	}
	mr.Close()
	_, _ = lim.Allow(ctx, "other", limit, 1) // fails: the breaker opens
	got := m.calls(t)
	if got["mcpauth.call=ratelimit.redis"] != 2 || len(got) != 2 {
		t.Errorf("calls %v, want 2 round trips and a failure", got)
	}
	if got, want := m.lookups(t), map[string]int64{"mcpauth.cache.hit=true,mcpauth.call=ratelimit.redis": 1, "mcpauth.cache.hit=false,mcpauth.call=ratelimit.redis": 3}; !maps.Equal(got, want) {
		t.Errorf("lookups:\n got %v\nwant %v", got, want)
	}
	g := collect(t, m.mr)[otelaudit.DependencyStateMetric].Data.(metricdata.Gauge[int64])
	if len(g.DataPoints) != 1 || attrs(g.DataPoints[0].Attributes) != "mcpauth.call=ratelimit.redis,mcpauth.state=open" || g.DataPoints[0].Value != 1 {
		t.Errorf("state %+v", g.DataPoints)
	}
}
