package mcpauth_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// Finding: Readiness's redaction promises "any password=, token= or
// secret= value replaced", but its pattern anchors the name at a word
// boundary (\b), and '_' is a word character: access_token=, id_token=,
// client_secret=, sslpassword= (libpq), PGPASSWORD=, db_password= pass
// through untouched, into the /ready body and the Warn log line. A URL
// password holding an '@' (valid for Go's url.Parse, which splits at the
// last '@') is redacted only up to its first '@'.
func TestReview12ReadinessRedactsUnderscoredSecrets(t *testing.T) {
	reasons := map[string]string{
		"jwks":  "fetching https://idp.example/jwks?access_token=s3cret-at1: status 500",
		"intro": "introspection https://idp.example/introspect?client_id=mcp&client_secret=s3cret-cs2: refused",
		"pg":    "connect host=db user=app sslpassword=s3cret-ssl3 dbname=keys: refused",
		"env":   "PGPASSWORD=s3cret-env4 not accepted",
		"at":    "dial postgres://app:s3cret@pw5@db.internal:5432/keys: connection refused",
	}
	var checks []mcpauth.Check
	for name, reason := range reasons {
		err := errors.New(reason)
		checks = append(checks, mcpauth.Check{Name: name, Checker: mcpauth.CheckerFunc(func(context.Context) error { return err })})
	}
	var logBuf bytes.Buffer
	h, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: checks, Logger: slog.New(testlog.Wrap(t, slog.NewTextHandler(&logBuf, nil)))})
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/ready", nil))
	for _, secret := range []string{"s3cret-at1", "s3cret-cs2", "s3cret-ssl3", "s3cret-env4", "pw5"} {
		if strings.Contains(w.Body.String(), secret) {
			t.Errorf("/ready answers the secret %q", secret)
		}
		if strings.Contains(logBuf.String(), secret) {
			t.Errorf("the readiness log holds the secret %q", secret)
		}
	}
	if t.Failed() {
		t.Logf("body: %s", w.Body)
	}
}

// Finding: every GET /ready asks every dependency afresh, with nothing
// shared between concurrent probes: N requests are N key-store queries,
// N Redis PINGs. The example server mounts /ready on its public mux
// (examples/server/app.go: mux.Handle("/ready", ready)), outside the
// per-IP limit, so anyone can turn it into a load amplifier on the
// database pool the API-key lookups need. Concurrent probes should share
// one run (single flight), and a report may be reused for a short while.
func TestReview12ReadinessCoalescesConcurrentProbes(t *testing.T) {
	var calls atomic.Int64
	slow := mcpauth.CheckerFunc(func(ctx context.Context) error {
		calls.Add(1)
		select {
		case <-time.After(50 * time.Millisecond): // one database round trip
		case <-ctx.Done():
		}
		return nil
	})
	h, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: []mcpauth.Check{{Name: "keys", Checker: slow}}})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Go(func() {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/ready", nil))
		})
	}
	wg.Wait()
	if n := calls.Load(); n > 5 {
		t.Errorf("100 concurrent GET /ready asked the key store %d times", n)
	}
}

// Finding: a probe whose client goes away before the checks answer is
// recorded as a failure of every check still running ("the request ended
// before the check answered"), and logChanges compares it with the
// previous run: the log says "readiness check failed" at Warn, then "ok
// again" at the next probe. Anyone who can reach /ready (the example
// server serves it on its public mux) makes the log cry wolf at will —
// two lines per aborted request — about a dependency that is fine. A run
// cut short by its caller says nothing about the dependency and should
// neither be logged nor change the remembered status.
func TestReview12AbortedProbeIsNotAFailure(t *testing.T) {
	slow := mcpauth.CheckerFunc(func(ctx context.Context) error {
		select {
		case <-time.After(100 * time.Millisecond):
		case <-ctx.Done():
			return ctx.Err()
		}
		return nil
	})
	var logBuf bytes.Buffer
	h, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: []mcpauth.Check{{Name: "keys", Checker: slow}},
		Logger: slog.New(testlog.Wrap(t, slog.NewTextHandler(&logBuf, nil)))})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/ready", nil).WithContext(ctx))
		cancel()
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/ready", nil))
	}
	if n := strings.Count(logBuf.String(), "readiness check failed"); n > 0 {
		t.Errorf("a healthy dependency was logged as failed %d times, by probes whose client left:\n%s", n, logBuf.String())
	}
}
