package jwtauth

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/modelcontextprotocol/go-sdk/auth"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// idp serves discovery documents and a JWKS, like Keycloak or Auth0 do.
func idp(t *testing.T, jwks []byte, oidc, rfc8414 bool, issuerFor func(base string) string) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var hits atomic.Int64
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		issuer := issuerFor(srv.URL)
		doc, _ := json.Marshal(map[string]any{"issuer": issuer, "jwks_uri": srv.URL + "/certs"})
		switch {
		case r.URL.Path == "/certs":
			_, _ = w.Write(jwks)
		case oidc && strings.HasSuffix(r.URL.Path, "/.well-known/openid-configuration"):
			_, _ = w.Write(doc)
		case rfc8414 && strings.HasPrefix(r.URL.Path, "/.well-known/oauth-authorization-server"):
			_, _ = w.Write(doc)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func TestDiscovery(t *testing.T) {
	signers := newSigners(t)
	jwks := jwksOf(t, signers)
	opts := DiscoveryOptions{AllowInsecureLoopback: true}

	t.Run("openid keycloak-shaped", func(t *testing.T) {
		srv, _ := idp(t, jwks, true, false, func(b string) string { return b + "/realms/demo" })
		md, err := Discover(context.Background(), srv.URL+"/realms/demo", opts)
		if err != nil || md.JWKSURI != srv.URL+"/certs" {
			t.Fatalf("%+v %v", md, err)
		}
	})
	t.Run("openid auth0-shaped trailing slash", func(t *testing.T) {
		srv, _ := idp(t, jwks, true, false, func(b string) string { return b + "/" })
		if _, err := Discover(context.Background(), srv.URL+"/", opts); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("rfc8414 path insertion", func(t *testing.T) {
		srv, _ := idp(t, jwks, false, true, func(b string) string { return b + "/tenant1" })
		r, err := DiscoverJWKS(context.Background(), srv.URL+"/tenant1", RemoteJWKSOptions{AllowInsecureLoopback: true, Eager: true})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		a := newAuth(t, r, func(c *Config) { c.Issuer = srv.URL + "/tenant1" })
		claims := validClaims()
		claims["iss"] = srv.URL + "/tenant1"
		if _, err := a.Verify(context.Background(), sign(t, signers["ES256"], claims, nil)); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("issuer mismatch refused", func(t *testing.T) {
		srv, _ := idp(t, jwks, true, true, func(b string) string { return "https://evil.example" })
		if _, err := Discover(context.Background(), srv.URL, opts); !errors.Is(err, ErrDiscovery) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("insecure issuer refused", func(t *testing.T) {
		if _, err := Discover(context.Background(), "http://idp.example.com", opts); !errors.Is(err, ErrDiscovery) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("nothing served", func(t *testing.T) {
		srv, _ := idp(t, jwks, false, false, func(b string) string { return b })
		if _, err := Discover(context.Background(), srv.URL, opts); !errors.Is(err, ErrDiscovery) {
			t.Fatalf("err = %v", err)
		}
	})
}

// In a synctest bubble, with in-memory JWKS endpoints, so that the wait
// for the lazy first fetches is exact and costs no real time.
func TestMultipleIssuers(t *testing.T) {
	synctest.Test(t, testMultipleIssuers)
}

func testMultipleIssuers(t *testing.T) {
	sa, sb := newSigners(t), newSigners(t)
	ja, jb := newMemJWKSServer(t, jwksOf(t, sa)), newMemJWKSServer(t, jwksOf(t, sb))
	lazy := func(o *RemoteJWKSOptions) { o.Eager = false }
	a, err := New(Config{
		Issuers: []Issuer{
			{Issuer: "https://tenant-a.test/", Audiences: []string{"https://api.test/a"}, Keys: ja.remote(t, lazy)},
			{Issuer: "https://tenant-b.test/", Audiences: []string{"https://api.test/b"}, Keys: jb.remote(t, lazy)},
		},
		CacheSize: -1,
	})
	if err != nil {
		t.Fatal(err)
	}
	// Let the background first fetches finish, then count from there:
	// httprc dispatches them on its next tick, a nanosecond after Add.
	advance(time.Millisecond)
	fa, fb := ja.fetches.Load(), jb.fetches.Load()
	if fa != 1 || fb != 1 {
		t.Fatalf("first fetches: %d and %d, want one each", fa, fb)
	}
	tok := func(s map[string]signer, iss, aud string) string {
		c := validClaims()
		c["iss"], c["aud"] = iss, aud
		return sign(t, s["RS256"], c, nil)
	}
	if p, err := a.Verify(context.Background(), tok(sa, "https://tenant-a.test/", "https://api.test/a")); err != nil || p.Issuer != "https://tenant-a.test/" {
		t.Fatalf("tenant a: %v", err)
	}
	if _, err := a.Verify(context.Background(), tok(sb, "https://tenant-b.test/", "https://api.test/b")); err != nil {
		t.Fatalf("tenant b: %v", err)
	}
	// b's audience on a's token, and a's key claiming to be b: refused.
	if _, err := a.Verify(context.Background(), tok(sa, "https://tenant-a.test/", "https://api.test/b")); !errors.Is(err, ErrAudience) {
		t.Fatalf("cross-tenant audience: %v", err)
	}
	if _, err := a.Verify(context.Background(), tok(sa, "https://tenant-b.test/", "https://api.test/b")); !errors.Is(err, ErrUnknownKey) && !errors.Is(err, ErrSignature) {
		t.Fatalf("tenant a key, tenant b issuer: %v", err)
	}
	// An unconfigured issuer is refused before any key is fetched, even
	// with a kid no set has (which would otherwise trigger a fetch).
	before := ja.fetches.Load() + jb.fetches.Load()
	evil := validClaims()
	evil["iss"], evil["aud"] = "https://evil.test/", "https://api.test/a"
	if _, err := a.Verify(context.Background(), sign(t, signer{sa["RS256"].alg, sa["RS256"].priv, "unknown-kid"}, evil, nil)); !errors.Is(err, ErrIssuer) {
		t.Fatalf("unknown issuer: %v", err)
	}
	if after := ja.fetches.Load() + jb.fetches.Load(); after != before {
		t.Fatalf("unknown issuer caused %d fetches", after-before)
	}
	if _, err := New(Config{Issuers: []Issuer{{Issuer: "x", Audiences: []string{"a"}, Keys: &KeySet{}}, {Issuer: "x", Audiences: []string{"a"}, Keys: &KeySet{}}}}); err == nil {
		t.Fatal("duplicate issuer accepted")
	}
}

func TestTypeEnforcement(t *testing.T) {
	signers := newSigners(t)
	a := newVerifier(t, jwksOf(t, signers), func(c *Config) { c.RequiredType = "at+jwt" })
	for typ, ok := range map[string]bool{"at+jwt": true, "application/at+jwt": true, "AT+JWT": true, "JWT": false, "": false} {
		hdr := map[string]any{}
		if typ != "" {
			hdr["typ"] = typ
		}
		_, err := a.Verify(context.Background(), sign(t, signers["RS256"], validClaims(), hdr))
		if ok != (err == nil) || (!ok && !errors.Is(err, ErrType)) {
			t.Errorf("typ %q: %v", typ, err)
		}
	}
}

func TestClaimRulesAndMapping(t *testing.T) {
	signers := newSigners(t)
	s := signers["EdDSA"]
	c := func(mod func(Claims)) Claims {
		x := validClaims()
		mod(x)
		return x
	}
	// Required claims and validators.
	a := newVerifier(t, jwksOf(t, signers), func(cfg *Config) {
		cfg.RequiredClaims = []string{"tenant"}
		cfg.Validators = []func(Claims) error{func(cl Claims) error {
			if cl["tenant"] != "acme" {
				return errors.New("tenant not allowed")
			}
			return nil
		}}
	})
	if _, err := a.Verify(context.Background(), sign(t, s, validClaims(), nil)); !errors.Is(err, ErrMissingClaim) {
		t.Errorf("missing tenant: %v", err)
	}
	if _, err := a.Verify(context.Background(), sign(t, s, c(func(x Claims) { x["tenant"] = nil }), nil)); !errors.Is(err, ErrMissingClaim) {
		t.Errorf("null tenant: %v", err)
	}
	_, err := a.Verify(context.Background(), sign(t, s, c(func(x Claims) { x["tenant"] = "other" }), nil))
	var e *mcpauth.Error
	if !errors.Is(err, ErrPolicy) || !errors.As(err, &e) || e.Description != "token rejected by policy" {
		t.Errorf("validator: %v", err)
	}
	if _, err := a.Verify(context.Background(), sign(t, s, c(func(x Claims) { x["tenant"] = "acme" }), nil)); err != nil {
		t.Errorf("acme: %v", err)
	}

	// Subject fallback, scope claim and mapping hook.
	b := newVerifier(t, jwksOf(t, signers), func(cfg *Config) {
		cfg.SubjectClaims = []string{"sub", "client_id"}
		cfg.ScopeClaim = "permissions"
		cfg.MapPrincipal = func(p *mcpctx.Principal, cl Claims) error {
			if cl["blocked"] == true {
				return errors.New("blocked")
			}
			p.Subject = "client:" + p.Subject
			return nil
		}
	})
	p, err := b.Verify(context.Background(), sign(t, s, c(func(x Claims) {
		delete(x, "sub")
		x["client_id"] = "svc-1"
		x["permissions"] = []string{"read:a", "write:b"}
	}), nil))
	if err != nil || p.Subject != "client:svc-1" || strings.Join(p.Scopes, " ") != "read:a write:b" || p.Claims["client_id"] != "svc-1" {
		t.Fatalf("mapped principal %+v, %v", p, err)
	}
	if _, err := b.Verify(context.Background(), sign(t, s, c(func(x Claims) { x["blocked"] = true }), nil)); !errors.Is(err, ErrPolicy) {
		t.Errorf("MapPrincipal error: %v", err)
	}
	// Missing exp, when allowed.
	d := newVerifier(t, jwksOf(t, signers), func(cfg *Config) { cfg.AllowMissingExpiry = true })
	if p, err := d.Verify(context.Background(), sign(t, s, c(func(x Claims) { delete(x, "exp") }), nil)); err != nil || !p.ExpiresAt.IsZero() {
		t.Errorf("no exp allowed: %v", err)
	}
}

// countingKeys counts key lookups, to see the verified-token cache work.
type countingKeys struct {
	KeySource
	n atomic.Int64
}

func (c *countingKeys) Keys(ctx context.Context, kid string) ([]*Key, error) {
	c.n.Add(1)
	return c.KeySource.Keys(ctx, kid)
}

func TestVerifiedTokenCache(t *testing.T) {
	signers := newSigners(t)
	ks, err := ParseJWKS(jwksOf(t, signers))
	if err != nil {
		t.Fatal(err)
	}
	keys := &countingKeys{KeySource: ks}
	now := time.Now()
	a := newAuth(t, keys, func(c *Config) { c.CacheSize = 100; c.CacheTTL = time.Hour })
	a.now = func() time.Time { return now }

	claims := validClaims()
	claims["exp"] = now.Add(90 * time.Second).Unix()
	tok := sign(t, signers["RS256"], claims, nil)
	p1, err := a.Verify(context.Background(), tok)
	if err != nil {
		t.Fatal(err)
	}
	p2, err := a.Verify(context.Background(), tok)
	if err != nil || p2 != p1 || keys.n.Load() != 1 {
		t.Fatalf("second verify: %v, same principal %v, key lookups %d", err, p2 == p1, keys.n.Load())
	}
	// Past exp the entry is gone and the token fails.
	now = now.Add(91 * time.Second)
	if _, err := a.Verify(context.Background(), tok); !errors.Is(err, ErrExpired) {
		t.Fatalf("after exp: %v", err)
	}

	// CacheTTL bounds reuse below exp.
	b := newAuth(t, keys, func(c *Config) { c.CacheSize = 100; c.CacheTTL = time.Minute })
	b.now = func() time.Time { return now }
	claims["exp"] = now.Add(time.Hour).Unix()
	tok = sign(t, signers["RS256"], claims, nil)
	before := keys.n.Load()
	_, _ = b.Verify(context.Background(), tok)
	_, _ = b.Verify(context.Background(), tok)
	now = now.Add(2 * time.Minute)
	_, _ = b.Verify(context.Background(), tok)
	if got := keys.n.Load() - before; got != 2 {
		t.Fatalf("key lookups = %d, want 2 (first use, and after CacheTTL)", got)
	}
	// Failures are never cached.
	bad := tok[:len(tok)-4] + "AAAA"
	before = keys.n.Load()
	_, _ = b.Verify(context.Background(), bad)
	_, _ = b.Verify(context.Background(), bad)
	if keys.n.Load()-before != 2 {
		t.Fatal("a rejected token was cached")
	}
}

func TestTokenVerifierAdapter(t *testing.T) {
	signers := newSigners(t)
	a := newVerifier(t, jwksOf(t, signers), nil)
	h := auth.RequireBearerToken(a.TokenVerifier(), nil)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ti := auth.TokenInfoFromContext(r.Context())
		p, ok := mcpctx.FromTokenInfo(ti)
		if !ok || p.Subject != "alice" || ti.UserID != p.ID() {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	for tok, want := range map[string]int{
		sign(t, signers["RS256"], validClaims(), nil):                                                            http.StatusNoContent,
		sign(t, signers["RS256"], func() Claims { c := validClaims(); c["aud"] = "https://x"; return c }(), nil): http.StatusUnauthorized,
	} {
		r := httptest.NewRequest("POST", "/", nil)
		r.Header.Set("Authorization", "Bearer "+tok)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code != want {
			t.Errorf("status %d, want %d (%s)", rec.Code, want, rec.Body)
		}
	}
}
