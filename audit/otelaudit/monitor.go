package otelaudit

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
	semconv "go.opentelemetry.io/otel/semconv/v1.41.0"
	"go.opentelemetry.io/otel/trace"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
)

// The names of the instruments [Monitor] records.
const (
	DependencyDurationMetric = "mcpauth.dependency.duration" // histogram, s: one per call
	CacheLookupsMetric       = "mcpauth.cache.lookups"       // counter, {lookup}
	DependencyStateMetric    = "mcpauth.dependency.state"    // gauge, 1 for the current state
)

// The attributes of a Monitor's measurements and spans.
const (
	CallKey     = attribute.Key("mcpauth.call")      // an audit.Call* name
	CacheHitKey = attribute.Key("mcpauth.cache.hit") // true or false
	StateKey    = attribute.Key("mcpauth.state")     // a breaker's state
)

// MonitorConfig configures [NewMonitor].
type MonitorConfig struct {
	// MeterProvider makes the meter; otel.GetMeterProvider() when nil.
	MeterProvider metric.MeterProvider
	// TracerProvider makes the spans of the calls;
	// otel.GetTracerProvider() when nil. A call a request made is a child
	// of the span in its context (mcpauth.authenticate, say).
	TracerProvider trace.TracerProvider
}

// Monitor is the audit.Monitor of OpenTelemetry: each call to a dependency
// is a span (of kind client, named "mcpauth." + the call's name) and a
// measurement of mcpauth.dependency.duration, by mcpauth.call and, for a
// failure, error.type — the histogram's count is the number of calls
// (JWK Set fetches, key-store lookups, limiter round trips), and of
// failures; each cache lookup counts in mcpauth.cache.lookups by
// mcpauth.call and mcpauth.cache.hit (the hit ratio); each state change
// sets mcpauth.dependency.state to 1 for the new state and 0 for the
// others seen. Create it with [NewMonitor]; it is safe for concurrent use.
type Monitor struct {
	tracer   trace.Tracer
	duration metric.Float64Histogram
	lookups  metric.Int64Counter
	state    metric.Int64Gauge

	mu     sync.Mutex
	states map[string][]string // per call, the states seen
}

var _ audit.Monitor = (*Monitor)(nil)

// NewMonitor returns a Monitor for cfg, or an error for a bad
// configuration.
func NewMonitor(cfg MonitorConfig) (*Monitor, error) {
	switch {
	case cfg.MeterProvider != nil && nilcheck.Nil(cfg.MeterProvider):
		return nil, errors.New("otelaudit: NewMonitor: MonitorConfig.MeterProvider holds a nil pointer")
	case cfg.TracerProvider != nil && nilcheck.Nil(cfg.TracerProvider):
		return nil, errors.New("otelaudit: NewMonitor: MonitorConfig.TracerProvider holds a nil pointer")
	}
	mp, tp := cfg.MeterProvider, cfg.TracerProvider
	if mp == nil {
		mp = otel.GetMeterProvider()
	}
	if tp == nil {
		tp = otel.GetTracerProvider()
	}
	meter := mp.Meter(ScopeName, metric.WithSchemaURL(semconv.SchemaURL))
	m := &Monitor{tracer: tp.Tracer(ScopeName, trace.WithSchemaURL(semconv.SchemaURL)), states: map[string][]string{}}
	var err error
	if m.duration, err = meter.Float64Histogram(DependencyDurationMetric, metric.WithUnit("s"),
		metric.WithDescription("Calls of the auth chain to its dependencies: JWK Set fetches, key-store lookups, rate-limiter round trips."),
		metric.WithExplicitBucketBoundaries(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)); err != nil {
		return nil, fmt.Errorf("otelaudit: NewMonitor: %w", err)
	}
	if m.lookups, err = meter.Int64Counter(CacheLookupsMetric, metric.WithUnit("{lookup}"),
		metric.WithDescription("Lookups in the caches in front of the auth chain's dependencies, by hit.")); err != nil {
		return nil, fmt.Errorf("otelaudit: NewMonitor: %w", err)
	}
	if m.state, err = meter.Int64Gauge(DependencyStateMetric, metric.WithUnit("1"),
		metric.WithDescription("The state of a dependency's circuit breaker: 1 for the current state, 0 for the others.")); err != nil {
		return nil, fmt.Errorf("otelaudit: NewMonitor: %w", err)
	}
	return m, nil
}

// Call starts a span for the call and times it.
func (m *Monitor) Call(ctx context.Context, name string) (context.Context, audit.Span) {
	attrs := []attribute.KeyValue{CallKey.String(name)}
	switch name {
	case audit.CallJWKSFetch:
		attrs = append(attrs, semconv.HTTPRequestMethodKey.String("GET"))
	case audit.CallRateLimit:
		attrs = append(attrs, semconv.DBSystemNameRedis)
	}
	ctx, s := m.tracer.Start(ctx, "mcpauth."+name, trace.WithSpanKind(trace.SpanKindClient), trace.WithAttributes(attrs...))
	return ctx, &callSpan{m: m, s: s, name: name, start: time.Now()}
}

// Cache counts a cache lookup.
func (m *Monitor) Cache(ctx context.Context, name string, hit bool) {
	m.lookups.Add(ctx, 1, metric.WithAttributes(CallKey.String(name), CacheHitKey.Bool(hit)))
}

// State records the dependency's new state.
func (m *Monitor) State(name, state string) {
	m.mu.Lock()
	defer m.mu.Unlock() // in order: two changes in a row must not record out of order
	seen := m.states[name]
	ctx := context.Background()
	for _, s := range seen {
		if s != state {
			m.state.Record(ctx, 0, metric.WithAttributes(CallKey.String(name), StateKey.String(s)))
		}
	}
	m.state.Record(ctx, 1, metric.WithAttributes(CallKey.String(name), StateKey.String(state)))
	for _, s := range seen {
		if s == state {
			return
		}
	}
	if len(seen) < 8 { // states are few; bound them anyway
		m.states[strings.Clone(name)] = append(seen, strings.Clone(state))
	}
}

type callSpan struct {
	m     *Monitor
	s     trace.Span
	name  string
	start time.Time
}

// End ends the call's span and records its duration.
func (c *callSpan) End(err error) {
	d := time.Since(c.start).Seconds()
	ctx := trace.ContextWithSpan(context.Background(), c.s) // the exemplar's trace
	if err != nil {
		typ := ErrorType(err)
		c.m.duration.Record(ctx, d, metric.WithAttributes(CallKey.String(c.name), semconv.ErrorTypeKey.String(typ)))
		c.s.SetAttributes(semconv.ErrorTypeKey.String(typ))
		c.s.SetStatus(codes.Error, err.Error())
	} else {
		c.m.duration.Record(ctx, d, metric.WithAttributes(CallKey.String(c.name)))
	}
	c.s.End()
}
