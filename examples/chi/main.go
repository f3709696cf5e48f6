// Command chi mounts a protected MCP endpoint in a chi router: the
// endpoint's Handler goes on the MCP path, its metadata on the well-known
// ones. Any router that takes an http.Handler works the same way.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/mcpctx"
)

func main() {
	r, err := router(context.Background(), "http://127.0.0.1:8080/mcp")
	if err != nil {
		log.Fatal(err)
	}
	log.Fatal((&http.Server{Addr: "127.0.0.1:8080", Handler: r, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}).ListenAndServe())
}

// router is the application's chi router with an MCP endpoint at
// resource, for API keys (a development key is printed).
func router(ctx context.Context, resource string) (chi.Router, error) {
	store := apikey.NewMemoryStore()
	key, _, err := apikey.Create(ctx, store, apikey.NewKey{Subject: "dev", Scopes: []string{"tools"}})
	if err != nil {
		return nil, err
	}
	keys, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		return nil, err
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: resource, Authenticators: []mcpauth.Authenticator{keys}})
	if err != nil {
		return nil, err
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "chi", Version: "v1"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "whoami", Description: "Who calls"},
		func(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, map[string]string, error) {
			p, _ := mcpctx.PrincipalFrom(ctx)
			return nil, map[string]string{"subject": p.Subject}, nil
		})

	r := chi.NewRouter()
	r.Use(middleware.Recoverer) // the application's own middleware
	r.Get("/health", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	md := ep.Metadata()
	r.Handle("/mcp", ep.Handler(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)))
	r.Handle(md.Path(), md)
	r.Handle(mcpauth.WellKnownPath, md)
	fmt.Printf("MCP endpoint %s\nDevelopment key (shown once): X-API-Key: %s\n", resource, key)
	return r, nil
}
