package headers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// Tool code reads the request headers it may see; credentials are hidden
// unless asked for by name.
func ExampleFromContext() {
	ctx := mcpctx.WithHeader(context.Background(), http.Header{
		"Authorization": {"Bearer secret"},
		"X-Tenant-Id":   {"acme"},
	})
	fmt.Println(headers.FromContext(ctx))
	fmt.Println(headers.FromContext(ctx, headers.Include("authorization"))["authorization"])
	fmt.Println(len(headers.FromContext(context.Background())))
	// Output:
	// map[x-tenant-id:acme]
	// Bearer secret
	// 0
}

// Browsers on other sites are refused; clients without Origin pass.
func ExampleValidateOrigin() {
	check, err := headers.ValidateOrigin(headers.OriginOptions{AllowedOrigins: []string{"https://app.example.com"}})
	if err != nil {
		panic(err)
	}
	h := check(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	for _, origin := range []string{"", "https://app.example.com", "http://localhost:5173", "https://evil.example"} {
		r := httptest.NewRequest("POST", "/mcp", nil)
		if origin != "" {
			r.Header.Set("Origin", origin)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		fmt.Printf("%q %d\n", origin, w.Code)
	}
	// Output:
	// "" 200
	// "https://app.example.com" 200
	// "http://localhost:5173" 200
	// "https://evil.example" 403
}
