// Command multi serves two MCP servers from one process, under two paths,
// each its own resource: a token minted for /mcp/crm is refused at
// /mcp/slack. Set MCPAUTH_ISSUER to your identity provider; its tokens
// must name the endpoint's URL as their audience.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/jwtauth"
	"github.com/mcpauth/mcpauth/mcpctx"
)

func main() {
	ctx := context.Background()
	if os.Getenv("MCPAUTH_ISSUER") == "" {
		log.Fatal("set MCPAUTH_ISSUER to your identity provider's issuer URL")
	}
	idp, err := jwtauth.NewProvider(ctx, jwtauth.Config{Issuer: os.Getenv("MCPAUTH_ISSUER")}, jwtauth.RemoteJWKSOptions{AllowInsecureLoopback: true})
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	if err := mount(mux, "http://127.0.0.1:8080", idp); err != nil {
		log.Fatal(err)
	}
	log.Fatal((&http.Server{Addr: "127.0.0.1:8080", Handler: mux, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}).ListenAndServe())
}

// mount serves the crm and slack MCP servers under base, one endpoint
// each, with idp's tokens for that endpoint only.
func mount(mux *http.ServeMux, base string, idp mcpauth.Provider) error {
	for _, name := range []string{"crm", "slack"} {
		ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{
			Resource:  base + "/mcp/" + name,
			Providers: []mcpauth.Provider{idp},
			Metadata:  oauthex.ProtectedResourceMetadata{ResourceName: name, ScopesSupported: []string{name}},
		})
		if err != nil {
			return err
		}
		server := newServer(name)
		if err := ep.Mount(mux, mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)); err != nil {
			return err
		}
	}
	return nil
}

// newServer is the MCP server of one endpoint: one tool naming it.
func newServer(name string) *mcp.Server {
	s := mcp.NewServer(&mcp.Implementation{Name: name, Version: "v1"}, nil)
	s.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(s, &mcp.Tool{Name: "hello", Description: "Says which server answers, to whom"},
		func(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, map[string]string, error) {
			p, _ := mcpctx.PrincipalFrom(ctx)
			return nil, map[string]string{"server": name, "subject": p.Subject}, nil
		})
	return s
}
