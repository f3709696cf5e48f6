// Package testenv gives tests the backing services they need: real ones
// named by MCPAUTH_TEST_REDIS and MCPAUTH_TEST_POSTGRES (as .ci/run exports
// them), or embedded stand-ins on a laptop. When CI=true a missing service
// fails the test instead of skipping it or falling back.
package testenv

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"github.com/redis/go-redis/v9"
	_ "modernc.org/sqlite" // registers "sqlite"
)

// CI reports whether the tests run in CI (CI=true), where every service
// must be real and reachable.
func CI() bool { return os.Getenv("CI") == "true" }

// Unique returns a short random name for isolating a test's data.
func Unique(prefix string) string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

// Redis returns the URL of a Redis for the test: MCPAUTH_TEST_REDIS, or a
// miniredis started for the test. Callers isolate their data by key prefix
// (see Unique).
func Redis(t testing.TB) string {
	t.Helper()
	if u := os.Getenv("MCPAUTH_TEST_REDIS"); u != "" {
		opts, err := redis.ParseURL(u)
		if err != nil {
			t.Fatalf("MCPAUTH_TEST_REDIS: %v", err)
		}
		c := redis.NewClient(opts)
		defer c.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := c.Ping(ctx).Err(); err != nil {
			t.Fatalf("MCPAUTH_TEST_REDIS=%s is not reachable: %v", u, err)
		}
		return u
	}
	if CI() {
		t.Fatal("CI=true but MCPAUTH_TEST_REDIS is not set: the Redis tests need a real Redis")
	}
	return "redis://" + miniredis.RunT(t).Addr() + "/0"
}

// CleanRedis deletes every key starting with prefix from the Redis at url
// when the test ends.
func CleanRedis(t testing.TB, url, prefix string) {
	t.Helper()
	t.Cleanup(func() {
		opts, err := redis.ParseURL(url)
		if err != nil {
			return
		}
		c := redis.NewClient(opts)
		defer c.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		iter := c.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		for iter.Next(ctx) {
			c.Del(ctx, iter.Val())
		}
	})
}

// RedisClient connects to Redis(t) and closes the client when the test ends.
func RedisClient(t testing.TB) *redis.Client {
	t.Helper()
	opts, err := redis.ParseURL(Redis(t))
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opts)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// Postgres returns a URL for a PostgreSQL schema of the test's own, dropped
// when the test ends. Without MCPAUTH_TEST_POSTGRES the test is skipped
// (SQLite covers the SQL store), unless CI=true, where it fails.
func Postgres(t testing.TB) string {
	t.Helper()
	base := os.Getenv("MCPAUTH_TEST_POSTGRES")
	if base == "" {
		if CI() {
			t.Fatal("CI=true but MCPAUTH_TEST_POSTGRES is not set: the PostgreSQL tests need a real database")
		}
		t.Skip("MCPAUTH_TEST_POSTGRES not set; PostgreSQL tests skipped (SQLite runs the same suite)")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	schema := Unique("t_")
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("MCPAUTH_TEST_POSTGRES: creating a schema: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, _ = db.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// PostgresDB opens Postgres(t) and closes it when the test ends.
func PostgresDB(t testing.TB) *sql.DB {
	t.Helper()
	return open(t, "pgx", Postgres(t))
}

// SQLitePath returns the path of a fresh SQLite database file.
func SQLitePath(t testing.TB) string {
	return filepath.Join(t.TempDir(), "keys.db")
}

// SQLiteDB opens a fresh SQLite database, with a busy timeout so that
// concurrent writers wait rather than fail, and closes it when the test
// ends.
func SQLiteDB(t testing.TB) *sql.DB {
	t.Helper()
	return open(t, "sqlite", "file:"+SQLitePath(t)+"?_pragma=busy_timeout(10000)")
}

func open(t testing.TB, driver, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		t.Fatalf("%s: %v", driver, fmt.Sprint(err))
	}
	return db
}
