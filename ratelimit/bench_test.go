package ratelimit

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// BenchmarkMemoryAllow: one decision on a known key, allowed and denied.
func BenchmarkMemoryAllow(b *testing.B) {
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		limit Limit
	}{{"allowed", Limit{Rate: 1 << 30, Period: time.Hour * 1000}}, {"denied", Limit{Rate: 1, Period: time.Hour}}} {
		b.Run(c.name, func(b *testing.B) {
			m := NewMemory(MemoryOptions{})
			_, _ = m.Allow(ctx, "key", c.limit, 1)
			b.ReportAllocs()
			for b.Loop() {
				_, _ = m.Allow(ctx, "key", c.limit, 1)
			}
		})
	}
	b.Run("parallel-keys", func(b *testing.B) {
		m := NewMemory(MemoryOptions{})
		l := Limit{Rate: 1 << 30, Period: time.Hour * 1000}
		keys := make([]string, 1024)
		for i := range keys {
			keys[i] = fmt.Sprint("key", i)
		}
		var n atomic.Int64
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			i := int(n.Add(1))
			for pb.Next() {
				_, _ = m.Allow(ctx, keys[i%len(keys)], l, 1)
				i++
			}
		})
	})
}

// BenchmarkMiddleware: one request through two policies (caller and a
// per-tool one) with the memory limiter, including the parse of the body
// (package operation), as when the limiter is the first layer to need it.
func BenchmarkMiddleware(b *testing.B) {
	m, err := New(NewMemory(MemoryOptions{}), Options{Policies: []Policy{
		{Name: "caller", Limit: Limit{Rate: 1 << 30, Period: time.Hour * 1000}},
		{Name: "search", Limit: Limit{Rate: 1 << 30, Period: time.Hour * 1000}, Tools: []string{"search"}},
	}})
	if err != nil {
		b.Fatal(err)
	}
	h := m.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	body := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","arguments":{"q":"go"}}}`
	ctx := mcpctx.WithPrincipal(context.Background(), &mcpctx.Principal{Subject: "alice", Method: mcpctx.MethodAPIKey})
	w := httptest.NewRecorder()
	r := httptest.NewRequest("POST", "/mcp", nil).WithContext(ctx)
	rd := strings.NewReader(body)
	b.ReportAllocs()
	for b.Loop() {
		rd.Reset(body)
		r.Body = io.NopCloser(rd)
		r.ContentLength = int64(len(body))
		clear(w.Header())
		h.ServeHTTP(w, r)
	}
}
