package apikey

import (
	"context"
	"net/http/httptest"
	"testing"
)

// BenchmarkAuthenticate measures one key check by the authenticator: parse,
// lookup, constant-time hash comparison, principal. "memory" looks up a
// MemoryStore; "cache-warm" a Cache whose entry is present (the steady
// state in front of a SQL or Redis store).
func BenchmarkAuthenticate(b *testing.B) {
	mem := NewMemoryStore()
	key, _, err := Create(context.Background(), mem, NewKey{Subject: "alice", Scopes: []string{"tools"}})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		store Store
	}{
		{"memory", mem},
		{"cache-warm", NewCache(mem, CacheOptions{})},
	} {
		a, err := New(Config{Store: c.store})
		if err != nil {
			b.Fatal(err)
		}
		r := httptest.NewRequest("POST", "/mcp", nil)
		r.Header.Set("X-API-Key", key)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Authenticate(r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
