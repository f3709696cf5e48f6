package mcpauth_test

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// exampleChain is examples/server/app.go's order: per-IP limit → gate →
// per-caller limit → handler.
func exampleChain(t *testing.T, next http.Handler) http.Handler {
	t.Helper()
	keys, err := apikey.New(apikey.Config{Store: apikey.NewMemoryStore()})
	if err != nil {
		t.Fatal(err)
	}
	gate, err := mcpauth.New(mcpauth.Options{Logger: testlog.New(t), Authenticators: []mcpauth.Authenticator{keys}})
	if err != nil {
		t.Fatal(err)
	}
	lim := ratelimit.NewMemory(ratelimit.MemoryOptions{})
	ip, err := ratelimit.New(lim, ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerMinute(300), Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	caller, err := ratelimit.New(lim, ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "caller", Limit: ratelimit.PerMinute(60), Key: ratelimit.ByPrincipal()}}})
	if err != nil {
		t.Fatal(err)
	}
	return ip.Handler(gate.Handler(caller.Handler(next)))
}

// TestUnauthenticatedBodyIsNotAwaited: a client with no credential
// announces a body and never sends it. The per-IP limiter in front of the
// gate must not wait for it (nor allocate for it): the gate answers 401 at
// once.
func TestUnauthenticatedBodyIsNotAwaited(t *testing.T) {
	h := exampleChain(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("handler reached without a credential")
	}))
	pr, pw := io.Pipe()
	defer pw.Close()
	r := httptest.NewRequest("POST", "/mcp", pr)
	r.ContentLength = 64 << 10
	r.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	done := make(chan struct{})
	go func() { h.ServeHTTP(w, r); close(done) }()
	select {
	case <-done:
		if w.Code != http.StatusUnauthorized {
			t.Fatalf("status %d, want 401", w.Code)
		}
	case <-time.After(2 * time.Second):
		pw.CloseWithError(io.ErrUnexpectedEOF) // release the handler
		<-done
		t.Fatalf("an unauthenticated request was held open waiting for its body (answered %d only once the body failed)", w.Code)
	}
}

// TestUnauthenticatedBodyIsNotRead: nothing in front of authentication
// reads an unauthenticated body, however large.
func TestUnauthenticatedBodyIsNotRead(t *testing.T) {
	h := exampleChain(t, http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	body := `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"x":"` + strings.Repeat("a", 4<<20-100) + `"}}`
	cr := &countingReader{r: strings.NewReader(body)}
	r := httptest.NewRequest("POST", "/mcp", cr)
	r.ContentLength = -1
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusUnauthorized {
		t.Fatalf("status %d", w.Code)
	}
	if cr.n > 64<<10 {
		t.Fatalf("read %d bytes of an unauthenticated body before answering 401", cr.n)
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// TestLimiterInFrontOfGateCountsEveryOperation: a limiter in front of the
// gate charges 1 at once, without the body, and a batch's other calls once
// the gate has authenticated and parsed it; an IP over its limit gets 429
// before its body is read.
func TestLimiterInFrontOfGateCountsEveryOperation(t *testing.T) {
	gate, key := aliceGate(t)
	ip, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerHour(5), Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	h := ip.Handler(gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { ran++ })))
	call := `{"jsonrpc":"2.0","method":"tools/call","params":{"name":"search"}}`
	batch := func(n int) string { return "[" + strings.TrimSuffix(strings.Repeat(call+",", n), ",") + "]" }
	post := func(body string, withKey bool) (*httptest.ResponseRecorder, *countingReader) {
		cr := &countingReader{r: strings.NewReader(body)}
		r := httptest.NewRequest("POST", "/mcp", cr)
		if withKey {
			r.Header.Set("X-API-Key", key)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w, cr
	}
	if w, _ := post(batch(4), true); w.Code != 200 || ran != 1 {
		t.Fatalf("a batch of 4 within 5/h: %d", w.Code)
	}
	// 1 left: the next batch of 4 passes the first charge and is refused
	// once its size is known, before the handler.
	if w, _ := post(batch(4), true); w.Code != 429 || ran != 1 {
		t.Fatalf("a batch of 4 with 1 left: %d, handler ran %d times", w.Code, ran)
	}
	// The IP's quota is spent now: refused unread, credential or not.
	for _, withKey := range []bool{false, true} {
		w, cr := post(batch(1), withKey)
		if w.Code != 429 || cr.n != 0 {
			t.Fatalf("over the limit (key %v): %d, %d body bytes read", withKey, w.Code, cr.n)
		}
	}
}

// TestDeferredBodyNeedsAParse: with no gate behind a limiter that deferred
// its decision, the body cannot be read at all, so a missing parse shows at
// once rather than letting a batch pass as one request.
func TestDeferredBodyNeedsAParse(t *testing.T) {
	ip, err := ratelimit.New(ratelimit.NewMemory(ratelimit.MemoryOptions{}), ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerHour(5), Key: ratelimit.ByClientIP(nil)}}})
	if err != nil {
		t.Fatal(err)
	}
	var readErr error
	h := ip.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, readErr = io.ReadAll(r.Body) }))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody)))
	if !errors.Is(readErr, operation.ErrNotParsed) {
		t.Fatalf("reading a deferred body without a parse: %v", readErr)
	}
	// With operation.Parser.Handler in front, the limiter counts on the
	// parse and the body reads as sent.
	var p operation.Parser
	h = p.Handler(ip.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b []byte
		b, readErr = io.ReadAll(r.Body)
		if string(b) != pingBody {
			readErr = errors.New("body changed")
		}
	})))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody)))
	if readErr != nil {
		t.Fatal(readErr)
	}
}
