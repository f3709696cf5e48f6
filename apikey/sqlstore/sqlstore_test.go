package sqlstore_test

import (
	"context"
	"database/sql"
	"errors"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/sqlstore"
	"github.com/mcpauth/mcpauth/apikey/storetest"
	"github.com/mcpauth/mcpauth/internal/testenv"
)

var ctx = context.Background()

// backends are the databases the tests run against; Postgres skips itself
// without MCPAUTH_TEST_POSTGRES (unless CI=true).
var backends = []struct {
	name    string
	dialect sqlstore.Dialect
	open    func(testing.TB) *sql.DB
}{
	{"SQLite", sqlstore.SQLite, sqliteDB},
	{"Postgres", sqlstore.Postgres, testenv.PostgresDB},
}

// sqliteDB opens a fresh SQLite database the way package sqlstore
// recommends: with a busy timeout, so that concurrent writers wait for the
// lock instead of failing with SQLITE_BUSY.
func sqliteDB(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", testenv.SQLitePath(t)+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if err := db.PingContext(ctx); err != nil {
		t.Fatal(err)
	}
	return db
}

// newStore returns a migrated store on db.
func newStore(t testing.TB, db *sql.DB, opts sqlstore.Options) *sqlstore.Store {
	t.Helper()
	s, err := sqlstore.New(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			storetest.Run(t, func(t *testing.T) apikey.Manager {
				return newStore(t, b.open(t), sqlstore.Options{Dialect: b.dialect})
			})
		})
	}
}

// create inserts a fresh key record for alice into m and returns it.
func create(t testing.TB, m apikey.Manager) *apikey.Record {
	t.Helper()
	_, rec, err := apikey.Create(ctx, m, apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func TestMigrateTwice(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			s := newStore(t, b.open(t), sqlstore.Options{Dialect: b.dialect})
			rec := create(t, s)
			if err := s.Migrate(ctx); err != nil {
				t.Fatalf("second Migrate: %v", err)
			}
			if _, err := s.Lookup(ctx, rec.ID); err != nil {
				t.Fatalf("Lookup after the second Migrate: %v", err)
			}
		})
	}
}

func TestCustomTable(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			db := b.open(t)
			schema := "main" // SQLite's main database
			if b.dialect == sqlstore.Postgres {
				if err := db.QueryRowContext(ctx, "SELECT current_schema()").Scan(&schema); err != nil {
					t.Fatal(err)
				}
			}
			one := newStore(t, db, sqlstore.Options{Dialect: b.dialect, Table: "Custom_Keys"})
			two := newStore(t, db, sqlstore.Options{Dialect: b.dialect, Table: schema + ".other_keys"})
			def := newStore(t, db, sqlstore.Options{Dialect: b.dialect})
			r1, r2 := create(t, one), create(t, two)
			for _, c := range []struct {
				s       *sqlstore.Store
				has     *apikey.Record
				hasNot  *apikey.Record
				summary string
			}{{one, r1, r2, "Custom_Keys"}, {two, r2, r1, "other_keys"}} {
				if _, err := c.s.Lookup(ctx, c.has.ID); err != nil {
					t.Errorf("%s: Lookup of its own key: %v", c.summary, err)
				}
				if _, err := c.s.Lookup(ctx, c.hasNot.ID); !errors.Is(err, apikey.ErrNotFound) {
					t.Errorf("%s: Lookup of another table's key: %v, want ErrNotFound", c.summary, err)
				}
			}
			if all, err := def.List(ctx, apikey.Filter{Inactive: true}); err != nil || len(all) != 0 {
				t.Errorf("default table: %d records, %v; want none", len(all), err)
			}
			var n int
			if err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+schema+`.other_keys`).Scan(&n); err != nil || n != 1 {
				t.Errorf("rows in %s.other_keys: %d, %v", schema, n, err)
			}
		})
	}
}

func TestNewRejects(t *testing.T) {
	db := testenv.SQLiteDB(t)
	for _, name := range []string{"x; drop table y", "1abc", "a.b.c", ".a", "a.", "a-b", `a"b`, "ключи",
		"a234567890123456789012345678901234567890123456789012345678901234"} {
		if _, err := sqlstore.New(db, sqlstore.Options{Dialect: sqlstore.SQLite, Table: name}); err == nil {
			t.Errorf("New accepted table name %q", name)
		}
	}
	if _, err := sqlstore.New(db, sqlstore.Options{Dialect: sqlstore.SQLite, Table: "a23456789012345678901234567890123456789012345678901234567890123"}); err != nil {
		t.Errorf("New rejected a 63-character table name: %v", err)
	}
	if _, err := sqlstore.New(db, sqlstore.Options{Dialect: "mysql"}); err == nil {
		t.Error("New accepted an unknown dialect")
	}
	if _, err := sqlstore.New(db, sqlstore.Options{}); err == nil {
		t.Error("New accepted no dialect")
	}
	if _, err := sqlstore.New(nil, sqlstore.Options{Dialect: sqlstore.SQLite}); err == nil {
		t.Error("New accepted a nil *sql.DB")
	}
}

// TestEmptyTableName: an empty Table means the default, not an error.
func TestEmptyTableName(t *testing.T) {
	db := testenv.SQLiteDB(t)
	s := newStore(t, db, sqlstore.Options{Dialect: sqlstore.SQLite, Table: ""})
	create(t, s)
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+sqlstore.DefaultTable).Scan(&n); err != nil || n != 1 {
		t.Fatalf("rows in %s: %d, %v", sqlstore.DefaultTable, n, err)
	}
}

func TestInsertRejectsBadScopes(t *testing.T) {
	s := newStore(t, testenv.SQLiteDB(t), sqlstore.Options{Dialect: sqlstore.SQLite})
	for _, scopes := range [][]string{{"a b"}, {""}, {"a\tb"}} {
		_, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "alice"})
		if err != nil {
			t.Fatal(err)
		}
		rec.Scopes = scopes
		if err := s.Insert(ctx, &rec); err == nil {
			t.Errorf("Insert accepted scopes %q", scopes)
		}
	}
}

// TestZeroCreatedAt: created_at is NOT NULL, yet a record without a
// creation time comes back with a zero one.
func TestZeroCreatedAt(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			s := newStore(t, b.open(t), sqlstore.Options{Dialect: b.dialect})
			_, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "alice"})
			if err != nil {
				t.Fatal(err)
			}
			rec.CreatedAt = time.Time{}
			if err := s.Insert(ctx, &rec); err != nil {
				t.Fatal(err)
			}
			got, err := s.Lookup(ctx, rec.ID)
			if err != nil || !got.CreatedAt.IsZero() {
				t.Fatalf("Lookup: CreatedAt %v, %v; want the zero time", got.CreatedAt, err)
			}
		})
	}
}

// assertUnavailable checks that Lookup fails with an error other than
// ErrNotFound, which the gate answers 503.
func assertUnavailable(t *testing.T, s *sqlstore.Store) {
	t.Helper()
	_, id, _ := apikey.Generate(apikey.DefaultPrefix)
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, err := s.Lookup(ctx, id)
	if err == nil || errors.Is(err, apikey.ErrNotFound) {
		t.Fatalf("Lookup on a failing database: %v, want an error other than ErrNotFound", err)
	}
	t.Logf("Lookup error: %v", err)
}

func TestLookupClosedDB(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			db := b.open(t)
			s := newStore(t, db, sqlstore.Options{Dialect: b.dialect})
			create(t, s)
			db.Close()
			assertUnavailable(t, s)
		})
	}
}

func TestLookupNotMigrated(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			s, err := sqlstore.New(b.open(t), sqlstore.Options{Dialect: b.dialect})
			if err != nil {
				t.Fatal(err)
			}
			assertUnavailable(t, s)
		})
	}
}

func TestLookupUnreachablePostgres(t *testing.T) {
	db, err := sql.Open("pgx", "postgres://postgres@127.0.0.1:1/test?sslmode=disable&connect_timeout=5")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := sqlstore.New(db, sqlstore.Options{Dialect: sqlstore.Postgres})
	if err != nil {
		t.Fatal(err)
	}
	assertUnavailable(t, s)
}

// TestGateUnavailable: a failing store makes the authenticator answer
// "unavailable", not "invalid credential".
func TestGateUnavailable(t *testing.T) {
	db := testenv.SQLiteDB(t)
	s := newStore(t, db, sqlstore.Options{Dialect: sqlstore.SQLite})
	key, _, err := apikey.Create(ctx, s, apikey.NewKey{Subject: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	auth, err := apikey.New(apikey.Config{Store: s})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	r := httptest.NewRequest("POST", "/mcp", nil)
	r.Header.Set("X-API-Key", key)
	if _, err := auth.Authenticate(r); !errors.Is(err, mcpauth.ErrUnavailable) {
		t.Fatalf("Authenticate with a closed store: %v, want ErrUnavailable", err)
	}
}

func BenchmarkLookup(b *testing.B) {
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			s := newStore(b, be.open(b), sqlstore.Options{Dialect: be.dialect})
			rec := create(b, s)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Lookup(ctx, rec.ID); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
