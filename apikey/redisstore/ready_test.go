package redisstore_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey/redisstore"
	"github.com/mcpauth/mcpauth/internal/testcheck"
)

var _ mcpauth.Checker = (*redisstore.Store)(nil)

func TestReadyPingsRedis(t *testing.T) {
	s, _, _ := newStore(t)
	if err := s.Ready(context.Background()); err != nil {
		t.Fatalf("Ready on the test Redis = %v", err)
	}
}

// Redis on a closed port, with a password in its options: not ready, and
// the password is nowhere in the error or the readiness answer.
func TestReadyRedisClosedPort(t *testing.T) {
	const password = "s3cret-redis-pw"
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	client := redis.NewClient(&redis.Options{Addr: addr, Password: password, ContextTimeoutEnabled: true, MaxRetries: -1, DialerRetries: 1})
	defer client.Close()
	s, err := redisstore.New(client, redisstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Ready(context.Background())
	if err == nil || !strings.Contains(err.Error(), "redisstore: Redis does not answer") || strings.Contains(err.Error(), password) {
		t.Fatalf("Ready against a closed port = %v", err)
	}
	h, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: []mcpauth.Check{{Name: "keys", Checker: s}}})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/ready", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "connection refused") || strings.Contains(rec.Body.String(), password) {
		t.Fatalf("/ready: %d %s", rec.Code, rec.Body)
	}
}

// A Redis that accepts connections and never answers: Ready gives up
// after its own second, without a deadline from the caller.
func TestReadyIsBoundedWithoutADeadline(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	client := redis.NewClient(&redis.Options{Addr: ln.Addr().String(), ContextTimeoutEnabled: true, MaxRetries: -1})
	defer client.Close()
	s, _ := redisstore.New(client, redisstore.Options{})
	done := make(chan error, 1)
	go func() { done <- s.Ready(context.Background()) }()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("Ready against a silent Redis")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Ready did not give up on a silent Redis")
	}
}

func TestReadyOfAStoreNewDidNotMake(t *testing.T) {
	for name, s := range map[string]*redisstore.Store{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Store.Ready", func() {
			if err := s.Ready(context.Background()); err == nil {
				t.Errorf("%s Store is ready", name)
			}
		})
	}
}
