package main

import (
	"context"
	"database/sql"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/storetest"
)

func openDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "users.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(schema); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestUsersConforms: the users table passes the conformance suite for
// one-method stores.
func TestUsersConforms(t *testing.T) {
	storetest.RunStore(t, func(t *testing.T, recs ...apikey.Record) apikey.Store {
		db := openDB(t)
		for _, r := range recs {
			var expires any
			if !r.ExpiresAt.IsZero() {
				expires = r.ExpiresAt.Unix()
			}
			if _, err := db.Exec(`INSERT INTO users (email, disabled, api_key_id, api_key_hash, api_key_expires_at) VALUES (?, ?, ?, ?, ?)`,
				r.Subject, !r.RevokedAt.IsZero(), r.ID, r.Hash, expires); err != nil {
				t.Fatal(err)
			}
		}
		return users{db}
	})
}

// TestCustomStoreServes: a user's key, from the application's own table,
// calls the tool through NewEndpoint.
func TestCustomStoreServes(t *testing.T) {
	db := openDB(t)
	key, err := addUser(context.Background(), db, "alice@example.com")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	if err := mount(mux, db, srv.URL+"/mcp"); err != nil {
		t.Fatal(err)
	}
	call := func() int {
		req, _ := http.NewRequest("POST", srv.URL+"/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
		req.Header.Set("X-API-Key", key)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := call(); got != 200 {
		t.Fatalf("alice: %d", got)
	}
}
