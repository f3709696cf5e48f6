package operation

import (
	"errors"
	"net/http"

	"github.com/mcpauth/mcpauth/internal/rpcerr"
)

// The kinds of refusal, matched with errors.Is on an [*Error].
var (
	// ErrMalformed: the body is not one well-formed, unambiguous JSON-RPC
	// message or batch (invalid JSON or UTF-8, a repeated member, a null
	// or non-string method, a missing tool name, trailing data, a batch
	// on a protocol version without batches). 400.
	ErrMalformed = errors.New("operation: malformed JSON-RPC request")
	// ErrHeaderMismatch: Mcp-Method or Mcp-Name disagrees with the body,
	// is repeated, or is missing where the protocol version requires it.
	// 400 with JSON-RPC code -32020.
	ErrHeaderMismatch = errors.New("operation: MCP header does not match the body")
	// ErrTooLarge: the body is larger than the parser reads. 413.
	ErrTooLarge = errors.New("operation: request body too large")
	// ErrEncoding: the body has a Content-Encoding (gzip, say), which
	// neither this parser nor go-sdk decodes. 415.
	ErrEncoding = errors.New("operation: unsupported Content-Encoding")
	// ErrRead: the body could not be read (the client went away, say). 400.
	ErrRead = errors.New("operation: request body could not be read")
)

// JSON-RPC error codes used in refusals.
const (
	CodeParseError     = -32700 // not JSON at all
	CodeInvalidRequest = -32600 // JSON, but not an acceptable request
	CodeHeaderMismatch = -32020 // the 2026-07-28 transport's header mismatch
)

// Error is a refused request. Its Message is what the client is told; it
// may quote a member name or a few bytes of the client's own body, never
// anything else.
type Error struct {
	Kind    error  // one of the Err* values above
	Status  int    // the HTTP status to answer
	Code    int    // the JSON-RPC error code
	Message string // what is wrong
	// ID is the raw JSON id of the refused message when it is known (a
	// single message whose id was read), else nil.
	ID []byte
	// Err is the underlying cause, if any.
	Err error
}

// Error returns "kind: message: cause", leaving out empty parts.
func (e *Error) Error() string {
	s := "operation: request refused"
	if e.Kind != nil {
		s = e.Kind.Error()
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Is reports whether target is e's Kind.
func (e *Error) Is(target error) bool { return target != nil && target == e.Kind }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

func malformed(msg string, id []byte, cause error) *Error {
	code := CodeInvalidRequest
	if cause != nil && isSyntax(cause) {
		code = CodeParseError
	}
	return &Error{Kind: ErrMalformed, Status: http.StatusBadRequest, Code: code, Message: msg, ID: id, Err: cause}
}

func mismatch(msg string, id []byte) *Error {
	return &Error{Kind: ErrHeaderMismatch, Status: http.StatusBadRequest, Code: CodeHeaderMismatch, Message: msg, ID: id}
}

// WriteError answers a request that err refused: the status of an [*Error]
// (400, 413 or 415; 500 for a deferred body read without Require) with a JSON-RPC error body carrying the request's id
// when known. Any other error (nil included), and an *Error without a
// valid Status, is answered 400. It is the one writer of these refusals,
// for every layer that parses.
func WriteError(w http.ResponseWriter, err error) {
	var e *Error
	if !errors.As(err, &e) || e == nil {
		e = malformed("invalid request", nil, nil)
	}
	msg := e.Message
	if e.Kind == ErrMalformed && e.Err != nil {
		msg += ": " + e.Err.Error() // the JSON reader's account of the client's own bytes
	}
	status, code := e.Status, e.Code
	if status < 100 || status > 999 { // an Error not made here: answer it as any other
		status = http.StatusBadRequest
	}
	if code == 0 {
		code = CodeInvalidRequest
	}
	rpcerr.Write(w, status, e.ID, code, msg, nil)
}
