// Package sqlstore keeps API key records in a PostgreSQL or SQLite table
// through database/sql: an [apikey.Manager] for the authenticator, the
// mcpauth CLI, [apikey.Create], [apikey.Rotate] and [apikey.Tracker].
//
// The package imports no database driver; import one yourself, such as
// github.com/jackc/pgx/v5/stdlib (driver "pgx") for PostgreSQL or
// modernc.org/sqlite (driver "sqlite") for SQLite. The table is created
// only by [Store.Migrate], never implicitly; call it at start-up (it is
// idempotent) or create the table the same way yourself:
//
//	import _ "github.com/jackc/pgx/v5/stdlib"
//
//	db, err := sql.Open("pgx", "postgres://…")
//	if err != nil { ... }
//	store, err := sqlstore.New(db, sqlstore.Options{Dialect: sqlstore.Postgres})
//	if err != nil { ... }
//	if err := store.Migrate(ctx); err != nil { ... }
//	auth, err := apikey.New(apikey.Config{Store: store})
//
// Rows hold the key's hash, never the key. Times are stored as unix
// microseconds (NULL for none), scopes space-separated and metadata as a
// JSON object. A database that cannot answer makes Lookup return an error
// other than [apikey.ErrNotFound], so the gate answers 503, never 401.
//
// With SQLite, several connections writing at once can fail with "database
// is locked" unless the database waits for its lock: open it with a busy
// timeout, as in "keys.db?_pragma=busy_timeout(5000)" for
// modernc.org/sqlite.
package sqlstore
