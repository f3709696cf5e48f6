package jwtauth

// Regression tests from a review of the remote key set.

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwk"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/internal/ttlcache"
)

// A hanging endpoint behind a client without a timeout used to wedge
// httprc's only worker, so that no fetch ever happened again.
//
// FetchTimeout, the cooldown and MaxWait run on real timers: in a
// synctest bubble, with an in-memory endpoint, the five seconds of the
// outage are fake and cost no real time.
func TestHungEndpointWithSlowClientRecovers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		signers := newSigners(t)
		js := newMemJWKSServer(t, jwksOf(t, map[string]signer{"RS256": signers["RS256"]}))
		a := newAuth(t, js.remote(t, func(o *RemoteJWKSOptions) {
			o.Client = js.client() // no timeout of its own
			o.FetchTimeout = 100 * time.Millisecond
			o.RefetchCooldown = 150 * time.Millisecond
			o.MaxWait = 30 * time.Millisecond
		}), nil)
		hang := make(chan struct{})
		js.mu.Lock()
		js.hang = hang
		js.mu.Unlock()
		for i := range 100 { // five seconds of unknown kids against a hung endpoint
			_, _ = a.Verify(context.Background(), sign(t, signer{signers["RS256"].alg, signers["RS256"].priv, fmt.Sprint("k", i)}, validClaims(), nil))
			advance(50 * time.Millisecond)
		}
		js.mu.Lock()
		js.hang = nil
		js.mu.Unlock()
		close(hang)
		js.set(jwksOf(t, signers), http.StatusOK) // the IdP is back, with a new key
		rotated := sign(t, signers["ES256"], validClaims(), nil)
		// Past the cooldown and any fetch still timing out, a request
		// for the rotated kid fetches it.
		advance(time.Second)
		if _, err := a.Verify(context.Background(), rotated); err != nil {
			t.Fatalf("rotated key after the endpoint recovered: %v", err)
		}
	})
}

// A kid seen while the cooldown forbids a fetch must not be remembered as
// unknown: no fetch looked for it.
func TestNegativeCacheOnlyAfterAFetchLooked(t *testing.T) {
	signers := newSigners(t)
	js := newJWKSServer(t, jwksOf(t, map[string]signer{"RS256": signers["RS256"]}))
	clock := testcheck.NewClock(time.Now())
	a := newAuth(t, js.remote(t, func(o *RemoteJWKSOptions) {
		o.RefetchCooldown = 200 * time.Millisecond
		o.NegativeKIDTTL = time.Hour
		o.Now = clock.Now
	}), nil)
	junk := sign(t, signer{signers["RS256"].alg, signers["RS256"].priv, "junk"}, validClaims(), nil)
	_, _ = a.Verify(context.Background(), junk) // fetches; junk is now known missing
	js.set(jwksOf(t, signers), http.StatusOK)   // rotation, inside the cooldown
	rotated := sign(t, signers["ES256"], validClaims(), nil)
	if _, err := a.Verify(context.Background(), rotated); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("inside the cooldown: %v", err)
	}
	clock.Add(250 * time.Millisecond) // past the cooldown
	if _, err := a.Verify(context.Background(), rotated); err != nil {
		t.Fatalf("after the cooldown the rotated key must be fetched: %v", err)
	}
	// While junk, checked by a fetch, is answered without another one.
	before := js.fetches.Load()
	clock.Add(250 * time.Millisecond) // past the cooldown
	_, _ = a.Verify(context.Background(), junk)
	// The rotation changed the set, which forgot junk; one more fetch may
	// look for it, after which it is remembered.
	_, _ = a.Verify(context.Background(), junk)
	clock.Add(250 * time.Millisecond) // past the cooldown
	mid := js.fetches.Load()
	_, _ = a.Verify(context.Background(), junk)
	if js.fetches.Load() != mid || mid-before > 1 {
		t.Fatalf("a kid a fetch already looked for was fetched again: %d -> %d -> %d", before, mid, js.fetches.Load())
	}
}

// In a synctest bubble, with an in-memory endpoint: after the request,
// every goroutine that could still fetch has run (or is waiting for a
// refresh due much later) before the count, instead of a sleep.
func TestColdStartMakesOneFetch(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		signers := newSigners(t)
		js := newMemJWKSServer(t, jwksOf(t, signers))
		a := newAuth(t, js.remote(t, func(o *RemoteJWKSOptions) { o.Eager = false }), nil)
		if _, err := a.Verify(context.Background(), sign(t, signers["RS256"], validClaims(), nil)); err != nil {
			t.Fatal(err)
		}
		advance(time.Second) // well short of the default refresh interval
		if n := js.fetches.Load(); n != 1 {
			t.Fatalf("%d fetches for a request during the first fetch", n)
		}
	})
}

func TestClosedRemoteFailsFast(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		signers := newSigners(t)
		js := newMemJWKSServer(t, jwksOf(t, signers))
		r := js.remote(t, func(o *RemoteJWKSOptions) { o.MaxWait = 5 * time.Second })
		a := newAuth(t, r, nil)
		_ = r.Close()
		start := time.Now() // the bubble's clock: a closed set waits for nothing
		_, err := a.Verify(context.Background(), sign(t, signers["RS256"], validClaims(), nil))
		if !errors.Is(err, mcpauth.ErrUnavailable) || time.Since(start) != 0 {
			t.Fatalf("after Close: %v after %v", err, time.Since(start))
		}
	})
}

func TestKidlessKeyDoesNotStopRefetch(t *testing.T) {
	signers := newSigners(t)
	kidless := map[string]signer{"RS256": {signers["RS256"].alg, signers["RS256"].priv, ""}}
	js := newJWKSServer(t, jwksOf(t, kidless))
	a := newAuth(t, js.remote(t, nil), nil)
	js.set(jwksOf(t, map[string]signer{"RS256": kidless["RS256"], "ES256": signers["ES256"]}), http.StatusOK)
	if _, err := a.Verify(context.Background(), sign(t, signers["ES256"], validClaims(), nil)); err != nil {
		t.Fatalf("rotated kid beside a kid-less key: %v", err)
	}
}

func TestConcurrentRotatedKidSharesOneFetch(t *testing.T) {
	signers := newSigners(t)
	js := newJWKSServer(t, jwksOf(t, map[string]signer{"RS256": signers["RS256"]}))
	a := newAuth(t, js.remote(t, nil), nil)
	js.set(jwksOf(t, signers), http.StatusOK)
	tok := sign(t, signers["ES256"], validClaims(), nil)
	var wg sync.WaitGroup
	errs := make(chan error, 50)
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := a.Verify(context.Background(), tok)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("a concurrent request for the rotated kid failed: %v", err)
		}
	}
	if n := js.fetches.Load(); n != 2 {
		t.Fatalf("fetches = %d, want warm-up + one shared refetch", n)
	}
}

func TestEachRequestWaitsAtMostMaxWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		signers := newSigners(t)
		js := newMemJWKSServer(t, jwksOf(t, signers))
		a := newAuth(t, js.remote(t, func(o *RemoteJWKSOptions) { o.MaxWait = 100 * time.Millisecond }), nil)
		js.stall()
		for i := range 5 {
			start := time.Now() // the bubble's clock: exact
			_, err := a.Verify(context.Background(), sign(t, signer{signers["RS256"].alg, signers["RS256"].priv, fmt.Sprint("new-", i)}, validClaims(), nil))
			if d := time.Since(start); d > 100*time.Millisecond || !errors.Is(err, ErrUnknownKey) {
				t.Fatalf("request %d: %v after %v (MaxWait 100ms)", i, err, d)
			}
		}
		js.release()
	})
}

// The refresh schedule runs on httprc's real timers: in a synctest
// bubble, with an in-memory endpoint, it is exact and costs no real time.
func TestRefreshHonoursMinInterval(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		js := newMemJWKSServer(t, jwksOf(t, newSigners(t)))
		js.cacheControl = "max-age=0"
		js.remote(t, func(o *RemoteJWKSOptions) {
			o.MinRefreshInterval = time.Second
			o.MaxRefreshInterval = time.Hour
		})
		advance(3 * time.Second)
		if n := js.fetches.Load(); n < 2 {
			t.Fatalf("no background refresh 3 s in with a 1 s minimum interval: %d fetches", n)
		}
		// max-age=0 must not turn into a busy loop: at most one fetch a
		// second, and the refresh goes on.
		n := js.fetches.Load()
		advance(10 * time.Second)
		if got := js.fetches.Load() - n; got < 1 || got > 10 {
			t.Fatalf("%d fetches in 10 s with a 1 s minimum interval", got)
		}
	})
}

func TestRedirectToInsecureURLRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://idp.example.com/jwks", http.StatusFound)
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := NewRemoteJWKS(ctx, RemoteJWKSOptions{URL: srv.URL, AllowInsecureLoopback: true, Eager: true})
	if err == nil || !strings.Contains(err.Error(), "https") {
		t.Fatalf("redirect to a non-https URL followed: %v", err)
	}
}

func TestKeysWithAlgNotFittingAreSkipped(t *testing.T) {
	signers := newSigners(t)
	rsaKey, _ := jwk.PublicKeyOf(signers["RS256"].priv.Public())
	_ = rsaKey.Set(jwk.KeyIDKey, "rsa")
	edKey, _ := jwk.PublicKeyOf(signers["EdDSA"].priv.Public())
	_ = edKey.Set(jwk.KeyIDKey, "ed")
	rsaJSON, _ := json.Marshal(rsaKey)
	edJSON, _ := json.Marshal(edKey)
	withAlg := func(raw []byte, alg string) string {
		return strings.Replace(string(raw), "{", `{"alg":"`+alg+`",`, 1)
	}
	// An RSA key labelled HS256 can verify nothing and is dropped; an
	// Ed25519 key labelled "Ed25519" (RFC 9864) verifies EdDSA tokens.
	doc := `{"keys":[` + withAlg(rsaJSON, "HS256") + `,` + withAlg(edJSON, "Ed25519") + `]}`
	ks, err := ParseJWKS([]byte(doc))
	if err != nil || ks.Len() != 1 {
		t.Fatalf("ParseJWKS: %v", err)
	}
	a := newAuth(t, ks, nil)
	if _, err := a.Verify(context.Background(), sign(t, signers["EdDSA"], validClaims(), nil)); err != nil {
		t.Fatalf("EdDSA token, key alg Ed25519: %v", err)
	}
	if _, err := ParseJWKS([]byte(`{"keys":[` + withAlg(rsaJSON, "HS256") + `]}`)); !errors.Is(err, ErrNoUsableKeys) {
		t.Fatalf("a set of unusable keys: %v", err)
	}
}

func TestStrictParsingAndBounds(t *testing.T) {
	signers := newSigners(t)
	ks, _ := ParseJWKS(jwksOf(t, signers))
	a := newAuth(t, ks, nil)
	good := sign(t, signers["RS256"], validClaims(), nil)
	p := strings.Split(good, ".")
	enc := base64.RawURLEncoding.EncodeToString
	c := validClaims()
	c["aud"] = []any{testAudience, 5}
	for name, tc := range map[string]struct {
		tok   string
		cause error
	}{
		"trailing JSON in header": {enc([]byte(`{"alg":"RS256","kid":"rsa"}{}`)) + "." + p[1] + "." + p[2], ErrMalformed},
		"kid too long":            {sign(t, signer{signers["RS256"].alg, signers["RS256"].priv, strings.Repeat("k", 300)}, validClaims(), nil), ErrMalformed},
		"aud with a non-string":   {sign(t, signers["RS256"], c, nil), ErrAudience},
	} {
		if _, err := a.Verify(context.Background(), tc.tok); !errors.Is(err, tc.cause) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := New(Config{Issuer: testIssuer, Audiences: []string{testAudience}, Keys: ks, Leeway: time.Hour}); err == nil {
		t.Error("an hour of leeway accepted")
	}
}

func TestNbfAndIatLeeway(t *testing.T) {
	signers := newSigners(t)
	ks, _ := ParseJWKS(jwksOf(t, signers))
	for _, claim := range []string{"nbf", "iat"} {
		c := validClaims()
		c[claim] = time.Now().Unix() + 10
		tok := sign(t, signers["RS256"], c, nil)
		if _, err := newAuth(t, ks, nil).Verify(context.Background(), tok); !errors.Is(err, ErrNotYetValid) {
			t.Errorf("%s 10 s ahead, no leeway: %v", claim, err)
		}
		if _, err := newAuth(t, ks, func(c *Config) { c.Leeway = 30 * time.Second }).Verify(context.Background(), tok); err != nil {
			t.Errorf("%s 10 s ahead, 30 s leeway: %v", claim, err)
		}
	}
}

func TestTTLCacheCapacityBound(t *testing.T) {
	for capacity, max := range map[int]int{1: 16, 100: 100, 1000: 1000} {
		c := ttlcache.New[int, int](capacity)
		for i := range 5000 {
			c.Set(i, i, time.Now().Add(time.Hour))
		}
		if c.Len() > max {
			t.Errorf("capacity %d holds %d entries", capacity, c.Len())
		}
	}
}

func TestIntrospectionHardening(t *testing.T) {
	if _, err := NewIntrospector(IntrospectionConfig{URL: "https://as.example.com/introspect", ClientID: "x", ClientSecret: "s"}); err == nil {
		t.Error("an introspector without audiences accepted")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "https://elsewhere.example/introspect", http.StatusTemporaryRedirect)
	}))
	defer srv.Close()
	in, err := NewIntrospector(IntrospectionConfig{URL: srv.URL, AllowInsecureLoopback: true, ClientID: "x", ClientSecret: "s", AuthMethod: ClientSecretPost, Audiences: []string{testAudience}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.Verify(context.Background(), "tok"); !errors.Is(err, mcpauth.ErrUnavailable) {
		t.Fatalf("redirected introspection: %v", err)
	}
}
