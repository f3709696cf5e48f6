// Command quickstart protects an MCP server in your HTTP API: API keys, and JWTs from $MCPAUTH_ISSUER.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/jwtauth"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	mux := http.NewServeMux() // the API you already have
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	if err := protect(context.Background(), mux, "http://127.0.0.1:8080/mcp", os.Getenv("MCPAUTH_ISSUER")); err != nil {
		log.Fatal(err)
	}
	log.Fatal((&http.Server{Addr: "127.0.0.1:8080", Handler: mux, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}).ListenAndServe())
}

func protect(ctx context.Context, mux *http.ServeMux, resource, issuer string) error {
	server := mcp.NewServer(&mcp.Implementation{Name: "quickstart", Version: "v1"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "whoami", Description: "Who calls, and the headers a tool sees"},
		func(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, map[string]any, error) {
			p, _ := mcpctx.PrincipalFrom(ctx) // the caller of this very message
			return nil, map[string]any{"subject": p.Subject, "via": p.Method, "scopes": p.Scopes, "headers": headers.FromContext(ctx)}, nil
		})
	store := apikey.NewMemoryStore() // sqlstore or redisstore in production
	key, _, err := apikey.Create(ctx, store, apikey.NewKey{Subject: "dev", Scopes: []string{"tools"}})
	if err != nil {
		return err
	}
	keys, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		return err
	}
	cfg := mcpauth.EndpointConfig{Resource: resource, Authenticators: []mcpauth.Authenticator{keys}}
	if issuer != "" {
		idp, err := jwtauth.NewProvider(ctx, jwtauth.Config{Issuer: issuer}, jwtauth.RemoteJWKSOptions{AllowInsecureLoopback: true}) // http only on localhost
		if err != nil {
			return err
		}
		cfg.Providers = []mcpauth.Provider{idp}
	}
	ep, err := mcpauth.NewEndpoint(cfg)
	if err != nil {
		return err
	}
	fmt.Printf("MCP endpoint %s\nDevelopment key (shown once): X-API-Key: %s\n", resource, key)
	return ep.Mount(mux, mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil))
}
