package ratelimit

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/internal/testcheck"
)

type refusal struct {
	name string
	call func() error
	want string
}

func TestNewRefusesBadInput(t *testing.T) {
	var nilMemory *Memory
	pol := Policy{Name: "p", Limit: PerMinute(10)}
	with := func(limiter Limiter, mod func(*Options)) func() error {
		return func() error {
			opts := Options{Policies: []Policy{pol}}
			mod(&opts)
			m, err := New(limiter, opts)
			if err == nil && m == nil {
				t.Errorf("New returned neither a middleware nor an error")
			}
			return err
		}
	}
	none := func(*Options) {}
	withPolicy := func(mod func(*Policy)) func(*Options) {
		return func(o *Options) {
			p := pol
			mod(&p)
			o.Policies = []Policy{p}
		}
	}
	mem := NewMemory(MemoryOptions{})
	testcheck.Refusals(t, []testcheck.Refusal{
		{"nil limiter", with(nil, none), "limiter is nil"},
		{"nil *Memory", with(nilMemory, none), "limiter is nil"},
		{"no policies", with(mem, func(o *Options) { o.Policies = nil }), "Options.Policies is empty"},
		{"unnamed policy", with(mem, func(o *Options) { o.Policies = []Policy{pol, {Limit: PerMinute(1)}} }), "Options.Policies[1].Name is empty"},
		{"bad name", with(mem, withPolicy(func(p *Policy) { p.Name = "a b" })), `policy name "a b"`},
		{"duplicate name", with(mem, func(o *Options) { o.Policies = []Policy{pol, pol} }), `policy "p" appears twice`},
		{"zero Limit", with(mem, withPolicy(func(p *Policy) { p.Limit = Limit{} })), "Limit"},
		{"negative Burst", with(mem, withPolicy(func(p *Policy) { p.Limit.Burst = -1 })), "burst"},
		{"negative Cost", with(mem, withPolicy(func(p *Policy) { p.Cost = -1 })), "Cost is negative"},
		{"Cost above burst", with(mem, withPolicy(func(p *Policy) { p.Cost = 11 })), "cost exceeds"},
		{"empty Methods entry", with(mem, withPolicy(func(p *Policy) { p.Methods = []string{"tools/call", ""} })), "Methods[1] is empty"},
		{"empty Tools entry", with(mem, withPolicy(func(p *Policy) { p.Tools = []string{""} })), "Tools[0] is empty"},
		{"LimitClaim without issuers", with(mem, withPolicy(func(p *Policy) { p.LimitClaim = "rl" })), "LimitClaimIssuers"},
		{"issuers without LimitClaim", with(mem, withPolicy(func(p *Policy) { p.LimitClaimIssuers = []string{"x"} })), "without LimitClaim"},
		{"empty LimitClaimIssuers entry", with(mem, withPolicy(func(p *Policy) {
			p.LimitClaim, p.LimitClaimIssuers = "rl", []string{""}
		})), "empty issuer in LimitClaimIssuers"},
		{"zero Logger", with(mem, func(o *Options) { o.Logger = &slog.Logger{} }), "Options.Logger has no handler"},
	})
	// The zero Memory is a working limiter, and so accepted.
	if _, err := New(&Memory{}, Options{Policies: []Policy{pol}}); err != nil {
		t.Errorf("New(&Memory{}): %v", err)
	}
}

// TestParseLimitAndNewMemoryRefuse: ParseLimit and NewMemory refuse bad
// input. (redislimit.New's refusals are tested in package redislimit.)
func TestParseLimitAndNewMemoryRefuse(t *testing.T) {
	testcheck.Refusals(t, []testcheck.Refusal{
		{"ParseLimit empty", func() error { _, err := ParseLimit(""); return err }, "want N/unit"},
		{"ParseLimit zero rate", func() error { _, err := ParseLimit("0/m"); return err }, "rate must be positive"},
	})
	testcheck.PanicsWith(t, "NewMemory negative MaxKeys", "MemoryOptions.MaxKeys is negative", func() { NewMemory(MemoryOptions{MaxKeys: -1}) })
}

func TestHandlerPanicsAtConstructionOnNilNext(t *testing.T) {
	m, err := New(NewMemory(MemoryOptions{}), Options{Policies: []Policy{{Name: "p", Limit: PerMinute(1)}}})
	if err != nil {
		t.Fatal(err)
	}
	testcheck.PanicsWith(t, "Handler(nil)", "Middleware.Handler: next is nil", func() { m.Handler(nil) })
	testcheck.PanicsWith(t, "zero Middleware Handler(nil)", "Middleware.Handler: next is nil", func() { (&Middleware{}).Handler(nil) })
}

// TestZeroValuesDoNotPanic: the zero Memory limits like NewMemory's; the
// zero (or nil) Middleware refuses, never panics, never passes. (Package
// redislimit checks its Limiter's.)
func TestZeroValuesDoNotPanic(t *testing.T) {
	ctx := context.Background()
	testcheck.NoPanic(t, "zero Memory", func() {
		var m Memory
		l := Limit{Rate: 2, Period: time.Hour}
		for i, want := range []bool{true, true, false} {
			r, err := m.Allow(ctx, "k", l, 1)
			if err != nil || r.Allowed != want {
				t.Errorf("zero Memory, request %d: %+v, %v; want allowed %v", i, r, err, want)
			}
		}
		if n := m.Len(); n != 1 {
			t.Errorf("zero Memory Len = %d", n)
		}
	})
	testcheck.NoPanic(t, "zero Memory, concurrently", func() {
		var m Memory
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Go(func() { _, _ = m.Allow(ctx, fmt.Sprint("k", i), PerMinute(1), 1) })
		}
		wg.Wait()
		if n := m.Len(); n != 8 {
			t.Errorf("Len = %d, want 8", n)
		}
	})
	testcheck.NoPanic(t, "nil Memory", func() {
		var m *Memory
		if _, err := m.Allow(ctx, "k", PerMinute(1), 1); err == nil {
			t.Error("a nil *Memory allowed a request")
		}
		if m.Len() != 0 {
			t.Error("a nil *Memory has keys")
		}
	})
	for name, m := range map[string]*Middleware{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Middleware", func() {
			h := m.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
				t.Errorf("%s Middleware let a request through", name)
			}))
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/mcp", nil))
			if rec.Code != http.StatusInternalServerError {
				t.Errorf("%s Middleware: status %d, want 500", name, rec.Code)
			}
			if m.KeysByCaller() {
				t.Errorf("%s Middleware counts callers", name)
			}
		})
	}
	testcheck.NoPanic(t, "zero and odd values", func() {
		_ = Limit{}.String()
		_ = Limit{}.Validate()
		var ip *ClientIP
		_ = ip.Addr(httptest.NewRequest(http.MethodGet, "/", nil))
		_ = (&ClientIP{}).Addr(httptest.NewRequest(http.MethodGet, "/", nil))
		_, _ = ByPrincipal()(httptest.NewRequest(http.MethodGet, "/", nil), nil)
		_, _ = ByPrincipalOrIP(nil)(httptest.NewRequest(http.MethodGet, "/", nil), nil)
	})
}
