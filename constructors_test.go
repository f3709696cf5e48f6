package mcpauth_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/oauthex"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/jwtauth"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
)

// constructorNoPanic runs f and fails the test, instead of crashing it, if
// f panics.
func constructorNoPanic(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s panicked: %v", what, r)
		}
	}()
	f()
}

// okAuth is an authenticator that always passes alice.
var okAuth = mcpauth.AuthenticatorFunc(func(*http.Request) (*mcpctx.Principal, error) {
	return &mcpctx.Principal{Subject: "alice", Method: mcpctx.MethodAPIKey}, nil
})

func TestGateNewRefusesBadOptions(t *testing.T) {
	var (
		nilJWT    *jwtauth.Authenticator
		nilKey    *apikey.Authenticator
		nilIntro  *jwtauth.Introspector
		nilFunc   mcpauth.AuthenticatorFunc
		nilPolicy *policy.Policy
	)
	with := func(mod func(*mcpauth.Options)) func() error {
		return func() error {
			opts := mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{okAuth}}
			mod(&opts)
			g, err := mcpauth.New(opts)
			if err == nil && g == nil {
				t.Errorf("New returned neither a gate nor an error")
			}
			return err
		}
	}
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"no authenticators", with(func(o *mcpauth.Options) { o.Authenticators = nil }), "Options.Authenticators is empty"},
		{"nil authenticator", with(func(o *mcpauth.Options) { o.Authenticators = append(o.Authenticators, nil) }), "Options.Authenticators[1] is nil"},
		{"nil *jwtauth.Authenticator", with(func(o *mcpauth.Options) { o.Authenticators = []mcpauth.Authenticator{nilJWT} }),
			"Options.Authenticators[0] is a nil *jwtauth.Authenticator"},
		{"nil *apikey.Authenticator", with(func(o *mcpauth.Options) { o.Authenticators = []mcpauth.Authenticator{okAuth, nilKey} }),
			"Options.Authenticators[1] is a nil *apikey.Authenticator"},
		{"nil *jwtauth.Introspector", with(func(o *mcpauth.Options) { o.Authenticators = []mcpauth.Authenticator{nilIntro} }),
			"Options.Authenticators[0] is a nil *jwtauth.Introspector"},
		{"nil AuthenticatorFunc", with(func(o *mcpauth.Options) { o.Authenticators = []mcpauth.Authenticator{nilFunc} }),
			"Options.Authenticators[0] is a nil mcpauth.AuthenticatorFunc"},
		{"nil *policy.Policy", with(func(o *mcpauth.Options) { o.Authorizer = nilPolicy }), "Options.Authorizer is a nil *policy.Policy"},
		{"relative ResourceMetadataURL", with(func(o *mcpauth.Options) { o.ResourceMetadataURL = "/.well-known/x" }), "Options.ResourceMetadataURL"},
		{"empty required scope", with(func(o *mcpauth.Options) { o.RequiredScopes = []string{"a", ""} }), "Options.RequiredScopes[1]"},
		{"bad required scope", with(func(o *mcpauth.Options) { o.RequiredScopes = []string{"a b"} }), "Options.RequiredScopes[0]"},
		{"negative Parser.MaxBodyBytes", with(func(o *mcpauth.Options) { o.Parser = &operation.Parser{MaxBodyBytes: -1} }), "Options.Parser.MaxBodyBytes is negative"},
		{"negative Parser.MaxBatch", with(func(o *mcpauth.Options) { o.Parser = &operation.Parser{MaxBatch: -1} }), "Options.Parser.MaxBatch is negative"},
		{"zero Logger", with(func(o *mcpauth.Options) { o.Logger = &slog.Logger{} }), "Options.Logger has no handler"},
	} {
		var err error
		constructorNoPanic(t, c.name, func() { err = c.call() })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error naming %q", c.name, err, c.want)
		}
	}
}

// Regression (issue 10): a failed apikey.New (a nil *apikey.Authenticator)
// handed to mcpauth.New panicked in CredentialHeaders; a jwtauth.New that
// was given a nil key set made an authenticator that panicked at the first
// JWT. Neither can be built now.
func TestRegressionFailedAuthenticatorsRefusedAtStartUp(t *testing.T) {
	key, keyErr := apikey.New(apikey.Config{}) // no store
	failedKeys, _ := jwtauth.ParseJWKS([]byte(`{"keys":[]}`))
	jwt, jwtErr := jwtauth.New(jwtauth.Config{Issuer: "https://idp.test/", Audiences: []string{"https://api.test/mcp"}, Keys: failedKeys})
	if keyErr == nil || jwtErr == nil {
		t.Fatalf("constructors accepted bad input: apikey %v, jwtauth %v", keyErr, jwtErr)
	}
	for name, a := range map[string]mcpauth.Authenticator{"apikey": key, "jwtauth": jwt} {
		var err error
		constructorNoPanic(t, "mcpauth.New with a failed "+name, func() {
			_, err = mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{okAuth, a}})
		})
		if err == nil || !strings.Contains(err.Error(), "Options.Authenticators[1] is a nil") {
			t.Errorf("%s: mcpauth.New: %v", name, err)
		}
	}
}

// A CredentialHeaderer that names an empty header adds nothing: the gate
// still serves requests.
type blankHeaders struct{ mcpauth.AuthenticatorFunc }

func (blankHeaders) CredentialHeaders() []string { return []string{"", "  "} }

func TestGateNewIgnoresBlankCredentialHeaders(t *testing.T) {
	g, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{blankHeaders{okAuth}}})
	if err != nil {
		t.Fatal(err)
	}
	h := g.Handler(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) }))
	req := httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	constructorNoPanic(t, "gate", func() { h.ServeHTTP(rec, req) })
	if rec.Code != http.StatusNoContent {
		t.Errorf("status %d, want 204", rec.Code)
	}
}

func TestNewResourceMetadataRefusesBadInput(t *testing.T) {
	const res = "https://api.example.com/mcp"
	with := func(mod func(*oauthex.ProtectedResourceMetadata)) func() error {
		return func() error {
			md := oauthex.ProtectedResourceMetadata{Resource: res, AuthorizationServers: []string{"https://idp.example.com/"}}
			mod(&md)
			_, err := mcpauth.NewResourceMetadata(md)
			return err
		}
	}
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"empty Resource", with(func(md *oauthex.ProtectedResourceMetadata) { md.Resource = "" }), "ProtectedResourceMetadata.Resource is empty"},
		{"relative Resource", with(func(md *oauthex.ProtectedResourceMetadata) { md.Resource = "/mcp" }), "ProtectedResourceMetadata.Resource"},
		{"http Resource", with(func(md *oauthex.ProtectedResourceMetadata) { md.Resource = "http://api.example.com/mcp" }), "ProtectedResourceMetadata.Resource"},
		{"Resource with a query", with(func(md *oauthex.ProtectedResourceMetadata) { md.Resource = res + "?a=1" }), "ProtectedResourceMetadata.Resource"},
		{"empty authorization server", with(func(md *oauthex.ProtectedResourceMetadata) {
			md.AuthorizationServers = append(md.AuthorizationServers, "")
		}), "ProtectedResourceMetadata.AuthorizationServers[1]"},
		{"relative authorization server", with(func(md *oauthex.ProtectedResourceMetadata) { md.AuthorizationServers = []string{"idp"} }),
			"ProtectedResourceMetadata.AuthorizationServers[0]"},
		{"relative JWKSURI", with(func(md *oauthex.ProtectedResourceMetadata) { md.JWKSURI = "/jwks" }), "ProtectedResourceMetadata.JWKSURI"},
		{"empty scope", with(func(md *oauthex.ProtectedResourceMetadata) { md.ScopesSupported = []string{"a", ""} }), "ProtectedResourceMetadata.ScopesSupported[1]"},
		{"empty bearer method", with(func(md *oauthex.ProtectedResourceMetadata) { md.BearerMethodsSupported = []string{""} }),
			"ProtectedResourceMetadata.BearerMethodsSupported[0]"},
		{"unknown bearer method", with(func(md *oauthex.ProtectedResourceMetadata) { md.BearerMethodsSupported = []string{"header", "cookie"} }),
			"ProtectedResourceMetadata.BearerMethodsSupported[1]"},
	} {
		var err error
		constructorNoPanic(t, c.name, func() { err = c.call() })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error naming %q", c.name, err, c.want)
		}
	}
	// API keys alone need no authorization server.
	if _, err := mcpauth.NewResourceMetadata(oauthex.ProtectedResourceMetadata{Resource: res}); err != nil {
		t.Errorf("no authorization servers: %v", err)
	}
}

// TestZeroGateRefuses: a Gate not made by New lets nothing through and
// does not panic.
func TestZeroGateRefuses(t *testing.T) {
	for _, g := range []*mcpauth.Gate{nil, {}} {
		h := g.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { t.Error("a zero gate passed a request") }))
		w := httptest.NewRecorder()
		testcheck.NoPanic(t, "a zero gate's handler", func() { h.ServeHTTP(w, httptest.NewRequest("POST", "/mcp", nil)) })
		if w.Code != http.StatusServiceUnavailable {
			t.Errorf("a zero gate: %d", w.Code)
		}
	}
}

// TestNilValuesDoNotPanic: a nil *Error, a nil request and a zero
// ResourceMetadata answer without panicking.
func TestNilValuesDoNotPanic(t *testing.T) {
	var e *mcpauth.Error
	testcheck.NoPanic(t, "nil *Error", func() { _ = e.Error(); _ = e.Unwrap(); _ = e.Is(mcpauth.ErrUnavailable) })
	testcheck.NoPanic(t, "BearerToken(nil)", func() { _, _ = mcpauth.BearerToken(nil) })
	w := httptest.NewRecorder()
	testcheck.NoPanic(t, "zero ResourceMetadata", func() { (&mcpauth.ResourceMetadata{}).ServeHTTP(w, httptest.NewRequest("GET", "/", nil)) })
	if w.Code != http.StatusInternalServerError {
		t.Errorf("a zero ResourceMetadata served %d", w.Code)
	}
}

// TestNilReceiversDoNotPanic: the accessors of a nil Endpoint,
// ResourceMetadata and MemoryStore answer empty or with an error.
func TestNilReceiversDoNotPanic(t *testing.T) {
	var ep *mcpauth.Endpoint
	var md *mcpauth.ResourceMetadata
	var ms *apikey.MemoryStore
	testcheck.NoPanic(t, "nil accessors", func() {
		_, _ = ep.Gate(), ep.Metadata()
		_, _, _, _ = md.Resource(), md.Path(), md.URL(), md.Document()
		md.Mount(http.NewServeMux())
		if _, err := ms.Lookup(context.Background(), "x"); err == nil {
			t.Error("a nil MemoryStore found a key")
		}
		if err := ms.Put(apikey.Record{}); err == nil {
			t.Error("a nil MemoryStore stored a key")
		}
		if _, err := ms.List(context.Background(), apikey.Filter{}); err == nil {
			t.Error("a nil MemoryStore listed keys")
		}
		if err := ms.Revoke(context.Background(), "x", time.Now()); err == nil {
			t.Error("a nil MemoryStore revoked a key")
		}
	})
}
