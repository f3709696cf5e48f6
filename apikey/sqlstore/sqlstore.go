package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mcpauth/mcpauth/apikey"
)

// Dialect names the SQL dialect of the database behind a [Store].
type Dialect string

// Supported dialects.
const (
	// Postgres is PostgreSQL, for example through pgx's database/sql driver
	// ("github.com/jackc/pgx/v5/stdlib", driver name "pgx").
	Postgres Dialect = "postgres"
	// SQLite is SQLite, for example through modernc.org/sqlite (driver name
	// "sqlite").
	SQLite Dialect = "sqlite"
)

// DefaultTable is the table a [Store] uses when [Options.Table] is empty.
const DefaultTable = "mcpauth_api_keys"

// Options configure a [Store].
type Options struct {
	// Dialect is the database's SQL dialect. Required.
	Dialect Dialect
	// Table is the table holding the keys; DefaultTable when empty. It is a
	// plain identifier — a letter or underscore followed by up to 62
	// letters, digits and underscores — optionally qualified by a schema
	// (PostgreSQL) or attached database (SQLite) name of the same form, as
	// in "auth.api_keys". Each part is quoted in SQL, so it is matched
	// case-sensitively.
	Table string
}

// Store is an [apikey.Manager] keeping key records in a PostgreSQL or
// SQLite table through database/sql. Create it with [New] and the table
// with [Store.Migrate]. It is safe for concurrent use. The methods of a
// Store that New did not make (the zero value, or nil) return an error.
type Store struct {
	db      *sql.DB
	dialect Dialect
	table   string // quoted, possibly schema-qualified

	migrate                          []string
	lookup, insert, exists           query
	revoke, setExpiry, touch         query
	markReplaced                     query
	listAll, listSubject             query // every record
	listActiveAll, listActiveSubject query // as of a time
}

var _ apikey.Manager = (*Store)(nil)

// query is a statement in the store's dialect. Its text is written with
// PostgreSQL's numbered placeholders ($1, $2, …) and rewritten for SQLite
// to positional ones (?), for which order lists the argument behind each.
type query struct {
	text  string
	order []int // nil: the arguments in the order given
}

// args returns the arguments to pass with q.
func (q query) args(a ...any) []any {
	if q.order == nil {
		return a
	}
	out := make([]any, len(q.order))
	for i, n := range q.order {
		out[i] = a[n-1]
	}
	return out
}

// New returns a store keeping records in db, which must have been opened
// with a driver for opts.Dialect (sqlstore imports none). New does not touch
// the database: call [Store.Migrate] to create the table.
func New(db *sql.DB, opts Options) (*Store, error) {
	if db == nil {
		return nil, errors.New("sqlstore: db is nil")
	}
	if opts.Dialect == "" {
		return nil, fmt.Errorf("sqlstore: Options.Dialect is empty (want %q or %q)", Postgres, SQLite)
	}
	if opts.Dialect != Postgres && opts.Dialect != SQLite {
		return nil, fmt.Errorf("sqlstore: Options.Dialect %q is not %q or %q", opts.Dialect, Postgres, SQLite)
	}
	name := opts.Table
	if name == "" {
		name = DefaultTable
	}
	schema, table, err := splitTable(name)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: Options.Table: %s", strings.TrimPrefix(err.Error(), "sqlstore: "))
	}
	s := &Store{db: db, dialect: opts.Dialect, table: quote(table)}
	if schema != "" {
		s.table = quote(schema) + "." + s.table
	}

	hashType := "BYTEA"
	if s.dialect == SQLite {
		hashType = "BLOB"
	}
	// A PostgreSQL index lives in its table's schema and takes an unqualified
	// name; an SQLite index takes the schema and an unqualified table.
	index := quote(strings.ReplaceAll(name, ".", "_") + "_subject_idx")
	indexOn := s.table
	if s.dialect == SQLite && schema != "" {
		index, indexOn = quote(schema)+"."+index, quote(table)
	}
	s.migrate = []string{
		`CREATE TABLE IF NOT EXISTS ` + s.table + ` (
	id TEXT NOT NULL PRIMARY KEY,
	hash ` + hashType + ` NOT NULL,
	subject TEXT NOT NULL,
	name TEXT NOT NULL DEFAULT '',
	scopes TEXT NOT NULL DEFAULT '',
	metadata TEXT NOT NULL DEFAULT '{}',
	rate_limit TEXT NOT NULL DEFAULT '',
	created_at BIGINT NOT NULL,
	expires_at BIGINT NULL,
	revoked_at BIGINT NULL,
	last_used_at BIGINT NULL,
	replaced_by TEXT NOT NULL DEFAULT ''
)`,
		`CREATE INDEX IF NOT EXISTS ` + index + ` ON ` + indexOn + ` (subject)`,
	}

	const columns = `id, hash, subject, name, scopes, metadata, rate_limit, created_at, expires_at, revoked_at, last_used_at, replaced_by`
	s.lookup = s.build(`SELECT ` + columns + ` FROM ` + s.table + ` WHERE id = $1`)
	s.insert = s.build(`INSERT INTO ` + s.table + ` (` + columns + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING`)
	s.exists = s.build(`SELECT 1 FROM ` + s.table + ` WHERE id = $1`)
	s.revoke = s.build(`UPDATE ` + s.table + ` SET revoked_at = CASE WHEN revoked_at IS NULL OR revoked_at > $2 THEN $2 ELSE revoked_at END WHERE id = $1`)
	s.setExpiry = s.build(`UPDATE ` + s.table + ` SET expires_at = $2 WHERE id = $1`)
	s.touch = s.build(`UPDATE ` + s.table + ` SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)`)
	s.markReplaced = s.build(`UPDATE ` + s.table + ` SET replaced_by = $2, expires_at = CASE WHEN expires_at IS NULL OR expires_at > $3 THEN $3 ELSE expires_at END WHERE id = $1 AND replaced_by = ''`)
	list := `SELECT ` + columns + ` FROM ` + s.table
	const order = ` ORDER BY created_at, id`
	const active = `(revoked_at IS NULL OR revoked_at > $1) AND (expires_at IS NULL OR expires_at > $1)`
	s.listAll = s.build(list + order)
	s.listSubject = s.build(list + ` WHERE subject = $1` + order)
	s.listActiveAll = s.build(list + ` WHERE ` + active + order)
	s.listActiveSubject = s.build(list + ` WHERE subject = $2 AND ` + active + order)
	return s, nil
}

// errNoStore is returned by every method of a Store that New did not make
// (the zero value, or nil).
var errNoStore = errors.New("sqlstore: Store not created with New")

// ready reports errNoStore for a Store that New did not make.
func (s *Store) ready() error {
	if s == nil || s.db == nil {
		return errNoStore
	}
	return nil
}

// build prepares the text of a statement for the store's dialect.
func (s *Store) build(text string) query {
	if s.dialect == Postgres {
		return query{text: text}
	}
	var b strings.Builder
	var order []int
	for i := 0; i < len(text); i++ {
		j := i + 1
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if text[i] != '$' || j == i+1 {
			b.WriteByte(text[i])
			continue
		}
		n, _ := strconv.Atoi(text[i+1 : j])
		order = append(order, n)
		b.WriteByte('?')
		i = j - 1
	}
	q := query{text: b.String(), order: order}
	if inOrder(order) {
		q.order = nil
	}
	return q
}

// inOrder reports whether order is 1, 2, 3, …
func inOrder(order []int) bool {
	for i, n := range order {
		if n != i+1 {
			return false
		}
	}
	return true
}

// splitTable validates a table name and splits off its schema, if any.
func splitTable(name string) (schema, table string, err error) {
	parts := strings.Split(name, ".")
	if len(parts) > 2 {
		return "", "", fmt.Errorf("sqlstore: table name %q has more than one dot", name)
	}
	for _, p := range parts {
		if !validIdent(p) {
			return "", "", fmt.Errorf("sqlstore: table name %q is not an identifier (letters, digits and underscores, not starting with a digit, at most 63), optionally schema-qualified", name)
		}
	}
	if len(parts) == 2 {
		return parts[0], parts[1], nil
	}
	return "", parts[0], nil
}

// validIdent reports whether s matches [A-Za-z_][A-Za-z0-9_]{0,62}.
func validIdent(s string) bool {
	if len(s) == 0 || len(s) > 63 || (s[0] >= '0' && s[0] <= '9') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '_' && (c < '0' || c > '9') && (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// quote quotes a validated identifier.
func quote(ident string) string { return `"` + ident + `"` }

// Migrate creates the table and its index on subject unless they exist. It
// is idempotent, and on PostgreSQL several processes may run it at once
// (it takes a transaction-scoped advisory lock). It needs the right to
// create tables; a server can run with a role that may only read and write
// the table, once Migrate has been run by a deployment step
// ("mcpauth keys migrate").
func (s *Store) Migrate(ctx context.Context) error {
	if err := s.ready(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlstore: migrating %s: %w", s.table, err)
	}
	defer tx.Rollback()
	if s.dialect == Postgres {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext($1))`, "mcpauth.migrate."+s.table); err != nil {
			return fmt.Errorf("sqlstore: migrating %s: %w", s.table, err)
		}
	}
	for _, stmt := range s.migrate {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("sqlstore: migrating %s: %w", s.table, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlstore: migrating %s: %w", s.table, err)
	}
	return nil
}

// ErrNoTable is returned by Check when the table does not exist.
var ErrNoTable = errors.New("sqlstore: the keys table does not exist (run Migrate, or \"mcpauth keys migrate\")")

// Check verifies that the database answers and the table exists: a start-up
// probe for servers that do not run Migrate themselves.
func (s *Store) Check(ctx context.Context) error {
	if err := s.ready(); err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM `+s.table+` WHERE 1 = 0`)
	if err != nil {
		if perr := s.db.PingContext(ctx); perr != nil {
			return fmt.Errorf("sqlstore: %w", perr)
		}
		return fmt.Errorf("%w: %v", ErrNoTable, err)
	}
	return rows.Close()
}

// readyTimeout bounds Ready, whatever its ctx allows.
const readyTimeout = time.Second

// Ready implements mcpauth.Checker, for a readiness probe: nil when the
// database answers and the table exists, as lookups need, and otherwise
// the database's error (or ErrNoTable). It costs one query that reads no
// row (Check's), bounded by ctx and by one second; a failure adds a
// PingContext to tell a database that is down from a missing table. A
// Store that New did not make is not ready.
func (s *Store) Ready(ctx context.Context) error {
	if err := s.ready(); err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	return s.Check(ctx)
}

// Lookup implements [apikey.Store]. It returns [apikey.ErrNotFound] when no
// row has the id; any other error means the database could not answer.
func (s *Store) Lookup(ctx context.Context, id string) (*apikey.Record, error) {
	if err := s.ready(); err != nil {
		return nil, err
	}
	rec, err := scanRecord(s.db.QueryRowContext(ctx, s.lookup.text, s.lookup.args(id)...))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, apikey.ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("sqlstore: looking up key %s: %w", id, err)
	}
	return rec, nil
}

// Insert implements [apikey.Manager]. The record must have a key id, a
// 32-byte hash and a subject, and its scopes must be non-empty and free of
// white space; it returns [apikey.ErrExists] if the id is taken.
func (s *Store) Insert(ctx context.Context, rec *apikey.Record) error {
	if err := s.ready(); err != nil {
		return err
	}
	if err := apikey.ValidateRecord(rec); err != nil {
		return fmt.Errorf("sqlstore: %w", err)
	}
	meta := "{}"
	if len(rec.Metadata) > 0 {
		b, err := json.Marshal(rec.Metadata)
		if err != nil {
			return fmt.Errorf("sqlstore: encoding metadata of key %s: %w", rec.ID, err)
		}
		meta = string(b)
	}
	res, err := s.db.ExecContext(ctx, s.insert.text, s.insert.args(
		rec.ID, rec.Hash, rec.Subject, rec.Name, strings.Join(rec.Scopes, " "), meta, rec.RateLimit,
		rec.CreatedAt.UnixMicro(), nullTime(rec.ExpiresAt), nullTime(rec.RevokedAt), nullTime(rec.LastUsedAt), rec.ReplacedBy,
	)...)
	if err != nil {
		return fmt.Errorf("sqlstore: inserting key %s: %w", rec.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("sqlstore: inserting key %s: %w", rec.ID, err)
	}
	if n == 0 {
		return apikey.ErrExists
	}
	return nil
}

// List implements [apikey.Manager].
func (s *Store) List(ctx context.Context, f apikey.Filter) ([]*apikey.Record, error) {
	if err := s.ready(); err != nil {
		return nil, err
	}
	var q query
	var args []any
	switch now := time.Now().UnixMicro(); {
	case f.Inactive && f.Subject == "":
		q = s.listAll
	case f.Inactive:
		q, args = s.listSubject, []any{f.Subject}
	case f.Subject == "":
		q, args = s.listActiveAll, []any{now}
	default:
		q, args = s.listActiveSubject, []any{now, f.Subject}
	}
	rows, err := s.db.QueryContext(ctx, q.text, q.args(args...)...)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: listing keys: %w", err)
	}
	defer rows.Close()
	var out []*apikey.Record
	for rows.Next() {
		rec, err := scanRecord(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlstore: listing keys: %w", err)
		}
		out = append(out, rec)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlstore: listing keys: %w", err)
	}
	return out, nil
}

// Revoke implements [apikey.Manager]. A zero at means now; an earlier
// revocation stands.
func (s *Store) Revoke(ctx context.Context, id string, at time.Time) error {
	if err := s.ready(); err != nil {
		return err
	}
	if at.IsZero() {
		at = time.Now()
	}
	n, err := s.exec(ctx, s.revoke, id, at.UnixMicro())
	if err != nil {
		return fmt.Errorf("sqlstore: revoking key %s: %w", id, err)
	}
	if n == 0 {
		return apikey.ErrNotFound
	}
	return nil
}

// SetExpiry implements [apikey.Manager]. A zero at clears the expiry.
func (s *Store) SetExpiry(ctx context.Context, id string, at time.Time) error {
	if err := s.ready(); err != nil {
		return err
	}
	n, err := s.exec(ctx, s.setExpiry, id, nullTime(at))
	if err != nil {
		return fmt.Errorf("sqlstore: setting the expiry of key %s: %w", id, err)
	}
	if n == 0 {
		return apikey.ErrNotFound
	}
	return nil
}

// TouchLastUsed implements [apikey.Manager]: it records at unless a later
// use is recorded already.
func (s *Store) TouchLastUsed(ctx context.Context, id string, at time.Time) error {
	if err := s.ready(); err != nil {
		return err
	}
	n, err := s.exec(ctx, s.touch, id, at.UnixMicro())
	if err != nil {
		return fmt.Errorf("sqlstore: touching key %s: %w", id, err)
	}
	if n > 0 {
		return nil
	}
	// Either there is no such row or it records a later use.
	return s.unchanged(ctx, id, "touching", nil)
}

// MarkReplaced implements [apikey.Manager].
func (s *Store) MarkReplaced(ctx context.Context, id, successor string, end time.Time) error {
	if err := s.ready(); err != nil {
		return err
	}
	n, err := s.exec(ctx, s.markReplaced, id, successor, end.UnixMicro())
	if err != nil {
		return fmt.Errorf("sqlstore: marking key %s replaced: %w", id, err)
	}
	if n > 0 {
		return nil
	}
	return s.unchanged(ctx, id, "marking replaced", apikey.ErrReplaced)
}

// unchanged explains a conditional update that changed no row: ErrNotFound
// if there is no such row, else ifExists.
func (s *Store) unchanged(ctx context.Context, id, what string, ifExists error) error {
	var one int
	err := s.db.QueryRowContext(ctx, s.exists.text, s.exists.args(id)...).Scan(&one)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return apikey.ErrNotFound
	case err != nil:
		return fmt.Errorf("sqlstore: %s key %s: %w", what, id, err)
	}
	return ifExists
}

// exec runs q and returns the number of rows it changed.
func (s *Store) exec(ctx context.Context, q query, args ...any) (int64, error) {
	res, err := s.db.ExecContext(ctx, q.text, q.args(args...)...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// scanRecord reads a row of the lookup and list queries' columns.
func scanRecord(row interface{ Scan(...any) error }) (*apikey.Record, error) {
	var (
		rec                       apikey.Record
		scopes, meta              string
		created                   int64
		expires, revoked, lastUse sql.NullInt64
	)
	if err := row.Scan(&rec.ID, &rec.Hash, &rec.Subject, &rec.Name, &scopes, &meta, &rec.RateLimit,
		&created, &expires, &revoked, &lastUse, &rec.ReplacedBy); err != nil {
		return nil, err
	}
	rec.Scopes = strings.Fields(scopes)
	if meta != "" && meta != "{}" {
		if err := json.Unmarshal([]byte(meta), &rec.Metadata); err != nil {
			return nil, fmt.Errorf("decoding metadata of key %s: %w", rec.ID, err)
		}
	}
	rec.CreatedAt = time.UnixMicro(created).UTC()
	rec.ExpiresAt = fromNull(expires)
	rec.RevokedAt = fromNull(revoked)
	rec.LastUsedAt = fromNull(lastUse)
	return &rec, nil
}

// nullTime is t in unix microseconds, or NULL for the zero time.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixMicro()
}

// fromNull is the inverse of nullTime.
func fromNull(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMicro(v.Int64).UTC()
}
