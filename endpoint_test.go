package mcpauth_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/jwtauth"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// endpointIdP is a JWT issuer with a static key: a Provider, and tokens.
type endpointIdP struct {
	provider *jwtauth.Provider
	key      jwk.Key
}

func newEndpointIdP(t *testing.T) *endpointIdP {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := jwk.Import(priv)
	_ = key.Set(jwk.KeyIDKey, "k1")
	keys, err := jwtauth.StaticKey(pub, "k1", "")
	if err != nil {
		t.Fatal(err)
	}
	p, err := jwtauth.NewProvider(context.Background(), jwtauth.Config{Issuer: "https://idp.test", Keys: keys}, jwtauth.RemoteJWKSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return &endpointIdP{provider: p, key: key}
}

func (idp *endpointIdP) token(t *testing.T, sub, aud string) string {
	t.Helper()
	tok, _ := jwt.NewBuilder().Issuer("https://idp.test").Subject(sub).Audience([]string{aud}).
		IssuedAt(time.Now()).Expiration(time.Now().Add(time.Hour)).Claim("scope", "tools").Build()
	signed, err := jwt.Sign(tok, jwt.WithKey(jwa.EdDSA(), idp.key))
	if err != nil {
		t.Fatal(err)
	}
	return string(signed)
}

func whoamiServer(name string) http.Handler {
	server := mcp.NewServer(&mcp.Implementation{Name: name, Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "whoami"}, func(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, map[string]string, error) {
		p, _ := mcpctx.PrincipalFrom(ctx)
		return nil, map[string]string{"subject": p.Subject, "server": name}, nil
	})
	return mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, &mcp.StreamableHTTPOptions{Stateless: true})
}

func endpointPost(t *testing.T, url string, h map[string]string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
	for k, v := range h {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

// TestEndpointsOnOneMux: two MCP endpoints on one mux, one call each, one
// identity provider said once: each endpoint accepts tokens minted for
// it and refuses the other's, and serves its own metadata.
func TestEndpointsOnOneMux(t *testing.T) {
	idp := newEndpointIdP(t)
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, name := range []string{"crm", "slack"} {
		ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{
			Resource:  srv.URL + "/mcp/" + name,
			Providers: []mcpauth.Provider{idp.provider},
			Metadata:  oauthex.ProtectedResourceMetadata{ScopesSupported: []string{"tools"}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := ep.Mount(mux, whoamiServer(name)); err != nil {
			t.Fatal(err)
		}
		if err := ep.Mount(mux, whoamiServer(name)); err == nil {
			t.Errorf("%s mounted twice", name)
		}
	}
	for _, c := range []struct {
		endpoint, audience string
		want               int
	}{
		{"crm", "crm", 200}, {"slack", "slack", 200}, {"crm", "slack", 401}, {"slack", "crm", 401},
	} {
		tok := idp.token(t, "alice", srv.URL+"/mcp/"+c.audience)
		if resp := endpointPost(t, srv.URL+"/mcp/"+c.endpoint, map[string]string{"Authorization": "Bearer " + tok}); resp.StatusCode != c.want {
			t.Errorf("a token for %s at %s: %d, want %d", c.audience, c.endpoint, resp.StatusCode, c.want)
		}
	}
	resp := endpointPost(t, srv.URL+"/mcp/slack", nil)
	if ch := resp.Header.Get("WWW-Authenticate"); resp.StatusCode != 401 || !strings.Contains(ch, `resource_metadata="`+srv.URL+`/.well-known/oauth-protected-resource/mcp/slack"`) {
		t.Errorf("no token at slack: %d %q", resp.StatusCode, ch)
	}
	for path, resource := range map[string]string{
		"/.well-known/oauth-protected-resource/mcp/crm":   "/mcp/crm",
		"/.well-known/oauth-protected-resource/mcp/slack": "/mcp/slack",
		"/.well-known/oauth-protected-resource":           "/mcp/crm", // the first mounted
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		var doc oauthex.ProtectedResourceMetadata
		_ = json.NewDecoder(resp.Body).Decode(&doc)
		resp.Body.Close()
		if doc.Resource != srv.URL+resource || len(doc.AuthorizationServers) != 1 || doc.AuthorizationServers[0] != "https://idp.test" {
			t.Errorf("%s: %+v", path, doc)
		}
	}
}

// TestEndpointCORS: a preflight is answered before authentication (it
// got 401 before), and a credentialed request from the page can read the
// challenge; another origin is refused by the Origin check.
func TestEndpointCORS(t *testing.T) {
	idp := newEndpointIdP(t)
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{
		Resource: srv.URL + "/mcp", Providers: []mcpauth.Provider{idp.provider},
		Origins: headers.OriginOptions{AllowedOrigins: []string{"https://app.example.com"}}, CORS: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ep.Mount(mux, whoamiServer("m")); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodOptions, srv.URL+"/mcp", nil)
	req.Header.Set("Origin", "https://app.example.com")
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "authorization, content-type, mcp-protocol-version")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 || resp.Header.Get("Access-Control-Allow-Origin") != "https://app.example.com" {
		t.Fatalf("preflight: %d %v", resp.StatusCode, resp.Header)
	}
	tok := idp.token(t, "alice", srv.URL+"/mcp")
	resp = endpointPost(t, srv.URL+"/mcp", map[string]string{"Origin": "https://app.example.com", "Authorization": "Bearer " + tok})
	if resp.StatusCode != 200 || resp.Header.Get("Access-Control-Allow-Origin") != "https://app.example.com" {
		t.Errorf("credentialed request: %d %v", resp.StatusCode, resp.Header)
	}
	resp = endpointPost(t, srv.URL+"/mcp", map[string]string{"Origin": "https://app.example.com"})
	if resp.StatusCode != 401 || !strings.Contains(strings.ToLower(resp.Header.Get("Access-Control-Expose-Headers")), "www-authenticate") {
		t.Errorf("the page cannot read the challenge: %d %v", resp.StatusCode, resp.Header)
	}
	if resp := endpointPost(t, srv.URL+"/mcp", map[string]string{"Origin": "https://evil.example", "Authorization": "Bearer " + tok}); resp.StatusCode != 403 {
		t.Errorf("another origin: %d", resp.StatusCode)
	}
}

// TestEndpointPlacesLimits: a limiter that counts callers is refused in
// front of the gate (it would count every caller by address) and counts
// each caller on its own behind it.
func TestEndpointPlacesLimits(t *testing.T) {
	idp := newEndpointIdP(t)
	perCaller, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "caller", Limit: ratelimit.PerMinute(1)}}})
	if err != nil {
		t.Fatal(err)
	}
	perIP, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerMinute(100), Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	cfg := mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: srv.URL + "/mcp", Providers: []mcpauth.Provider{idp.provider}, PreAuth: []mcpauth.Layer{perCaller}}
	if _, err := mcpauth.NewEndpoint(cfg); err == nil || !strings.Contains(err.Error(), "Limits") {
		t.Fatalf("a caller limit in front of the gate: %v", err)
	}
	cfg.PreAuth, cfg.Limits = []mcpauth.Layer{perIP}, []mcpauth.Layer{perCaller}
	ep, err := mcpauth.NewEndpoint(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := ep.Mount(mux, whoamiServer("m")); err != nil {
		t.Fatal(err)
	}
	for _, who := range []string{"alice", "bob"} { // one address, two callers: a quota each
		h := map[string]string{"Authorization": "Bearer " + idp.token(t, who, srv.URL+"/mcp")}
		if resp := endpointPost(t, srv.URL+"/mcp", h); resp.StatusCode != 200 {
			t.Errorf("%s's first call: %d", who, resp.StatusCode)
		}
		if resp := endpointPost(t, srv.URL+"/mcp", h); resp.StatusCode != 429 {
			t.Errorf("%s's second call: %d, want 429", who, resp.StatusCode)
		}
	}
}

// TestNewEndpointRefuses: nil, empty and failed inputs are errors at
// start-up, naming the field.
func TestNewEndpointRefuses(t *testing.T) {
	idp := newEndpointIdP(t)
	var nilProvider *jwtauth.Provider
	var nilLimiter *ratelimit.Middleware
	ok := mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: "https://mcp.example.com/mcp", Providers: []mcpauth.Provider{idp.provider}}
	for name, c := range map[string]struct {
		edit func(*mcpauth.EndpointConfig)
		want string
	}{
		"no resource":        {func(c *mcpauth.EndpointConfig) { c.Resource = "" }, "Resource"},
		"resource not https": {func(c *mcpauth.EndpointConfig) { c.Resource = "http://mcp.example.com/mcp" }, "https"},
		"not canonical":      {func(c *mcpauth.EndpointConfig) { c.Resource = "https://MCP.example.com/mcp" }, "canonical"},
		"no authenticator":   {func(c *mcpauth.EndpointConfig) { c.Providers = nil }, "Providers or Authenticators"},
		"typed nil provider": {func(c *mcpauth.EndpointConfig) { c.Providers = []mcpauth.Provider{nilProvider} }, "Providers[0]"},
		"nil authenticator":  {func(c *mcpauth.EndpointConfig) { c.Authenticators = []mcpauth.Authenticator{nil} }, "Authenticators[0]"},
		"typed nil layer":    {func(c *mcpauth.EndpointConfig) { c.Limits = []mcpauth.Layer{nilLimiter} }, "Limits[0]"},
		"metadata resource":  {func(c *mcpauth.EndpointConfig) { c.Metadata.Resource = "https://other.example/mcp" }, "Metadata.Resource"},
		"bad origin":         {func(c *mcpauth.EndpointConfig) { c.Origins.AllowedOrigins = []string{"app.example.com"} }, "origin"},
		"bad scope":          {func(c *mcpauth.EndpointConfig) { c.RequiredScopes = []string{"a b"} }, "scope"},
	} {
		cfg := ok
		c.edit(&cfg)
		if _, err := mcpauth.NewEndpoint(cfg); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error naming %s", name, err, c.want)
		}
	}
	ep, err := mcpauth.NewEndpoint(ok)
	if err != nil {
		t.Fatal(err)
	}
	if err := ep.Mount(nil, whoamiServer("m")); err == nil {
		t.Error("Mount on a nil mux")
	}
	if _, err := jwtauth.NewProvider(context.Background(), jwtauth.Config{}, jwtauth.RemoteJWKSOptions{}); err == nil {
		t.Error("a provider without an issuer")
	}
}

// TestProviderAudienceMismatchFailsAtStartUp: an explicit audience that is
// another resource's URL would let that resource's tokens in; the endpoint
// is refused at start-up. A non-URL audience (Entra ID's api://…) is the
// IdP's own name and is kept.
func TestProviderAudienceMismatchFailsAtStartUp(t *testing.T) {
	keys, err := jwtauth.StaticKey(ed25519.PublicKey(make([]byte, ed25519.PublicKeySize)), "k", "")
	if err != nil {
		t.Fatal(err)
	}
	for aud, ok := range map[string]bool{"https://mcp.example.com/other": false, "https://mcp.example.com/mcp": true, "api://mcp-server": true} {
		idp, err := jwtauth.NewProvider(context.Background(), jwtauth.Config{Issuer: "https://idp.test", Keys: keys, Audiences: []string{aud}}, jwtauth.RemoteJWKSOptions{})
		if err != nil {
			t.Fatal(err)
		}
		_, err = mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: "https://mcp.example.com/mcp", Providers: []mcpauth.Provider{idp}})
		if (err == nil) != ok {
			t.Errorf("audience %q: %v, want accepted %v", aud, err, ok)
		}
	}
}
