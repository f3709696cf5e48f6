package otelaudit_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"go.opentelemetry.io/otel/attribute"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/audit/otelaudit"
	"github.com/mcpauth/mcpauth/internal/testkeys"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// stack is an endpoint with every layer that decides — the gate (API
// keys), a policy, a per-tool limit — audited into OpenTelemetry: metrics
// to a ManualReader, spans to a SpanRecorder.
type stack struct {
	url    string
	reader string // the API key of subject "reader" (scope tools)
	mr     *sdkmetric.ManualReader
	spans  *tracetest.SpanRecorder
	tp     *sdktrace.TracerProvider
}

func newStack(t *testing.T) *stack {
	t.Helper()
	s := &stack{mr: sdkmetric.NewManualReader(), spans: tracetest.NewSpanRecorder()}
	s.tp = sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(s.spans))
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(s.mr))
	t.Cleanup(func() { _ = mp.Shutdown(context.Background()); _ = s.tp.Shutdown(context.Background()) })
	metrics, err := otelaudit.NewMetrics(otelaudit.MetricsConfig{MeterProvider: mp})
	if err != nil {
		t.Fatal(err)
	}
	aud, err := audit.New(audit.Config{Observer: metrics, Tracer: otelaudit.NewTracer(s.tp, nil)})
	if err != nil {
		t.Fatal(err)
	}
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "discovery", Methods: []string{"initialize", "notifications/initialized", "ping", "tools/list"}, Public: true},
		{Name: "whoami", Tools: []string{"whoami"}, Scopes: []string{"tools"}},
		{Name: "echo", Tools: []string{"echo"}, Scopes: []string{"tools"}},
		{Name: "maintenance", Tools: []string{"purge_cache"}, Scopes: []string{"maintenance"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	auth, keys := testkeys.Memory(t, map[string][]string{"reader": {"tools"}})
	s.reader = keys["reader"]
	lim, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "echo", Limit: ratelimit.Limit{Rate: 1, Period: 60e9}, Key: ratelimit.ByPrincipal(), Tools: []string{"echo"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "t", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	for _, name := range []string{"whoami", "echo", "purge_cache"} {
		mcp.AddTool(server, &mcp.Tool{Name: name}, func(context.Context, *mcp.CallToolRequest, map[string]any) (*mcp.CallToolResult, any, error) {
			return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: "ok"}}}, nil, nil
		})
	}
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{
		Resource: srv.URL + "/mcp", Authenticators: []mcpauth.Authenticator{auth}, Authorizer: pol,
		Limits: []mcpauth.Layer{lim}, Audit: aud,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ep.Mount(mux, mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{Stateless: true, JSONResponse: true})); err != nil {
		t.Fatal(err)
	}
	s.url = srv.URL + "/mcp"
	return s
}

// post sends body with headers h and returns the response's status.
func (s *stack) post(t *testing.T, h map[string]string, body string) int {
	t.Helper()
	req, _ := http.NewRequest("POST", s.url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
	for k, v := range h {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func call(tool string) string {
	return `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"` + tool + `","arguments":{}}}`
}

// collect returns the metrics the reader holds, by instrument name.
func collect(t *testing.T, r sdkmetric.Reader) map[string]metricdata.Metrics {
	t.Helper()
	var rm metricdata.ResourceMetrics
	if err := r.Collect(context.Background(), &rm); err != nil {
		t.Fatal(err)
	}
	out := map[string]metricdata.Metrics{}
	for _, sm := range rm.ScopeMetrics {
		if sm.Scope.Name != otelaudit.ScopeName {
			t.Errorf("scope %q", sm.Scope.Name)
		}
		for _, m := range sm.Metrics {
			out[m.Name] = m
		}
	}
	return out
}

// attrs renders an attribute set as "k=v,k=v", sorted.
func attrs(set attribute.Set) string {
	var parts []string
	for _, kv := range set.ToSlice() {
		parts = append(parts, string(kv.Key)+"="+kv.Value.Emit())
	}
	slices.Sort(parts)
	return strings.Join(parts, ",")
}

// counts returns a counter's points: attributes → value.
func counts(t *testing.T, m metricdata.Metrics) map[string]int64 {
	t.Helper()
	sum, ok := m.Data.(metricdata.Sum[int64])
	if !ok {
		t.Fatalf("%s: %T, want a Sum[int64]", m.Name, m.Data)
	}
	if !sum.IsMonotonic || sum.Temporality != metricdata.CumulativeTemporality {
		t.Errorf("%s: monotonic %v, temporality %v", m.Name, sum.IsMonotonic, sum.Temporality)
	}
	out := map[string]int64{}
	for _, dp := range sum.DataPoints {
		out[attrs(dp.Attributes)] = dp.Value
	}
	return out
}

// histogram returns a histogram's points: attributes → count, and their
// sum of values.
func histogram(t *testing.T, m metricdata.Metrics) (map[string]uint64, float64) {
	t.Helper()
	h, ok := m.Data.(metricdata.Histogram[float64])
	if !ok {
		t.Fatalf("%s: %T, want a Histogram[float64]", m.Name, m.Data)
	}
	out := map[string]uint64{}
	var sum float64
	for _, dp := range h.DataPoints {
		out[attrs(dp.Attributes)] = dp.Count
		sum += dp.Sum
	}
	return out, sum
}
