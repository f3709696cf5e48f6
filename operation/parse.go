package operation

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"

	"github.com/go-json-experiment/json/jsontext"
)

// DefaultMaxBodyBytes is the largest body a [Parser] reads unless told
// otherwise: go-sdk's mcp.DefaultMaxRequestBodyBytes (4 MiB), so that the
// two agree on what is too large.
const DefaultMaxBodyBytes = 4 << 20

// DefaultMaxBatch is the most messages a JSON-RPC batch may hold unless
// Parser.MaxBatch says otherwise.
const DefaultMaxBatch = 1024

// maxObjectMembers bounds the members of any one JSON object in a body, and
// maxIndexedNames the members of the objects whose names jsontext's
// duplicate-name check indexes in a map — once an object passes 64 names
// or 1024 bytes of names — at a cost of tens of bytes each: without these
// bounds, a 4 MiB body of such objects cost 10 to 20 times its size.
const (
	maxObjectMembers = 10000
	maxIndexedNames  = 10000
	smallObject      = 64
	smallObjectBytes = 1024
)

// exactReadBytes is the largest announced Content-Length read into a buffer
// of that size at once.
const exactReadBytes = 64 << 10

// maxIDBytes bounds a string id; ids are echoed in every response.
const maxIDBytes = 1024

// maxSafeInt is the largest integer id go-sdk (which reads numbers as
// float64) keeps exactly.
const maxSafeInt = 1<<53 - 1

// Parser reads the MCP operations of HTTP requests. The zero value is ready
// to use and reads bodies of up to DefaultMaxBodyBytes.
type Parser struct {
	// MaxBodyBytes is the largest body read; a larger one is refused with
	// 413 before any handler runs. Set it to go-sdk's
	// StreamableHTTPOptions.MaxRequestBodyBytes when you change that.
	// Default DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxBatch is the most messages a JSON-RPC batch (protocol versions
	// before 2025-06-18) may hold; a larger one is refused with 400
	// before its operations are kept. Default DefaultMaxBatch.
	MaxBatch int
}

var defaultParser Parser

// Handler returns next behind the parser: every request is parsed here
// (see [Parser.Read]), refused with [WriteError] when it does not parse,
// and otherwise passed on with its operations in its context, where
// [FromContext] and [Require] find them. It reads the body where it
// stands, so it belongs on endpoints without authentication; an
// authenticated endpoint leaves the parse to the gate (configured by
// mcpauth.Options.Parser), which reads no body before it has checked the
// credential.
//
// Handler panics, as it is called, when next is nil. A nil *Parser is the
// default parser, here and in every method.
func (p *Parser) Handler(next http.Handler) http.Handler {
	if next == nil {
		panic("operation: Parser.Handler: next is nil")
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r, _, ok := p.Require(w, r)
		if ok {
			next.ServeHTTP(w, r)
		}
	})
}

// Require returns the operations of r: those a layer in front already
// parsed (found in r's context), or else parsed now with the default
// Parser. The returned request carries them in its context and, when it
// was parsed now, a body that replays exactly the bytes parsed: pass it
// on, not r. When r does not parse, Require writes the refusal (see
// [WriteError]) and reports false.
func Require(w http.ResponseWriter, r *http.Request) (*http.Request, *Request, bool) {
	return defaultParser.Require(w, r)
}

// Require is [Require] with this parser's settings, for a layer that
// parses (the gate takes a Parser in its options).
func (p *Parser) Require(w http.ResponseWriter, r *http.Request) (*http.Request, *Request, bool) {
	if r == nil {
		WriteError(w, &Error{Kind: ErrRead, Status: http.StatusInternalServerError, Code: CodeInvalidRequest, Message: "no request"})
		return nil, nil, false
	}
	if req, ok := FromContext(r.Context()); ok {
		return r, req, true
	}
	var hooks []Hook
	if d, ok := r.Body.(*deferredBody); ok {
		hooks = d.hooks
	}
	req, err := p.read(r)
	if err != nil {
		WriteError(w, err)
		return r, nil, false
	}
	r = r.WithContext(NewContext(r.Context(), req))
	for _, h := range hooks {
		if !h(w, r, req) {
			return r, nil, false
		}
	}
	return r, req, true
}

// A Hook is called by [Defer]'s arrangement once a request's operations
// are parsed, before the request goes on. It may refuse the request: it
// then writes the response and returns false.
type Hook func(w http.ResponseWriter, r *http.Request, req *Request) bool

// ErrNotParsed is what reading the body of a request passed through
// [Defer] returns to anything but the parser: the body was to be parsed
// (and the deferred decisions taken) before anyone used it.
var ErrNotParsed = errors.New("operation: the request body was read before its MCP operations were parsed; " +
	"a layer that deferred its decision to the parse (a rate limiter in front of the mcpauth gate) needs the gate, " +
	"or operation.Parser.Handler, behind it, with nothing reading the body in between")

// Defer lets a layer in front of authentication decide on a request's
// operations without reading its body. The returned request's body carries
// hook to whoever parses it later with [Parser.Require] (the gate, once it
// has authenticated the request), which calls it before passing the
// request on; the hooks travel with the body, so a layer that replaces the
// request's context cannot drop them. An unauthenticated request is then
// answered without its body being read or awaited. Until the parse, the
// body refuses to be read by anything else (ErrNotParsed), so that a
// missing parse shows at the first request instead of letting the deferred
// decision be skipped. A request that is never parsed (refused by the
// gate) never calls hook. Defer is for POST requests whose operations are
// not yet known. A nil hook adds nothing (r is returned as is); a nil r
// gives nil.
func Defer(r *http.Request, hook Hook) *http.Request {
	if r == nil || hook == nil {
		return r
	}
	d, ok := r.Body.(*deferredBody)
	if !ok {
		body := r.Body
		if body == nil {
			body = http.NoBody
		}
		d = &deferredBody{orig: body}
	}
	// The hooks travel with the body they hold back, not in the context:
	// a layer that gives the request a new context cannot drop them.
	r2 := new(http.Request)
	*r2 = *r
	r2.Body = &deferredBody{orig: d.orig, hooks: append(d.hooks[:len(d.hooks):len(d.hooks)], hook)}
	return r2
}

// deferredBody holds a body back for the parser, with the decisions that
// wait for the parse.
type deferredBody struct {
	orig  io.ReadCloser
	hooks []Hook
}

func (*deferredBody) Read([]byte) (int, error) { return 0, ErrNotParsed }
func (d *deferredBody) Close() error           { return d.orig.Close() }

// Read parses the operations of r. For a POST it reads the whole body, up
// to MaxBodyBytes, parses it once and replaces r.Body with a reader over
// exactly the bytes parsed (so the MCP handler sees what was decided). It
// then checks the MCP headers against the body. Other methods have no
// operations; their body is left alone.
//
// The parser is strict wherever two JSON readers could disagree: it
// refuses invalid UTF-8, any repeated member name (anywhere in the body),
// a member that differs from a JSON-RPC or MCP member only in case, a null
// or non-string jsonrpc, method, name or uri, ids that are neither
// strings nor exact integers, a params that is not an object, trailing
// data after the message, an empty batch, and a batch on a protocol
// version that has none (2025-06-18 and later). Mcp-Method and Mcp-Name,
// on any protocol version, must equal the body's method and name (after
// decoding the =?base64?…?= form; for tasks/get, tasks/update and
// tasks/cancel, which the tasks extension routes by task, Mcp-Name must
// equal params.taskId); from 2026-07-28 on they are required (but not for
// resources/subscribe and resources/unsubscribe, which that version
// removed: there a uri is not required either, so that the server, not the
// parser, answers them). A repeated MCP-Protocol-Version, Mcp-Method or
// Mcp-Name is refused.
//
// Errors are [*Error] values; [WriteError] answers them. A request that a
// layer passed through [Defer] is refused (ErrNotParsed): it has decisions
// waiting for its parse, which only [Parser.Require] takes.
func (p *Parser) Read(r *http.Request) (*Request, error) {
	if r == nil {
		return nil, &Error{Kind: ErrRead, Status: http.StatusInternalServerError, Code: CodeInvalidRequest, Message: "no request"}
	}
	if _, ok := r.Body.(*deferredBody); ok {
		return nil, &Error{Kind: ErrRead, Status: http.StatusInternalServerError, Code: CodeInvalidRequest,
			Message: "the request has decisions deferred to its parse", Err: ErrNotParsed}
	}
	return p.read(r)
}

func (p *Parser) read(r *http.Request) (*Request, error) {
	if p == nil {
		p = &defaultParser
	}
	req := &Request{}
	switch pv := r.Header.Values("Mcp-Protocol-Version"); len(pv) {
	case 0:
	case 1:
		req.ProtocolVersion = pv[0]
	default:
		return nil, malformed("more than one MCP-Protocol-Version header", nil, nil)
	}
	if r.Method != http.MethodPost {
		return req, nil
	}
	if ce := r.Header.Values("Content-Encoding"); len(ce) > 0 && !(len(ce) == 1 && strings.EqualFold(strings.TrimSpace(ce[0]), "identity")) {
		return nil, &Error{Kind: ErrEncoding, Status: http.StatusUnsupportedMediaType, Code: CodeInvalidRequest,
			Message: "Content-Encoding is not supported: send the JSON-RPC body uncompressed"}
	}
	body, err := p.readBody(r)
	if err != nil {
		return nil, err
	}
	r.Body = &bodyReader{Reader: *bytes.NewReader(body)}
	r.ContentLength = int64(len(body))
	maxBatch := p.MaxBatch
	if maxBatch <= 0 {
		maxBatch = DefaultMaxBatch
	}
	if err := parse(body, req, maxBatch); err != nil {
		return nil, err
	}
	if err := checkHeaders(r.Header, req); err != nil {
		return nil, err
	}
	return req, nil
}

// bodyReader replays the bytes parsed. It holds no pooled memory.
type bodyReader struct{ bytes.Reader }

func (*bodyReader) Close() error { return nil }

func (p *Parser) readBody(r *http.Request) ([]byte, error) {
	if p == nil {
		p = &defaultParser
	}
	limit := p.MaxBodyBytes
	if limit <= 0 {
		limit = DefaultMaxBodyBytes
	}
	tooLarge := func() error {
		return &Error{Kind: ErrTooLarge, Status: http.StatusRequestEntityTooLarge, Code: CodeInvalidRequest,
			Message: fmt.Sprintf("request body exceeds %d bytes", limit)}
	}
	if r.ContentLength > limit {
		return nil, tooLarge()
	}
	src := r.Body
	if d, ok := src.(*deferredBody); ok {
		src = d.orig // held back for this read
	}
	if src == nil || src == http.NoBody {
		return nil, malformed("POST requires a JSON-RPC body", nil, nil)
	}
	var body []byte
	var err error
	if n := r.ContentLength; n > 0 && n <= exactReadBytes {
		// The server ends the body at Content-Length: one exact read.
		// Whatever a handcrafted request might have beyond it is not
		// passed on either: go-sdk reads the bytes read here. Larger
		// bodies grow as they arrive, so that a client announcing 4 MiB
		// and sending slowly does not get 4 MiB allocated up front.
		body = make([]byte, n)
		_, err = io.ReadFull(src, body)
	} else {
		body, err = io.ReadAll(io.LimitReader(src, limit+1))
		if err == nil && int64(len(body)) > limit {
			return nil, tooLarge()
		}
	}
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, tooLarge()
		}
		return nil, &Error{Kind: ErrRead, Status: http.StatusBadRequest, Code: CodeInvalidRequest,
			Message: "the request body could not be read", Err: err}
	}
	if len(body) == 0 {
		return nil, malformed("POST requires a JSON-RPC body", nil, nil)
	}
	return body, nil
}

// state is what one parse needs; pooled so that a parse allocates little.
type state struct {
	buf     bytes.Buffer
	dec     jsontext.Decoder
	body    []byte
	scratch []byte
	id      []byte // id of the message being read, for error bodies
	// lastName is the Name of the previous operation of this body.
	lastName string
	// indexed counts the members of objects whose names jsontext indexes.
	indexed int
	objects []object // by stack depth
	// version is the request's MCP-Protocol-Version ("" when absent).
	version string
}

var statePool = sync.Pool{New: func() any { return new(state) }}

var emptyReader = new(bytes.Reader)

// parse reads body into req, refusing batches of more than maxBatch.
func parse(body []byte, req *Request, maxBatch int) error {
	st := statePool.Get().(*state)
	defer func() {
		// Keep nothing of this body in the pool.
		st.dec.Reset(emptyReader)
		st.buf = bytes.Buffer{}
		st.body, st.id, st.lastName, st.indexed, st.version = nil, nil, "", 0, ""
		clear(st.objects)
		statePool.Put(st)
	}()
	st.body = body
	st.version = req.ProtocolVersion
	st.buf = *bytes.NewBuffer(body)
	st.dec.Reset(&st.buf) // defaults: no duplicate names, valid UTF-8 only
	dec := &st.dec

	switch dec.PeekKind() {
	case '{':
		op, err := st.message()
		if err != nil {
			return err
		}
		req.one[0] = op
		req.Ops = req.one[:]
	case '[':
		req.Batch = true
		if _, err := dec.ReadToken(); err != nil {
			return st.syntax(err)
		}
		for dec.PeekKind() != ']' {
			if dec.PeekKind() != '{' {
				if _, err := dec.ReadToken(); err != nil {
					return st.syntax(err)
				}
				return malformed("every element of a batch must be a JSON-RPC message object", nil, nil)
			}
			op, err := st.message()
			if err != nil {
				var e *Error
				if errors.As(err, &e) {
					e.ID = nil // the id of one element does not answer a batch
				}
				return err
			}
			st.id = nil // nor does it answer a syntax error after the element
			if len(req.Ops) == maxBatch {
				return malformed(fmt.Sprintf("a batch may hold at most %d messages", maxBatch), nil, nil)
			}
			if req.Ops == nil {
				req.Ops = make([]Op, 0, 8)
			}
			req.Ops = append(req.Ops, op)
		}
		if _, err := dec.ReadToken(); err != nil {
			return st.syntax(err)
		}
		if len(req.Ops) == 0 {
			return malformed("empty batch", nil, nil)
		}
	default:
		if _, err := dec.ReadToken(); err != nil {
			return st.syntax(err)
		}
		return malformed("the body must be a JSON-RPC message object or batch", nil, nil)
	}
	// Nothing may follow: go-sdk's decoder would ignore it, and a second
	// message hidden there must not pass as "trailing".
	switch _, err := dec.ReadToken(); {
	case err == io.EOF:
		return nil
	case err != nil:
		return st.syntax(err)
	default:
		return malformed("data after the JSON-RPC message", st.single(req), nil)
	}
}

// single returns the id to answer with when req is a single message.
func (st *state) single(req *Request) []byte {
	if op := req.Single(); op != nil {
		return op.ID
	}
	return nil
}

func (st *state) syntax(err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return malformed("invalid JSON", st.id, err)
}

// isSyntax tells JSON that does not parse (-32700) from JSON that parses
// but is refused (a repeated name, invalid UTF-8: -32600).
func isSyntax(err error) bool {
	if errors.Is(err, jsontext.ErrDuplicateName) {
		return false
	}
	var se *jsontext.SyntacticError
	if errors.As(err, &se) && strings.Contains(se.Error(), "invalid UTF-8") {
		return false
	}
	return true
}

// key reads an object member name and returns it unescaped; the slice is
// valid until the next key.
func (st *state) key() ([]byte, error) {
	v, err := st.dec.ReadValue()
	if err != nil {
		return nil, st.syntax(err)
	}
	return st.unquote(v), nil
}

// unquote returns the contents of a JSON string value the decoder has
// validated, unescaped.
func (st *state) unquote(v jsontext.Value) []byte {
	if bytes.IndexByte(v, '\\') < 0 {
		return v[1 : len(v)-1]
	}
	st.scratch, _ = jsontext.AppendUnquote(st.scratch[:0], v)
	return st.scratch
}

// value reads the next value and returns it as a slice of the body. An
// object or array is walked token by token, so that no object in it may
// hold more than maxObjectMembers members.
func (st *state) value() ([]byte, error) {
	dec := &st.dec
	if k := dec.PeekKind(); k != '{' && k != '[' {
		v, err := dec.ReadValue()
		if err != nil {
			return nil, st.syntax(err)
		}
		end := dec.InputOffset()
		return st.body[end-int64(len(v)) : end : end], nil
	}
	base := dec.StackDepth()
	if _, err := dec.ReadToken(); err != nil {
		return nil, st.syntax(err)
	}
	start := dec.InputOffset() - 1
	for dec.StackDepth() > base {
		if k, n := dec.StackIndex(dec.StackDepth()); k == '{' && n%2 == 0 && dec.PeekKind() == '"' {
			// A member name: read as a value, to know its length.
			v, err := dec.ReadValue()
			if err != nil {
				return nil, st.syntax(err)
			}
			if err := st.checkMembers(len(v) - 2); err != nil { // quoted: ≥ the unquoted length
				return nil, err
			}
			continue
		}
		if _, err := dec.ReadToken(); err != nil {
			return nil, st.syntax(err)
		}
	}
	end := dec.InputOffset()
	return st.body[start:end:end], nil
}

// checkMembers, called after each member name (of nameLen bytes, or an
// upper bound of it), refuses an object that has grown past
// maxObjectMembers members, and a body with more than maxIndexedNames
// members in objects whose names jsontext indexes in a map: those of more
// than 64 names or more than 1024 bytes of names, as jsontext decides.
func (st *state) checkMembers(nameLen int) error {
	d := st.dec.StackDepth()
	k, n := st.dec.StackIndex(d) // names and values counted separately
	if k != '{' {
		return nil
	}
	if n > 2*maxObjectMembers {
		return malformed(fmt.Sprintf("an object may hold at most %d members", maxObjectMembers), st.id, nil)
	}
	for len(st.objects) <= d {
		st.objects = append(st.objects, object{})
	}
	o := &st.objects[d]
	if n == 1 { // the first name of a new object at this depth
		*o = object{}
	}
	switch {
	case o.indexed:
		st.indexed++
	case o.names > smallObject || o.nameBytes > smallObjectBytes:
		o.indexed = true
		st.indexed += o.names + 1
	}
	o.names++
	o.nameBytes += nameLen
	if st.indexed > maxIndexedNames {
		return malformed(fmt.Sprintf("a body may hold at most %d members in objects of more than %d members or %d bytes of names",
			maxIndexedNames, smallObject, smallObjectBytes), st.id, nil)
	}
	return nil
}

// object is what checkMembers knows of an open object.
type object struct {
	names, nameBytes int
	indexed          bool
}

var topMembers = []string{"jsonrpc", "id", "method", "params", "result", "error"}
var paramMembers = []string{"name", "uri", "arguments"}

// foldsTo reports whether k is one of names in another case (or Unicode
// folding) without being it: a member one JSON reader would take for a
// JSON-RPC member and another would not.
func foldsTo(k []byte, names []string) bool {
	for _, n := range names {
		if string(k) != n && strings.EqualFold(string(k), n) {
			return true
		}
	}
	return false
}

type message struct {
	version, hasID, hasMethod, hasParams, hasResult bool
	method                                          string
	id, params, name, uri, args, taskID             []byte
	paramFold                                       bool
}

// message reads one JSON-RPC message object.
func (st *state) message() (Op, error) {
	dec := &st.dec
	st.id = nil
	if _, err := dec.ReadToken(); err != nil { // '{'
		return Op{}, st.syntax(err)
	}
	var m message
	for dec.PeekKind() != '}' {
		k, err := st.key()
		if err != nil {
			return Op{}, err
		}
		if err := st.checkMembers(len(k)); err != nil {
			return Op{}, err
		}
		switch string(k) {
		case "jsonrpc":
			v, err := st.value()
			if err != nil {
				return Op{}, err
			}
			if v[0] != '"' || string(st.unquote(v)) != "2.0" {
				return Op{}, malformed(`"jsonrpc" must be "2.0"`, st.id, nil)
			}
			m.version = true
		case "id":
			v, err := st.value()
			if err != nil {
				return Op{}, err
			}
			if err := checkID(v); err != nil {
				return Op{}, err
			}
			m.hasID, m.id, st.id = true, v, v
		case "method":
			v, err := st.value()
			if err != nil {
				return Op{}, err
			}
			if v[0] != '"' {
				return Op{}, malformed(`"method" must be a string`, st.id, nil)
			}
			m.method = intern(st.unquote(v))
			if m.method == "" {
				return Op{}, malformed(`"method" must not be empty`, st.id, nil)
			}
			m.hasMethod = true
		case "params":
			if dec.PeekKind() != '{' {
				if _, err := st.value(); err != nil {
					return Op{}, err
				}
				return Op{}, malformed(`"params" must be an object`, st.id, nil)
			}
			if err := st.params(&m); err != nil {
				return Op{}, err
			}
			m.hasParams = true
		case "result", "error":
			if _, err := st.value(); err != nil {
				return Op{}, err
			}
			m.hasResult = true
		default:
			if foldsTo(k, topMembers) {
				return Op{}, malformed(fmt.Sprintf("member %q differs from a JSON-RPC member only in case", k), st.id, nil)
			}
			if _, err := st.value(); err != nil {
				return Op{}, err
			}
		}
	}
	if _, err := dec.ReadToken(); err != nil { // '}'
		return Op{}, st.syntax(err)
	}
	return st.op(&m)
}

// op checks a message read in full and turns it into an Op.
func (st *state) op(m *message) (Op, error) {
	if !m.version {
		return Op{}, malformed(`"jsonrpc": "2.0" is required`, st.id, nil)
	}
	op := Op{ID: m.id, Params: m.params}
	switch {
	case m.hasMethod && m.hasResult:
		return Op{}, malformed("a message cannot be both a request and a response", st.id, nil)
	case m.hasMethod && m.hasID:
		op.Kind = Call
	case m.hasMethod:
		op.Kind = Notification
	case m.hasResult && m.hasID:
		op.Kind = Response
		return op, nil
	default:
		return Op{}, malformed(`a message needs a "method", or an "id" and a "result" or "error"`, st.id, nil)
	}
	op.Method = m.method
	if !Named(op.Method) {
		if op.Method == "subscriptions/listen" && m.params != nil {
			subs, err := listenSubscriptions(m.params)
			if err != nil {
				return Op{}, malformed("subscriptions/listen: "+err.Error(), st.id, nil)
			}
			op.Subscriptions = subs
		}
		if routedByTask(op.Method) && m.taskID != nil && m.taskID[0] == '"' {
			op.taskID, op.hasTaskID = string(st.unquote(m.taskID)), true
		}
		return op, nil
	}
	member := "name"
	raw := m.name
	if strings.HasPrefix(op.Method, "resources/") {
		member, raw = "uri", m.uri
	}
	if raw == nil && !m.paramFold && removedIn2026(op.Method, st.version) {
		// No uri to read: the method does not exist on this version,
		// and the server answers it as one it does not have (404,
		// -32601), not this parser as a malformed subscription.
		return op, nil
	}
	if !m.hasParams {
		return Op{}, malformed(op.Method+` needs "params"`, st.id, nil)
	}
	if m.paramFold {
		return Op{}, malformed(`a params member differs from "name", "uri" or "arguments" only in case`, st.id, nil)
	}
	if raw == nil || raw[0] != '"' {
		return Op{}, malformed(fmt.Sprintf(`%s needs "params.%s" as a string`, op.Method, member), st.id, nil)
	}
	name := st.unquote(raw)
	if len(name) == 0 {
		return Op{}, malformed(fmt.Sprintf(`"params.%s" must not be empty`, member), st.id, nil)
	}
	if string(name) == st.lastName { // a batch calling one tool: one string
		op.Name = st.lastName
	} else {
		op.Name = string(name)
		st.lastName = op.Name
	}
	if op.Method == "tools/call" || op.Method == "prompts/get" {
		switch {
		case m.args == nil || string(m.args) == "null":
		case m.args[0] == '{':
			op.Arguments = m.args
		default:
			return Op{}, malformed(`"params.arguments" must be an object`, st.id, nil)
		}
	}
	return op, nil
}

// params reads a params object, keeping its raw bytes and the members the
// operation's name and arguments come from. The method may come later in
// the message, so they are kept for every method and checked in op.
func (st *state) params(m *message) error {
	dec := &st.dec
	if _, err := dec.ReadToken(); err != nil { // '{'
		return st.syntax(err)
	}
	start := dec.InputOffset() - 1
	for dec.PeekKind() != '}' {
		k, err := st.key()
		if err != nil {
			return err
		}
		if err := st.checkMembers(len(k)); err != nil {
			return err
		}
		var dst *[]byte
		switch string(k) {
		case "name":
			dst = &m.name
		case "uri":
			dst = &m.uri
		case "arguments":
			dst = &m.args
		case "taskId":
			dst = &m.taskID
		default:
			if foldsTo(k, paramMembers) {
				m.paramFold = true
			}
			if _, err := st.value(); err != nil {
				return err
			}
			continue
		}
		if *dst, err = st.value(); err != nil {
			return err
		}
	}
	if _, err := dec.ReadToken(); err != nil { // '}'
		return st.syntax(err)
	}
	end := dec.InputOffset()
	m.params = st.body[start:end:end]
	return nil
}

// checkID accepts what go-sdk reads as an id without loss: a string, or
// an integer within ±(2^53−1) written without fraction or exponent.
func checkID(v []byte) error {
	switch v[0] {
	case '"':
		if len(v) > maxIDBytes {
			return malformed(fmt.Sprintf("id longer than %d bytes", maxIDBytes), nil, nil)
		}
		return nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		digits := v
		if digits[0] == '-' {
			digits = digits[1:]
		}
		if len(digits) == 0 || len(digits) > 16 {
			return malformed("a numeric id must be an integer within ±(2^53-1)", nil, nil)
		}
		var n int64
		for _, c := range digits {
			if c < '0' || c > '9' {
				return malformed("a numeric id must be an integer within ±(2^53-1)", nil, nil)
			}
			n = n*10 + int64(c-'0')
		}
		if n > maxSafeInt {
			return malformed("a numeric id must be an integer within ±(2^53-1)", nil, nil)
		}
		return nil
	}
	return malformed("id must be a string or an integer", nil, nil)
}

// MaxSubscriptions bounds the resource URIs one subscriptions/listen may
// subscribe to: each is decided as a resources/subscribe.
const MaxSubscriptions = 1024

// listenSubscriptions reads params.notifications.resourceSubscriptions of
// a subscriptions/listen: the resource URIs go-sdk subscribes the caller
// to, each once. Member names are matched exactly, as go-sdk's decoder
// does; a member whose name differs from one of these only in case is
// refused rather than guessed at, and so is a list that is not of
// non-empty strings or holds more than MaxSubscriptions. It streams over
// params (which the strict walk has checked), copying only the URIs.
func listenSubscriptions(params []byte) ([]string, error) {
	dec := jsontext.NewDecoder(bytes.NewReader(params))
	// into walks the members of the object dec is at, calls value for
	// the one named name (dec at its value), and skips the others.
	into := func(name string, value func() error) error {
		if t, err := dec.ReadToken(); err != nil || t.Kind() != '{' {
			return errors.New("the parent of " + name + " must be an object")
		}
		for dec.PeekKind() != '}' {
			k, err := dec.ReadToken()
			if err != nil {
				return err
			}
			switch key := k.String(); {
			case key == name:
				if err := value(); err != nil {
					return err
				}
				continue
			case strings.EqualFold(key, name):
				return fmt.Errorf("member %q is not %q", key, name)
			}
			if err := dec.SkipValue(); err != nil {
				return err
			}
		}
		_, err := dec.ReadToken()
		return err
	}
	var uris []string
	err := into("notifications", func() error {
		if dec.PeekKind() == 'n' {
			_, err := dec.ReadToken() // null: go-sdk's decoder leaves the field empty
			return err
		}
		return into("resourceSubscriptions", func() error {
			t, err := dec.ReadToken()
			switch {
			case err != nil:
				return err
			case t.Kind() == 'n':
				return nil
			case t.Kind() != '[':
				return errors.New("notifications.resourceSubscriptions must be an array of strings")
			}
			seen := map[string]bool{}
			for dec.PeekKind() != ']' {
				t, err := dec.ReadToken()
				if err != nil {
					return err
				}
				if t.Kind() != '"' {
					return errors.New("notifications.resourceSubscriptions must be an array of strings")
				}
				switch u := t.String(); {
				case u == "":
					return errors.New("notifications.resourceSubscriptions holds an empty URI")
				case seen[u]:
				case len(seen) == MaxSubscriptions:
					return fmt.Errorf("notifications.resourceSubscriptions holds more than %d URIs", MaxSubscriptions)
				default:
					seen[u] = true
					uris = append(uris, u)
				}
			}
			_, err = dec.ReadToken()
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return uris, nil
}

// routedByTask reports whether method is one the tasks extension
// (io.modelcontextprotocol/tasks, SEP-2663) routes by Mcp-Name: clients
// MUST send params.taskId there as Mcp-Name.
func routedByTask(method string) bool {
	return method == "tasks/get" || method == "tasks/update" || method == "tasks/cancel"
}

// nameMatches reports whether an Mcp-Name header value agrees with op:
// with its Name, or, for the methods the tasks extension routes by task,
// with its params.taskId. Nothing else carries a name.
func nameMatches(op *Op, header string) bool {
	switch {
	case op.Kind == Response:
		return false
	case Named(op.Method):
		return headerEquals(header, op.Name)
	case op.hasTaskID:
		return headerEquals(header, op.taskID)
	}
	return false
}

// removedIn2026 reports whether method is resources/subscribe or
// resources/unsubscribe on protocol version 2026-07-28 or later, which
// removed them (subscriptions/listen replaces them): there, their uri is
// read when present (and an Mcp-Name must match it) but neither it nor
// Mcp-Name is required — SEP-2243 requires Mcp-Name for tools/call,
// resources/read and prompts/get only.
func removedIn2026(method, version string) bool {
	return (method == "resources/subscribe" || method == "resources/unsubscribe") && version >= "2026-07-28"
}

// checkHeaders compares the MCP headers with the body: they are claims
// about the body, and never believed on their own.
func checkHeaders(h http.Header, req *Request) error {
	methods, names := h.Values("Mcp-Method"), h.Values("Mcp-Name")
	if req.Batch {
		if !(req.ProtocolVersion == "" || req.ProtocolVersion < "2025-06-18") {
			return malformed("JSON-RPC batches are not part of protocol version "+req.ProtocolVersion, nil, nil)
		}
		if len(methods) > 0 || len(names) > 0 {
			return mismatch("Mcp-Method and Mcp-Name describe one message, not a batch", nil)
		}
		return nil
	}
	op := &req.Ops[0]
	if len(methods) > 1 || len(names) > 1 {
		return mismatch("Mcp-Method and Mcp-Name may appear once", op.ID)
	}
	if len(methods) == 1 && (op.Kind == Response || !headerEquals(methods[0], op.Method)) {
		return mismatch("the Mcp-Method header does not match the body's method", op.ID)
	}
	if len(names) == 1 && !nameMatches(op, names[0]) {
		return mismatch("the Mcp-Name header does not match the body", op.ID)
	}
	if req.ProtocolVersion >= "2026-07-28" && op.Kind != Response {
		if len(methods) == 0 {
			return mismatch("the Mcp-Method header is required", op.ID)
		}
		if Named(op.Method) && len(names) == 0 && !removedIn2026(op.Method, req.ProtocolVersion) {
			return mismatch("the Mcp-Name header is required for "+op.Method, op.ID)
		}
	}
	return nil
}

// headerEquals compares an MCP header value with the body's value, after
// decoding the =?base64?…?= form the 2026-07-28 transport defines for
// values that are not plain ASCII. go-sdk's client sends such names as
// they are, so the undecoded value is accepted too: the body is what is
// decided on either way.
func headerEquals(header, body string) bool {
	if header == body {
		return true
	}
	enc, ok := strings.CutPrefix(header, "=?base64?")
	if !ok {
		return false
	}
	enc, ok = strings.CutSuffix(enc, "?=")
	if !ok {
		return false
	}
	dec, err := base64.StdEncoding.DecodeString(enc)
	return err == nil && string(dec) == body
}

// intern returns the MCP method names as constants, so that reading one
// does not allocate; other methods are copied.
func intern(b []byte) string {
	switch string(b) {
	case "initialize":
		return "initialize"
	case "ping":
		return "ping"
	case "tools/call":
		return "tools/call"
	case "tools/list":
		return "tools/list"
	case "resources/read":
		return "resources/read"
	case "resources/list":
		return "resources/list"
	case "resources/templates/list":
		return "resources/templates/list"
	case "resources/subscribe":
		return "resources/subscribe"
	case "resources/unsubscribe":
		return "resources/unsubscribe"
	case "prompts/get":
		return "prompts/get"
	case "prompts/list":
		return "prompts/list"
	case "completion/complete":
		return "completion/complete"
	case "logging/setLevel":
		return "logging/setLevel"
	case "notifications/initialized":
		return "notifications/initialized"
	case "notifications/cancelled":
		return "notifications/cancelled"
	case "notifications/progress":
		return "notifications/progress"
	case "notifications/roots/list_changed":
		return "notifications/roots/list_changed"
	}
	return string(b)
}
