package otelaudit_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/audit/otelaudit"
)

// Metrics and spans of an audited handler that refuses: in a real server
// the MeterProvider has an exporter (Prometheus, OTLP) and the Auditor
// goes to mcpauth.EndpointConfig.Audit.
func Example() {
	reader := sdkmetric.NewManualReader()
	spans := tracetest.NewSpanRecorder()
	metrics, err := otelaudit.NewMetrics(otelaudit.MetricsConfig{
		MeterProvider: sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader)),
	})
	if err != nil {
		panic(err)
	}
	aud, err := audit.New(audit.Config{
		Observer: metrics,
		Tracer:   otelaudit.NewTracer(sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(spans)), nil),
	})
	if err != nil {
		panic(err)
	}
	refuse := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		audit.RecordFrom(r.Context()).Refuse(audit.ReasonNoCredential)
		http.Error(w, "authentication required", http.StatusUnauthorized)
	})
	mux := http.NewServeMux()
	mux.Handle("/mcp", aud.Handler(refuse))
	r := httptest.NewRequest("POST", "/mcp", nil)
	r.Header.Set("Traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
	mux.ServeHTTP(httptest.NewRecorder(), r)

	var rm metricdata.ResourceMetrics
	if err := reader.Collect(context.Background(), &rm); err != nil {
		panic(err)
	}
	for _, m := range rm.ScopeMetrics[0].Metrics {
		switch d := m.Data.(type) {
		case metricdata.Sum[int64]:
			fmt.Println(m.Name, attrs(d.DataPoints[0].Attributes), d.DataPoints[0].Value)
		case metricdata.Histogram[float64]:
			fmt.Println(m.Name, m.Unit, d.DataPoints[0].Count)
		}
	}
	for _, s := range spans.Ended() {
		fmt.Println("span", s.Name(), "in trace", s.SpanContext().TraceID())
	}
	// Output:
	// mcpauth.decisions mcpauth.outcome=unauthenticated,mcpauth.reason=no_credential 1
	// mcpauth.auth.duration s 1
	// mcpauth.request.duration s 1
	// span POST /mcp in trace 4bf92f3577b34da6a3ce929d0e0e4736
}
