package ratelimit

import "github.com/mcpauth/mcpauth/internal/nilcheck"

// isNil is nilcheck.Nil: v is nil or holds a nil pointer, map, func,
// slice or channel.
func isNil(v any) bool { return nilcheck.Nil(v) }
