package ratelimit_test

import (
	"testing"

	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/internal/limitertest"
)

// The hostile-request suite with the memory limiter; package redislimit
// runs it with Redis.

func newMemory(*testing.T) ratelimit.Limiter { return ratelimit.NewMemory(ratelimit.MemoryOptions{}) }

func TestHostileRequestsAreCounted(t *testing.T) {
	limitertest.HostileRequestsAreCounted(t, newMemory)
}

func TestHostileBatchSpendsEachCall(t *testing.T) {
	limitertest.HostileBatchSpendsEachCall(t, newMemory)
}
