// Package storeurl opens an apikey store from a URL, so that command-line
// tools and servers can be pointed at the same keys with one string:
//
//	sqlite:/var/lib/mcp/keys.db      SQLite file (created with its directory)
//	postgres://user@host/db          PostgreSQL (postgresql:// too)
//	redis://host:6379/0?prefix=app:{keys}:   Redis (rediss:// for TLS)
//	memory:                          in-process, empty, gone on exit
//
// It imports the SQLite (modernc.org/sqlite) and PostgreSQL (pgx) drivers;
// programs that use only one store can open it directly instead and link
// neither.
package storeurl

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // "pgx"
	"github.com/redis/go-redis/v9"
	_ "modernc.org/sqlite" // "sqlite"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/redisstore"
	"github.com/mcpauth/mcpauth/apikey/sqlstore"
)

// Store is an opened key store. The methods of a Store without a Manager
// (the zero value) return ErrNotOpen instead of panicking.
type Store struct {
	apikey.Manager
	// Kind is "sqlite", "postgres", "redis" or "memory".
	Kind string
	// Redis is the client of a Redis store (for invalidation), else nil.
	Redis redis.UniversalClient
	// InvalidationChannel is where a Redis store announces revocations;
	// empty for other kinds.
	InvalidationChannel string

	close func() error
}

// Close releases the store's connections. It does nothing on the zero
// value and nil.
func (s *Store) Close() error {
	if s == nil || s.close == nil {
		return nil
	}
	return s.close()
}

// ErrNotOpen is returned by the methods of a Store that holds no Manager:
// one that Open or Migrate did not return.
var ErrNotOpen = errors.New("storeurl: Store not opened (use Open or Migrate)")

// The methods of apikey.Manager, forwarded so that a Store without a
// Manager fails instead of panicking.

// Lookup implements apikey.Store.
func (s Store) Lookup(ctx context.Context, id string) (*apikey.Record, error) {
	if s.Manager == nil {
		return nil, ErrNotOpen
	}
	return s.Manager.Lookup(ctx, id)
}

// Insert implements apikey.Manager.
func (s Store) Insert(ctx context.Context, rec *apikey.Record) error {
	if s.Manager == nil {
		return ErrNotOpen
	}
	return s.Manager.Insert(ctx, rec)
}

// List implements apikey.Manager.
func (s Store) List(ctx context.Context, f apikey.Filter) ([]*apikey.Record, error) {
	if s.Manager == nil {
		return nil, ErrNotOpen
	}
	return s.Manager.List(ctx, f)
}

// Revoke implements apikey.Manager.
func (s Store) Revoke(ctx context.Context, id string, at time.Time) error {
	if s.Manager == nil {
		return ErrNotOpen
	}
	return s.Manager.Revoke(ctx, id, at)
}

// SetExpiry implements apikey.Manager.
func (s Store) SetExpiry(ctx context.Context, id string, at time.Time) error {
	if s.Manager == nil {
		return ErrNotOpen
	}
	return s.Manager.SetExpiry(ctx, id, at)
}

// TouchLastUsed implements apikey.Manager.
func (s Store) TouchLastUsed(ctx context.Context, id string, at time.Time) error {
	if s.Manager == nil {
		return ErrNotOpen
	}
	return s.Manager.TouchLastUsed(ctx, id, at)
}

// MarkReplaced implements apikey.Manager.
func (s Store) MarkReplaced(ctx context.Context, id, successor string, end time.Time) error {
	if s.Manager == nil {
		return ErrNotOpen
	}
	return s.Manager.MarkReplaced(ctx, id, successor, end)
}

// Ready implements mcpauth.Checker by asking the store it opened: a SQL
// store runs a query that reads no row, a Redis store a PING, each within
// a second; memory: is always ready. A Store that holds no Manager is not
// ready (ErrNotOpen).
func (s Store) Ready(ctx context.Context) error {
	if s.Manager == nil {
		return ErrNotOpen
	}
	if c, ok := s.Manager.(interface{ Ready(context.Context) error }); ok {
		return c.Ready(ctx)
	}
	return nil
}

var _ apikey.Manager = Store{}

// Open opens the store named by rawURL. A SQLite file is created, with its
// table, if missing: it belongs to the program. A PostgreSQL table is not:
// Open checks that it exists and asks for [Migrate] ("mcpauth keys
// migrate") otherwise, so that servers can run with a role that may only
// read and write it. Errors never contain a password from the URL. A nil
// ctx and an empty rawURL are refused.
func Open(ctx context.Context, rawURL string) (*Store, error) {
	return open(ctx, rawURL, false)
}

// Migrate creates the table of the SQL store named by rawURL unless it
// exists (other kinds need nothing), and returns the opened store.
func Migrate(ctx context.Context, rawURL string) (*Store, error) {
	return open(ctx, rawURL, true)
}

func open(ctx context.Context, rawURL string, migrate bool) (*Store, error) {
	switch {
	case ctx == nil:
		return nil, errors.New("storeurl: ctx is nil")
	case rawURL == "":
		return nil, errors.New("storeurl: store URL is empty (sqlite:PATH, postgres://…, redis://…, memory:)")
	}
	scheme, rest, ok := strings.Cut(rawURL, ":")
	if !ok {
		return nil, fmt.Errorf("storeurl: %q is not a store URL (sqlite:PATH, postgres://…, redis://…, memory:)", redact(rawURL))
	}
	switch strings.ToLower(scheme) {
	case "memory":
		return &Store{Manager: apikey.NewMemoryStore(), Kind: "memory"}, nil
	case "sqlite":
		return openSQLite(ctx, strings.TrimPrefix(rest, "//"))
	case "postgres", "postgresql":
		return openPostgres(ctx, rawURL, migrate)
	case "redis", "rediss":
		return openRedis(ctx, rawURL)
	}
	return nil, fmt.Errorf("storeurl: unsupported store %q (sqlite:PATH, postgres://…, redis://…, memory:)", scheme)
}

func openSQLite(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("storeurl: sqlite: needs a file path, as in sqlite:./keys.db")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("storeurl: sqlite: %w", err)
	}
	// Create the file private to its owner before SQLite opens it.
	if f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600); err == nil {
		f.Close()
	}
	// WAL and a busy timeout let a CLI and a server share the file. The
	// path is escaped: the driver reads the DSN as a URI.
	dsn := "file:" + sqlitePathEscaper.Replace(path) + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("storeurl: sqlite: %w", err)
	}
	return sqlStore(ctx, db, sqlstore.SQLite, "sqlite", true)
}

var sqlitePathEscaper = strings.NewReplacer("%", "%25", "#", "%23", "?", "%3F")

func openPostgres(ctx context.Context, rawURL string, migrate bool) (*Store, error) {
	u, err := url.Parse(rawURL)
	if err != nil { // url's error repeats the whole URL, password included
		return nil, fmt.Errorf("storeurl: postgres URL %s is not a valid URL", redact(rawURL))
	}
	q := u.Query()
	if !q.Has("connect_timeout") {
		q.Set("connect_timeout", "5")
		u.RawQuery = q.Encode()
	}
	db, err := sql.Open("pgx", u.String())
	if err != nil {
		return nil, fmt.Errorf("storeurl: postgres %s: %w", u.Redacted(), err)
	}
	db.SetConnMaxIdleTime(5 * time.Minute)
	return sqlStore(ctx, db, sqlstore.Postgres, "postgres", migrate)
}

func sqlStore(ctx context.Context, db *sql.DB, d sqlstore.Dialect, kind string, migrate bool) (*Store, error) {
	s, err := sqlstore.New(db, sqlstore.Options{Dialect: d})
	if err == nil {
		if migrate {
			err = s.Migrate(ctx)
		} else {
			err = s.Check(ctx)
		}
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("storeurl: %s: %w", kind, err)
	}
	return &Store{Manager: s, Kind: kind, close: db.Close}, nil
}

func openRedis(ctx context.Context, rawURL string) (*Store, error) {
	u, err := url.Parse(rawURL)
	if err != nil { // url's error repeats the whole URL, password included
		return nil, fmt.Errorf("storeurl: redis URL %s is not a valid URL", redact(rawURL))
	}
	q := u.Query()
	prefix := q.Get("prefix")
	q.Del("prefix")
	u.RawQuery = q.Encode()
	opts, err := redis.ParseURL(u.String())
	if err != nil {
		return nil, fmt.Errorf("storeurl: redis URL %s is not valid (%s)", u.Redacted(), strings.ReplaceAll(err.Error(), u.String(), u.Redacted()))
	}
	// Fail fast when Redis is down: the gate answers 503 at once rather
	// than after go-redis's default retries.
	if !q.Has("dial_timeout") {
		opts.DialTimeout = 2 * time.Second
	}
	if !q.Has("read_timeout") {
		opts.ReadTimeout = 2 * time.Second
	}
	if !q.Has("write_timeout") {
		opts.WriteTimeout = 2 * time.Second
	}
	if !q.Has("max_retries") {
		opts.MaxRetries = 1
	}
	if opts.DialerRetries == 0 {
		opts.DialerRetries = 1
	}
	opts.ContextTimeoutEnabled = true // lookups are bounded by their context
	client := redis.NewClient(opts)
	s, err := redisstore.New(client, redisstore.Options{Prefix: prefix})
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("storeurl: redis: %w", err)
	}
	return &Store{Manager: s, Kind: "redis", Redis: client, InvalidationChannel: s.InvalidationChannel(), close: client.Close}, nil
}

// DefaultURL is the store used when none is given: a SQLite file in the
// user's data directory — $MCPAUTH_DATA_DIR, else $XDG_DATA_HOME/mcpauth,
// else ~/.local/share/mcpauth — so that keys made with the mcpauth CLI are
// found by a server started later. getenv is os.Getenv in programs; nil
// means os.Getenv.
func DefaultURL(getenv func(string) string) (string, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	dir := getenv("MCPAUTH_DATA_DIR")
	if dir == "" {
		if x := getenv("XDG_DATA_HOME"); x != "" {
			dir = filepath.Join(x, "mcpauth")
		} else if home := getenv("HOME"); home != "" {
			dir = filepath.Join(home, ".local", "share", "mcpauth")
		} else {
			return "", errors.New("storeurl: no data directory: set MCPAUTH_DATA_DIR or pass a store URL")
		}
	}
	return "sqlite:" + filepath.Join(dir, "keys.db"), nil
}

// redact hides a password in a URL that failed to parse.
func redact(s string) string {
	if u, err := url.Parse(s); err == nil {
		return u.Redacted()
	}
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		return "…" + s[at:]
	}
	return s
}
