package jwtauth

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// jwksServer is a JWKS endpoint whose answers the test controls and whose
// fetches it counts.
type jwksServer struct {
	srv     *httptest.Server
	fetches atomic.Int64

	mu           sync.Mutex
	body         []byte
	status       int
	cacheControl string
	hang         chan struct{} // while non-nil, requests hang until it closes

	handler http.Handler // the endpoint, for the in-memory transport
	mem     bool         // served in memory (newMemJWKSServer); srv is nil
}

func newJWKSServer(t testing.TB, body []byte) *jwksServer {
	t.Helper()
	js := newJWKSHandler(t, body)
	js.srv = httptest.NewServer(js.handler)
	t.Cleanup(func() {
		js.release() // before Close, which waits for hanging requests
		js.srv.Close()
	})
	return js
}

// newMemJWKSServer is newJWKSServer without a socket: remote wires the
// RemoteJWKS to the handler through an in-memory transport, so that it
// can run inside a testing/synctest bubble (a goroutine blocked on a real
// socket is never durably blocked, and a bubble with one never idles).
func newMemJWKSServer(t testing.TB, body []byte) *jwksServer {
	t.Helper()
	js := newJWKSHandler(t, body)
	js.mem = true
	return js
}

func newJWKSHandler(t testing.TB, body []byte) *jwksServer {
	t.Helper()
	js := &jwksServer{body: body, status: http.StatusOK}
	js.handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		js.fetches.Add(1)
		js.mu.Lock()
		body, status, cc, hang := js.body, js.status, js.cacheControl, js.hang
		js.mu.Unlock()
		if hang != nil {
			select {
			case <-hang:
			case <-r.Context().Done():
				return
			}
		}
		if cc != "" {
			w.Header().Set("Cache-Control", cc)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write(body)
	})
	t.Cleanup(js.release)
	return js
}

// release ends the hang, if any.
func (js *jwksServer) release() {
	js.mu.Lock()
	if js.hang != nil {
		close(js.hang)
		js.hang = nil
	}
	js.mu.Unlock()
}

// advance, inside a synctest bubble only, moves the bubble's fake clock
// on by d (the sleep costs no real time: it returns as soon as every
// goroutine in the bubble is blocked) and then lets whatever woke up
// settle.
func advance(d time.Duration) {
	time.Sleep(d)
	synctest.Wait()
}

// handlerTransport is an http.RoundTripper that calls a handler in the
// calling goroutine: no sockets, so usable inside a synctest bubble. Like
// a real transport, it fails when the request's context ends first.
type handlerTransport struct{ h http.Handler }

func (ht handlerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	ht.h.ServeHTTP(rec, req)
	if err := req.Context().Err(); err != nil {
		return nil, err
	}
	resp := rec.Result()
	resp.Request = req
	return resp, nil
}

// client is an http.Client without a timeout of its own, for the
// in-memory endpoint.
func (js *jwksServer) client() *http.Client {
	return &http.Client{Transport: handlerTransport{js.handler}}
}

// url is the endpoint's JWKS URL.
func (js *jwksServer) url() string {
	if js.mem {
		return "http://127.0.0.1/jwks.json" // never dialled
	}
	return js.srv.URL + "/jwks.json"
}

// stall makes the endpoint stop answering until the test ends.
func (js *jwksServer) stall() {
	js.mu.Lock()
	js.hang = make(chan struct{})
	js.mu.Unlock()
}

func (js *jwksServer) set(body []byte, status int) {
	js.mu.Lock()
	js.body, js.status = body, status
	js.mu.Unlock()
}

// remote returns an eagerly warmed-up RemoteJWKS for the server.
func (js *jwksServer) remote(t testing.TB, mod func(*RemoteJWKSOptions)) *RemoteJWKS {
	t.Helper()
	opts := RemoteJWKSOptions{URL: js.url(), AllowInsecureLoopback: true, Eager: true, Logger: testlog.New(t)}
	if js.mem {
		opts.Client = js.client()
	}
	if mod != nil {
		mod(&opts)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := NewRemoteJWKS(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return r
}

func newAuth(t testing.TB, keys KeySource, mod func(*Config)) *Authenticator {
	t.Helper()
	cfg := Config{Issuer: testIssuer, Audiences: []string{testAudience}, Keys: keys, CacheSize: -1}
	if mod != nil {
		mod(&cfg)
	}
	a, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRotationAcceptedAfterOneRefetch(t *testing.T) {
	signers := newSigners(t)
	old := map[string]signer{"RS256": signers["RS256"]}
	js := newJWKSServer(t, jwksOf(t, old))
	a := newAuth(t, js.remote(t, nil), nil)
	if n := js.fetches.Load(); n != 1 {
		t.Fatalf("warm-up fetches = %d", n)
	}
	// The IdP rotates: a new key appears, tokens are signed with it.
	js.set(jwksOf(t, signers), http.StatusOK)
	if _, err := a.Verify(context.Background(), sign(t, signers["ES256"], validClaims(), nil)); err != nil {
		t.Fatalf("token with the rotated-in key: %v", err)
	}
	if n := js.fetches.Load(); n != 2 {
		t.Fatalf("fetches = %d, want 2 (warm-up + one refetch)", n)
	}
	// Known now: no further fetch.
	if _, err := a.Verify(context.Background(), sign(t, signers["ES256"], validClaims(), nil)); err != nil || js.fetches.Load() != 2 {
		t.Fatalf("second token: %v, fetches %d", err, js.fetches.Load())
	}
}

func TestForgedKidFloodCostsOneFetch(t *testing.T) {
	signers := newSigners(t)
	js := newJWKSServer(t, jwksOf(t, signers))
	a := newAuth(t, js.remote(t, func(o *RemoteJWKSOptions) { o.RefetchCooldown = time.Hour }), nil)
	forger, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)

	const n = 1000
	tokens := make([]string, n)
	for i := range tokens {
		tokens[i] = sign(t, signer{jwa.ES256(), forger, fmt.Sprintf("forged-%d", i)}, validClaims(), nil)
	}
	var wg sync.WaitGroup
	var accepted, wrongKind atomic.Int64
	for _, tok := range tokens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := a.Verify(context.Background(), tok)
			switch {
			case err == nil:
				accepted.Add(1)
			case !errors.Is(err, ErrUnknownKey) || !errors.Is(err, mcpauth.ErrInvalidCredential):
				wrongKind.Add(1)
			}
		}()
	}
	wg.Wait()
	if accepted.Load() != 0 || wrongKind.Load() != 0 {
		t.Fatalf("accepted %d, wrong error kind %d", accepted.Load(), wrongKind.Load())
	}
	if got := js.fetches.Load(); got > 2 {
		t.Fatalf("JWKS fetched %d times for %d forged kids; want warm-up + at most 1", got, n)
	}
	// A second wave, one by one, after that fetch ended: single flight no
	// longer helps, the cooldown must.
	for i := range 100 {
		tok := sign(t, signer{jwa.ES256(), forger, fmt.Sprintf("second-wave-%d", i)}, validClaims(), nil)
		if _, err := a.Verify(context.Background(), tok); !errors.Is(err, ErrUnknownKey) {
			t.Fatal(err)
		}
	}
	if got := js.fetches.Load(); got > 2 {
		t.Fatalf("JWKS fetched %d times after a second wave within the cooldown", got)
	}
	// The same forged kid again, after the flood: answered from the
	// negative cache, no fetch.
	before := js.fetches.Load()
	if _, err := a.Verify(context.Background(), tokens[0]); !errors.Is(err, ErrUnknownKey) || js.fetches.Load() != before {
		t.Fatalf("repeat forged kid: %v, fetches %d -> %d", err, before, js.fetches.Load())
	}
	// And real tokens still pass.
	if _, err := a.Verify(context.Background(), sign(t, signers["EdDSA"], validClaims(), nil)); err != nil {
		t.Fatal(err)
	}
}

func TestEndpointDownKeepsLastGoodKeys(t *testing.T) {
	signers := newSigners(t)
	js := newJWKSServer(t, jwksOf(t, signers))
	clock := testcheck.NewClock(time.Now())
	a := newAuth(t, js.remote(t, func(o *RemoteJWKSOptions) { o.RefetchCooldown, o.Now = time.Minute, clock.Now }), nil)
	good := sign(t, signers["RS256"], validClaims(), nil)

	for i, broken := range []struct {
		body   string
		status int
	}{
		{`{"error":"boom"}`, http.StatusInternalServerError},
		{`not json at all`, http.StatusOK},
		{`{"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"rsa"}]}`, http.StatusOK}, // only a symmetric key
		{`{"keys":[]}`, http.StatusOK},
	} {
		js.set([]byte(broken.body), broken.status)
		// A kid not seen before (one already found missing is not fetched for).
		unknown := sign(t, signer{signers["RS256"].alg, signers["RS256"].priv, fmt.Sprint("rotated-in-", i)}, validClaims(), nil)
		before := js.fetches.Load()
		clock.Add(2 * time.Minute) // past the cooldown
		// An unknown kid forces a refetch of the broken document...
		if _, err := a.Verify(context.Background(), unknown); !errors.Is(err, ErrUnknownKey) {
			t.Fatalf("%q: unknown kid: %v", broken.body, err)
		}
		if js.fetches.Load() == before {
			t.Fatalf("%q: no refetch happened", broken.body)
		}
		// ...and the last good keys still verify.
		if _, err := a.Verify(context.Background(), good); err != nil {
			t.Fatalf("%q: good token after a broken fetch: %v", broken.body, err)
		}
	}
}

func TestSlowEndpointNeverBlocksBeyondMaxWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		signers := newSigners(t)
		js := newMemJWKSServer(t, jwksOf(t, signers))
		a := newAuth(t, js.remote(t, func(o *RemoteJWKSOptions) { o.MaxWait = 100 * time.Millisecond }), nil)
		js.stall()

		forged := sign(t, signer{signers["RS256"].alg, signers["RS256"].priv, "new-kid"}, validClaims(), nil)
		var wg sync.WaitGroup
		errs := make(chan error, 20)
		start := time.Now() // the bubble's clock: exact
		for range 20 {
			wg.Go(func() {
				_, err := a.Verify(context.Background(), forged)
				errs <- err
			})
		}
		wg.Wait()
		// The endpoint hangs until the test ends; the requests waited
		// MaxWait at most.
		if elapsed := time.Since(start); elapsed > 100*time.Millisecond {
			t.Fatalf("requests waited %v for a hanging JWKS endpoint, MaxWait 100ms", elapsed)
		}
		close(errs)
		for err := range errs {
			if !errors.Is(err, ErrUnknownKey) || !errors.Is(err, mcpauth.ErrInvalidCredential) {
				t.Fatalf("err = %v, want 401 invalid_token (unknown key)", err)
			}
		}
		if _, err := a.Verify(context.Background(), sign(t, signers["RS256"], validClaims(), nil)); err != nil {
			t.Fatalf("known key while the endpoint hangs: %v", err)
		}
		js.release()
	})
}

func TestColdStartWithEndpointDownIsUnavailable(t *testing.T) {
	signers := newSigners(t)
	js := newJWKSServer(t, []byte(`oops`))
	js.set([]byte("oops"), http.StatusBadGateway)
	r, err := NewRemoteJWKS(context.Background(), RemoteJWKSOptions{
		URL: js.srv.URL, AllowInsecureLoopback: true, MaxWait: 500 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	a := newAuth(t, r, nil)
	_, err = a.Verify(context.Background(), sign(t, signers["RS256"], validClaims(), nil))
	if !errors.Is(err, mcpauth.ErrUnavailable) || !errors.Is(err, ErrKeysUnavailable) {
		t.Fatalf("err = %v, want ErrUnavailable (503), never a pass or a 401", err)
	}
	if r.Ready(context.Background()) == nil {
		t.Fatal("Ready() = nil without keys")
	}
	// Eager construction refuses to start without keys.
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if _, err := NewRemoteJWKS(ctx, RemoteJWKSOptions{URL: js.srv.URL, AllowInsecureLoopback: true, Eager: true}); err == nil {
		t.Fatal("eager NewRemoteJWKS succeeded without keys")
	}
	// The endpoint recovers: the next request (after the cooldown) loads keys.
	js.set(jwksOf(t, signers), http.StatusOK)
	r2, _ := NewRemoteJWKS(context.Background(), RemoteJWKSOptions{URL: js.srv.URL, AllowInsecureLoopback: true, Eager: true})
	defer r2.Close()
	if r2.Ready(context.Background()) != nil {
		t.Fatal("Ready() after a good fetch")
	}
}

// The background refresh runs on httprc's real timers: in a synctest
// bubble, with an in-memory endpoint, its schedule is exact and costs no
// real time.
func TestRefreshHonoursCacheControlWithinBounds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		signers := newSigners(t)
		js := newMemJWKSServer(t, jwksOf(t, signers))
		js.cacheControl = "public, max-age=86400"
		// max-age says a day; MaxRefreshInterval clamps it to a second.
		js.remote(t, func(o *RemoteJWKSOptions) {
			o.MinRefreshInterval = time.Second
			o.MaxRefreshInterval = time.Second
		})
		if n := js.fetches.Load(); n != 1 {
			t.Fatalf("%d fetches at start", n)
		}
		// httprc checks a second past the due time, rounded up to whole
		// seconds: the refresh is due at 1 s and made by 3 s, never a day.
		advance(3 * time.Second)
		if n := js.fetches.Load(); n < 2 {
			t.Fatalf("no background refresh 3 s in (MaxRefreshInterval 1 s): %d fetches", n)
		}
	})
}

func TestRemoteJWKSOptionsValidation(t *testing.T) {
	for _, u := range []string{"http://idp.example.com/jwks", "ftp://x/jwks", "/jwks", "https://", "https://user:pw@idp.example.com/jwks"} {
		if _, err := NewRemoteJWKS(context.Background(), RemoteJWKSOptions{URL: u, AllowInsecureLoopback: true}); err == nil {
			t.Errorf("%q accepted", u)
		}
	}
	if _, err := NewRemoteJWKS(context.Background(), RemoteJWKSOptions{URL: "http://127.0.0.1:1/jwks"}); err == nil {
		t.Error("loopback http accepted without AllowInsecureLoopback")
	}
	if _, err := NewRemoteJWKS(context.Background(), RemoteJWKSOptions{URL: "https://idp.example.com/jwks", MinRefreshInterval: time.Hour, MaxRefreshInterval: time.Minute}); err == nil {
		t.Error("max < min accepted")
	}
}

func TestOversizeJWKSRefused(t *testing.T) {
	signers := newSigners(t)
	doc := jwksOf(t, signers)
	padded := append([]byte(`{"pad":"`+strings.Repeat("x", 2048)+`",`), doc[1:]...)
	js := newJWKSServer(t, padded)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, err := NewRemoteJWKS(ctx, RemoteJWKSOptions{URL: js.srv.URL, AllowInsecureLoopback: true, Eager: true, MaxBytes: 1024})
	if err == nil {
		t.Fatal("oversize JWKS accepted")
	}
}

func TestSymmetricKeysInRemoteSetIgnored(t *testing.T) {
	signers := newSigners(t)
	// The document carries an oct key under the RSA key's kid.
	doc := strings.Replace(string(jwksOf(t, signers)), `{"keys":[`, `{"keys":[{"kty":"oct","kid":"rsa","k":"c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0"},`, 1)
	js := newJWKSServer(t, []byte(doc))
	a := newAuth(t, js.remote(t, nil), nil)
	if _, err := a.Verify(context.Background(), sign(t, signers["RS256"], validClaims(), nil)); err != nil {
		t.Fatalf("RSA token: %v", err)
	}
	hs := rawToken(map[string]any{"alg": "HS256", "kid": "rsa"}, validClaims(), []byte("sig"))
	if _, err := a.Verify(context.Background(), hs); !errors.Is(err, ErrAlgorithm) {
		t.Fatalf("HS256 token: %v", err)
	}
}

func TestFetchTimeoutAndFastEagerFailure(t *testing.T) {
	js := newJWKSServer(t, jwksOf(t, newSigners(t)))
	js.stall()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	_, err := NewRemoteJWKS(ctx, RemoteJWKSOptions{URL: js.srv.URL, AllowInsecureLoopback: true, Eager: true, FetchTimeout: 200 * time.Millisecond})
	if err == nil {
		t.Fatal("eager start succeeded against a hanging endpoint")
	}
	// The fetch timed out on its own: long before ctx would have ended.
	if ctx.Err() != nil || time.Since(start) > 10*time.Second {
		t.Fatalf("eager start waited %v; the fetch timeout did not apply (%v)", time.Since(start), err)
	}
	// And eager start reports a dead endpoint at once, too.
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	if _, err := NewRemoteJWKS(ctx, RemoteJWKSOptions{URL: down.URL, AllowInsecureLoopback: true, Eager: true}); err == nil || ctx.Err() != nil {
		t.Fatalf("eager start against a closed port: %v", err)
	}
}
