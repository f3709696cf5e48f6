// Package rpcerr is the one writer of mcpauth's refusals: every 4xx and
// 5xx an mcpauth layer answers goes through it, with the same headers
// (JSON, never cached, never sniffed), bodies built by encoding/json, and
// one rule for Retry-After. Two body shapes, each where its spec wants it:
//
//   - Write: a JSON-RPC 2.0 error, with the refused request's id when it is
//     known — for refusals of the MCP message itself (a malformed body, a
//     rate limit, a foreign Origin);
//   - WriteOAuth: {"error", "error_description"} — for the gate's
//     authentication and authorization answers, beside their
//     WWW-Authenticate challenge (RFC 6750 §3, the MCP authorization spec).
package rpcerr

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"
)

// Write answers status with a JSON-RPC 2.0 error object. id is the raw JSON
// id of the refused request, or nil for null (unknown, or a batch). data is
// marshalled into error.data when not nil.
func Write(w http.ResponseWriter, status int, id []byte, code int, message string, data any) {
	type rpcError struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    any    `json:"data,omitempty"`
	}
	type response struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   rpcError        `json:"error"`
	}
	if len(id) == 0 || !json.Valid(id) {
		id = []byte("null")
	}
	body, err := json.Marshal(response{"2.0", id, rpcError{code, message, data}})
	if err != nil { // data that does not marshal: drop it rather than the answer
		body, _ = json.Marshal(response{"2.0", id, rpcError{Code: code, Message: message}})
	}
	send(w, status, body)
}

// WriteOAuth answers status with an OAuth error body: error is the
// RFC 6750 error code ("invalid_token", or a word such as "unauthorized"
// where the challenge has none), description says why without the
// credential.
func WriteOAuth(w http.ResponseWriter, status int, error, description string) {
	body, _ := json.Marshal(struct {
		Error       string `json:"error"`
		Description string `json:"error_description"`
	}{error, description}) // strings always marshal
	send(w, status, body)
}

// RetryAfter sets Retry-After to d in whole seconds, rounded up, and at
// least 1: a client told 0 would retry at once.
func RetryAfter(h http.Header, d time.Duration) {
	h.Set("Retry-After", strconv.FormatInt(int64(Seconds(d)), 10))
}

// Seconds is d in whole seconds, rounded up, at least 1: what Retry-After
// and the rate-limit headers say.
func Seconds(d time.Duration) int {
	if d <= time.Second {
		return 1
	}
	return int((d + time.Second - 1) / time.Second)
}

// send writes a refusal's headers and body.
func send(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}
