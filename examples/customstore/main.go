// Command customstore authenticates API keys kept in a table the
// application already has — here a "users" table in SQLite, with one key
// per user — through the one-method apikey.Store. The conformance suite
// (apikey/storetest.RunStore) checks it in main_test.go.
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	_ "modernc.org/sqlite" // or your PostgreSQL/MySQL driver

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// schema is the application's own table; api_key_id and api_key_hash
// hold a key made by apikey.NewRecord (its id and SHA-256), never the key.
const schema = `CREATE TABLE IF NOT EXISTS users (
	email        TEXT PRIMARY KEY,
	plan         TEXT NOT NULL DEFAULT 'free',
	disabled     INTEGER NOT NULL DEFAULT 0,
	api_key_id   TEXT UNIQUE,
	api_key_hash BLOB,
	api_key_expires_at INTEGER -- Unix seconds; NULL: never
)`

// users is an apikey.Store over the users table.
type users struct{ db *sql.DB }

// Lookup implements apikey.Store: the user whose key has this id, as a
// Record. A disabled user's key is revoked; an unknown id is ErrNotFound;
// a database failure is returned as it is (the gate answers 503).
func (u users) Lookup(ctx context.Context, id string) (*apikey.Record, error) {
	var email, plan string
	var disabled bool
	var hash []byte
	var expires sql.NullInt64
	err := u.db.QueryRowContext(ctx, `SELECT email, plan, disabled, api_key_hash, api_key_expires_at FROM users WHERE api_key_id = ?`, id).
		Scan(&email, &plan, &disabled, &hash, &expires)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, apikey.ErrNotFound
	case err != nil:
		return nil, err
	}
	rec := &apikey.Record{ID: id, Hash: hash, Subject: email, Scopes: []string{"tools"}, Metadata: map[string]string{"plan": plan}}
	if disabled {
		rec.RevokedAt = time.Unix(0, 0)
	}
	if expires.Valid {
		rec.ExpiresAt = time.Unix(expires.Int64, 0)
	}
	return rec, nil
}

// addUser gives a user a new key and returns it: shown once, stored as
// its hash.
func addUser(ctx context.Context, db *sql.DB, email string) (string, error) {
	key, rec, err := apikey.NewRecord(apikey.NewKey{Subject: email})
	if err != nil {
		return "", err
	}
	_, err = db.ExecContext(ctx, `INSERT INTO users (email, api_key_id, api_key_hash) VALUES (?, ?, ?)
		ON CONFLICT (email) DO UPDATE SET api_key_id = excluded.api_key_id, api_key_hash = excluded.api_key_hash`, email, rec.ID, rec.Hash)
	return key, err
}

// mount serves an MCP server at resource for the users' keys.
func mount(mux *http.ServeMux, db *sql.DB, resource string) error {
	keys, err := apikey.New(apikey.Config{Store: users{db}}) // cached: the table is read once per key per 30 s
	if err != nil {
		return err
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: resource, Authenticators: []mcpauth.Authenticator{keys}})
	if err != nil {
		return err
	}
	server := mcp.NewServer(&mcp.Implementation{Name: "customstore", Version: "v1"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "whoami", Description: "The calling user and plan"},
		func(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, map[string]string, error) {
			p, _ := mcpctx.PrincipalFrom(ctx)
			plan, _ := p.Claims["plan"].(string)
			return nil, map[string]string{"user": p.Subject, "plan": plan}, nil
		})
	return ep.Mount(mux, mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil))
}

func main() {
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:customstore.db")
	if err == nil {
		_, err = db.ExecContext(ctx, schema)
	}
	if err != nil {
		log.Fatal(err)
	}
	key, err := addUser(ctx, db, "alice@example.com")
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	if err := mount(mux, db, "http://127.0.0.1:8080/mcp"); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("MCP endpoint http://127.0.0.1:8080/mcp\nalice@example.com's key (shown once): X-API-Key: %s\n", strings.TrimSpace(key))
	log.Fatal((&http.Server{Addr: "127.0.0.1:8080", Handler: mux, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}).ListenAndServe())
}
