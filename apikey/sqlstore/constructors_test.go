package sqlstore_test

import (
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/sqlstore"
	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/internal/testenv"
)

func TestNewRefusesBadInputNamingTheField(t *testing.T) {
	db := testenv.SQLiteDB(t)
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"nil db", func() error { _, err := sqlstore.New(nil, sqlstore.Options{Dialect: sqlstore.SQLite}); return err }, "db is nil"},
		{"no Dialect", func() error { _, err := sqlstore.New(db, sqlstore.Options{}); return err }, "Options.Dialect is empty"},
		{"unknown Dialect", func() error { _, err := sqlstore.New(db, sqlstore.Options{Dialect: "mysql"}); return err }, `Options.Dialect "mysql"`},
		{"bad Table", func() error {
			_, err := sqlstore.New(db, sqlstore.Options{Dialect: sqlstore.SQLite, Table: "1keys"})
			return err
		}, "Options.Table"},
		{"Table with two dots", func() error {
			_, err := sqlstore.New(db, sqlstore.Options{Dialect: sqlstore.Postgres, Table: "a.b.c"})
			return err
		}, "Options.Table"},
	} {
		var err error
		testcheck.NoPanic(t, c.name, func() { err = c.call() })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error naming %q", c.name, err, c.want)
		}
	}
}

// TestZeroStoreDoesNotPanic: every method of a Store that New did not make
// fails, without a database.
func TestZeroStoreDoesNotPanic(t *testing.T) {
	_, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*sqlstore.Store{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Store", func() {
			_, lerr := s.Lookup(ctx, rec.ID)
			_, listErr := s.List(ctx, apikey.Filter{})
			for what, err := range map[string]error{
				"Migrate":       s.Migrate(ctx),
				"Check":         s.Check(ctx),
				"Lookup":        lerr,
				"List":          listErr,
				"Insert":        s.Insert(ctx, &rec),
				"Revoke":        s.Revoke(ctx, rec.ID, time.Now()),
				"SetExpiry":     s.SetExpiry(ctx, rec.ID, time.Now()),
				"TouchLastUsed": s.TouchLastUsed(ctx, rec.ID, time.Now()),
				"MarkReplaced":  s.MarkReplaced(ctx, rec.ID, "x", time.Now()),
			} {
				if err == nil || !strings.Contains(err.Error(), "not created with New") {
					t.Errorf("%s Store.%s: %v", name, what, err)
				}
			}
		})
	}
	var nilStore *sqlstore.Store
	if _, err := apikey.New(apikey.Config{Store: nilStore}); err == nil {
		t.Error("apikey.New accepted a nil *sqlstore.Store")
	}
}
