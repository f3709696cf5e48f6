package mcpauth_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// Mount an MCP server in an existing mux behind Origin validation and the
// gate, with its RFC 9728 metadata.
func Example() {
	store := apikey.NewMemoryStore()
	key, rec, _ := apikey.NewRecord(apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}})
	_ = store.Put(rec)
	keys, _ := apikey.New(apikey.Config{Store: store})

	md, _ := mcpauth.NewResourceMetadata(oauthex.ProtectedResourceMetadata{
		Resource: "https://api.example.com/mcp",
	})
	gate, _ := mcpauth.New(mcpauth.Options{
		Authenticators:      []mcpauth.Authenticator{keys},
		ResourceMetadataURL: md.URL(),
	})
	originCheck, _ := headers.ValidateOrigin(headers.OriginOptions{})

	server := mcp.NewServer(&mcp.Implementation{Name: "api"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	handler := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server },
		&mcp.StreamableHTTPOptions{Stateless: true})

	mux := http.NewServeMux()
	mux.Handle("/mcp", originCheck(gate.Handler(handler)))
	md.Mount(mux)

	for _, k := range []string{"", key} {
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(
			`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
		r.Header.Set("Content-Type", "application/json")
		r.Header.Set("Accept", "application/json, text/event-stream")
		if k != "" {
			r.Header.Set("X-API-Key", k)
		}
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		fmt.Println(w.Code, w.Header().Get("WWW-Authenticate"))
	}
	// Output:
	// 401 Bearer resource_metadata="https://api.example.com/.well-known/oauth-protected-resource/mcp"
	// 200
}

// One call puts the whole chain in front of an MCP handler, in order, and
// mounts it with its metadata.
func ExampleNewEndpoint() {
	store := apikey.NewMemoryStore()
	key, _, err := apikey.Create(context.Background(), store, apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}})
	if err != nil {
		panic(err)
	}
	keys, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		panic(err)
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{
		Resource:       "https://mcp.example.com/mcp",
		Authenticators: []mcpauth.Authenticator{keys},
	})
	if err != nil {
		panic(err)
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "api", Version: "v1"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mux := http.NewServeMux()
	if err := ep.Mount(mux, mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)); err != nil {
		panic(err)
	}
	for _, h := range []map[string]string{nil, {"X-API-Key": key}, {"X-API-Key": key, "Origin": "https://evil.example"}} {
		r := httptest.NewRequest(http.MethodPost, "https://mcp.example.com/mcp", strings.NewReader(
			`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`))
		r.Header.Set("Content-Type", "application/json")
		r.Header.Set("Accept", "application/json, text/event-stream")
		for k, v := range h {
			r.Header.Set(k, v)
		}
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		fmt.Println(w.Code)
	}
	fmt.Println(ep.Metadata().URL())
	// Output:
	// 401
	// 200
	// 403
	// https://mcp.example.com/.well-known/oauth-protected-resource/mcp
}
