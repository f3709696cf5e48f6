// Package snippets holds the code blocks of README.md, compiled: each
// region between "// snippet: NAME" and "// end snippet" is what the
// README shows under <!-- snippet: NAME -->, and TestREADME checks that
// the two stay the same.
package snippets

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/audit/otelaudit"
	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/jwtauth"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/redislimit"
)

// Protect is "Use it in your server": an identity provider and API keys
// in front of one go-sdk server, mounted in an existing mux.
func Protect(ctx context.Context, mux *http.ServeMux, store apikey.Store) error {
	// snippet: protect
	idp, err := jwtauth.NewProvider(ctx, jwtauth.Config{Issuer: "https://sso.example.com/realms/acme"}, jwtauth.RemoteJWKSOptions{})
	if err != nil {
		return err
	}
	keys, err := apikey.New(apikey.Config{Store: store}) // sqlstore, redisstore or your own apikey.Store
	if err != nil {
		return err
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{
		Resource:       "https://mcp.example.com/mcp", // the URL clients use: tokens must name it as their audience
		Providers:      []mcpauth.Provider{idp},       // JWTs; the issuer is advertised in the metadata
		Authenticators: []mcpauth.Authenticator{keys}, // API keys, side by side
	})
	if err != nil {
		return err
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "api"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware()) // ctx names the caller of each message
	// /mcp behind Origin check → gate → limits, and /.well-known/oauth-protected-resource[/mcp]
	return ep.Mount(mux, mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil))
	// end snippet
}

// Provider is "JWTs from a real identity provider", in code.
func Provider(ctx context.Context) (*jwtauth.Provider, error) {
	// snippet: provider
	idp, err := jwtauth.NewProvider(ctx, jwtauth.Config{
		Issuer: "https://login.microsoftonline.com/" + tenantID + "/v2.0", // keys found by discovery, kept fresh
		Leeway: 30 * time.Second,
		// Entra puts scopes in "scp" (read by default) and a stable user id in
		// "oid"; Auth0 RBAC puts permissions in "permissions":
		SubjectClaims: []string{"oid", "sub"},
		// Entra's audience is the app's Application ID URI, not the resource
		// URL; leave Audiences out for Keycloak and Auth0.
		Audiences: []string{"api://mcp-server"},
	}, jwtauth.RemoteJWKSOptions{Eager: true})
	// end snippet
	return idp, err
}

const tenantID = "00000000-0000-0000-0000-000000000000"

// InATool is "In a tool".
func InATool(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, any, error) {
	// snippet: tool
	p, _ := mcpctx.PrincipalFrom(ctx) // who called: p.Subject, p.Scopes, p.Claims …
	h := headers.FromContext(ctx)     // request headers, lowercased, credentials removed
	// end snippet
	return nil, map[string]any{"subject": p.Subject, "headers": h}, nil
}

// Policy is "Authorization per operation", in code.
func Policy(ctx context.Context, server *mcp.Server, cfg mcpauth.EndpointConfig) (*mcpauth.Endpoint, error) {
	// snippet: policy
	pol, err := policy.New(policy.Config{
		Rules: []policy.Rule{
			{Name: "discovery", Methods: []string{"initialize", "server/discover", "ping", "tools/list"}, Public: true},
			{Name: "weather", Tools: []string{"weather"}, Public: true},
			{Name: "read", Tools: []string{"search", "get_*"}, AnyOf: [][]string{{"files:read"}, {"files:admin"}}},
			{Name: "admin", Tools: []string{"delete_*"}, Scopes: []string{"files:admin"}},
		},
		Implies: map[string][]string{"files:admin": {"files:read"}},
	})
	if err != nil {
		return nil, err
	}
	if err := pol.Check(ctx, server); err != nil { // strict: every tool has a rule
		return nil, err
	}
	server.AddReceivingMiddleware(mcpctx.Middleware(), policy.FilterLists(pol)) // lists show what the caller may use
	cfg.Authorizer = pol                                                        // the gate decides every operation
	// end snippet
	return mcpauth.NewEndpoint(cfg)
}

// Limits is "Rate limits".
func Limits(cfg mcpauth.EndpointConfig) (*mcpauth.Endpoint, error) {
	// snippet: limits
	client := redis.NewClient(&redis.Options{Addr: "cache:6379", ContextTimeoutEnabled: true})
	limiter, err := redislimit.New(redislimit.Options{Client: client}) // or ratelimit.NewMemory(…)
	if err != nil {
		return nil, err
	}
	perCaller, err := ratelimit.New(limiter, ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "caller", Limit: ratelimit.PerMinute(600), UsePrincipalLimit: true}, // a key's own RateLimit
		{Name: "search", Limit: ratelimit.PerMinute(10), Tools: []string{"search"}},
	}})
	if err != nil {
		return nil, err
	}
	perIP, err := ratelimit.New(limiter, ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerMinute(300), Key: ratelimit.ByClientIP(nil)}, // before authentication
	}})
	if err != nil {
		return nil, err
	}
	cfg.PreAuth = []mcpauth.Layer{perIP}    // in front of the gate: no caller yet
	cfg.Limits = []mcpauth.Layer{perCaller} // behind it: NewEndpoint refuses the other way round
	// end snippet
	return mcpauth.NewEndpoint(cfg)
}

// Audit is "Audit and telemetry": one decision event per request, as a
// JSON line and as OpenTelemetry metrics and spans.
func Audit(cfg mcpauth.EndpointConfig) (*mcpauth.Endpoint, error) {
	// snippet: audit
	metrics, err := otelaudit.NewMetrics(otelaudit.MetricsConfig{}) // on the global MeterProvider
	if err != nil {
		return nil, err
	}
	aud, err := audit.New(audit.Config{
		Logger:   slog.New(slog.NewJSONHandler(os.Stdout, nil)), // one JSON line per decision
		Observer: metrics,                                       // mcpauth.decisions, auth-chain and request durations
		Tracer:   otelaudit.NewTracer(nil, nil),                 // a span per request, a child of its traceparent
		ClientIP: (&ratelimit.ClientIP{}).Addr,                  // set TrustedProxies behind a proxy
	})
	if err != nil {
		return nil, err
	}
	cfg.Audit = aud
	ep, err := mcpauth.NewEndpoint(cfg)
	// end snippet
	return ep, err
}

// Ready is "Readiness": /ready asks the dependencies, /health none.
func Ready(mux *http.ServeMux, idp *jwtauth.Provider, store *apikey.Cache, limiter *redislimit.Limiter) error {
	// snippet: ready
	ready, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: []mcpauth.Check{
		{Name: "jwks", Checker: idp},          // ready once it holds keys; degraded while refreshes fail
		{Name: "keys", Checker: store},        // a query that reads no row, or a PING
		{Name: "ratelimit", Checker: limiter}, // FailLocal: degraded (200) while Redis is down
	}})
	if err != nil {
		return err
	}
	mux.Handle("/ready", ready) // readiness probe: 503 takes this replica out of the load balancer
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK) // liveness probe: asks nothing, so an outage restarts no replica
	})
	// end snippet
	return nil
}
