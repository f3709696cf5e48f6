// Package rpcerr writes the JSON-RPC error responses with which mcpauth's
// HTTP layers refuse a request (a malformed body, a rate limit, a foreign
// Origin): one writer, so that every refusal has the same shape.
package rpcerr

import (
	"encoding/json"
	"net/http"
)

// Write answers status with a JSON-RPC 2.0 error object. id is the raw JSON
// id of the refused request, or nil for null (unknown, or a batch). data is
// marshalled into error.data when not nil. The response is never cached.
func Write(w http.ResponseWriter, status int, id []byte, code int, message string, data any) {
	type rpcError struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    any    `json:"data,omitempty"`
	}
	if len(id) == 0 || !json.Valid(id) {
		id = []byte("null")
	}
	body, err := json.Marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   rpcError        `json:"error"`
	}{"2.0", id, rpcError{code, message, data}})
	if err != nil { // data that does not marshal: drop it rather than the answer
		body, _ = json.Marshal(struct {
			JSONRPC string          `json:"jsonrpc"`
			ID      json.RawMessage `json:"id"`
			Error   rpcError        `json:"error"`
		}{"2.0", id, rpcError{Code: code, Message: message}})
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}
