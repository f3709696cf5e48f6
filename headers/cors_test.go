package headers_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/headers"
)

// TestCORS: a preflight from an allowed origin is answered before the
// handler (which here refuses everything, as a gate refuses a request
// without a credential); a request from it gets its answer readable, the
// MCP headers exposed; another origin gets no CORS headers.
func TestCORS(t *testing.T) {
	cors, err := headers.CORS(headers.CORSOptions{Origins: headers.OriginOptions{AllowedOrigins: []string{"https://app.example.com"}}})
	if err != nil {
		t.Fatal(err)
	}
	h := cors(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("WWW-Authenticate", `Bearer resource_metadata="x"`)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	preflight := func(origin string) *http.Response {
		r := httptest.NewRequest(http.MethodOptions, "/mcp", nil)
		r.Header.Set("Origin", origin)
		r.Header.Set("Access-Control-Request-Method", "POST")
		r.Header.Set("Access-Control-Request-Headers", "authorization, content-type, mcp-protocol-version, mcp-param-region, x-api-key")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Result()
	}
	resp := preflight("https://app.example.com")
	if resp.StatusCode >= 300 || resp.Header.Get("Access-Control-Allow-Origin") != "https://app.example.com" ||
		!strings.Contains(strings.ToLower(resp.Header.Get("Access-Control-Allow-Headers")), "mcp-param-region") ||
		!strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), "POST") {
		t.Fatalf("preflight: %d %v", resp.StatusCode, resp.Header)
	}
	if resp.Header.Get("Access-Control-Allow-Credentials") != "" {
		t.Error("cookies allowed")
	}
	for _, o := range []string{"https://evil.example", "null"} {
		if resp := preflight(o); resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("preflight from %s allowed", o)
		}
	}
	if resp := preflight("http://localhost:5173"); resp.Header.Get("Access-Control-Allow-Origin") == "" {
		t.Error("a loopback origin, allowed by default as by ValidateOrigin, was refused")
	}

	r := httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader("{}"))
	r.Header.Set("Origin", "https://app.example.com")
	r.Header.Set("Authorization", "Bearer t")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	exposed := w.Header().Get("Access-Control-Expose-Headers")
	if w.Code != 401 || w.Header().Get("Access-Control-Allow-Origin") != "https://app.example.com" {
		t.Fatalf("request: %d %v", w.Code, w.Header())
	}
	for _, want := range []string{"Mcp-Session-Id", "Www-Authenticate", "Ratelimit", "Ratelimit-Policy", "Retry-After"} {
		if !strings.Contains(strings.ToLower(exposed), strings.ToLower(want)) {
			t.Errorf("%s not exposed: %q", want, exposed)
		}
	}
	if _, err := headers.CORS(headers.CORSOptions{Origins: headers.OriginOptions{AllowedOrigins: []string{"https://a.example/path"}}}); err == nil {
		t.Error("an origin with a path accepted")
	}
	if _, err := headers.CORS(headers.CORSOptions{ExposeHeaders: []string{"a b"}}); err == nil {
		t.Error("a bad header name accepted")
	}
}
