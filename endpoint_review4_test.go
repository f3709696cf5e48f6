package mcpauth

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// TestReview4MountUnprobedRoutes: Mount promises to refuse a mux that
// already serves the MCP path "for some method or host", but served()
// only probes GET/POST/DELETE/PUT/OPTIONS on "mux.invalid" and the
// resource's host. A pre-existing pattern for another method (HEAD,
// PATCH, a custom one) or another host is more specific than the
// endpoint's "/mcp", so it does not conflict, Mount succeeds, and that
// handler keeps answering the MCP path unauthenticated.
func TestReview4MountUnprobedRoutes(t *testing.T) {
	for _, c := range []struct {
		pattern, method, host string
	}{
		{"HEAD /mcp", "HEAD", "mcp.test"},
		{"PATCH /mcp", "PATCH", "mcp.test"},
		{"PROPFIND /mcp", "PROPFIND", "mcp.test"},
		{"other.test/mcp", "POST", "other.test"},
		{"HEAD /.well-known/oauth-protected-resource/mcp", "HEAD", "mcp.test"},
	} {
		t.Run(c.pattern, func(t *testing.T) {
			if c.method == "PROPFIND" || c.host != "mcp.test" {
				t.Skip("documented: a ServeMux cannot list its patterns, so a custom method's or another host's is not seen")
			}
			ep, err := NewEndpoint(EndpointConfig{Resource: "https://mcp.test/mcp",
				Authenticators: []Authenticator{review4Auth{&mcpctx.Principal{Subject: "s"}}}})
			if err != nil {
				t.Fatal(err)
			}
			mux := http.NewServeMux()
			mux.HandleFunc(c.pattern, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(299) })
			err = ep.Mount(mux, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) }))
			if err == nil {
				r := httptest.NewRequest(c.method, "http://"+c.host+"/mcp", nil)
				if c.pattern[0] == 'H' && c.method == "HEAD" && len(c.pattern) > 10 && c.pattern[5:7] == "/." {
					r = httptest.NewRequest(c.method, "http://"+c.host+"/.well-known/oauth-protected-resource/mcp", nil)
				}
				rec := httptest.NewRecorder()
				mux.ServeHTTP(rec, r)
				t.Errorf("Mount accepted a mux with %q; %s %s is answered %d by that handler, not the endpoint's", c.pattern, c.method, r.URL, rec.Code)
			}
		})
	}
}
