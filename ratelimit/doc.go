// Package ratelimit will limit MCP requests per authenticated caller, per
// API-key plan and per tool, with GCRA in memory and in Redis, the IETF
// RateLimit headers and explicit failure modes when Redis is unavailable.
//
// It has no API yet. It will sit behind the mcpauth gate, keyed by the
// principal that package mcpctx carries:
//
//	origin check → mcpauth gate → rate limit → MCP handler
package ratelimit
