package mcpauth_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/ratelimit"
)

func deferBatch(n int) string {
	call := `{"jsonrpc":"2.0","method":"tools/call","params":{"name":"search"}}`
	return "[" + strings.TrimSuffix(strings.Repeat(call+",", n), ",") + "]"
}

// TestDeferredChargeSurvivesANewContext: the deferred decisions of a
// limiter in front of the gate travel with the body they hold back. A layer
// between the limiter and the gate that gives the request a fresh context
// (r.WithContext(context.Background()), a detached trace context) once
// dropped them when they lived in the context: a batch of 20 cost the
// per-IP limit 1.
func TestDeferredChargeSurvivesANewContext(t *testing.T) {
	gate, key := aliceGate(t)
	ip, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerHour(5), Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	detach := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(w, r.WithContext(context.Background()))
		})
	}
	ran := 0
	h := ip.Handler(detach(gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { ran++ }))))
	for i := 0; i < 5; i++ {
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(deferBatch(20)))
		r.Header.Set("X-API-Key", key)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
	}
	if ran > 0 {
		t.Fatalf("a per-IP limit of 5/h let %d batches of 20 tools/call through (%d calls; the limit counted %d)", ran, 20*ran, ran)
	}
}

// TestDeferredChargeHeaders: a request charged in two steps gets one
// RateLimit item per policy, with the remaining quota after the whole
// charge, whether the second step allows or denies it.
func TestDeferredChargeHeaders(t *testing.T) {
	gate, key := aliceGate(t)
	ip, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerHour(10), Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	h := ip.Handler(gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})))
	post := func(n int) *httptest.ResponseRecorder {
		r := httptest.NewRequest("POST", "/mcp", strings.NewReader(deferBatch(n)))
		r.Header.Set("X-API-Key", key)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		t.Logf("batch of %d: %d RateLimit-Policy=%q RateLimit=%q", n, w.Code, w.Header().Values("RateLimit-Policy"), w.Header().Values("RateLimit"))
		return w
	}
	var fails []string
	if w := post(6); w.Code != 200 {
		t.Fatalf("status %d", w.Code)
	} else if got := w.Header().Get("RateLimit"); !strings.Contains(got, "r=4;") {
		fails = append(fails, "after a batch of 6 of 10/h, RateLimit = "+got+", want r=4")
	}
	if w := post(6); w.Code != 429 {
		t.Fatalf("status %d", w.Code)
	} else {
		if got := w.Header().Get("RateLimit-Policy"); strings.Count(got, `"ip"`) != 1 {
			fails = append(fails, "429 at the parse: RateLimit-Policy = "+got+" lists the policy more than once")
		}
		if got := w.Header().Get("RateLimit"); strings.Count(got, `"ip"`) != 1 {
			fails = append(fails, "429 at the parse: RateLimit = "+got+" lists the policy more than once")
		}
	}
	for _, f := range fails {
		t.Error(f)
	}
}

// failSecond allows the first call and fails every later one.
type failSecond struct {
	ratelimit.Limiter
	n int
}

func (f *failSecond) Allow(ctx context.Context, key string, l ratelimit.Limit, cost int) (ratelimit.Result, error) {
	f.n++
	if f.n > 1 {
		return ratelimit.Result{}, context.DeadlineExceeded
	}
	return f.Limiter.Allow(ctx, key, l, cost)
}

// TestDeferredChargeLimiterFailure: the limiter fails when the deferred charge
// is taken: 503 once, handler not reached, no panic.
func TestDeferredChargeLimiterFailure(t *testing.T) {
	gate, key := aliceGate(t)
	lim := &failSecond{Limiter: ratelimit.NewMemory(ratelimit.MemoryOptions{})}
	ip, err := ratelimit.New(lim, ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerHour(100), Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	h := ip.Handler(gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { ran++ })))
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(deferBatch(3)))
	r.Header.Set("X-API-Key", key)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	t.Logf("%d %q %s", w.Code, w.Header(), w.Body)
	if w.Code != 503 || ran != 0 {
		t.Fatalf("status %d, handler ran %d", w.Code, ran)
	}
}

// TestDeferredChargeExpectContinue: a client that waits for 100 Continue gets it
// once authenticated (the gate's parse reads the body), and gets 401 without
// sending its body when it has no credential.
func TestDeferredChargeExpectContinue(t *testing.T) {
	gate, key := aliceGate(t)
	ip, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerHour(100), Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	var got string
	srv := httptest.NewServer(ip.Handler(gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := new(strings.Builder)
		_, _ = io.Copy(b, r.Body)
		got = b.String()
	}))))
	defer srv.Close()
	tr := &http.Transport{ExpectContinueTimeout: 10 * time.Second}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr}
	for _, withKey := range []bool{true, false} {
		req, _ := http.NewRequest("POST", srv.URL, strings.NewReader(deferBatch(2)))
		req.Header.Set("Expect", "100-continue")
		if withKey {
			req.Header.Set("X-API-Key", key)
		}
		start := time.Now()
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if time.Since(start) > 5*time.Second {
			t.Fatalf("waited %v", time.Since(start))
		}
		if withKey && (resp.StatusCode != 200 || got != deferBatch(2)) {
			t.Fatalf("with key: %d, body %q", resp.StatusCode, got)
		}
		if !withKey && resp.StatusCode != 401 {
			t.Fatalf("without key: %d", resp.StatusCode)
		}
	}
}
