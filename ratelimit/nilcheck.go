package ratelimit

import (
	"errors"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
)

// isNil is nilcheck.Nil: v is nil or holds a nil pointer, map, func,
// slice or channel.
func isNil(v any) bool { return nilcheck.Nil(v) }

// errNoRedis is returned by a Redis limiter that NewRedis did not make
// (the zero value, or nil).
var errNoRedis = errors.New("ratelimit: Redis limiter not created with NewRedis")
