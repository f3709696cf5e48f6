package storetest_test

import (
	"testing"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/storetest"
)

// In your store's _test.go: the conformance suite every store of this
// module passes, run against yours (here the in-memory one).
func ExampleRun() {
	_ = func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) apikey.Manager { return apikey.NewMemoryStore() })
	}
}

// TestMemoryStoreConforms runs the example's suite, so that it is known to
// pass as shown.
func TestMemoryStoreConforms(t *testing.T) {
	storetest.Run(t, func(t *testing.T) apikey.Manager { return apikey.NewMemoryStore() })
}
