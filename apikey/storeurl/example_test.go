package storeurl_test

import (
	"context"
	"fmt"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/storeurl"
)

// Open a store by URL — sqlite:PATH, postgres://…, redis://… or memory: —
// as the server and the mcpauth CLI do, and make a key in it.
func Example() {
	ctx := context.Background()
	store, err := storeurl.Open(ctx, "memory:")
	if err != nil {
		panic(err)
	}
	defer store.Close()
	key, rec, err := apikey.Create(ctx, store, apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}})
	if err != nil {
		panic(err)
	}
	fmt.Println(store.Kind, rec.Subject, len(key) > len(apikey.DefaultPrefix))
	// Output: memory alice true
}
