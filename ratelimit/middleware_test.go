package ratelimit

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
)

var alice = &mcpctx.Principal{Subject: "alice", Method: mcpctx.MethodAPIKey}
var bob = &mcpctx.Principal{Subject: "bob", Method: mcpctx.MethodAPIKey}

type harness struct {
	h       http.Handler
	reached int
	body    []byte // what the handler read
}

func newHarness(t *testing.T, l Limiter, opts Options) *harness {
	t.Helper()
	if opts.Logger == nil {
		opts.Logger = testlog.New(t) // denials and failures scanned for credentials
	}
	m, err := New(l, opts)
	if err != nil {
		t.Fatal(err)
	}
	hs := &harness{}
	hs.h = m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hs.reached++
		hs.body, _ = io.ReadAll(r.Body)
		w.WriteHeader(http.StatusOK)
	}))
	return hs
}

func rpc(method string, id any, params map[string]any) string {
	m := map[string]any{"jsonrpc": "2.0", "method": method}
	if id != nil {
		m["id"] = id
	}
	if params != nil {
		m["params"] = params
	}
	b, _ := json.Marshal(m)
	return string(b)
}

func (hs *harness) do(p *mcpctx.Principal, body string, hdr ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(body))
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	if p != nil {
		r = r.WithContext(mcpctx.WithPrincipal(r.Context(), p))
	}
	w := httptest.NewRecorder()
	hs.h.ServeHTTP(w, r)
	return w
}

type rpcError struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   struct {
		Code    int            `json:"code"`
		Message string         `json:"message"`
		Data    map[string]any `json:"data"`
	} `json:"error"`
}

func decodeErr(t *testing.T, w *httptest.ResponseRecorder) rpcError {
	t.Helper()
	var e rpcError
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.JSONRPC != "2.0" || e.Error.Message == "" {
		t.Fatalf("body %q is not a JSON-RPC error: %v", w.Body, err)
	}
	return e
}

func TestHeadersAnd429(t *testing.T) {
	hs := newHarness(t, NewMemory(MemoryOptions{}), Options{
		Policies:      []Policy{{Name: "caller", Limit: Limit{Rate: 2, Period: time.Minute}}},
		LegacyHeaders: true,
	})
	w := hs.do(alice, rpc("tools/list", 1, nil))
	if w.Code != 200 || w.Header().Get("RateLimit-Policy") != `"caller";q=2;w=60` || w.Header().Get("RateLimit") != `"caller";r=1;t=30` {
		t.Fatalf("first: %d %v", w.Code, w.Header())
	}
	if w.Header().Get("X-RateLimit-Limit") != "2" || w.Header().Get("X-RateLimit-Remaining") != "1" || w.Header().Get("X-RateLimit-Reset") != "30" {
		t.Fatalf("legacy headers: %v", w.Header())
	}
	hs.do(alice, rpc("tools/list", 2, nil))
	w = hs.do(alice, rpc("tools/call", "req-7", map[string]any{"name": "x"}))
	if w.Code != http.StatusTooManyRequests || hs.reached != 2 {
		t.Fatalf("third: %d, handler reached %d times", w.Code, hs.reached)
	}
	if w.Header().Get("Retry-After") != "30" || w.Header().Get("RateLimit") != `"caller";r=0;t=30` {
		t.Fatalf("429 headers: %v", w.Header())
	}
	e := decodeErr(t, w)
	if string(e.ID) != `"req-7"` || e.Error.Data["policy"] != "caller" {
		t.Fatalf("429 body %s", w.Body)
	}
	// Bob has his own quota.
	if w := hs.do(bob, rpc("tools/list", 1, nil)); w.Code != 200 {
		t.Fatalf("bob: %d", w.Code)
	}
}

func TestPerToolPolicy(t *testing.T) {
	hs := newHarness(t, NewMemory(MemoryOptions{}), Options{Policies: []Policy{
		{Name: "caller", Limit: PerMinute(100)},
		{Name: "search", Limit: PerMinute(2), Tools: []string{"search"}},
		{Name: "reads", Limit: PerMinute(1), Methods: []string{"resources/read"}},
	}})
	search := rpc("tools/call", 5, map[string]any{"name": "search", "arguments": map[string]any{"q": "x"}})
	for i := range 2 {
		if w := hs.do(alice, search); w.Code != 200 {
			t.Fatalf("search %d: %d", i, w.Code)
		}
	}
	w := hs.do(alice, search)
	if w.Code != 429 || decodeErr(t, w).Error.Data["policy"] != "search" || string(decodeErr(t, w).ID) != "5" {
		t.Fatalf("third search: %d %s", w.Code, w.Body)
	}
	if !strings.Contains(w.Header().Get("RateLimit"), `"search";r=0`) {
		t.Fatalf("RateLimit %q", w.Header().Get("RateLimit"))
	}
	for _, body := range []string{rpc("tools/call", 6, map[string]any{"name": "echo"}), rpc("tools/list", 7, nil)} {
		if w := hs.do(alice, body); w.Code != 200 {
			t.Fatalf("%s: %d", body, w.Code)
		}
	}
	if w := hs.do(alice, rpc("resources/read", 8, map[string]any{"uri": "x"})); w.Code != 200 {
		t.Fatal(w.Code)
	}
	if w := hs.do(alice, rpc("resources/read", 9, map[string]any{"uri": "x"})); w.Code != 429 {
		t.Fatalf("second resources/read: %d", w.Code)
	}
	// The 2026-07-28 headers name the call without a body peek.
	if w := hs.do(bob, `{"jsonrpc":"2.0","id":11,"method":"tools/call","params":{"name":"search"}}`, "Mcp-Method", "tools/call", "Mcp-Name", "search"); w.Code != 200 {
		t.Fatal(w.Code)
	}
	hs.do(bob, `{"jsonrpc":"2.0","id":12,"method":"tools/call","params":{"name":"search"}}`, "Mcp-Method", "tools/call", "Mcp-Name", "search")
	w = hs.do(bob, `{"jsonrpc":"2.0","id":13,"method":"tools/call","params":{"name":"search"}}`, "Mcp-Method", "tools/call", "Mcp-Name", "search")
	if w.Code != 429 || string(decodeErr(t, w).ID) != "13" {
		t.Fatalf("header-named call over the limit: %d %s", w.Code, w.Body)
	}
}

func TestWholeBodyIsRead(t *testing.T) {
	hs := newHarness(t, NewMemory(MemoryOptions{}), Options{
		Policies: []Policy{{Name: "search", Limit: PerMinute(1), Tools: []string{"search"}}},
	})
	// The whole body is parsed, whatever comes first: a tool named after
	// megabytes of arguments is the same tool.
	late := `{"jsonrpc":"2.0","id":2,"params":{"arguments":{"blob":"` + strings.Repeat("y", 1<<20) + `"},"name":"search"},"method":"tools/call"}`
	cases := []struct {
		name, body string
		code       int
	}{
		{"tool named late", late, 200},
		{"the same tool again", rpc("tools/call", 3, map[string]any{"name": "search"}), 429},
		{"malformed", `{"jsonrpc":"2.0","id":3,"method":`, 400},
		{"not json", `hello`, 400},
		{"other tool", rpc("tools/call", 4, map[string]any{"name": "echo"}), 200},
		{"array params", `{"jsonrpc":"2.0","id":5,"method":"ping","params":[1,[2,{"name":"search"}]]}`, 400},
		{"empty", ``, 400},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hs.reached = 0
			w := hs.do(alice, c.body)
			if w.Code != c.code {
				t.Fatalf("status %d, want %d: %s", w.Code, c.code, w.Body)
			}
			if c.code == 200 && !bytes.Equal(hs.body, []byte(c.body)) {
				t.Fatalf("the handler read %d bytes, the client sent %d: body not restored intact", len(hs.body), len(c.body))
			}
			if c.code != 200 && hs.reached != 0 {
				t.Fatal("a refused request reached the handler")
			}
		})
	}
}

func TestBatches(t *testing.T) {
	hs := newHarness(t, NewMemory(MemoryOptions{}), Options{Policies: []Policy{
		{Name: "search", Limit: PerMinute(3), Tools: []string{"search"}},
	}})
	call := func(id int, tool string) string { return rpc("tools/call", id, map[string]any{"name": tool}) }
	batch := "[" + call(1, "search") + "," + call(2, "search") + "," + call(3, "echo") + "]"
	w := hs.do(alice, batch)
	if w.Code != 200 || w.Header().Get("RateLimit") != `"search";r=1;t=40` {
		t.Fatalf("batch of two searches: %d %q", w.Code, w.Header().Get("RateLimit"))
	}
	w = hs.do(alice, batch)
	if w.Code != 429 || string(decodeErr(t, w).ID) != "null" {
		t.Fatalf("second batch: %d %s", w.Code, w.Body)
	}
	big := "[" + strings.Repeat(call(9, "search")+",", 9) + call(9, "search") + "]"
	if w := hs.do(bob, big); w.Code != 429 {
		t.Fatalf("a batch over the whole burst: %d", w.Code)
	}
}

func TestPrincipalLimit(t *testing.T) {
	hs := newHarness(t, NewMemory(MemoryOptions{}), Options{Policies: []Policy{
		{Name: "caller", Limit: PerMinute(100), UsePrincipalLimit: true},
	}})
	slow := &mcpctx.Principal{Subject: "slow", Method: mcpctx.MethodAPIKey, RateLimit: "1/m"}
	bad := &mcpctx.Principal{Subject: "bad", Method: mcpctx.MethodAPIKey, RateLimit: "lots"}
	// Metadata that looks like a limit is only metadata.
	sly := &mcpctx.Principal{Subject: "sly", Method: mcpctx.MethodAPIKey, Claims: map[string]any{"rate_limit": "1/m"}}
	w := hs.do(slow, rpc("ping", 1, nil))
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("RateLimit-Policy"), `"caller";q=1;w=60`) {
		t.Fatalf("override: %d %q", w.Code, w.Header().Get("RateLimit-Policy"))
	}
	if w := hs.do(slow, rpc("ping", 2, nil)); w.Code != 429 {
		t.Fatalf("second request under a 1/m override: %d", w.Code)
	}
	for i := range 3 {
		if w := hs.do(bad, rpc("ping", i, nil)); w.Code != 200 {
			t.Fatalf("an unreadable override must fall back to the policy: %d", w.Code)
		}
		if w := hs.do(sly, rpc("ping", i, nil)); w.Code != 200 || w.Header().Get("RateLimit-Policy") != `"caller";q=100;w=60` {
			t.Fatalf("a metadata claim changed the limit: %d %q", w.Code, w.Header().Get("RateLimit-Policy"))
		}
	}
}

func TestLimitClaimOnlyFromNamedIssuers(t *testing.T) {
	const idp = "https://idp.example.com"
	if _, err := New(NewMemory(MemoryOptions{}), Options{Policies: []Policy{
		{Name: "caller", Limit: PerMinute(2), LimitClaim: "rate_limit"},
	}}); err == nil {
		t.Fatal("LimitClaim without LimitClaimIssuers accepted")
	}
	hs := newHarness(t, NewMemory(MemoryOptions{}), Options{Policies: []Policy{
		{Name: "caller", Limit: PerMinute(2), LimitClaim: "rate_limit", LimitClaimIssuers: []string{idp}},
	}})
	claims := map[string]any{"rate_limit": "1000/m"}
	trusted := &mcpctx.Principal{Subject: "t", Issuer: idp, Method: mcpctx.MethodJWT, Claims: claims}
	other := &mcpctx.Principal{Subject: "o", Issuer: "https://other.example.com", Method: mcpctx.MethodJWT, Claims: claims}
	key := &mcpctx.Principal{Subject: "k", Issuer: idp, Method: mcpctx.MethodAPIKey, Claims: claims}
	for i := range 5 {
		if w := hs.do(trusted, rpc("ping", i, nil)); w.Code != 200 {
			t.Fatalf("trusted issuer's claim ignored: request %d got %d", i, w.Code)
		}
	}
	for _, p := range []*mcpctx.Principal{other, key} {
		for i := range 3 {
			w := hs.do(p, rpc("ping", i, nil))
			if want := map[bool]int{true: 200, false: 429}[i < 2]; w.Code != want {
				t.Fatalf("%s request %d: %d, want %d (claim must not raise the limit)", p.Subject, i, w.Code, want)
			}
		}
	}
}

func TestOverrideCacheIsBounded(t *testing.T) {
	m, err := New(NewMemory(MemoryOptions{}), Options{Policies: []Policy{{Name: "caller", Limit: PerMinute(10), UsePrincipalLimit: true}}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 10 * overrideCacheSize {
		p := &mcpctx.Principal{Subject: "s", RateLimit: fmt.Sprintf("%d/m", i+1)}
		if got, _ := m.limitFor(&m.policies[0], p); got.Rate != i+1 {
			t.Fatalf("override %d: %+v", i, got)
		}
	}
	if n := m.overrides.Len(); n > overrideCacheSize {
		t.Fatalf("%d parsed overrides kept, bound %d", n, overrideCacheSize)
	}
}

func TestClientIP(t *testing.T) {
	trusted := &ClientIP{TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}}
	for _, c := range []struct {
		ip     *ClientIP
		remote string
		xff    []string
		want   string
	}{
		{nil, "203.0.113.7:5000", []string{"1.2.3.4"}, "203.0.113.7"},     // XFF ignored by default
		{trusted, "203.0.113.7:5000", []string{"1.2.3.4"}, "203.0.113.7"}, // untrusted peer: XFF ignored
		{trusted, "10.1.2.3:5000", []string{"1.2.3.4, 198.51.100.9"}, "198.51.100.9"},
		{trusted, "10.1.2.3:5000", []string{"1.2.3.4", "198.51.100.9, 10.9.9.9"}, "198.51.100.9"},
		{trusted, "10.1.2.3:5000", []string{"10.2.2.2"}, "10.2.2.2"}, // only proxies: the last one
		{trusted, "10.1.2.3:5000", []string{"garbage, 198.51.100.9"}, "198.51.100.9"},
		{trusted, "10.1.2.3:5000", []string{"198.51.100.9, garbage"}, "10.1.2.3"}, // garbled next to us: do not guess
		{nil, "[2001:db8::1]:443", nil, "2001:db8::1"},
		{nil, "[::ffff:192.0.2.1]:443", nil, "192.0.2.1"},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = c.remote
		for _, v := range c.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		if got := c.ip.Addr(r); got.String() != c.want {
			t.Errorf("%s %v: %v, want %s", c.remote, c.xff, got, c.want)
		}
	}
}

func TestAnonymousByIP(t *testing.T) {
	hs := newHarness(t, NewMemory(MemoryOptions{}), Options{Policies: []Policy{{Name: "anon", Limit: PerMinute(1)}}})
	if w := hs.do(nil, rpc("ping", 1, nil)); w.Code != 200 {
		t.Fatal(w.Code)
	}
	if w := hs.do(nil, rpc("ping", 2, nil)); w.Code != 429 {
		t.Fatalf("second anonymous request from one address: %d", w.Code)
	}
	if w := hs.do(alice, rpc("ping", 3, nil)); w.Code != 200 {
		t.Fatal("a principal is not counted under its IP")
	}
}

// closedLimiter fails every call, as a fail-closed Redis limiter with Redis
// down does (redislimit.ErrUnavailable).
type closedLimiter struct{}

var errClosed = errors.New("limiter unavailable")

func (closedLimiter) Allow(context.Context, string, Limit, int) (Result, error) {
	return Result{}, errClosed
}

func TestFailClosedIs503(t *testing.T) {
	hs := newHarness(t, closedLimiter{}, Options{Policies: []Policy{{Name: "caller", Limit: PerMinute(5)}}})
	w := hs.do(alice, rpc("ping", 1, nil))
	if w.Code != 503 || w.Header().Get("Retry-After") == "" || hs.reached != 0 {
		t.Fatalf("%d %v, reached %d", w.Code, w.Header(), hs.reached)
	}
	decodeErr(t, w)
}

// flushRecorder is a ResponseWriter that the middleware must pass on as is.
type flushRecorder struct {
	*httptest.ResponseRecorder
	flushed bool
}

func (f *flushRecorder) Flush() { f.flushed = true }

func TestResponseWriterPassedUntouched(t *testing.T) {
	m, _ := New(NewMemory(MemoryOptions{}), Options{Policies: []Policy{{Name: "caller", Limit: PerMinute(5)}}})
	orig := &flushRecorder{ResponseRecorder: httptest.NewRecorder()}
	var same bool
	h := m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		same = w == http.ResponseWriter(orig)
		_ = http.NewResponseController(w).Flush()
	}))
	h.ServeHTTP(orig, httptest.NewRequest("GET", "/mcp", nil))
	if !same || !orig.flushed {
		t.Fatal("the middleware wrapped the ResponseWriter or broke Flush")
	}
}

func TestNewValidatesPolicies(t *testing.T) {
	l := NewMemory(MemoryOptions{})
	for name, ps := range map[string][]Policy{
		"none":       nil,
		"no name":    {{Limit: PerMinute(1)}},
		"bad name":   {{Name: "a b", Limit: PerMinute(1)}},
		"duplicate":  {{Name: "a", Limit: PerMinute(1)}, {Name: "a", Limit: PerMinute(2)}},
		"bad limit":  {{Name: "a"}},
		"cost>burst": {{Name: "a", Limit: PerMinute(2), Cost: 3}},
	} {
		if _, err := New(l, Options{Policies: ps}); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := New(nil, Options{Policies: []Policy{{Name: "a", Limit: PerMinute(1)}}}); err == nil {
		t.Error("nil limiter accepted")
	}
}

// Two limiter layers (per IP, then per caller) both show in the headers.
func TestLayersMergeHeaders(t *testing.T) {
	l := NewMemory(MemoryOptions{})
	outer, _ := New(l, Options{Policies: []Policy{{Name: "ip", Limit: PerMinute(300), Key: ByClientIP(nil)}}})
	inner, _ := New(l, Options{Policies: []Policy{{Name: "caller", Limit: PerMinute(60), Key: ByPrincipal()}}})
	h := outer.Handler(inner.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})))
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(rpc("ping", 1, nil)))
	r = r.WithContext(mcpctx.WithPrincipal(r.Context(), alice))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if got := w.Header().Get("RateLimit-Policy"); got != `"ip";q=300;w=60, "caller";q=60;w=60` {
		t.Fatalf("RateLimit-Policy %q", got)
	}
	if got := w.Header().Get("RateLimit"); got != `"ip";r=299;t=1, "caller";r=59;t=1` {
		t.Fatalf("RateLimit %q", got)
	}
}

func TestKeysByCaller(t *testing.T) {
	ip := ByClientIP(&ClientIP{})
	for _, c := range []struct {
		pol  Policy
		want bool
	}{
		{Policy{Name: "a", Limit: PerMinute(1)}, true}, // the default key
		{Policy{Name: "a", Limit: PerMinute(1), Key: ByPrincipal()}, true},
		{Policy{Name: "a", Limit: PerMinute(1), Key: ByPrincipalOrIP(&ClientIP{})}, true},
		{Policy{Name: "a", Limit: PerMinute(1), Key: ip}, false},
		{Policy{Name: "a", Limit: PerMinute(1), Key: ip, UsePrincipalLimit: true}, true},
		{Policy{Name: "a", Limit: PerMinute(1), Key: func(r *http.Request, _ *mcpctx.Principal) (string, bool) { return r.Header.Get("X-Tenant"), true }}, false},
		{Policy{Name: "a", Limit: PerMinute(1), Key: func(_ *http.Request, p *mcpctx.Principal) (string, bool) { return p.Subject, true }}, true}, // custom, by caller
	} {
		m, err := New(NewMemory(MemoryOptions{}), Options{Policies: []Policy{c.pol}})
		if err != nil {
			t.Fatal(err)
		}
		if got := m.KeysByCaller(); got != c.want {
			t.Errorf("%+v: KeysByCaller %v, want %v", c.pol, got, c.want)
		}
	}
}
