package otelaudit

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	semconv "go.opentelemetry.io/otel/semconv/v1.41.0"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
)

// ScopeName is the instrumentation scope of the meters and tracers of
// this package.
const ScopeName = "github.com/mcpauth/mcpauth/audit/otelaudit"

// The names of the instruments [Metrics] records.
const (
	DecisionsMetric       = "mcpauth.decisions"        // counter, {decision}
	AuthDurationMetric    = "mcpauth.auth.duration"    // histogram, s
	RequestDurationMetric = "mcpauth.request.duration" // histogram, s
)

// DefaultMaxNames is MetricsConfig.MaxNames when it is 0.
const DefaultMaxNames = 100

// maxSets bounds the cache of attribute sets; past it, a set is built for
// each event (the names are bounded anyway, so this only bounds memory).
const maxSets = 4096

// MetricsConfig configures [NewMetrics].
type MetricsConfig struct {
	// MeterProvider makes the meter; otel.GetMeterProvider() when nil.
	MeterProvider metric.MeterProvider

	// MaxNames bounds the distinct MCP methods, and the distinct tool
	// and prompt names, recorded as themselves: the others are recorded
	// as "_OTHER" (see the package documentation). DefaultMaxNames
	// when 0; it must not be negative.
	MaxNames int
}

// Metrics records OpenTelemetry metrics from audit events: it is an
// audit.Observer (give it to audit.Config.Observer). Create it with
// [NewMetrics]; it is safe for concurrent use.
type Metrics struct {
	decisions metric.Int64Counter
	auth      metric.Float64Histogram
	request   metric.Float64Histogram

	methods, names *names

	mu    sync.RWMutex
	cache map[setKey]*sets
}

// setKey is what the attributes of an event's measurements are made of,
// once bounded.
type setKey struct {
	outcome       audit.Outcome
	reason        string
	authenticator string
	method        string
	name          string
	policy        string
	httpMethod    string
	status        int
	single        bool // a request of one operation: its method is an attribute of the request's duration
}

// sets are the measurement options of one setKey.
type sets struct {
	decision []metric.AddOption
	auth     []metric.RecordOption
	request  []metric.RecordOption
}

// NewMetrics returns Metrics that record with cfg.MeterProvider's meter,
// or an error for a bad configuration.
func NewMetrics(cfg MetricsConfig) (*Metrics, error) {
	switch {
	case cfg.MeterProvider != nil && nilcheck.Nil(cfg.MeterProvider):
		return nil, errors.New("otelaudit: NewMetrics: MetricsConfig.MeterProvider holds a nil pointer")
	case cfg.MaxNames < 0:
		return nil, fmt.Errorf("otelaudit: NewMetrics: MetricsConfig.MaxNames is %d: it must not be negative", cfg.MaxNames)
	}
	mp := cfg.MeterProvider
	if mp == nil {
		mp = otel.GetMeterProvider()
	}
	max := cfg.MaxNames
	if max == 0 {
		max = DefaultMaxNames
	}
	meter := mp.Meter(ScopeName, metric.WithSchemaURL(semconv.SchemaURL))
	m := &Metrics{methods: newNames(max), names: newNames(max), cache: make(map[setKey]*sets)}
	var err error
	if m.decisions, err = meter.Int64Counter(DecisionsMetric, metric.WithUnit("{decision}"),
		metric.WithDescription("Decisions of the auth chain: one per request and per operation of a batch.")); err != nil {
		return nil, fmt.Errorf("otelaudit: NewMetrics: %w", err)
	}
	if m.auth, err = meter.Float64Histogram(AuthDurationMetric, metric.WithUnit("s"),
		metric.WithDescription("Latency of the auth chain: from the request's arrival until it was let through or refused."),
		metric.WithExplicitBucketBoundaries(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)); err != nil {
		return nil, fmt.Errorf("otelaudit: NewMetrics: %w", err)
	}
	if m.request, err = meter.Float64Histogram(RequestDurationMetric, metric.WithUnit("s"),
		metric.WithDescription("Duration of the requests the auth chain decided, until their response was done."),
		// The semantic conventions' buckets for http.server.request.duration.
		metric.WithExplicitBucketBoundaries(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10)); err != nil {
		return nil, fmt.Errorf("otelaudit: NewMetrics: %w", err)
	}
	return m, nil
}

// Observe records e: a decision, and for the first event of a request
// (Index 0) its auth latency and duration.
func (m *Metrics) Observe(ctx context.Context, e *audit.Event) {
	allowed := e.Outcome == audit.Allowed
	k := setKey{
		outcome:       e.Outcome,
		reason:        e.Reason,
		authenticator: e.Authenticator,
		method:        m.methods.get(e.Method, allowed),
		httpMethod:    httpMethod(e.HTTPMethod),
		status:        e.Status,
		single:        e.Count <= 1,
	}
	if nameKey(e.Method) != "" {
		k.name = m.names.get(e.Name, allowed)
	}
	if e.Outcome == audit.RateLimited {
		k.policy = e.LimitPolicy
	}
	s := m.options(k)
	m.decisions.Add(ctx, 1, s.decision...)
	if e.Index == 0 {
		m.auth.Record(ctx, e.AuthLatency.Seconds(), s.auth...)
		m.request.Record(ctx, e.Latency.Seconds(), s.request...)
	}
}

// options returns the options of k, from the cache or made.
func (m *Metrics) options(k setKey) *sets {
	m.mu.RLock()
	s, ok := m.cache[k]
	m.mu.RUnlock()
	if ok {
		return s
	}
	s = newSets(k)
	m.mu.Lock()
	if len(m.cache) < maxSets {
		k.reason, k.authenticator, k.policy = strings.Clone(k.reason), strings.Clone(k.authenticator), strings.Clone(k.policy)
		if prev, ok := m.cache[k]; ok {
			s = prev
		} else {
			m.cache[k] = s
		}
	}
	m.mu.Unlock()
	return s
}

func newSets(k setKey) *sets {
	outcome := OutcomeKey.String(string(k.outcome))
	dec := []attribute.KeyValue{outcome}
	auth := []attribute.KeyValue{outcome}
	req := []attribute.KeyValue{outcome,
		semconv.HTTPRequestMethodKey.String(k.httpMethod), semconv.HTTPResponseStatusCode(k.status)}
	if k.reason != "" {
		dec = append(dec, ReasonKey.String(strings.Clone(k.reason)))
	}
	if k.authenticator != "" {
		a := AuthenticatorKey.String(strings.Clone(k.authenticator))
		dec, auth = append(dec, a), append(auth, a)
	}
	if k.method != "" {
		mm := semconv.McpMethodNameKey.String(k.method)
		dec = append(dec, mm)
		if k.single {
			req = append(req, mm)
		}
		if key := nameKey(k.method); key != "" && k.name != "" {
			dec = append(dec, key.String(k.name))
		}
	}
	if k.policy != "" {
		dec = append(dec, RateLimitPolicyKey.String(strings.Clone(k.policy)))
	}
	d, a, r := metric.WithAttributeSet(attribute.NewSet(dec...)), metric.WithAttributeSet(attribute.NewSet(auth...)),
		metric.WithAttributeSet(attribute.NewSet(req...))
	return &sets{decision: []metric.AddOption{d}, auth: []metric.RecordOption{a}, request: []metric.RecordOption{r}}
}
