package storetest_test

import (
	"testing"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/storetest"
)

func TestMemoryStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) apikey.Manager { return apikey.NewMemoryStore() })
}
