package sqlstore_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/sqlstore"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Keep keys in SQLite: open the database with a driver of your choice,
// create the table once with Migrate, and hand the store to the
// authenticator.
func ExampleNew() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "sqlstore")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	db, err := sql.Open("sqlite", filepath.Join(dir, "keys.db")+"?_pragma=busy_timeout(5000)")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	store, err := sqlstore.New(db, sqlstore.Options{Dialect: sqlstore.SQLite})
	if err != nil {
		panic(err)
	}
	if err := store.Migrate(ctx); err != nil {
		panic(err)
	}
	auth, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		panic(err)
	}
	_ = auth // use it in mcpauth.Options.Authenticators

	key, rec, err := apikey.Create(ctx, store, apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}})
	if err != nil {
		panic(err)
	}
	_ = key // show it to alice once; the table holds only its hash
	got, err := store.Lookup(ctx, rec.ID)
	fmt.Println(got.Subject, got.Scopes, err)
	// Output: alice [tools] <nil>
}
