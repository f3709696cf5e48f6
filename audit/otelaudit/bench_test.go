package otelaudit_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/audit/otelaudit"
)

// BenchmarkMetricsObserve is the cost of one event for Metrics, with the
// SDK's meter provider: "allowed" records a decision and both histograms
// (the first event of a request), "batch" a later operation of a batch
// (the counter only), "parallel" the first under contention.
func BenchmarkMetricsObserve(b *testing.B) {
	m, err := otelaudit.NewMetrics(otelaudit.MetricsConfig{
		MeterProvider: sdkmetric.NewMeterProvider(sdkmetric.WithReader(sdkmetric.NewManualReader())),
	})
	if err != nil {
		b.Fatal(err)
	}
	ev := audit.Event{Outcome: audit.Allowed, Status: 200, Authenticator: "apikey", Method: "tools/call", Name: "whoami",
		HTTPMethod: "POST", Count: 1, LimitRemaining: -1, AuthLatency: 200 * time.Microsecond, Latency: 3 * time.Millisecond}
	ctx := context.Background()
	b.Run("allowed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			m.Observe(ctx, &ev)
		}
	})
	b.Run("batch", func(b *testing.B) {
		later := ev
		later.Index, later.Count = 1, 2
		b.ReportAllocs()
		for b.Loop() {
			m.Observe(ctx, &later)
		}
	})
	b.Run("parallel", func(b *testing.B) {
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			e := ev
			for pb.Next() {
				m.Observe(ctx, &e)
			}
		})
	})
}

// BenchmarkTracedRequest is the cost of a request's span and one inner
// span, sampled, with the SDK's tracer provider and no exporter.
func BenchmarkTracedRequest(b *testing.B) {
	tp := sdktrace.NewTracerProvider()
	aud, err := audit.New(audit.Config{Tracer: otelaudit.NewTracer(tp, nil)})
	if err != nil {
		b.Fatal(err)
	}
	h := aud.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, span := audit.StartSpan(r.Context(), "mcpauth.authenticate")
		span.End(nil)
	}))
	r := httptest.NewRequest("POST", "/mcp", nil)
	r.Header.Set("Traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
	w := httptest.NewRecorder()
	b.ReportAllocs()
	for b.Loop() {
		h.ServeHTTP(w, r)
	}
}
