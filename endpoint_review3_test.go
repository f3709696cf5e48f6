package mcpauth_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// review3Endpoint is an endpoint at resource with one API key (alice's).
func review3Endpoint(t *testing.T, resource string) (*mcpauth.Endpoint, string) {
	t.Helper()
	auth, keys := memoryKeys(t, map[string][]string{"alice": nil})
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: resource, Authenticators: []mcpauth.Authenticator{auth}})
	if err != nil {
		t.Fatal(err)
	}
	return ep, keys["alice"]
}

// unprotected stands for an MCP handler registered before, without auth.
var unprotected = http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(299) })

// mountNoPanic is Mount, with a panic turned into an error.
func mountNoPanic(ep *mcpauth.Endpoint, mux *http.ServeMux, h http.Handler) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("Mount panicked: %v", r)
		}
	}()
	if err := ep.Mount(mux, h); err != nil {
		return fmt.Errorf("refused: %w", err)
	}
	return nil
}

// TestMountOverMethodOrHostPattern_review3: Mount promises to refuse a path
// that mux already serves. A mux where the MCP path is already served by a
// method-specific pattern ("POST /mcp", how go-sdk examples register it)
// or a host-specific one ("api.example.com/mcp") passes the check
// (registered asks with GET and host mux.invalid), Mount succeeds, and the
// more specific old pattern keeps winning: POST /mcp reaches the
// unprotected handler without any credential.
func TestMountOverMethodOrHostPattern_review3(t *testing.T) {
	for _, old := range []string{"POST /mcp", "127.0.0.1/mcp", "GET /mcp"} {
		t.Run(old, func(t *testing.T) {
			ep, _ := review3Endpoint(t, "http://127.0.0.1:8080/mcp")
			mux := http.NewServeMux()
			mux.Handle(old, unprotected)
			err := mountNoPanic(ep, mux, whoamiServer("m"))
			if err != nil {
				return // refused: what it should do
			}
			method := http.MethodPost
			if strings.HasPrefix(old, "GET") {
				method = http.MethodGet
			}
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, httptest.NewRequest(method, "http://127.0.0.1:8080/mcp", strings.NewReader(`{}`)))
			if rec.Code == 299 {
				t.Errorf("Mount accepted a mux already serving %q, and an unauthenticated %s /mcp still reaches that handler", old, method)
			}
		})
	}
}

// TestMountConflictPanics_review3: Mount says it refuses rather than
// panicking as ServeMux does; a mux with a pattern that conflicts with the
// endpoint's (neither more specific: "GET /{name}" against "/mcp", or a
// well-known catch-all against the metadata path) makes it panic — in the
// second case after the MCP path was already registered.
func TestMountConflictPanics_review3(t *testing.T) {
	for _, old := range []string{"GET /{name}", "GET /.well-known/{rest...}"} {
		t.Run(old, func(t *testing.T) {
			ep, _ := review3Endpoint(t, "http://127.0.0.1:8080/mcp")
			mux := http.NewServeMux()
			mux.Handle(old, unprotected)
			if err := mountNoPanic(ep, mux, whoamiServer("m")); err != nil && strings.Contains(err.Error(), "panicked") {
				t.Error(err)
			}
		})
	}
}

// TestUncleanResourcePathIsAccepted_review3: a resource whose path is not
// clean (dot segments, an empty segment) passes the canonical check, and
// Mount registers a pattern ServeMux never routes to: every request is
// redirected to the cleaned path, so the endpoint cannot be reached (and
// its metadata neither). It should be refused as not canonical.
func TestUncleanResourcePathIsAccepted_review3(t *testing.T) {
	auth, _ := memoryKeys(t, map[string][]string{"alice": nil})
	for _, res := range []string{"http://127.0.0.1:8080/a/../mcp", "http://127.0.0.1:8080//mcp", "http://127.0.0.1:8080/mcp/./x"} {
		ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: res, Authenticators: []mcpauth.Authenticator{auth}})
		if err != nil {
			continue // refused: held
		}
		mux := http.NewServeMux()
		if err := ep.Mount(mux, whoamiServer("m")); err != nil {
			continue
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, res, nil))
		if rec.Code != http.StatusUnauthorized {
			t.Errorf("resource %s accepted, but a POST to it gets %d from the mux (want the gate's 401)", res, rec.Code)
		}
	}
}

// TestResourceDefaultPortAccepted_review3: "https://a.example:443/mcp" is
// accepted as canonical. Clients connect to https://a.example/mcp and
// compare the metadata's resource with it byte for byte (go-sdk's
// oauthex), and ask the authorization server for tokens with that audience:
// every token is then refused. The default port should be dropped or
// refused, as the origins' normalization already drops it.
func TestResourceDefaultPortAccepted_review3(t *testing.T) {
	auth, _ := memoryKeys(t, map[string][]string{"alice": nil})
	for _, res := range []string{"https://a.example:443/mcp", "http://localhost:80/mcp"} {
		ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: res, Authenticators: []mcpauth.Authenticator{auth}})
		if err == nil {
			t.Errorf("%s accepted as canonical (metadata resource %q)", res, ep.Metadata().Resource())
		}
	}
}

// TestIDNResourceAdvice_review3: an IDN host is refused with advice to
// write the host percent-encoded, which no client or token uses; the
// canonical form is its punycode (A-label) spelling.
func TestIDNResourceAdvice_review3(t *testing.T) {
	auth, _ := memoryKeys(t, map[string][]string{"alice": nil})
	_, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: "https://bücher.example/mcp", Authenticators: []mcpauth.Authenticator{auth}})
	if err != nil && strings.Contains(err.Error(), "%C3%BC") {
		t.Errorf("advice for an IDN host: %v (want xn--bcher-kva.example)", err)
	}
}

// TestTrailingSlashResourceMetadataPath_review3: for a resource with a
// trailing slash, clients that fall back to computing the path-suffixed
// well-known URI (go-sdk: "/.well-known/oauth-protected-resource/" +
// path without its leading slash) ask for …/mcp/; Mount serves …/mcp only.
func TestTrailingSlashResourceMetadataPath_review3(t *testing.T) {
	auth, _ := memoryKeys(t, map[string][]string{"alice": nil})
	if _, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: "http://127.0.0.1:8080/mcp/", Authenticators: []mcpauth.Authenticator{auth}}); err != nil {
		return // refused at start-up (the fix chosen): nothing to serve wrong
	}
	ep, _ := review3Endpoint(t, "http://127.0.0.1:8080/mcp/")
	mux := http.NewServeMux()
	if err := ep.Mount(mux, whoamiServer("m")); err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8080/.well-known/oauth-protected-resource/mcp/", nil))
	if rec.Code != 200 {
		t.Errorf("GET /.well-known/oauth-protected-resource/mcp/ (what go-sdk computes for resource …/mcp/): %d", rec.Code)
	}
}

// TestPrefixEndpointsStaySeparate_review3: /mcp and /mcp/crm on one mux
// (one resource a prefix of the other): each path reaches its own gate,
// each metadata document names its own resource, and the root well-known
// stays with the first mounted — held.
func TestPrefixEndpointsStaySeparate_review3(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	keys := map[string]string{}
	for _, p := range []string{"/mcp", "/mcp/crm"} {
		ep, key := review3Endpoint(t, srv.URL+p)
		keys[p] = key
		if err := ep.Mount(mux, whoamiServer(p)); err != nil {
			t.Fatal(err)
		}
	}
	for p, key := range keys {
		for q := range keys {
			want := 200
			if p != q {
				want = 401 // another endpoint's key store
			}
			if resp := endpointPost(t, srv.URL+q, map[string]string{"X-API-Key": key}); resp.StatusCode != want {
				t.Errorf("key of %s at %s: %d, want %d", p, q, resp.StatusCode, want)
			}
		}
	}
	for _, p := range []string{"/mcp/crm/", "/mcp/", "/mcpx"} {
		if resp := endpointPost(t, srv.URL+p, nil); resp.StatusCode != 404 {
			t.Errorf("%s: %d, want 404", p, resp.StatusCode)
		}
	}
}

// TestZeroEndpoint_review3: the constructors' rule is that zero values
// fail without panicking; a zero (or nil) Endpoint panics in Mount and
// Handler.
func TestZeroEndpoint_review3(t *testing.T) {
	for name, ep := range map[string]*mcpauth.Endpoint{"zero": {}, "nil": nil} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s Endpoint: Mount panicked: %v", name, r)
				}
			}()
			if err := ep.Mount(http.NewServeMux(), unprotected); err == nil {
				t.Errorf("%s Endpoint: Mount succeeded", name)
			}
		}()
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s Endpoint: Handler panicked: %v", name, r)
				}
			}()
			h := ep.Handler(unprotected)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/mcp", nil))
			if rec.Code == 299 {
				t.Errorf("%s Endpoint: Handler passed a request", name)
			}
		}()
	}
}

// TestKeysByCallerProbeMisses_review3: NewEndpoint refuses, in PreAuth, a
// rate limiter whose key tells callers apart, by probing the key with two
// principals that differ in Subject only. Keys that read another field of
// the principal (its KeyID, Issuer, a claim) or that skip API-key callers
// pass the probe; in front of the gate they then get a nil principal at
// every request — and a key that dereferences it panics every request
// (the probe also treats a key that panics as not counting callers).
func TestKeysByCallerProbeMisses_review3(t *testing.T) {
	keys := map[string]ratelimit.KeyFunc{
		"by key id": func(_ *http.Request, p *mcpctx.Principal) (string, bool) { return "k:" + p.KeyID, true },
		"by issuer": func(_ *http.Request, p *mcpctx.Principal) (string, bool) { return "iss:" + p.Issuer, true },
		"by tenant claim": func(_ *http.Request, p *mcpctx.Principal) (string, bool) {
			t, _ := p.Claims["tenant"].(string)
			return "t:" + t, true
		},
		"jwt callers only": func(_ *http.Request, p *mcpctx.Principal) (string, bool) {
			if p == nil || p.Method != mcpctx.MethodJWT {
				return "", false
			}
			return "p:" + p.ID(), true
		},
		"panics on the probe": func(_ *http.Request, p *mcpctx.Principal) (string, bool) {
			return "t:" + p.Claims["tenant"].(string), true
		},
	}
	for name, key := range keys {
		t.Run(name, func(t *testing.T) {
			lim, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
				{Name: "caller", Limit: ratelimit.PerMinute(1), Key: key}}})
			if err != nil {
				t.Fatal(err)
			}
			auth, k := memoryKeys(t, map[string][]string{"alice": nil})
			ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Logger: testlog.New(t), Resource: "http://127.0.0.1:8080/mcp",
				Authenticators: []mcpauth.Authenticator{auth}, PreAuth: []mcpauth.Layer{lim}})
			if err != nil {
				return // refused: what it should do
			}
			t.Errorf("a per-caller key (%s) accepted in PreAuth", name)
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("…and every request then panics in front of the gate: %v", r)
					}
				}()
				rec := httptest.NewRecorder()
				req := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:8080/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
				req.Header.Set("X-API-Key", k["alice"])
				ep.Handler(unprotected).ServeHTTP(rec, req)
			}()
		})
	}
}

// TestNilMCPHandlerPanicsPerRequest_review3: every other middleware of
// the module panics as it is applied to a nil next handler (or Mount
// refuses it); Endpoint.Handler(nil) and Gate.Handler(nil) build a
// handler that panics at every authenticated request instead.
func TestNilMCPHandlerPanicsPerRequest_review3(t *testing.T) {
	ep, key := review3Endpoint(t, "http://127.0.0.1:8080/mcp")
	var h http.Handler
	applied := func() (p any) {
		defer func() { p = recover() }()
		h = ep.Handler(nil)
		return nil
	}()
	if applied != nil {
		return // refused as it is applied: held
	}
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("Endpoint.Handler(nil) was accepted, and an authenticated request panics: %v", r)
		}
	}()
	req := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:8080/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
	req.Header.Set("X-API-Key", key)
	h.ServeHTTP(httptest.NewRecorder(), req)
}

// TestMountBesideSubtreeAndCatchAll_review3 (held): a mux that already
// serves "/" or the "/mcp/" subtree keeps them, and /mcp goes to the gate.
func TestMountBesideSubtreeAndCatchAll_review3(t *testing.T) {
	for _, old := range []string{"/", "/mcp/", "/{path...}", "/.well-known/"} {
		ep, _ := review3Endpoint(t, "http://127.0.0.1:8080/mcp")
		mux := http.NewServeMux()
		mux.Handle(old, unprotected)
		if err := mountNoPanic(ep, mux, whoamiServer("m")); err != nil {
			t.Errorf("beside %q: %v", old, err)
			continue
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "http://127.0.0.1:8080/mcp", nil))
		if rec.Code != 401 {
			t.Errorf("beside %q: POST /mcp → %d, want the gate's 401", old, rec.Code)
		}
		rec = httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8080/.well-known/oauth-protected-resource", nil))
		if rec.Code != 200 && old != "/.well-known/" {
			t.Errorf("beside %q: root metadata → %d", old, rec.Code)
		}
	}
}
