package jwtauth

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwk"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// staticKeys returns a usable KeySet.
func staticKeys(t *testing.T) *KeySet {
	t.Helper()
	ks, err := StaticKey(newSigners(t)["ES256"].priv.Public(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	return ks
}

func TestNewRefusesBadConfig(t *testing.T) {
	keys := staticKeys(t)
	// What an ignored error leaves behind.
	failedParse, _ := ParseJWKS([]byte(`{"keys":[]}`))
	var nilRemote *RemoteJWKS
	closed := newJWKSServer(t, jwksOf(t, newSigners(t))).remote(t, nil)
	_ = closed.Close()
	good := func(mod func(*Config)) func() error {
		return func() error {
			cfg := Config{Issuer: testIssuer, Audiences: []string{testAudience}, Keys: keys}
			mod(&cfg)
			a, err := New(cfg)
			if err == nil && a == nil {
				t.Errorf("New returned neither an authenticator nor an error")
			}
			return err
		}
	}
	testcheck.Refusals(t, []testcheck.Refusal{
		{"empty config", func() error { _, err := New(Config{}); return err }, "Config.Issuer (or Config.Issuers) is required"},
		{"nil Keys", good(func(c *Config) { c.Keys = nil }), "Config.Keys is nil"},
		{"nil *KeySet", good(func(c *Config) { c.Keys = failedParse }), "Config.Keys is a nil *KeySet"},
		{"empty KeySet", good(func(c *Config) { c.Keys = &KeySet{} }), "Config.Keys is an empty KeySet"},
		{"nil *RemoteJWKS", good(func(c *Config) { c.Keys = nilRemote }), "Config.Keys is a nil *RemoteJWKS"},
		{"zero RemoteJWKS", good(func(c *Config) { c.Keys = &RemoteJWKS{} }), "Config.Keys is a RemoteJWKS not created with NewRemoteJWKS"},
		{"closed RemoteJWKS", good(func(c *Config) { c.Keys = closed }), "Config.Keys is a closed RemoteJWKS"},
		{"empty Issuer", good(func(c *Config) { c.Issuer = "" }), "Config.Issuer is empty"},
		{"no Audiences", good(func(c *Config) { c.Audiences = nil }), "Config.Audiences is empty"},
		{"empty audience", good(func(c *Config) { c.Audiences = []string{testAudience, ""} }), "Config.Audiences[1] is empty"},
		{"Issuers: nil Keys", good(func(c *Config) {
			c.Issuers = []Issuer{{Issuer: "https://other.test/", Audiences: []string{testAudience}}}
		}), "Config.Issuers[0].Keys is nil"},
		{"Issuers: empty Issuer", good(func(c *Config) {
			c.Issuers = []Issuer{{Audiences: []string{testAudience}, Keys: keys}}
		}), "Config.Issuers[0].Issuer is empty"},
		{"Issuers: no Audiences", good(func(c *Config) {
			c.Issuers = []Issuer{{Issuer: "https://other.test/", Keys: keys}}
		}), "Config.Issuers[0].Audiences is empty"},
		{"Issuers: duplicate", good(func(c *Config) {
			c.Issuers = []Issuer{{Issuer: testIssuer, Audiences: []string{testAudience}, Keys: keys}}
		}), "configured twice"},
		{"HMAC algorithm", good(func(c *Config) { c.Algorithms = []string{"RS256", "HS256"} }), "Config.Algorithms[1]"},
		{"none algorithm", good(func(c *Config) { c.Algorithms = []string{"none"} }), "Config.Algorithms[0]"},
		{"negative Leeway", good(func(c *Config) { c.Leeway = -time.Second }), "Config.Leeway"},
		{"huge Leeway", good(func(c *Config) { c.Leeway = time.Hour }), "Config.Leeway"},
		{"nil Validator", good(func(c *Config) { c.Validators = []func(Claims) error{nil} }), "Config.Validators[0] is nil"},
		{"empty RequiredClaims entry", good(func(c *Config) { c.RequiredClaims = []string{""} }), "Config.RequiredClaims[0] is empty"},
		{"empty SubjectClaims entry", good(func(c *Config) { c.SubjectClaims = []string{"sub", ""} }), "Config.SubjectClaims[1] is empty"},
		{"negative MaxTokenBytes", good(func(c *Config) { c.MaxTokenBytes = -1 }), "Config.MaxTokenBytes is negative"},
		{"negative CacheTTL", good(func(c *Config) { c.CacheTTL = -time.Second }), "Config.CacheTTL is negative"},
	})
	// The empty set's error keeps its cause.
	if _, err := New(Config{Issuer: testIssuer, Audiences: []string{testAudience}, Keys: &KeySet{}}); !errors.Is(err, ErrNoUsableKeys) {
		t.Errorf("empty KeySet: %v does not wrap ErrNoUsableKeys", err)
	}
	// CacheSize -1 (no cache) stays valid.
	if _, err := New(Config{Issuer: testIssuer, Audiences: []string{testAudience}, Keys: keys, CacheSize: -1}); err != nil {
		t.Errorf("CacheSize -1: %v", err)
	}
}

func TestKeyConstructorsRefuseBadInput(t *testing.T) {
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	var nilRSA *rsa.PublicKey
	var nilEC *ecdsa.PublicKey
	offCurve := &ecdsa.PublicKey{Curve: elliptic.P256(), X: big.NewInt(1), Y: big.NewInt(1)}
	testcheck.Refusals(t, []testcheck.Refusal{
		{"StaticKey nil", func() error { _, err := StaticKey(nil, "", ""); return err }, "pub is nil"},
		{"StaticKey nil *rsa.PublicKey", func() error { _, err := StaticKey(nilRSA, "", ""); return err }, "RSA public key"},
		{"StaticKey empty RSA key", func() error { _, err := StaticKey(&rsa.PublicKey{}, "", ""); return err }, "RSA public key"},
		{"StaticKey nil *ecdsa.PublicKey", func() error { _, err := StaticKey(nilEC, "", ""); return err }, "ECDSA public key"},
		{"StaticKey ECDSA without point", func() error {
			_, err := StaticKey(&ecdsa.PublicKey{Curve: elliptic.P256()}, "", "")
			return err
		}, "ECDSA public key"},
		{"StaticKey ECDSA off the curve", func() error { _, err := StaticKey(offCurve, "", ""); return err }, "invalid ECDSA public key"},
		{"StaticKey nil Ed25519", func() error { _, err := StaticKey(ed25519.PublicKey(nil), "", ""); return err }, "Ed25519"},
		{"StaticKey HMAC alg", func() error { _, err := StaticKey(&rsaKey.PublicKey, "", "HS256"); return err }, `alg "HS256" is not allowed`},
		{"StaticKey alg of another key type", func() error { _, err := StaticKey(&rsaKey.PublicKey, "", "ES256"); return err }, `alg "ES256" does not fit`},
		{"NewKeySet nil", func() error { _, err := NewKeySet(nil); return err }, "set is nil"},
		{"NewKeySet empty", func() error { _, err := NewKeySet(jwk.NewSet()); return err }, "no usable verification keys"},
		{"ParseJWKS nil", func() error { _, err := ParseJWKS(nil); return err }, "data is empty"},
		{"ParseJWKS no keys member", func() error { _, err := ParseJWKS([]byte(`{}`)); return err }, `no "keys" array`},
		{"ParseJWKS empty keys", func() error { _, err := ParseJWKS([]byte(`{"keys":[]}`)); return err }, "no usable verification keys"},
		{"ReadJWKSFile empty path", func() error { _, err := ReadJWKSFile(""); return err }, "path is empty"},
	})
}

func TestStaticKeyEd25519AlgName(t *testing.T) {
	s := newSigners(t)["EdDSA"]
	ks, err := StaticKey(s.priv.Public(), "", "Ed25519") // RFC 9864's name
	if err != nil {
		t.Fatal(err)
	}
	a := newAuth(t, ks, nil)
	if _, err := a.Verify(context.Background(), sign(t, s, validClaims(), nil)); err != nil {
		t.Fatalf("EdDSA token with a key pinned to Ed25519: %v", err)
	}
}

func TestRemoteConstructorsRefuseBadInput(t *testing.T) {
	var nilCtx context.Context
	ctx := context.Background()
	remote := func(mod func(*RemoteJWKSOptions)) func() error {
		return func() error {
			opts := RemoteJWKSOptions{URL: "https://idp.test/jwks"}
			mod(&opts)
			r, err := NewRemoteJWKS(ctx, opts)
			if err == nil {
				_ = r.Close()
			}
			return err
		}
	}
	testcheck.Refusals(t, []testcheck.Refusal{
		{"NewRemoteJWKS nil ctx", func() error {
			_, err := NewRemoteJWKS(nilCtx, RemoteJWKSOptions{URL: "https://idp.test/jwks"})
			return err
		}, "ctx is nil"},
		{"empty URL", remote(func(o *RemoteJWKSOptions) { o.URL = "" }), "RemoteJWKSOptions.URL is empty"},
		{"http URL", remote(func(o *RemoteJWKSOptions) { o.URL = "http://idp.test/jwks" }), "RemoteJWKSOptions.URL"},
		{"relative URL", remote(func(o *RemoteJWKSOptions) { o.URL = "/jwks" }), "RemoteJWKSOptions.URL"},
		{"negative MinRefreshInterval", remote(func(o *RemoteJWKSOptions) { o.MinRefreshInterval = -1 }), "RemoteJWKSOptions.MinRefreshInterval is negative"},
		{"negative MaxRefreshInterval", remote(func(o *RemoteJWKSOptions) { o.MaxRefreshInterval = -1 }), "RemoteJWKSOptions.MaxRefreshInterval is negative"},
		{"negative RefetchCooldown", remote(func(o *RemoteJWKSOptions) { o.RefetchCooldown = -1 }), "RemoteJWKSOptions.RefetchCooldown is negative"},
		{"negative MaxWait", remote(func(o *RemoteJWKSOptions) { o.MaxWait = -1 }), "RemoteJWKSOptions.MaxWait is negative"},
		{"negative FetchTimeout", remote(func(o *RemoteJWKSOptions) { o.FetchTimeout = -1 }), "RemoteJWKSOptions.FetchTimeout is negative"},
		{"negative NegativeKIDTTL", remote(func(o *RemoteJWKSOptions) { o.NegativeKIDTTL = -1 }), "RemoteJWKSOptions.NegativeKIDTTL is negative"},
		{"negative MaxBytes", remote(func(o *RemoteJWKSOptions) { o.MaxBytes = -1 }), "RemoteJWKSOptions.MaxBytes is negative"},
		{"Max below Min", remote(func(o *RemoteJWKSOptions) {
			o.MinRefreshInterval, o.MaxRefreshInterval = time.Hour, time.Minute
		}), "RemoteJWKSOptions.MaxRefreshInterval is shorter"},
		{"zero Logger", remote(func(o *RemoteJWKSOptions) { o.Logger = &slog.Logger{} }), "RemoteJWKSOptions.Logger has no handler"},
		{"Discover nil ctx", func() error { _, err := Discover(nilCtx, testIssuer, DiscoveryOptions{}); return err }, "ctx is nil"},
		{"Discover empty issuer", func() error { _, err := Discover(ctx, "", DiscoveryOptions{}); return err }, "issuer is empty"},
		{"Discover negative Timeout", func() error {
			_, err := Discover(ctx, testIssuer, DiscoveryOptions{Timeout: -1})
			return err
		}, "DiscoveryOptions.Timeout is negative"},
		{"DiscoverJWKS nil ctx", func() error { _, err := DiscoverJWKS(nilCtx, testIssuer, RemoteJWKSOptions{}); return err }, "ctx is nil"},
		{"DiscoverJWKS empty issuer", func() error { _, err := DiscoverJWKS(ctx, "", RemoteJWKSOptions{}); return err }, "issuer is empty"},
		{"DiscoverJWKS negative FetchTimeout", func() error {
			_, err := DiscoverJWKS(ctx, testIssuer, RemoteJWKSOptions{FetchTimeout: -1})
			return err
		}, "RemoteJWKSOptions.FetchTimeout is negative"},
	})
	for _, err := range []error{
		func() error { _, err := Discover(nilCtx, testIssuer, DiscoveryOptions{}); return err }(),
		func() error { _, err := Discover(ctx, "", DiscoveryOptions{}); return err }(),
	} {
		if !errors.Is(err, ErrDiscovery) {
			t.Errorf("%v does not wrap ErrDiscovery", err)
		}
	}
}

func TestNewIntrospectorRefusesBadConfig(t *testing.T) {
	intro := func(mod func(*IntrospectionConfig)) func() error {
		return func() error {
			cfg := IntrospectionConfig{URL: "https://as.test/introspect", ClientID: "rs", ClientSecret: "s", Audiences: []string{testAudience}}
			mod(&cfg)
			_, err := NewIntrospector(cfg)
			return err
		}
	}
	testcheck.Refusals(t, []testcheck.Refusal{
		{"empty URL", intro(func(c *IntrospectionConfig) { c.URL = "" }), "IntrospectionConfig.URL is empty"},
		{"http URL", intro(func(c *IntrospectionConfig) { c.URL = "http://as.test/introspect" }), "IntrospectionConfig.URL"},
		{"empty ClientID", intro(func(c *IntrospectionConfig) { c.ClientID = "" }), "IntrospectionConfig.ClientID"},
		{"empty ClientSecret", intro(func(c *IntrospectionConfig) { c.ClientSecret = "" }), "IntrospectionConfig.ClientSecret is empty"},
		{"bad AuthMethod", intro(func(c *IntrospectionConfig) { c.AuthMethod = "private_key_jwt" }), "IntrospectionConfig.AuthMethod"},
		{"no Audiences", intro(func(c *IntrospectionConfig) { c.Audiences = nil }), "IntrospectionConfig.Audiences is required"},
		{"empty audience", intro(func(c *IntrospectionConfig) { c.Audiences = []string{""} }), "IntrospectionConfig.Audiences[0] is empty"},
		{"empty SubjectClaims entry", intro(func(c *IntrospectionConfig) { c.SubjectClaims = []string{""} }), "IntrospectionConfig.SubjectClaims[0] is empty"},
		{"negative Timeout", intro(func(c *IntrospectionConfig) { c.Timeout = -1 }), "IntrospectionConfig.Timeout is negative"},
		{"negative CacheTTL", intro(func(c *IntrospectionConfig) { c.CacheTTL = -1 }), "IntrospectionConfig.CacheTTL is negative"},
		{"negative CacheSize", intro(func(c *IntrospectionConfig) { c.CacheSize = -1 }), "IntrospectionConfig.CacheSize is negative"},
	})
}

func TestNewProviderRefusesBadConfig(t *testing.T) {
	failedParse, _ := ParseJWKS(nil)
	testcheck.Refusals(t, []testcheck.Refusal{
		{"empty Issuer", func() error { _, err := NewProvider(context.Background(), Config{}, RemoteJWKSOptions{}); return err }, "Config.Issuer is required"},
		{"nil *KeySet", func() error {
			_, err := NewProvider(context.Background(), Config{Issuer: testIssuer, Keys: failedParse}, RemoteJWKSOptions{})
			return err
		}, "Config.Keys is a nil *KeySet"},
		{"empty KeySet", func() error {
			_, err := NewProvider(context.Background(), Config{Issuer: testIssuer, Keys: &KeySet{}}, RemoteJWKSOptions{})
			return err
		}, "Config.Keys is an empty KeySet"},
	})
	p, err := NewProvider(context.Background(), Config{Issuer: testIssuer, Keys: staticKeys(t)}, RemoteJWKSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Authenticator(""); err == nil || !strings.Contains(err.Error(), "resource is empty") {
		t.Errorf("Authenticator(\"\"): %v", err)
	}
}

// TestZeroValuesDoNotPanic calls every exported method of each exported
// type on its zero value and on nil: each must fail (or do nothing), never
// panic.
func TestZeroValuesDoNotPanic(t *testing.T) {
	ctx := context.Background()
	jwt := sign(t, newSigners(t)["ES256"], validClaims(), nil)
	req := httptest.NewRequest(http.MethodPost, "/mcp", nil)
	req.Header.Set("Authorization", "Bearer "+jwt)
	unavailable := func(what string, err error) {
		t.Helper()
		if !errors.Is(err, mcpauth.ErrUnavailable) {
			t.Errorf("%s: %v, want an error of kind ErrUnavailable", what, err)
		}
	}

	for name, a := range map[string]*Authenticator{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Authenticator", func() {
			_, err := a.Authenticate(req)
			unavailable(name+" Authenticator.Authenticate", err)
			_, err = a.Verify(ctx, jwt)
			unavailable(name+" Authenticator.Verify", err)
			if _, err := a.TokenVerifier()(ctx, jwt, req); err == nil {
				t.Errorf("%s Authenticator.TokenVerifier accepted a token", name)
			}
		})
	}
	for name, in := range map[string]*Introspector{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Introspector", func() {
			_, err := in.Authenticate(req)
			unavailable(name+" Introspector.Authenticate", err)
			_, err = in.Verify(ctx, "opaque")
			unavailable(name+" Introspector.Verify", err)
		})
	}
	for name, ks := range map[string]*KeySet{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" KeySet", func() {
			if n := ks.Len(); n != 0 {
				t.Errorf("%s KeySet.Len() = %d", name, n)
			}
			if keys, err := ks.Keys(ctx, "kid"); err != nil || len(keys) != 0 {
				t.Errorf("%s KeySet.keys: %v, %v", name, keys, err)
			}
		})
	}
	for name, r := range map[string]*RemoteJWKS{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" RemoteJWKS", func() {
			if err := r.Ready(ctx); err == nil {
				t.Errorf("%s RemoteJWKS is ready", name)
			}
			_, err := r.Keys(ctx, "kid")
			unavailable(name+" RemoteJWKS.keys", err)
			if err := r.Close(); err != nil {
				t.Errorf("%s RemoteJWKS.Close: %v", name, err)
			}
		})
	}
	for name, p := range map[string]*Provider{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Provider", func() {
			if a, err := p.Authenticator(testAudience); err == nil || a != nil {
				t.Errorf("%s Provider.Authenticator: %v, %v", name, a, err)
			}
			if as := p.AuthorizationServers(); as != nil {
				t.Errorf("%s Provider.AuthorizationServers: %q", name, as)
			}
			if err := p.Close(); err != nil {
				t.Errorf("%s Provider.Close: %v", name, err)
			}
		})
	}
}

// Regression (issue 10): a KeySet left nil by an ignored ParseJWKS error,
// or one without keys, was accepted by New, and the first JWT then
// dereferenced nil in the handler. Now no such authenticator can be made,
// so none can reach the gate.
func TestRegressionNilKeySetNeverReachesTheGate(t *testing.T) {
	for name, keys := range map[string]func() KeySource{
		"ignored ParseJWKS error": func() KeySource { ks, _ := ParseJWKS([]byte(`{"keys":[{"kty":"oct","k":"c2VjcmV0"}]}`)); return ks },
		"ignored StaticKey error": func() KeySource { ks, _ := StaticKey([]byte("secret"), "", ""); return ks },
		"empty KeySet":            func() KeySource { return &KeySet{} },
	} {
		a, err := New(Config{Issuer: testIssuer, Audiences: []string{testAudience}, Keys: keys()})
		if err == nil || a != nil {
			t.Fatalf("%s: New accepted it (%v)", name, err)
		}
		if !strings.Contains(err.Error(), "Config.Keys") {
			t.Errorf("%s: %q does not name Config.Keys", name, err)
		}
		// The nil authenticator, passed on unchecked, is refused as well.
		if _, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{a}}); err == nil {
			t.Errorf("%s: mcpauth.New accepted a nil *jwtauth.Authenticator", name)
		}
	}

	// An Authenticator that New did not make answers 503 through the
	// gate: no panic, no pass.
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{&Authenticator{}}})
	if err != nil {
		t.Fatal(err)
	}
	h := gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		t.Error("a request passed an unconfigured authenticator")
	}))
	req := httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
	req.Header.Set("Authorization", "Bearer "+sign(t, newSigners(t)["ES256"], validClaims(), nil))
	rec := httptest.NewRecorder()
	testcheck.NoPanic(t, "gate with a zero jwtauth.Authenticator", func() { h.ServeHTTP(rec, req) })
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", rec.Code)
	}
}
