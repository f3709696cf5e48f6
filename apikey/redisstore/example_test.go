package redisstore_test

import (
	"context"
	"fmt"
	"net/http/httptest"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/redisstore"
)

// Keep keys in Redis, create one and authenticate a request with it.
func ExampleNew() {
	mr, err := miniredis.Run() // an in-process Redis for the example; use your own
	if err != nil {
		panic(err)
	}
	defer mr.Close()

	client := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{mr.Addr()}})
	defer client.Close()
	store, err := redisstore.New(client, redisstore.Options{})
	if err != nil {
		panic(err)
	}

	key, rec, err := apikey.Create(context.Background(), store, apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}})
	if err != nil {
		panic(err)
	}
	// Show key to its owner once; Redis holds only its hash.

	auth, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		panic(err)
	}
	r := httptest.NewRequest("POST", "/mcp", nil)
	r.Header.Set("X-API-Key", key)
	p, err := auth.Authenticate(r)
	fmt.Println(p.Subject, p.Scopes, p.KeyID == rec.ID, err)
	// Output: alice [tools] true <nil>
}
