package sqlstore_test

import (
	"context"
	"database/sql"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey/sqlstore"
	"github.com/mcpauth/mcpauth/internal/testcheck"
)

var _ mcpauth.Checker = (*sqlstore.Store)(nil)

// closedPort returns a loopback address nothing listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestReadyAgainstTheDatabase(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			db := b.open(t)
			s, err := sqlstore.New(db, sqlstore.Options{Dialect: b.dialect, Table: "ready_keys"})
			if err != nil {
				t.Fatal(err)
			}
			// No table yet: lookups would fail, so not ready.
			if err := s.Ready(ctx); !errors.Is(err, sqlstore.ErrNoTable) {
				t.Fatalf("Ready without the table = %v, want ErrNoTable", err)
			}
			if err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			if err := s.Ready(ctx); err != nil {
				t.Fatalf("Ready = %v", err)
			}
			// The database goes away.
			_ = db.Close()
			if err := s.Ready(ctx); err == nil {
				t.Fatal("Ready on a closed database")
			}
		})
	}
}

// A PostgreSQL that is not there: Ready fails at once, and neither its
// error nor the readiness answer shows the password of the URL.
func TestReadyPostgresClosedPort(t *testing.T) {
	const password = "s3cret-db-pw"
	db, err := sql.Open("pgx", "postgres://app:"+password+"@"+closedPort(t)+"/keys?sslmode=disable&connect_timeout=5")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := sqlstore.New(db, sqlstore.Options{Dialect: sqlstore.Postgres})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Ready(ctx)
	if err == nil || errors.Is(err, sqlstore.ErrNoTable) || strings.Contains(err.Error(), password) {
		t.Fatalf("Ready against a closed port = %v", err)
	}
	h, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: []mcpauth.Check{{Name: "keys", Checker: s}}})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/ready", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), `"name":"keys","status":"failed"`) ||
		strings.Contains(rec.Body.String(), password) {
		t.Fatalf("/ready: %d %s", rec.Code, rec.Body)
	}
}

// A database that accepts connections and never answers: Ready gives up
// after its own second even when the caller's ctx has no deadline.
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
			defer c.Close() // held open, silent, until the test ends
		}
	}()
	db, err := sql.Open("pgx", "postgres://app@"+ln.Addr().String()+"/keys?sslmode=disable")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, _ := sqlstore.New(db, sqlstore.Options{Dialect: sqlstore.Postgres})
	done := make(chan error, 1)
	go func() { done <- s.Ready(context.Background()) }()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("Ready against a silent server")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Ready did not give up on a silent database")
	}
}

func TestReadyOfAStoreNewDidNotMake(t *testing.T) {
	for name, s := range map[string]*sqlstore.Store{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Store.Ready", func() {
			if err := s.Ready(ctx); err == nil {
				t.Errorf("%s Store is ready", name)
			}
		})
	}
}
