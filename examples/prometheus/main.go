// Command prometheus is an MCP server whose auth decisions are counted in
// Prometheus: the audit events of mcpauth's chain turned into
// OpenTelemetry metrics by audit/otelaudit, exported by the OpenTelemetry
// Prometheus exporter.
//
//	cd examples/prometheus && go run .
//	curl -s 127.0.0.1:8080/metrics | grep mcpauth_
//
// It is a Go module of its own, so that the exporter and client_golang
// never enter mcpauth's go.mod. The endpoint at /mcp takes API keys (a
// development key is printed at start-up) and a policy: whoami and echo
// need the scope "tools", purge_cache "maintenance"; echo may be called
// once a minute per caller. Each decision is also logged as a JSON line
// on stderr.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	otelprom "go.opentelemetry.io/otel/exporters/prometheus"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/audit/otelaudit"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/ratelimit"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	mux := http.NewServeMux()
	key, err := setup(context.Background(), mux, "http://"+*addr+"/mcp", os.Stderr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("MCP endpoint http://%s/mcp, metrics http://%s/metrics\nDevelopment key (shown once): X-API-Key: %s\n", *addr, *addr, key)
	log.Fatal((&http.Server{Addr: *addr, Handler: mux, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}).ListenAndServe())
}

// setup mounts the MCP endpoint for resource and GET /metrics on mux,
// logs the decisions to auditLog, and returns a development key with the
// scope "tools".
func setup(ctx context.Context, mux *http.ServeMux, resource string, auditLog io.Writer) (string, error) {
	// Metrics: the OpenTelemetry SDK, read by the Prometheus exporter
	// into a registry of its own, served at /metrics. On a public port,
	// serve /metrics on another listener.
	reg := prometheus.NewRegistry()
	exporter, err := otelprom.New(otelprom.WithRegisterer(reg))
	if err != nil {
		return "", err
	}
	provider := sdkmetric.NewMeterProvider(sdkmetric.WithReader(exporter))
	metrics, err := otelaudit.NewMetrics(otelaudit.MetricsConfig{MeterProvider: provider})
	if err != nil {
		return "", err
	}
	// The dependencies' calls (here the key store's lookups; a
	// RemoteJWKS's fetches and a Redis limiter's round trips alike).
	monitor, err := otelaudit.NewMonitor(otelaudit.MonitorConfig{MeterProvider: provider})
	if err != nil {
		return "", err
	}
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))

	aud, err := audit.New(audit.Config{
		Logger:   slog.New(slog.NewJSONHandler(auditLog, nil)),
		Observer: metrics,
		// Spans too, with the global TracerProvider: set one with an
		// exporter (otel.SetTracerProvider) to see them.
		Tracer: otelaudit.NewTracer(nil, nil),
	})
	if err != nil {
		return "", err
	}

	server := mcp.NewServer(&mcp.Implementation{Name: "prometheus-example", Version: "v1"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	for _, name := range []string{"whoami", "echo", "purge_cache"} {
		mcp.AddTool(server, &mcp.Tool{Name: name}, func(ctx context.Context, _ *mcp.CallToolRequest, _ map[string]any) (*mcp.CallToolResult, any, error) {
			p, _ := mcpctx.PrincipalFrom(ctx)
			return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: name + " for " + p.Subject}}}, nil, nil
		})
	}
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "discovery", Methods: []string{"initialize", "notifications/initialized", "ping", "tools/list"}, Public: true},
		{Name: "tools", Tools: []string{"whoami", "echo"}, Scopes: []string{"tools"}},
		{Name: "maintenance", Tools: []string{"purge_cache"}, Scopes: []string{"maintenance"}},
	}})
	if err != nil {
		return "", err
	}
	limits, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "echo", Limit: ratelimit.Limit{Rate: 1, Period: time.Minute}, Key: ratelimit.ByPrincipal(), Tools: []string{"echo"}},
	}})
	if err != nil {
		return "", err
	}
	store := apikey.NewMemoryStore() // sqlstore or redisstore in production
	key, _, err := apikey.Create(ctx, store, apikey.NewKey{Subject: "dev", Scopes: []string{"tools"}})
	if err != nil {
		return "", err
	}
	keys, err := apikey.New(apikey.Config{Store: store, Monitor: monitor})
	if err != nil {
		return "", err
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{
		Resource:       resource,
		Authenticators: []mcpauth.Authenticator{keys},
		Authorizer:     pol,
		Limits:         []mcpauth.Layer{limits},
		Audit:          aud,
	})
	if err != nil {
		return "", err
	}
	return key, ep.Mount(mux, mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil))
}
