package mcpauth

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/oauthex"
)

func TestResourceMetadataValidation(t *testing.T) {
	for _, bad := range []string{
		"", "/mcp", "mcp.example.com/mcp", "http://api.example.com/mcp", "https://api.example.com/mcp?x=1",
		"https://api.example.com/mcp#frag", "https://user@api.example.com/mcp", "ftp://api.example.com/mcp", "https://",
	} {
		if _, err := NewResourceMetadata(oauthex.ProtectedResourceMetadata{Resource: bad}); err == nil {
			t.Errorf("resource %q accepted", bad)
		}
	}
	for _, md := range []oauthex.ProtectedResourceMetadata{
		{Resource: "https://api.example.com/mcp", AuthorizationServers: []string{"not a url"}},
		{Resource: "https://api.example.com/mcp", ScopesSupported: []string{"a b"}},
	} {
		if _, err := NewResourceMetadata(md); err == nil {
			t.Errorf("%+v accepted", md)
		}
	}
}

func TestResourceMetadataPaths(t *testing.T) {
	cases := []struct{ resource, canonical, path, url string }{
		{"https://API.Example.com/mcp", "https://api.example.com/mcp", "/.well-known/oauth-protected-resource/mcp", "https://api.example.com/.well-known/oauth-protected-resource/mcp"},
		{"https://api.example.com", "https://api.example.com", WellKnownPath, "https://api.example.com" + WellKnownPath},
		{"https://api.example.com/", "https://api.example.com/", WellKnownPath, "https://api.example.com" + WellKnownPath},
		{"http://127.0.0.1:8000/mcp/admin", "http://127.0.0.1:8000/mcp/admin", "/.well-known/oauth-protected-resource/mcp/admin", "http://127.0.0.1:8000/.well-known/oauth-protected-resource/mcp/admin"},
		{"http://localhost:8000/mcp", "http://localhost:8000/mcp", "/.well-known/oauth-protected-resource/mcp", "http://localhost:8000/.well-known/oauth-protected-resource/mcp"},
		{"http://[::1]:8000/mcp", "http://[::1]:8000/mcp", "/.well-known/oauth-protected-resource/mcp", "http://[::1]:8000/.well-known/oauth-protected-resource/mcp"},
	}
	for _, c := range cases {
		md, err := NewResourceMetadata(oauthex.ProtectedResourceMetadata{Resource: c.resource})
		if err != nil {
			t.Fatalf("%s: %v", c.resource, err)
		}
		if md.Resource() != c.canonical || md.Path() != c.path || md.URL() != c.url {
			t.Errorf("%s: got %s %s %s", c.resource, md.Resource(), md.Path(), md.URL())
		}
		if md.Document().BearerMethodsSupported[0] != "header" {
			t.Errorf("bearer methods %v", md.Document().BearerMethodsSupported)
		}
	}
}

func TestResourceMetadataServing(t *testing.T) {
	md, err := NewResourceMetadata(oauthex.ProtectedResourceMetadata{
		Resource: "https://api.example.com/mcp", AuthorizationServers: []string{"https://idp.example.com"}, ScopesSupported: []string{"tools"},
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	md.Mount(mux)
	admin, _ := NewResourceMetadata(oauthex.ProtectedResourceMetadata{Resource: "https://api.example.com/mcp/admin"})
	mux.Handle(admin.Path(), admin)

	get := func(method, path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
		return rec
	}
	for path, want := range map[string]string{
		"/.well-known/oauth-protected-resource/mcp":       "https://api.example.com/mcp",
		"/.well-known/oauth-protected-resource":           "https://api.example.com/mcp",
		"/.well-known/oauth-protected-resource/mcp/admin": "https://api.example.com/mcp/admin",
	} {
		rec := get("GET", path)
		var doc oauthex.ProtectedResourceMetadata
		if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &doc) != nil || doc.Resource != want {
			t.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
		}
		if rec.Header().Get("Access-Control-Allow-Origin") != "*" || rec.Header().Get("Content-Type") != "application/json" {
			t.Errorf("%s: headers %v", path, rec.Header())
		}
	}
	if rec := get("HEAD", "/.well-known/oauth-protected-resource/mcp"); rec.Code != 200 || rec.Body.Len() != 0 {
		t.Errorf("HEAD: %d %q", rec.Code, rec.Body)
	}
	if rec := get("OPTIONS", "/.well-known/oauth-protected-resource/mcp"); rec.Code != 204 || rec.Header().Get("Access-Control-Allow-Methods") == "" {
		t.Errorf("OPTIONS: %d", rec.Code)
	}
	if rec := get("POST", "/.well-known/oauth-protected-resource/mcp"); rec.Code != 405 || rec.Header().Get("Allow") == "" {
		t.Errorf("POST: %d", rec.Code)
	}
}
