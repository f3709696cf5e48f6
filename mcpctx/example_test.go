package mcpctx_test

import (
	"context"
	"fmt"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// A tool names its caller through ctx once mcpctx.Middleware is installed.
func ExampleMiddleware() {
	server := mcp.NewServer(&mcp.Implementation{Name: "demo", Version: "v1"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())

	type out struct {
		Subject string `json:"subject"`
	}
	mcp.AddTool(server, &mcp.Tool{Name: "whoami", Description: "Names the caller."},
		func(ctx context.Context, req *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, out, error) {
			p, ok := mcpctx.PrincipalFrom(ctx)
			if !ok {
				return nil, out{}, fmt.Errorf("unauthenticated")
			}
			return nil, out{Subject: p.Subject}, nil
		})
	fmt.Println("ready")
	// Output: ready
}

// Outside an authenticated request there is no principal, and no error.
func ExamplePrincipalFrom() {
	ctx := mcpctx.WithPrincipal(context.Background(), &mcpctx.Principal{
		Subject: "alice", Method: mcpctx.MethodAPIKey, Scopes: []string{"tools"},
	})
	if p, ok := mcpctx.PrincipalFrom(ctx); ok {
		fmt.Println(p.Subject, p.Method, p.HasScope("tools"), p.ID())
	}
	_, ok := mcpctx.PrincipalFrom(context.Background())
	fmt.Println(ok)
	// Output:
	// alice apikey true apikey:"":alice
	// false
}
