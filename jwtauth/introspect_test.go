package jwtauth

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// introspectionServer answers RFC 7662 requests from a table of tokens,
// checking the resource server's client credentials.
type introspectionServer struct {
	srv    *httptest.Server
	calls  atomic.Int64
	method string // expected client auth method

	mu     sync.Mutex // guards the fields below, which tests change
	tokens map[string]map[string]any
	status int
	raw    string // if set, sent instead of JSON
	delay  time.Duration
}

// update changes the server's behaviour under its lock.
func (is *introspectionServer) update(f func()) {
	is.mu.Lock()
	defer is.mu.Unlock()
	f()
}

const (
	rsClientID     = "mcp server:1" // needs form-encoding in Basic
	rsClientSecret = "s3cr%t"
)

func newIntrospectionServer(t *testing.T, method string) *introspectionServer {
	t.Helper()
	is := &introspectionServer{method: method, tokens: map[string]map[string]any{}, status: http.StatusOK}
	is.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		is.calls.Add(1)
		is.mu.Lock()
		delay, status, raw, tokens := is.delay, is.status, is.raw, is.tokens
		is.mu.Unlock()
		if delay > 0 { // a slow endpoint: it answers late, or not at all to a client that gave up
			select {
			case <-time.After(delay):
			case <-r.Context().Done():
				return
			}
		}
		if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		_ = r.ParseForm()
		var id, secret string
		if is.method == ClientSecretBasic {
			u, p, ok := r.BasicAuth()
			if !ok {
				http.Error(w, "no basic auth", http.StatusUnauthorized)
				return
			}
			id, _ = url.QueryUnescape(u)
			secret, _ = url.QueryUnescape(p)
		} else {
			id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
		}
		if id != rsClientID || secret != rsClientSecret {
			http.Error(w, "bad client", http.StatusUnauthorized)
			return
		}
		if status != http.StatusOK {
			w.WriteHeader(status)
			return
		}
		if raw != "" {
			_, _ = w.Write([]byte(raw))
			return
		}
		resp, ok := tokens[r.PostForm.Get("token")]
		if !ok {
			resp = map[string]any{"active": false}
		}
		_ = json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(is.srv.Close)
	return is
}

func newIntrospector(t *testing.T, is *introspectionServer, mod func(*IntrospectionConfig)) *Introspector {
	t.Helper()
	testlog.Secret(t, rsClientSecret)
	cfg := IntrospectionConfig{
		URL: is.srv.URL, AllowInsecureLoopback: true, AuthMethod: is.method,
		ClientID: rsClientID, ClientSecret: rsClientSecret,
		Issuer: testIssuer, Audiences: []string{testAudience},
	}
	if mod != nil {
		mod(&cfg)
	}
	in, err := NewIntrospector(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func activeToken(exp time.Time) map[string]any {
	return map[string]any{"active": true, "sub": "alice", "scope": "tools read", "iss": testIssuer,
		"aud": []string{testAudience}, "exp": exp.Unix(), "client_id": "app"}
}

func TestIntrospection(t *testing.T) {
	for _, method := range []string{ClientSecretBasic, ClientSecretPost} {
		t.Run(method, func(t *testing.T) {
			is := newIntrospectionServer(t, method)
			is.tokens["good"] = activeToken(time.Now().Add(time.Hour))
			in := newIntrospector(t, is, nil)
			p, err := in.Verify(context.Background(), "good")
			if err != nil {
				t.Fatal(err)
			}
			if p.Subject != "alice" || p.Method != mcpctx.MethodIntrospection || p.Issuer != testIssuer || len(p.Scopes) != 2 || p.Claims["client_id"] != "app" {
				t.Fatalf("principal %+v", p)
			}
		})
	}
}

func TestIntrospectionRejects(t *testing.T) {
	is := newIntrospectionServer(t, ClientSecretBasic)
	now := time.Now()
	with := func(mod func(map[string]any)) map[string]any {
		m := activeToken(now.Add(time.Hour))
		mod(m)
		return m
	}
	is.tokens["inactive"] = map[string]any{"active": false, "sub": "alice"}
	is.tokens["active-string"] = with(func(m map[string]any) { m["active"] = "true" })
	is.tokens["expired"] = with(func(m map[string]any) { m["exp"] = now.Add(-time.Second).Unix() })
	is.tokens["future"] = with(func(m map[string]any) { m["nbf"] = now.Add(time.Hour).Unix() })
	is.tokens["other-aud"] = with(func(m map[string]any) { m["aud"] = "https://elsewhere" })
	is.tokens["no-aud"] = with(func(m map[string]any) { delete(m, "aud") })
	is.tokens["other-iss"] = with(func(m map[string]any) { m["iss"] = "https://evil.test/" })
	is.tokens["no-sub"] = with(func(m map[string]any) { delete(m, "sub") })
	in := newIntrospector(t, is, nil)
	for tok, cause := range map[string]error{
		"inactive": ErrInactive, "active-string": ErrInactive, "unknown": ErrInactive, "expired": ErrExpired,
		"future": ErrNotYetValid, "other-aud": ErrAudience, "no-aud": ErrAudience, "other-iss": ErrIssuer, "no-sub": ErrMissingClaim,
	} {
		_, err := in.Verify(context.Background(), tok)
		if !errors.Is(err, mcpauth.ErrInvalidCredential) || !errors.Is(err, cause) {
			t.Errorf("%s: %v, want %v", tok, err, cause)
		}
	}
}

func TestIntrospectionEndpointFailuresAreUnavailable(t *testing.T) {
	is := newIntrospectionServer(t, ClientSecretBasic)
	in := newIntrospector(t, is, func(c *IntrospectionConfig) { c.Timeout = 100 * time.Millisecond })
	check := func(name string) {
		t.Helper()
		if _, err := in.Verify(context.Background(), "tok"); !errors.Is(err, mcpauth.ErrUnavailable) {
			t.Errorf("%s: %v, want ErrUnavailable", name, err)
		}
	}
	is.update(func() { is.status = http.StatusInternalServerError })
	check("500")
	is.update(func() { is.status, is.raw = http.StatusOK, "not json" })
	check("garbage")
	is.update(func() { is.raw = "[1,2]" })
	check("not an object")
	is.update(func() { is.raw, is.delay = "", 300*time.Millisecond })
	check("timeout")
	is.update(func() { is.delay = 0 })
	bad := newIntrospector(t, is, func(c *IntrospectionConfig) { c.ClientSecret = "wrong" })
	if _, err := bad.Verify(context.Background(), "tok"); !errors.Is(err, mcpauth.ErrUnavailable) {
		t.Errorf("endpoint refusing our client: %v", err)
	}
	is.srv.Close()
	check("down")
}

func TestIntrospectionCache(t *testing.T) {
	is := newIntrospectionServer(t, ClientSecretBasic)
	now := time.Now()
	is.tokens["good"] = activeToken(now.Add(90 * time.Second))
	in := newIntrospector(t, is, func(c *IntrospectionConfig) { c.CacheTTL = time.Hour })
	in.now = func() time.Time { return now }

	for range 3 {
		if _, err := in.Verify(context.Background(), "good"); err != nil {
			t.Fatal(err)
		}
	}
	if n := is.calls.Load(); n != 1 {
		t.Fatalf("endpoint called %d times for one active token", n)
	}
	// Never past exp.
	now = now.Add(91 * time.Second)
	if _, err := in.Verify(context.Background(), "good"); !errors.Is(err, ErrExpired) {
		t.Fatalf("after exp: %v", err)
	}
	// Inactive answers are never cached.
	before := is.calls.Load()
	_, _ = in.Verify(context.Background(), "revoked")
	_, _ = in.Verify(context.Background(), "revoked")
	if is.calls.Load()-before != 2 {
		t.Fatal("an inactive result was cached")
	}
	// Without CacheTTL, every call asks.
	nc := newIntrospector(t, is, nil)
	is.update(func() { is.tokens["good"] = activeToken(time.Now().Add(time.Hour)) })
	before = is.calls.Load()
	_, _ = nc.Verify(context.Background(), "good")
	_, _ = nc.Verify(context.Background(), "good")
	if is.calls.Load()-before != 2 {
		t.Fatal("cache on without CacheTTL")
	}
}

func TestIntrospectorBehindTheGate(t *testing.T) {
	signers := newSigners(t)
	jwts := newVerifier(t, jwksOf(t, signers), nil)
	is := newIntrospectionServer(t, ClientSecretBasic)
	is.tokens["opaque-token-1"] = activeToken(time.Now().Add(time.Hour))
	in := newIntrospector(t, is, nil)
	testlog.Secret(t, "opaque-token-1")
	g, err := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{jwts, in}, Logger: testlog.New(t)})
	if err != nil {
		t.Fatal(err)
	}
	var seen *mcpctx.Principal
	h := g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { seen, _ = mcpctx.PrincipalFrom(r.Context()) }))
	for tok, want := range map[string]mcpctx.Method{
		"opaque-token-1": mcpctx.MethodIntrospection,
		sign(t, signers["RS256"], validClaims(), nil): mcpctx.MethodJWT,
	} {
		seen = nil
		r := httptest.NewRequest("POST", "/", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
		r.Header.Set("Authorization", "Bearer "+tok)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code != 200 || seen == nil || seen.Method != want {
			t.Errorf("%s: %d %+v", want, rec.Code, seen)
		}
	}
	if calls := is.calls.Load(); calls != 1 {
		t.Fatalf("introspection called %d times; JWTs must not reach it", calls)
	}
}

func TestNewIntrospectorValidates(t *testing.T) {
	for name, cfg := range map[string]IntrospectionConfig{
		"http":       {URL: "http://as.example.com/introspect", ClientID: "x"},
		"no client":  {URL: "https://as.example.com/introspect"},
		"bad method": {URL: "https://as.example.com/introspect", ClientID: "x", AuthMethod: "private_key_jwt"},
		"empty aud":  {URL: "https://as.example.com/introspect", ClientID: "x", ClientSecret: "s", Audiences: []string{""}},
		"no url":     {ClientID: "x"},
	} {
		if _, err := NewIntrospector(cfg); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestIntrospectionLeewayAndMaxTokenBytes: introspection shares the JWT
// rules for claims, and now takes Leeway and MaxTokenBytes as JWTs do.
func TestIntrospectionLeewayAndMaxTokenBytes(t *testing.T) {
	is := newIntrospectionServer(t, ClientSecretBasic)
	is.tokens["just-expired"] = activeToken(time.Now().Add(-10 * time.Second))
	if _, err := newIntrospector(t, is, nil).Verify(context.Background(), "just-expired"); !errors.Is(err, ErrExpired) {
		t.Fatalf("without leeway: %v", err)
	}
	lenient := newIntrospector(t, is, func(c *IntrospectionConfig) { c.Leeway = time.Minute })
	p, err := lenient.Verify(context.Background(), "just-expired")
	if err != nil {
		t.Fatalf("within a minute's leeway: %v", err)
	}
	if !p.ExpiresAt.After(time.Now()) {
		t.Errorf("ExpiresAt %v does not include the leeway", p.ExpiresAt)
	}
	calls := is.calls.Load()
	short := newIntrospector(t, is, func(c *IntrospectionConfig) { c.MaxTokenBytes = 8 })
	if _, err := short.Verify(context.Background(), "a-token-longer-than-8"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a long token: %v", err)
	}
	if is.calls.Load() != calls {
		t.Error("a token over MaxTokenBytes reached the endpoint")
	}
	for _, c := range []IntrospectionConfig{{Leeway: -time.Second}, {Leeway: MaxLeeway + time.Second}, {MaxTokenBytes: -1}} {
		c.URL, c.AllowInsecureLoopback, c.ClientID, c.ClientSecret, c.AllowAnyAudience = is.srv.URL, true, "a", "b", true
		if _, err := NewIntrospector(c); err == nil {
			t.Errorf("accepted %+v", c)
		}
	}
}
