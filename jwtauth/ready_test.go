package jwtauth

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/internal/testcheck"
)

// Before its first key set a RemoteJWKS is not ready, and says which URL
// failed how; Ready itself asks for the set again — at most once per
// RefetchCooldown — so that a replica that started while the identity
// provider was down (and gets no requests while it is not ready) becomes
// ready once it is back, without waiting for the background schedule.
func TestRemoteJWKSReadyBeforeTheFirstSet(t *testing.T) {
	ctx := context.Background()
	signers := newSigners(t)
	js := newJWKSServer(t, nil)
	js.set([]byte(`{"error":"starting"}`), http.StatusServiceUnavailable)
	clock := testcheck.NewClock(time.Now())
	r, err := NewRemoteJWKS(ctx, RemoteJWKSOptions{URL: js.url(), AllowInsecureLoopback: true, Now: clock.Now, MaxWait: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	err = r.Ready(ctx)
	if err == nil || !strings.Contains(err.Error(), js.url()) || !strings.Contains(err.Error(), "503") {
		t.Fatalf("Ready before any set = %v, want an error naming %s and the 503", err, js.url())
	}
	if n := js.fetches.Load(); n != 2 {
		t.Fatalf("%d fetches: want the first one and one asked for by Ready", n)
	}
	if err := r.Degraded(ctx); err != nil {
		t.Fatalf("Degraded before any set = %v: that is not ready, not degraded", err)
	}
	// The provider is back, but the cooldown has not passed: no fetch.
	js.set(jwksOf(t, signers), http.StatusOK)
	if err := r.Ready(ctx); err == nil || js.fetches.Load() != 2 {
		t.Fatalf("Ready within the cooldown = %v after %d fetches", err, js.fetches.Load())
	}
	clock.Add(DefaultRefetchCooldown)
	if err := r.Ready(ctx); err != nil || js.fetches.Load() != 3 {
		t.Fatalf("Ready after the cooldown = %v after %d fetches, want ready after one more", err, js.fetches.Load())
	}
	if err := r.Ready(ctx); err != nil || r.Degraded(ctx) != nil || js.fetches.Load() != 3 {
		t.Fatalf("ready: %v, %v, %d fetches (a ready RemoteJWKS fetches nothing for Ready)", err, r.Degraded(ctx), js.fetches.Load())
	}

	// A canceled ctx does not make Ready wait.
	cold := newJWKSServer(t, nil)
	cold.stall()
	r2, err := NewRemoteJWKS(ctx, RemoteJWKSOptions{URL: cold.url(), AllowInsecureLoopback: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if err := r2.Ready(canceled); err == nil || !strings.Contains(err.Error(), cold.url()) {
		t.Fatalf("Ready while the first fetch hangs = %v", err)
	}
}

// Once it holds a set, a RemoteJWKS stays ready when refreshes fail — it
// verifies with the last good keys, as Keys does — and Degraded says so,
// until a fetch succeeds again.
func TestRemoteJWKSDegradedWhileRefreshesFail(t *testing.T) {
	ctx := context.Background()
	signers := newSigners(t)
	js := newJWKSServer(t, jwksOf(t, signers))
	clock := testcheck.NewClock(time.Now())
	r := js.remote(t, func(o *RemoteJWKSOptions) { o.Now = clock.Now; o.MaxWait = 10 * time.Second })
	a := newAuth(t, r, nil)
	token := sign(t, signers["RS256"], validClaims(), nil)
	if r.Ready(ctx) != nil || r.Degraded(ctx) != nil {
		t.Fatalf("fresh set: %v, %v", r.Ready(ctx), r.Degraded(ctx))
	}
	for i, c := range []struct {
		body   []byte
		status int
		want   string // in Degraded's error; "" for none
	}{
		{[]byte(`{"error":"down"}`), http.StatusServiceUnavailable, "status 503 Service Unavailable"},
		{[]byte(`not a JWK Set`), http.StatusOK, "jwtauth"}, // the parse error
		{jwksOf(t, signers), http.StatusOK, ""},
	} {
		js.set(c.body, c.status)
		clock.Add(time.Minute) // past the cooldown: a token's unknown kid may fetch
		before := js.fetches.Load()
		if _, err := r.Keys(ctx, "rotated-in"); err != nil || js.fetches.Load() != before+1 {
			t.Fatalf("step %d: Keys for an unknown kid: %v after %d fetches", i, err, js.fetches.Load()-before)
		}
		if err := r.Ready(ctx); err != nil {
			t.Fatalf("step %d: Ready = %v with the last good set in use", i, err)
		}
		if _, err := a.Verify(ctx, token); err != nil {
			t.Fatalf("step %d: a token of a key in the last good set: %v", i, err)
		}
		err := r.Degraded(ctx)
		switch {
		case c.want == "" && err != nil:
			t.Fatalf("step %d: Degraded = %v after a good fetch", i, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), js.url())):
			t.Fatalf("step %d: Degraded = %v, want an error naming %s and %q", i, err, js.url(), c.want)
		}
	}
	// The age of the set in use is told on the injected clock.
	js.set(nil, http.StatusBadGateway)
	clock.Add(time.Hour)
	_, _ = r.Keys(ctx, "another")
	clock.Add(2 * time.Minute)
	if err := r.Degraded(ctx); err == nil || !strings.Contains(err.Error(), "fetched from "+js.url()+" 1h2m0s ago") ||
		!strings.Contains(err.Error(), "failed 2m0s ago") {
		t.Fatalf("Degraded = %v", err)
	}

	// Closed: not ready (Keys answers 503), and nothing more to say.
	_ = r.Close()
	if err := r.Ready(ctx); err == nil || !strings.Contains(err.Error(), "closed") || r.Degraded(ctx) != nil {
		t.Fatalf("closed: Ready %v, Degraded %v", err, r.Degraded(ctx))
	}
}

func TestKeySetReady(t *testing.T) {
	ctx := context.Background()
	if err := staticKeys(t).Ready(ctx); err != nil {
		t.Fatalf("a KeySet with a key: %v", err)
	}
	for name, ks := range map[string]*KeySet{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" KeySet.Ready", func() {
			if err := ks.Ready(ctx); !errors.Is(err, ErrNoUsableKeys) {
				t.Errorf("%s KeySet: Ready = %v", name, err)
			}
		})
	}
}

// A Provider is ready when its issuers' keys are: discovered keys only
// once their first set has loaded; each failure names its issuer.
func TestProviderReady(t *testing.T) {
	ctx := context.Background()
	signers := newSigners(t)
	var mu sync.Mutex
	jwksStatus := http.StatusServiceUnavailable
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/.well-known/openid-configuration", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]string{"issuer": srv.URL, "jwks_uri": srv.URL + "/jwks"})
	})
	mux.HandleFunc("/jwks", func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		status := jwksStatus
		mu.Unlock()
		w.WriteHeader(status)
		if status == http.StatusOK {
			_, _ = w.Write(jwksOf(t, signers))
		}
	})
	clock := testcheck.NewClock(time.Now())
	other := staticKeys(t)
	p, err := NewProvider(ctx, Config{Issuer: srv.URL, Now: clock.Now, Issuers: []Issuer{{Issuer: "https://other.example.com", Keys: other}}},
		RemoteJWKSOptions{AllowInsecureLoopback: true, MaxWait: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	err = p.Ready(ctx)
	if err == nil || !strings.Contains(err.Error(), "issuer "+srv.URL+": ") || !strings.Contains(err.Error(), srv.URL+"/jwks") ||
		strings.Contains(err.Error(), "other.example.com") {
		t.Fatalf("Ready before the discovered keys loaded = %v", err)
	}
	mu.Lock()
	jwksStatus = http.StatusOK
	mu.Unlock()
	clock.Add(DefaultRefetchCooldown) // Config.Now is the RemoteJWKS's clock too
	if err := p.Ready(ctx); err != nil || p.Degraded(ctx) != nil {
		t.Fatalf("with keys: Ready %v, Degraded %v", err, p.Degraded(ctx))
	}
	// The discovered keys' refresh fails: degraded, naming the issuer.
	mu.Lock()
	jwksStatus = http.StatusInternalServerError
	mu.Unlock()
	clock.Add(DefaultRefetchCooldown)
	_, _ = p.remote.Keys(ctx, "rotated-in")
	if err := p.Degraded(ctx); err == nil || !strings.Contains(err.Error(), "issuer "+srv.URL+": ") || p.Ready(ctx) != nil {
		t.Fatalf("failed refresh: Degraded %v, Ready %v", err, p.Ready(ctx))
	}

	for name, zero := range map[string]*Provider{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Provider", func() {
			if err := zero.Ready(ctx); !errors.Is(err, errNoProvider) || zero.Degraded(ctx) != nil {
				t.Errorf("%s Provider: Ready %v, Degraded %v", name, err, zero.Degraded(ctx))
			}
		})
	}
}
