package testenv

import (
	"context"
	"testing"
)

func TestServices(t *testing.T) {
	ctx := context.Background()
	if err := RedisClient(t).Ping(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	if err := SQLiteDB(t).PingContext(ctx); err != nil {
		t.Fatal(err)
	}
	t.Run("postgres", func(t *testing.T) {
		db := PostgresDB(t)
		// The table lands in the test's own schema.
		if _, err := db.ExecContext(ctx, "CREATE TABLE probe (x int)"); err != nil {
			t.Fatal(err)
		}
		var schema string
		if err := db.QueryRowContext(ctx, "SELECT table_schema FROM information_schema.tables WHERE table_name = 'probe'").Scan(&schema); err != nil {
			t.Fatal(err)
		}
		if schema == "public" {
			t.Fatal("search_path not applied: table created in public")
		}
	})
}
