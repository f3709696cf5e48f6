package mcpauth_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// TestEndpointCORSManners_review3 (held): preflights for POST, GET (SSE)
// and DELETE (session end) from an allowed origin are answered before the
// gate with the requested headers reflected and never
// Access-Control-Allow-Credentials; a disallowed origin's preflight gets
// no CORS headers and its actual request 403 from the Origin check;
// Vary: Origin is on every answer; a 401 exposes the challenge only.
func TestEndpointCORSManners_review3(t *testing.T) {
	auth, keys := memoryKeys(t, map[string][]string{"alice": nil})
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: "https://api.example.com/mcp",
		Authenticators: []mcpauth.Authenticator{auth}, CORS: true,
		Origins: headers.OriginOptions{AllowedOrigins: []string{"https://app.example.com"}}})
	if err != nil {
		t.Fatal(err)
	}
	h := ep.Handler(unprotected)
	do := func(method, origin string, hdr map[string]string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, "https://api.example.com/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	for _, m := range []string{"POST", "GET", "DELETE"} {
		rec := do(http.MethodOptions, "https://app.example.com", map[string]string{
			"Access-Control-Request-Method": m, "Access-Control-Request-Headers": "authorization, x-api-key, mcp-session-id, last-event-id"})
		hd := rec.Header()
		if rec.Code != 204 || hd.Get("Access-Control-Allow-Origin") != "https://app.example.com" || hd.Get("Access-Control-Allow-Methods") != m ||
			!strings.Contains(hd.Get("Access-Control-Allow-Headers"), "authorization") || hd.Get("Access-Control-Allow-Credentials") != "" ||
			!strings.Contains(hd.Get("Vary"), "Origin") {
			t.Errorf("preflight for %s: %d %v", m, rec.Code, hd)
		}
	}
	if rec := do(http.MethodOptions, "https://app.example.com", map[string]string{"Access-Control-Request-Method": "PUT"}); rec.Header().Get("Access-Control-Allow-Methods") != "" {
		t.Errorf("PUT allowed: %v", rec.Header())
	}
	for _, o := range []string{"https://evil.example", "null", "https://app.example.com.evil.example", "http://app.example.com"} {
		rec := do(http.MethodOptions, o, map[string]string{"Access-Control-Request-Method": "POST"})
		if rec.Header().Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("preflight from %s allowed: %v", o, rec.Header())
		}
		rec = do(http.MethodPost, o, map[string]string{"X-API-Key": keys["alice"]})
		if rec.Code != 403 || rec.Header().Get("Access-Control-Allow-Origin") != "" || !strings.Contains(rec.Header().Get("Vary"), "Origin") {
			t.Errorf("request from %s: %d %v", o, rec.Code, rec.Header())
		}
	}
	rec := do(http.MethodPost, "https://app.example.com", map[string]string{"Cookie": "session=1"})
	hd := rec.Header()
	if rec.Code != 401 || hd.Get("Access-Control-Allow-Credentials") != "" || hd.Get("Access-Control-Allow-Origin") != "https://app.example.com" ||
		!strings.Contains(hd.Get("Vary"), "Origin") {
		t.Errorf("401 to the page: %d %v", rec.Code, hd)
	}
	// Two Origin headers: the Origin check refuses, whatever the first.
	req := httptest.NewRequest(http.MethodPost, "https://api.example.com/mcp", nil)
	req.Header["Origin"] = []string{"https://app.example.com", "https://evil.example"}
	req.Header.Set("X-API-Key", keys["alice"])
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 403 {
		t.Errorf("two Origin headers: %d", rec.Code)
	}
}

// TestEndpointCORSLoopbackByDefault_review3 (held, noted): with CORS on and
// DisallowLoopback unset, a page on any loopback port may read the answers
// of a production endpoint. No cookie is ever allowed, so the page must
// hold a credential of its own; a loopback origin can only be served by a
// process on the user's machine, which can call the endpoint without a
// browser anyway, and a DNS-rebinding page keeps its own (non-loopback)
// origin. Worth a sentence in EndpointConfig.CORS, not a fix.
func TestEndpointCORSLoopbackByDefault_review3(t *testing.T) {
	auth, _ := memoryKeys(t, map[string][]string{"alice": nil})
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: "https://api.example.com/mcp", Authenticators: []mcpauth.Authenticator{auth}, CORS: true})
	if err != nil {
		t.Fatal(err)
	}
	h := ep.Handler(unprotected)
	for o, want := range map[string]bool{
		"http://localhost:6666": true, "http://127.0.0.1:1": true, "http://[::1]:3000": true,
		"http://attacker.example:8000": false, "http://localhost.attacker.example": false, "http://127.0.0.1.nip.io": false,
		"http://foo.localhost": false, // browsers treat it as loopback; refused here: the safe side
	} {
		req := httptest.NewRequest(http.MethodOptions, "https://api.example.com/mcp", nil)
		req.Header.Set("Origin", o)
		req.Header.Set("Access-Control-Request-Method", "POST")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if got := rec.Header().Get("Access-Control-Allow-Origin") != ""; got != want {
			t.Errorf("%s: allowed %v, want %v", o, got, want)
		}
	}
}
