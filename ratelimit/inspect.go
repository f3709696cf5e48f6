package ratelimit

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"sync"
)

// DefaultMaxPeek is how much of a POST body is read to find the JSON-RPC
// method, tool name and id, when Options.MaxPeek is 0.
const DefaultMaxPeek = 64 << 10

// Call describes the JSON-RPC message(s) a request carries, as far as the
// limiter could tell.
type Call struct {
	// Method is the JSON-RPC method ("tools/call"), or "" if unknown (not a
	// POST, malformed, or beyond the peek).
	Method string
	// Tool is params.name of a tools/call.
	Tool string
	// ID is the raw JSON id of a single request, for the 429 body; nil for
	// notifications, batches and unknown bodies.
	ID json.RawMessage
	// Batch holds the calls of a JSON-RPC batch (old protocol versions).
	Batch []Call
	// Partial reports that the body could not be read to the end of the
	// message — cut off by the peek, or malformed — so Method or Tool may
	// be missing. Policies scoped to methods or tools then count the
	// request too: a tools/call cannot dodge its tool's limit by putting a
	// large params before its method.
	Partial bool

	peeked bool // the body was read (so ID is known, if there is one)
}

var peekPool = sync.Pool{New: func() any { b := make([]byte, DefaultMaxPeek); return &b }}

// inspect reads the MCP call from the request: from the Mcp-Method and
// Mcp-Name headers when the client sends them (protocol 2026-07-28), else
// from at most maxPeek bytes of a POST body, which is put back intact. The
// returned release must be called when the request is done.
func inspect(r *http.Request, maxPeek int, wantID bool) (c Call, release func()) {
	release = func() {}
	if m := r.Header.Get("Mcp-Method"); m != "" && !wantID {
		c.Method = m
		if m == "tools/call" {
			c.Tool = r.Header.Get("Mcp-Name")
		}
		return c, release
	}
	if r.Method != http.MethodPost || r.Body == nil || r.Body == http.NoBody {
		return c, release
	}
	var buf []byte
	var pooled *[]byte
	if maxPeek == DefaultMaxPeek {
		pooled = peekPool.Get().(*[]byte)
		buf = *pooled
	} else {
		buf = make([]byte, maxPeek)
	}
	n, err := io.ReadFull(r.Body, buf)
	peeked := buf[:n]
	body := r.Body
	switch err {
	case nil: // the body may go on
		r.Body = readCloser{io.MultiReader(bytes.NewReader(peeked), body), body}
	default: // EOF, short body, or a read error: replay what came, then the error
		r.Body = readCloser{io.MultiReader(bytes.NewReader(peeked), errReader{err}), body}
	}
	if pooled != nil {
		release = func() { peekPool.Put(pooled) }
	}
	c = parseCall(peeked)
	c.peeked = true
	if m := r.Header.Get("Mcp-Method"); m != "" { // headers win; the SDK checks they match
		c.Method, c.Tool = m, ""
		if m == "tools/call" {
			c.Tool = r.Header.Get("Mcp-Name")
		}
	}
	return c, release
}

type readCloser struct {
	io.Reader
	io.Closer
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) {
	if e.err == io.ErrUnexpectedEOF {
		return 0, io.EOF
	}
	return 0, e.err
}

// parseCall extracts method, tool and id from a JSON-RPC message or batch,
// tolerating a body cut off by the peek: whatever was read before the cut
// counts.
func parseCall(b []byte) Call {
	if len(bytes.TrimSpace(b)) == 0 {
		return Call{}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err != nil {
		return Call{Partial: true}
	}
	switch tok {
	case json.Delim('{'):
		c, complete := parseObject(dec)
		c.Partial = !complete
		return c
	case json.Delim('['):
		var batch Call
		for dec.More() {
			if t, err := dec.Token(); err != nil || t != json.Delim('{') {
				batch.Partial = true
				return batch
			}
			c, complete := parseObject(dec)
			c.Partial = !complete
			batch.Batch = append(batch.Batch, c)
			if !complete {
				batch.Partial = true
				return batch
			}
		}
		if _, err := dec.Token(); err != nil { // ']'
			batch.Partial = true
		}
		return batch
	}
	return Call{Partial: true}
}

// parseObject reads the rest of an object whose '{' was consumed. It
// reports whether the object was read to its end.
func parseObject(dec *json.Decoder) (c Call, complete bool) {
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return c, false
		}
		key, _ := t.(string)
		switch key {
		case "method":
			var m string
			if dec.Decode(&m) != nil {
				return c, false
			}
			c.Method = m
		case "id":
			var id json.RawMessage
			if dec.Decode(&id) != nil {
				return c, false
			}
			if len(id) > 0 && (id[0] == '"' || id[0] == '-' || (id[0] >= '0' && id[0] <= '9')) && len(id) <= 256 {
				c.ID = id
			}
		case "params":
			t, err := dec.Token()
			if err != nil {
				return c, false
			}
			if t == json.Delim('[') {
				if skipRest(dec) != nil {
					return c, false
				}
				continue
			}
			if t != json.Delim('{') {
				continue // a scalar, already read
			}
			for dec.More() {
				t, err := dec.Token()
				if err != nil {
					return c, false
				}
				if t == "name" {
					var name string
					if dec.Decode(&name) != nil {
						return c, false
					}
					c.Tool = name
				} else if skip(dec) != nil {
					return c, false
				}
			}
			if _, err := dec.Token(); err != nil { // '}'
				return c, false
			}
		default:
			if skip(dec) != nil {
				return c, false
			}
		}
	}
	if _, err := dec.Token(); err != nil { // '}'
		return c, false
	}
	if c.Method != "tools/call" {
		c.Tool = ""
	}
	return c, true
}

// matches reports whether a policy scoped to methods and tools applies to
// c. Unscoped policies apply to every request.
func (c *Call) matches(methods, tools []string) bool {
	if len(methods) > 0 {
		if c.Method == "" {
			if !c.Partial {
				return false
			}
		} else if !contains(methods, c.Method) {
			return false
		}
	}
	if len(tools) > 0 {
		switch {
		case c.Method != "" && c.Method != "tools/call":
			return false
		case c.Tool != "":
			return contains(tools, c.Tool)
		default:
			return c.Partial
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// skipRest consumes the rest of an array or object whose opening
// delimiter was read.
func skipRest(dec *json.Decoder) error {
	for depth := 1; depth > 0; {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('['), json.Delim('{'):
			depth++
		case json.Delim(']'), json.Delim('}'):
			depth--
		}
	}
	return nil
}

// skip consumes one JSON value.
func skip(dec *json.Decoder) error {
	var v json.RawMessage
	return dec.Decode(&v)
}
