package operation

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	sjson "github.com/segmentio/encoding/json"
)

// wantOp is what a test expects of one Op.
type wantOp struct {
	Kind   Kind
	Method string
	Name   string
}

func (o wantOp) String() string { return fmt.Sprintf("(%v %q %q)", o.Kind, o.Method, o.Name) }

func callOp(method, name string) wantOp  { return wantOp{Call, method, name} }
func notifOp(method, name string) wantOp { return wantOp{Notification, method, name} }

var (
	searchOp = callOp("tools/call", "search")
	respOp   = wantOp{Kind: Response}
)

// parseCase is one hostile request and what Read must make of it: refused
// (status != 0) with a JSON-RPC code and the id echoed ("" = null), or
// accepted with exactly ops.
type parseCase struct {
	name    string
	method  string   // HTTP method; "" is POST
	body    string   // sent as is
	hdr     []string // name, value pairs, added in order: a name given twice is a repeated header
	chunked bool     // hide the body's length: Content-Length absent, as with chunked encoding
	clen    int64    // when not 0, the Content-Length claimed (a lie)
	max     int64    // Parser.MaxBodyBytes

	status int    // refused with this HTTP status; 0: accepted
	code   int    // the JSON-RPC error code
	id     string // the raw id echoed in the refusal; "" for null
	kind   error  // the Err* the refusal matches, when set

	wantBatch bool
	ops       []wantOp
	params    string // when set, Ops[0].Params exactly
	args      string // when set, Ops[0].Arguments exactly ("-": nil)
	kept      string // when set, the bytes passed on: a prefix of body cut at its Content-Length
}

// passed returns the bytes the parser must parse and pass on.
func (c parseCase) passed() string {
	if c.kept != "" {
		return c.kept
	}
	return c.body
}

func accept(name, body string, ops ...wantOp) parseCase {
	return parseCase{name: name, body: body, ops: ops}
}

// refuse expects 400 with code, echoing id ("" for null).
func refuse(name, body string, code int, id string) parseCase {
	c := parseCase{name: name, body: body, status: http.StatusBadRequest, code: code, id: id, kind: ErrMalformed}
	if code == CodeHeaderMismatch {
		c.kind = ErrHeaderMismatch
	}
	return c
}

// h adds headers, as name, value pairs.
func (c parseCase) h(kv ...string) parseCase {
	c.hdr = append(slices.Clip(c.hdr), kv...)
	return c
}

// v sets the MCP-Protocol-Version header ("" leaves it absent).
func (c parseCase) v(version string) parseCase {
	if version == "" {
		return c
	}
	return c.h("MCP-Protocol-Version", version)
}

func (c parseCase) asBatch() parseCase            { c.wantBatch = true; return c }
func (c parseCase) hidden() parseCase             { c.chunked = true; return c }
func (c parseCase) limit(n int64) parseCase       { c.max = n; return c }
func (c parseCase) withParams(p string) parseCase { c.params = p; return c }
func (c parseCase) withArgs(a string) parseCase   { c.args = a; return c }
func (c parseCase) via(method string) parseCase   { c.method = method; return c }
func (c parseCase) claim(n int64) parseCase       { c.clen = n; return c }
func (c parseCase) is(kind error) parseCase       { c.kind = kind; return c }
func (c parseCase) keeps(prefix string) parseCase { c.kept = prefix; return c }

// st turns a refusal into one with another status (413, 415).
func (c parseCase) st(status int) parseCase { c.status = status; return c }

// hiddenLen hides the length of a body from httptest.NewRequest, which
// then leaves Content-Length at -1, as for a chunked request.
type hiddenLen struct{ io.Reader }

func (c parseCase) request() *http.Request {
	m := c.method
	if m == "" {
		m = http.MethodPost
	}
	var body io.Reader = strings.NewReader(c.body)
	if c.chunked {
		body = hiddenLen{body}
	}
	if c.method != "" && c.body == "" {
		body = nil
	}
	r := httptest.NewRequest(m, "/mcp", body)
	if c.clen != 0 {
		r.ContentLength = c.clen
	}
	for i := 0; i+1 < len(c.hdr); i += 2 {
		r.Header.Add(c.hdr[i], c.hdr[i+1])
	}
	return r
}

// rpcMsg builds a JSON-RPC request; id "" makes it a notification.
func rpcMsg(id, method, params string) string {
	var b strings.Builder
	b.WriteString(`{"jsonrpc":"2.0"`)
	if id != "" {
		b.WriteString(`,"id":` + id)
	}
	b.WriteString(`,"method":` + strconv.Quote(method))
	if params != "" {
		b.WriteString(`,"params":` + params)
	}
	b.WriteString("}")
	return b.String()
}

// toolCall is a tools/call of name (a raw JSON value) with arguments {"a":1}.
func toolCall(id, name string) string {
	return rpcMsg(id, "tools/call", `{"name":`+name+`,"arguments":{"a":1}}`)
}

func batchOf(msgs ...string) string { return "[" + strings.Join(msgs, ",") + "]" }

func repeated(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// nested returns depth levels of alternating arrays and objects around 1.
func nested(depth int) string {
	var b strings.Builder
	for i := range depth {
		if i%2 == 0 {
			b.WriteString(`{"x":`)
		} else {
			b.WriteString("[")
		}
	}
	b.WriteString("1")
	for i := depth - 1; i >= 0; i-- {
		if i%2 == 0 {
			b.WriteString("}")
		} else {
			b.WriteString("]")
		}
	}
	return b.String()
}

// manyMembers returns an object of n distinct members.
func manyMembers(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `"m%d":%d`, i, i)
	}
	b.WriteString("}")
	return b.String()
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, _ = zw.Write([]byte(s))
	_ = zw.Close()
	return b.String()
}

func b64(s string) string { return "=?base64?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?=" }

var searchCall = toolCall("1", `"search"`)

// padTo pads a JSON value with trailing whitespace to exactly n bytes.
func padTo(s string, n int) string { return s + strings.Repeat(" ", n-len(s)) }

var versions = []string{"", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"}

func parseCases() []parseCase {
	const (
		parseErr = CodeParseError
		invalid  = CodeInvalidRequest
		mism     = CodeHeaderMismatch
	)
	pad70k := strings.Repeat("x", 70<<10)
	big := rpcMsg("1", "tools/call", `{"arguments":{"pad":"`+pad70k+`"},"name":"search"}`)
	cases := []parseCase{
		// --- Mcp-Method / Mcp-Name against the body, on every protocol version.
		accept("plain/search", searchCall, searchOp).withArgs(`{"a":1}`),
		refuse("headers/repeated-protocol-version", searchCall, invalid, "").
			h("MCP-Protocol-Version", "2025-03-26", "MCP-Protocol-Version", "2025-11-25"),
		refuse("headers/repeated-protocol-version-equal", searchCall, invalid, "").
			h("MCP-Protocol-Version", "2025-11-25", "Mcp-Protocol-Version", "2025-11-25"),
		refuse("headers/repeated-protocol-version-get", "", invalid, "").via("GET").
			h("MCP-Protocol-Version", "2025-03-26", "MCP-Protocol-Version", "2025-11-25"),
		refuse("headers/repeated-method-equal", searchCall, mism, "1").
			h("Mcp-Method", "tools/call", "Mcp-Method", "tools/call", "Mcp-Name", "search"),
		refuse("headers/repeated-method-differing", searchCall, mism, "1").
			h("Mcp-Method", "tools/list", "Mcp-Method", "tools/call", "Mcp-Name", "search"),
		refuse("headers/repeated-name-equal", searchCall, mism, "1").
			h("Mcp-Method", "tools/call", "Mcp-Name", "search", "Mcp-Name", "search"),
		refuse("headers/repeated-name-differing", searchCall, mism, "1").
			h("Mcp-Method", "tools/call", "Mcp-Name", "search", "Mcp-Name", "delete_all"),
		refuse("headers/repeated-name-lowercase-key", searchCall, mism, "1").
			h("Mcp-Method", "tools/call", "mcp-name", "search", "MCP-NAME", "search"),
		refuse("headers/method-on-batch", batchOf(searchCall), mism, "").asBatch().h("Mcp-Method", "tools/call"),
		refuse("headers/name-on-batch", batchOf(searchCall), mism, "").asBatch().h("Mcp-Name", "search"),
		refuse("headers/both-on-batch-2025-03-26", batchOf(searchCall, toolCall("2", `"x"`)), mism, "").
			v("2025-03-26").h("Mcp-Method", "tools/call", "Mcp-Name", "search"),
		accept("headers/base64-name-matching", searchCall, searchOp).
			v("2026-07-28").h("Mcp-Method", "tools/call", "Mcp-Name", b64("search")),
		refuse("headers/base64-name-other", searchCall, mism, "1").
			v("2026-07-28").h("Mcp-Method", "tools/call", "Mcp-Name", b64("delete_all")),
		refuse("headers/base64-name-invalid", searchCall, mism, "1").
			v("2026-07-28").h("Mcp-Method", "tools/call", "Mcp-Name", "=?base64?c2Vhcm!o?="),
		refuse("headers/base64-name-no-suffix", searchCall, mism, "1").
			v("2026-07-28").h("Mcp-Method", "tools/call", "Mcp-Name", "=?base64?c2VhcmNo"),
		refuse("headers/base64-name-url-alphabet", toolCall("1", `"\u00ff\u00fe\u00ff"`), mism, "1").
			v("2026-07-28").h("Mcp-Method", "tools/call", "Mcp-Name", "=?base64?"+base64.URLEncoding.EncodeToString([]byte("ÿþÿ"))+"?="),
		accept("headers/base64-name-non-ascii", toolCall("1", `"café"`), callOp("tools/call", "café")).
			v("2026-07-28").h("Mcp-Method", "tools/call", "Mcp-Name", b64("café")),
		accept("headers/base64-looking-name-sent-as-is", toolCall("1", `"=?base64?c2VhcmNo?="`), callOp("tools/call", "=?base64?c2VhcmNo?=")).
			v("2026-07-28").h("Mcp-Method", "tools/call", "Mcp-Name", "=?base64?c2VhcmNo?="),
		accept("headers/base64-method", searchCall, searchOp).
			v("2026-07-28").h("Mcp-Method", b64("tools/call"), "Mcp-Name", "search"),
		refuse("headers/empty-name", searchCall, mism, "1").h("Mcp-Name", ""),
		refuse("headers/empty-method", searchCall, mism, "1").h("Mcp-Method", ""),
		refuse("headers/name-case", searchCall, mism, "1").h("Mcp-Name", "Search"),
		refuse("headers/name-padded", searchCall, mism, "1").h("Mcp-Name", "search\t"),
		refuse("headers/method-case", searchCall, mism, "1").h("Mcp-Method", "Tools/Call"),
		refuse("headers/name-on-unnamed-method", rpcMsg("1", "tools/list", ""), mism, "1").h("Mcp-Name", "search"),
		refuse("headers/name-on-notification", rpcMsg("", "notifications/initialized", ""), mism, "").h("Mcp-Name", "x"),
		refuse("headers/method-on-response", `{"jsonrpc":"2.0","id":7,"result":{}}`, mism, "7").h("Mcp-Method", "tools/call"),
		refuse("headers/name-on-response", `{"jsonrpc":"2.0","id":7,"result":{}}`, mism, "7").h("Mcp-Name", "search"),
		accept("headers/response-2026-needs-none", `{"jsonrpc":"2.0","id":7,"result":{}}`, respOp).v("2026-07-28"),
		refuse("headers/missing-method-2026", searchCall, mism, "1").v("2026-07-28"),
		refuse("headers/missing-name-2026", searchCall, mism, "1").v("2026-07-28").h("Mcp-Method", "tools/call"),
		refuse("headers/missing-method-name-given-2026", searchCall, mism, "1").v("2026-07-28").h("Mcp-Name", "search"),
		refuse("headers/missing-method-later-version", searchCall, mism, "1").v("2027-01-01").h("Mcp-Name", "search"),
		refuse("headers/missing-method-notification-2026", rpcMsg("", "notifications/initialized", ""), mism, "").v("2026-07-28"),
		accept("headers/unnamed-method-2026", rpcMsg("1", "tools/list", ""), callOp("tools/list", "")).
			v("2026-07-28").h("Mcp-Method", "tools/list"),
		accept("headers/resources-read-2026", rpcMsg("1", "resources/read", `{"uri":"file:///etc/motd"}`), callOp("resources/read", "file:///etc/motd")).
			v("2026-07-28").h("Mcp-Method", "resources/read", "Mcp-Name", "file:///etc/motd"),
		refuse("headers/resources-read-other-uri", rpcMsg("1", "resources/read", `{"uri":"file:///etc/motd"}`), mism, "1").
			v("2026-07-28").h("Mcp-Method", "resources/read", "Mcp-Name", "file:///etc/passwd"),
		accept("headers/prompts-get-2026", rpcMsg("1", "prompts/get", `{"name":"greet"}`), callOp("prompts/get", "greet")).
			v("2026-07-28").h("Mcp-Method", "prompts/get", "Mcp-Name", "greet"),
		accept("headers/subscribe-2026", rpcMsg("1", "resources/subscribe", `{"uri":"x:y"}`), callOp("resources/subscribe", "x:y")).
			v("2026-07-28").h("Mcp-Method", "resources/subscribe", "Mcp-Name", "x:y"),

		// --- Size, padding and encoding.
		accept("size/name-after-64KiB-of-arguments",
			rpcMsg("1", "tools/call", `{"arguments":{"pad":"`+pad70k+`"},"name":"search"}`), searchOp).
			withArgs(`{"pad":"` + pad70k + `"}`),
		accept("size/method-after-64KiB-member",
			`{"pad":"`+pad70k+`","jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}`, searchOp).withArgs("-"),
		accept("size/name-after-64KiB-chunked",
			rpcMsg("1", "tools/call", `{"arguments":{"pad":"`+pad70k+`"},"name":"search"}`), searchOp).hidden(),
		accept("size/name-after-64KiB-in-_meta",
			rpcMsg("1", "tools/call", `{"_meta":{"pad":"`+pad70k+`"},"name":"search"}`), searchOp),
		accept("size/leading-whitespace-100KiB", strings.Repeat(" \t\r\n", 25<<10)+searchCall, searchOp),
		accept("size/whitespace-between-tokens",
			"{ \"jsonrpc\" :\n\"2.0\" ,\t\"id\" : 1 ,\r\n\"method\" : \"tools/call\" , \"params\" : { \"name\" : \"search\" } }", searchOp),
		accept("size/trailing-whitespace", searchCall+" \n\r\t ", searchOp),
		accept("size/exactly-at-limit", padTo(searchCall, DefaultMaxBodyBytes), searchOp),
		accept("size/exactly-at-limit-chunked", padTo(searchCall, DefaultMaxBodyBytes), searchOp).hidden(),
		refuse("size/over-limit", padTo(searchCall, DefaultMaxBodyBytes+1), invalid, "").st(413).is(ErrTooLarge),
		refuse("size/over-limit-chunked", padTo(searchCall, DefaultMaxBodyBytes+1), invalid, "").st(413).is(ErrTooLarge).hidden(),
		refuse("size/far-over-limit-chunked", padTo(searchCall, 3*DefaultMaxBodyBytes), invalid, "").st(413).is(ErrTooLarge).hidden(),
		refuse("size/over-custom-limit", padTo(searchCall, 1025), invalid, "").st(413).is(ErrTooLarge).limit(1024),
		refuse("size/over-custom-limit-chunked", padTo(searchCall, 1025), invalid, "").st(413).is(ErrTooLarge).limit(1024).hidden(),
		accept("size/at-custom-limit", padTo(searchCall, 1024), searchOp).limit(1024),
		// A handcrafted request whose body runs past its Content-Length
		// (a server ends the body there): what lies beyond is neither
		// parsed nor passed on.
		accept("size/content-length-shorter-than-body", searchCall+toolCall("2", `"delete_all"`), searchOp).
			claim(int64(len(searchCall))).keeps(searchCall),
		refuse("size/content-length-cuts-a-message", searchCall, parseErr, "1").claim(int64(len(searchCall)) - 1),
		refuse("size/content-length-longer-than-body", searchCall, invalid, "").claim(int64(len(searchCall)) + 10).is(ErrRead),
		// Above 64 KiB the body is read as it arrives, to the bound: all of it is parsed.
		refuse("size/large-content-length-shorter-than-body", big+toolCall("2", `"delete_all"`), invalid, "1").claim(int64(len(big))),
		accept("size/large-content-length-longer-than-body", big, searchOp).claim(int64(len(big)) + 10),
		refuse("size/content-length-claims-over-limit", searchCall, invalid, "").claim(DefaultMaxBodyBytes + 1).st(413).is(ErrTooLarge),
		refuse("size/empty-body", "", invalid, ""),
		refuse("size/empty-body-chunked", "", invalid, "").hidden(),
		refuse("size/whitespace-only", "   \n", parseErr, ""),
		refuse("encoding/gzip", gzipped(searchCall), invalid, "").st(415).is(ErrEncoding).h("Content-Encoding", "gzip"),
		refuse("encoding/gzip-plain-body", searchCall, invalid, "").st(415).is(ErrEncoding).h("Content-Encoding", "gzip"),
		refuse("encoding/identity-then-gzip", searchCall, invalid, "").st(415).is(ErrEncoding).h("Content-Encoding", "identity, gzip"),
		refuse("encoding/identity-twice", searchCall, invalid, "").st(415).is(ErrEncoding).
			h("Content-Encoding", "identity", "Content-Encoding", "identity"),
		refuse("encoding/empty", searchCall, invalid, "").st(415).is(ErrEncoding).h("Content-Encoding", ""),
		accept("encoding/identity", searchCall, searchOp).h("Content-Encoding", "Identity"),

		// --- UTF-8 and escapes.
		refuse("utf8/bom", "\xef\xbb\xbf"+searchCall, parseErr, ""),
		accept("utf8/bom-inside-name-is-another-tool", toolCall("1", "\"\xef\xbb\xbfsearch\""), callOp("tools/call", "\ufeffsearch")),
		refuse("utf8/invalid-in-name", toolCall("1", "\"se\xffarch\""), invalid, "1"),
		refuse("utf8/overlong-in-name", toolCall("1", "\"\xc1\xb3earch\""), invalid, "1"),
		refuse("utf8/encoded-surrogate-in-name", toolCall("1", "\"\xed\xa0\x80search\""), invalid, "1"),
		refuse("utf8/invalid-in-arguments", rpcMsg("1", "tools/call", "{\"name\":\"search\",\"arguments\":{\"q\":\"\xfe\"}}"), invalid, "1"),
		refuse("utf8/invalid-in-member-name", "{\"jsonrpc\":\"2.0\",\"id\":1,\"\xffmethod\":\"x\",\"method\":\"tools/call\",\"params\":{\"name\":\"search\"}}", invalid, "1"),
		refuse("utf8/invalid-in-unknown-member", "{\"jsonrpc\":\"2.0\",\"id\":1,\"x\":\"\x80\",\"method\":\"ping\"}", invalid, "1"),
		refuse("utf8/lone-high-surrogate", toolCall("1", `"search\ud800"`), parseErr, "1"),
		refuse("utf8/lone-low-surrogate", toolCall("1", `"\udc00search"`), parseErr, "1"),
		refuse("utf8/high-surrogate-then-escape", toolCall("1", `"\ud800\u0073earch"`), parseErr, "1"),
		refuse("utf8/reversed-surrogates", toolCall("1", `"\ude00\ud83d"`), parseErr, "1"),
		refuse("utf8/lone-surrogate-in-member-name", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","\ud800":1}}`, parseErr, "1"),
		accept("utf8/surrogate-pair", toolCall("1", `"\ud83d\ude00"`), callOp("tools/call", "😀")),
		accept("escape/unicode-in-name", toolCall("1", `"\u0077hoami"`), callOp("tools/call", "whoami")),
		accept("escape/all-unicode-name", toolCall("1", `"\u0073\u0065\u0061\u0072\u0063\u0068"`), searchOp),
		accept("escape/uppercase-hex", toolCall("1", `"\u0053EARCH"`), callOp("tools/call", "SEARCH")),
		accept("escape/solidus-in-method", rpcMsg("1", `tools/call`, `{"name":"search"}`), searchOp),
		accept("escape/escaped-solidus-in-method", `{"jsonrpc":"2.0","id":1,"method":"tools\/call","params":{"name":"search"}}`, searchOp),
		accept("escape/unicode-in-method", `{"jsonrpc":"2.0","id":1,"method":"\u0074ools/call","params":{"name":"search"}}`, searchOp),
		accept("escape/unicode-in-jsonrpc", `{"jsonrpc":"\u0032.0","id":1,"method":"ping"}`, callOp("ping", "")),
		accept("escape/nul-in-name-is-another-tool", toolCall("1", `"search\u0000"`), callOp("tools/call", "search\x00")),
		refuse("escape/raw-control-in-name", toolCall("1", "\"sea\nrch\""), parseErr, "1"),
		refuse("escape/invalid-escape", toolCall("1", `"se\arch"`), parseErr, "1"),
		accept("escape/member-name-alone", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"n\u0061me":"search"}}`, searchOp),
		accept("escape/top-member-names", `{"j\u0073onrpc":"2.0","\u0069d":1,"m\u0065thod":"tools/call","p\u0061rams":{"name":"search"}}`, searchOp),
		refuse("escape/member-name-duplicate", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"other","n\u0061me":"search"}}`, invalid, "1"),
		refuse("escape/member-name-duplicate-first", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"n\u0061me":"search","name":"other"}}`, invalid, "1"),
		refuse("escape/method-duplicate", `{"jsonrpc":"2.0","id":1,"method":"tools/list","m\u0065thod":"tools/call","params":{"name":"search"}}`, invalid, "1"),
		refuse("escape/solidus-member-duplicate", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","arguments":{"a\/b":1,"a/b":2}}}`, invalid, "1"),

		// --- Repeated members.
		refuse("repeat/method", `{"jsonrpc":"2.0","id":1,"method":"tools/list","method":"tools/call","params":{"name":"search"}}`, invalid, "1"),
		refuse("repeat/method-same", `{"jsonrpc":"2.0","id":1,"method":"tools/call","method":"tools/call","params":{"name":"search"}}`, invalid, "1"),
		refuse("repeat/method-null-second", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"},"method":null}`, invalid, "1"),
		refuse("repeat/id", `{"jsonrpc":"2.0","id":1,"id":2,"method":"ping"}`, invalid, "1"),
		refuse("repeat/id-null-second", `{"jsonrpc":"2.0","id":1,"method":"ping","id":null}`, invalid, "1"),
		refuse("repeat/jsonrpc", `{"jsonrpc":"2.0","jsonrpc":"2.0","id":1,"method":"ping"}`, invalid, ""),
		refuse("repeat/params", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"other"},"params":{"name":"search"}}`, invalid, "1"),
		refuse("repeat/params-null-second", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"},"params":null}`, invalid, "1"),
		refuse("repeat/result", `{"jsonrpc":"2.0","id":1,"result":{},"result":{}}`, invalid, "1"),
		refuse("repeat/error", `{"jsonrpc":"2.0","id":1,"error":{"code":1,"message":"a"},"error":null}`, invalid, "1"),
		refuse("repeat/name", toolCall("1", `"other","name":"search"`), invalid, "1"),
		refuse("repeat/name-null-second", toolCall("1", `"search","name":null`), invalid, "1"),
		refuse("repeat/name-same", toolCall("1", `"search","name":"search"`), invalid, "1"),
		refuse("repeat/uri", rpcMsg("1", "resources/read", `{"uri":"file:///a","uri":"file:///etc/shadow"}`), invalid, "1"),
		refuse("repeat/arguments", rpcMsg("1", "tools/call", `{"name":"search","arguments":{"q":"a"},"arguments":{"q":"b"}}`), invalid, "1"),
		refuse("repeat/inside-arguments", rpcMsg("1", "tools/call", `{"name":"search","arguments":{"q":"a","q":"b"}}`), invalid, "1"),
		refuse("repeat/deep-inside-arguments", rpcMsg("1", "tools/call", `{"name":"search","arguments":{"a":[{"b":{"c":1,"c":2}}]}}`), invalid, "1"),
		refuse("repeat/inside-_meta", rpcMsg("1", "tools/call", `{"name":"search","_meta":{"progressToken":1,"progressToken":2}}`), invalid, "1"),
		refuse("repeat/unknown-top-member", `{"jsonrpc":"2.0","id":1,"x":1,"x":2,"method":"ping"}`, invalid, "1"),
		refuse("repeat/in-batch-element", batchOf(searchCall, toolCall("2", `"a","name":"search"`)), invalid, "").asBatch(),

		// --- Case and Unicode-folding variants of member names.
		refuse("case/Method-beside-method", `{"jsonrpc":"2.0","id":1,"method":"tools/list","Method":"tools/call","params":{"name":"search"}}`, invalid, "1"),
		refuse("case/METHOD-only", `{"jsonrpc":"2.0","id":1,"METHOD":"tools/call","params":{"name":"search"}}`, invalid, "1"),
		refuse("case/ID", `{"jsonrpc":"2.0","ID":1,"method":"ping"}`, invalid, ""),
		refuse("case/Id-beside-id", `{"jsonrpc":"2.0","id":1,"Id":2,"method":"ping"}`, invalid, "1"),
		refuse("case/JSONRPC", `{"JSONRPC":"2.0","id":1,"method":"ping"}`, invalid, ""),
		refuse("case/Params", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"},"Params":{"name":"other"}}`, invalid, "1"),
		refuse("case/Result", `{"jsonrpc":"2.0","id":1,"Result":{}}`, invalid, "1"),
		refuse("case/Error", `{"jsonrpc":"2.0","id":1,"method":"ping","Error":{}}`, invalid, "1"),
		refuse("case/NAME-only", rpcMsg("1", "tools/call", `{"NAME":"search"}`), invalid, "1"),
		refuse("case/Name-beside-name", rpcMsg("1", "tools/call", `{"name":"other","Name":"search"}`), invalid, "1"),
		refuse("case/URI", rpcMsg("1", "resources/read", `{"uri":"file:///a","URI":"file:///b"}`), invalid, "1"),
		refuse("case/Arguments", rpcMsg("1", "tools/call", `{"name":"search","Arguments":{"a":1}}`), invalid, "1"),
		refuse("case/NAME-before-method", `{"jsonrpc":"2.0","id":1,"params":{"name":"x","NAME":"search"},"method":"tools/call"}`, invalid, "1"),
		refuse("fold/long-s-in-jsonrpc", `{"j`+"\u017f"+`onrpc":"2.0","jsonrpc":"2.0","id":1,"method":"ping"}`, invalid, ""),
		refuse("fold/long-s-in-params", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"other"},"param`+"\u017f"+`":{"name":"search"}}`, invalid, "1"),
		refuse("fold/long-s-escaped-in-params", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"other"},"param\u017f":{"name":"search"}}`, invalid, "1"),
		refuse("fold/long-s-in-arguments", rpcMsg("1", "tools/call", `{"name":"search","argument`+"\u017f"+`":{"a":1}}`), invalid, "1"),
		accept("fold/dotted-capital-I-member-is-unrelated", `{"jsonrpc":"2.0","id":1,"method":"ping","`+"\u0130"+`d":2}`, callOp("ping", "")),
		accept("fold/kelvin-sign-member-is-unrelated", `{"jsonrpc":"2.0","id":1,"method":"ping","`+"\u212a"+`":1}`, callOp("ping", "")),
		accept("fold/long-s-in-name-value-is-another-tool", toolCall("1", `"`+"\u017f"+`earch"`), callOp("tools/call", "\u017fearch")),
		accept("fold/kelvin-sign-in-name-value-is-another-tool", toolCall("1", `"\u212aill"`), callOp("tools/call", "\u212aill")),
		accept("case/NAME-in-unnamed-method", rpcMsg("1", "tools/list", `{"NAME":"search","cursor":"c"}`), callOp("tools/list", "")),
		accept("case/tool-name-case-is-kept", toolCall("1", `"SEARCH"`), callOp("tools/call", "SEARCH")),
		accept("case/method-case-is-kept", rpcMsg("1", "Tools/Call", `{"name":"search"}`), callOp("Tools/Call", "")),

		// --- Null and wrongly typed members.
		refuse("type/method-null", `{"jsonrpc":"2.0","id":1,"method":null,"params":{"name":"search"}}`, invalid, "1"),
		refuse("type/method-number", `{"jsonrpc":"2.0","id":1,"method":1}`, invalid, "1"),
		refuse("type/method-array", `{"jsonrpc":"2.0","id":1,"method":["tools/call"],"params":{"name":"search"}}`, invalid, "1"),
		refuse("type/method-object", `{"jsonrpc":"2.0","id":1,"method":{},"params":{"name":"search"}}`, invalid, "1"),
		refuse("type/method-empty", `{"jsonrpc":"2.0","id":1,"method":"","params":{"name":"search"}}`, invalid, "1"),
		refuse("type/method-bool", `{"jsonrpc":"2.0","id":1,"method":true}`, invalid, "1"),
		refuse("type/name-null", toolCall("1", "null"), invalid, "1"),
		refuse("type/name-number", toolCall("1", "1"), invalid, "1"),
		refuse("type/name-array", toolCall("1", `["search"]`), invalid, "1"),
		refuse("type/name-object", toolCall("1", `{"name":"search"}`), invalid, "1"),
		refuse("type/name-empty", toolCall("1", `""`), invalid, "1"),
		refuse("type/name-missing", rpcMsg("1", "tools/call", `{"arguments":{"a":1}}`), invalid, "1"),
		refuse("type/name-missing-prompt", rpcMsg("1", "prompts/get", `{}`), invalid, "1"),
		refuse("type/uri-null", rpcMsg("1", "resources/read", `{"uri":null}`), invalid, "1"),
		refuse("type/uri-number", rpcMsg("1", "resources/subscribe", `{"uri":7}`), invalid, "1"),
		refuse("type/uri-missing-name-given", rpcMsg("1", "resources/read", `{"name":"file:///a"}`), invalid, "1"),
		refuse("type/jsonrpc-null", `{"jsonrpc":null,"id":1,"method":"ping"}`, invalid, ""),
		refuse("type/jsonrpc-number", `{"jsonrpc":2.0,"id":1,"method":"ping"}`, invalid, ""),
		refuse("type/jsonrpc-1.0", `{"id":1,"jsonrpc":"1.0","method":"ping"}`, invalid, "1"),
		refuse("type/jsonrpc-2", `{"jsonrpc":"2","id":1,"method":"ping"}`, invalid, ""),
		refuse("type/jsonrpc-padded", `{"jsonrpc":"2.0 ","id":1,"method":"ping"}`, invalid, ""),
		refuse("type/jsonrpc-missing", `{"id":1,"method":"ping"}`, invalid, "1"),
		refuse("type/params-missing", rpcMsg("1", "tools/call", ""), invalid, "1"),
		refuse("type/params-null", rpcMsg("1", "tools/call", "null"), invalid, "1"),
		refuse("type/params-array", rpcMsg("1", "tools/call", `["search"]`), invalid, "1"),
		refuse("type/params-string", rpcMsg("1", "tools/call", `"{\"name\":\"search\"}"`), invalid, "1"),
		refuse("type/params-array-unnamed-method", rpcMsg("1", "tools/list", `[]`), invalid, "1"),
		refuse("type/params-null-unnamed-method", rpcMsg("1", "ping", `null`), invalid, "1"),
		accept("type/params-absent-unnamed-method", rpcMsg("1", "tools/list", ""), callOp("tools/list", "")),
		accept("type/params-empty-unnamed-method", rpcMsg("1", "tools/list", "{}"), callOp("tools/list", "")).withParams("{}"),

		// --- ids.
		refuse("id/null", `{"jsonrpc":"2.0","id":null,"method":"tools/call","params":{"name":"search"}}`, invalid, ""),
		refuse("id/true", toolCall("true", `"search"`), invalid, ""),
		refuse("id/false", toolCall("false", `"search"`), invalid, ""),
		refuse("id/object", toolCall(`{"a":1}`, `"search"`), invalid, ""),
		refuse("id/array", toolCall(`[1]`, `"search"`), invalid, ""),
		refuse("id/float", toolCall("1.5", `"search"`), invalid, ""),
		refuse("id/float-integral", toolCall("1.0", `"search"`), invalid, ""),
		refuse("id/exponent", toolCall("1e3", `"search"`), invalid, ""),
		refuse("id/negative-exponent", toolCall("10E-1", `"search"`), invalid, ""),
		refuse("id/2^53", toolCall("9007199254740992", `"search"`), invalid, ""),
		refuse("id/-2^53", toolCall("-9007199254740992", `"search"`), invalid, ""),
		refuse("id/17-digits", toolCall("12345678901234567", `"search"`), invalid, ""),
		refuse("id/huge", toolCall(strings.Repeat("9", 400), `"search"`), invalid, ""),
		refuse("id/1e400", toolCall("1e400", `"search"`), invalid, ""),
		refuse("id/string-too-long", toolCall(`"`+strings.Repeat("a", maxIDBytes-1)+`"`, `"search"`), invalid, ""),
		refuse("id/leading-zero", toolCall("01", `"search"`), parseErr, "0"), // the id read is 0; then "1" does not parse
		refuse("id/plus", toolCall("+1", `"search"`), parseErr, ""),
		accept("id/2^53-1", toolCall("9007199254740991", `"search"`), searchOp),
		accept("id/-(2^53-1)", toolCall("-9007199254740991", `"search"`), searchOp),
		accept("id/zero", toolCall("0", `"search"`), searchOp),
		accept("id/negative-zero", toolCall("-0", `"search"`), searchOp),
		accept("id/string", toolCall(`"abc"`, `"search"`), searchOp),
		accept("id/empty-string", toolCall(`""`, `"search"`), searchOp),
		accept("id/string-at-max", toolCall(`"`+strings.Repeat("a", maxIDBytes-2)+`"`, `"search"`), searchOp),
		accept("id/string-escaped", toolCall(`"\u0031"`, `"search"`), searchOp),

		// --- arguments.
		accept("args/object", searchCall, searchOp).withArgs(`{"a":1}`).withParams(`{"name":"search","arguments":{"a":1}}`),
		accept("args/object-spaced", rpcMsg("1", "tools/call", `{ "name" : "search" , "arguments" : { "a" : 1 } }`), searchOp).
			withArgs(`{ "a" : 1 }`).withParams(`{ "name" : "search" , "arguments" : { "a" : 1 } }`),
		accept("args/null-is-absent", rpcMsg("1", "tools/call", `{"name":"search","arguments":null}`), searchOp).withArgs("-"),
		accept("args/absent", rpcMsg("1", "tools/call", `{"name":"search"}`), searchOp).withArgs("-"),
		accept("args/empty", rpcMsg("1", "tools/call", `{"name":"search","arguments":{}}`), searchOp).withArgs("{}"),
		accept("args/before-name", rpcMsg("1", "tools/call", `{"arguments":{"name":"other"},"name":"search"}`), searchOp).
			withArgs(`{"name":"other"}`),
		accept("args/prompt", rpcMsg("1", "prompts/get", `{"name":"greet","arguments":{"who":"x"}}`), callOp("prompts/get", "greet")).
			withArgs(`{"who":"x"}`),
		refuse("args/array", rpcMsg("1", "tools/call", `{"name":"search","arguments":[1]}`), invalid, "1"),
		refuse("args/string", rpcMsg("1", "tools/call", `{"name":"search","arguments":"{}"}`), invalid, "1"),
		refuse("args/number", rpcMsg("1", "tools/call", `{"name":"search","arguments":0}`), invalid, "1"),
		refuse("args/bool", rpcMsg("1", "tools/call", `{"name":"search","arguments":false}`), invalid, "1"),
		refuse("args/prompt-array", rpcMsg("1", "prompts/get", `{"name":"greet","arguments":[]}`), invalid, "1"),
		accept("args/not-kept-for-resources", rpcMsg("1", "resources/read", `{"uri":"u:1","arguments":[1]}`), callOp("resources/read", "u:1")).
			withArgs("-"),

		// --- Trailing data.
		refuse("trailing/second-object", searchCall+toolCall("2", `"search"`), invalid, "1"),
		refuse("trailing/second-object-spaced", searchCall+"\n"+toolCall("2", `"search"`), invalid, "1"),
		refuse("trailing/second-batch", searchCall+batchOf(toolCall("2", `"search"`)), invalid, "1"),
		refuse("trailing/garbage", searchCall+"x", parseErr, "1"),
		refuse("trailing/comma", searchCall+",", parseErr, "1"),
		refuse("trailing/close-bracket", searchCall+"]", parseErr, "1"),
		refuse("trailing/nul", searchCall+"\x00", parseErr, "1"),
		refuse("trailing/number", searchCall+"1", invalid, "1"),
		refuse("trailing/after-batch-object", batchOf(searchCall)+toolCall("2", `"search"`), invalid, "").asBatch(),
		refuse("trailing/after-batch-batch", batchOf(searchCall)+batchOf(searchCall), invalid, "").asBatch(),
		refuse("trailing/after-batch-garbage", batchOf(searchCall)+"}", parseErr, "").asBatch(),
		refuse("truncated/object", searchCall[:len(searchCall)-1], parseErr, "1"),
		refuse("truncated/batch", batchOf(searchCall)[:len(searchCall)+1], parseErr, ""),
		refuse("truncated/batch-after-comma", batchOf(searchCall)[:len(searchCall)+1]+",", parseErr, ""),
		refuse("truncated/in-name", searchCall[:40], parseErr, "1"),

		// --- Batches.
		refuse("batch/empty", "[]", invalid, ""),
		refuse("batch/empty-spaced", " [ ] ", invalid, ""),
		refuse("batch/number", "[1]", invalid, ""),
		refuse("batch/null", "[null]", invalid, ""),
		refuse("batch/string", `["x"]`, invalid, ""),
		refuse("batch/nested", batchOf(batchOf(searchCall)), invalid, ""),
		refuse("batch/object-then-number", batchOf(searchCall, "1"), invalid, ""),
		refuse("batch/object-then-garbage", batchOf(searchCall, "x"), parseErr, ""),
		refuse("batch/element-bad-id", batchOf(searchCall, toolCall("1.5", `"search"`)), invalid, ""),
		refuse("batch/element-missing-name", batchOf(searchCall, rpcMsg("2", "tools/call", `{}`)), invalid, ""),
		refuse("batch/element-invalid-utf8", batchOf(searchCall, toolCall("2", "\"\xff\"")), invalid, ""),
		refuse("batch/element-trailing-comma", batchOf(searchCall)[:len(searchCall)+1]+",]", parseErr, ""),
		accept("batch/no-version", batchOf(searchCall, rpcMsg("", "notifications/initialized", ""), `{"jsonrpc":"2.0","id":"s1","result":{}}`),
			searchOp, notifOp("notifications/initialized", ""), respOp).asBatch(),
		accept("batch/2024-11-05", batchOf(searchCall, toolCall("2", `"search"`)), searchOp, searchOp).asBatch().v("2024-11-05"),
		accept("batch/2025-03-26", batchOf(searchCall, toolCall("2", `"fetch"`)), searchOp, callOp("tools/call", "fetch")).asBatch().v("2025-03-26"),
		refuse("batch/2025-06-18", batchOf(searchCall), invalid, "").asBatch().v("2025-06-18"),
		refuse("batch/2025-11-25", batchOf(searchCall), invalid, "").asBatch().v("2025-11-25"),
		refuse("batch/2026-07-28", batchOf(searchCall), invalid, "").asBatch().v("2026-07-28"),
		refuse("batch/2026-07-28-with-headers", batchOf(searchCall), invalid, "").asBatch().v("2026-07-28").
			h("Mcp-Method", "tools/call", "Mcp-Name", "search"),
		refuse("batch/unknown-late-version", batchOf(searchCall), invalid, "").asBatch().v("2099-01-01"),
		accept("batch/one-element", batchOf(searchCall), searchOp).asBatch(),
		accept("batch/1000-calls", batchOf(repeated(searchCall, 1000)...), repeatOp(searchOp, 1000)...).asBatch(),
		accept("batch/1024-calls-chunked", batchOf(repeated(searchCall, DefaultMaxBatch)...), repeatOp(searchOp, DefaultMaxBatch)...).asBatch().hidden(),
		refuse("batch/1025-calls", batchOf(repeated(searchCall, DefaultMaxBatch+1)...), invalid, ""),
		refuse("batch/5000-calls-chunked", batchOf(repeated(searchCall, 5000)...), invalid, "").hidden(),
		accept("batch/leading-whitespace", " \n"+batchOf(searchCall), searchOp).asBatch(),

		// --- Kinds of message.
		refuse("kind/request-and-response", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"},"result":{}}`, invalid, "1"),
		refuse("kind/request-and-error", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"},"error":{"code":1,"message":"x"}}`, invalid, "1"),
		refuse("kind/result-before-method", `{"jsonrpc":"2.0","id":1,"result":null,"method":"tools/call","params":{"name":"search"}}`, invalid, "1"),
		refuse("kind/notification-and-result", `{"jsonrpc":"2.0","method":"ping","result":{}}`, invalid, ""),
		accept("kind/response-result", `{"jsonrpc":"2.0","id":7,"result":{"content":[]}}`, respOp),
		accept("kind/response-error", `{"jsonrpc":"2.0","id":"s-1","error":{"code":-1,"message":"no"}}`, respOp),
		accept("kind/response-with-params-ignored", `{"jsonrpc":"2.0","id":7,"result":{},"params":{"name":"search"}}`, respOp).
			withParams(`{"name":"search"}`),
		refuse("kind/response-without-id", `{"jsonrpc":"2.0","result":{}}`, invalid, ""),
		refuse("kind/response-id-null", `{"jsonrpc":"2.0","id":null,"result":{}}`, invalid, ""),
		refuse("kind/id-only", `{"jsonrpc":"2.0","id":1}`, invalid, "1"),
		refuse("kind/jsonrpc-only", `{"jsonrpc":"2.0"}`, invalid, ""),
		refuse("kind/empty-object", `{}`, invalid, ""),
		accept("kind/notification", rpcMsg("", "notifications/initialized", ""), notifOp("notifications/initialized", "")),
		accept("kind/notification-tools-call", rpcMsg("", "tools/call", `{"name":"search"}`), notifOp("tools/call", "search")),
		refuse("kind/body-null", "null", invalid, ""),
		refuse("kind/body-number", "1", invalid, ""),
		refuse("kind/body-string", `"x"`, invalid, ""),
		refuse("kind/body-true", "true", invalid, ""),
		refuse("kind/body-not-json", "jsonrpc=2.0&method=tools/call", parseErr, ""),

		// --- Depth and size of values.
		accept("depth/900-in-arguments", rpcMsg("1", "tools/call", `{"name":"search","arguments":`+nested(900)+`}`), searchOp),
		accept("depth/900-arrays-in-arguments", rpcMsg("1", "tools/call", `{"name":"search","arguments":{"a":`+strings.Repeat("[", 900)+strings.Repeat("]", 900)+`}}`), searchOp),
		refuse("depth/20000-in-arguments", rpcMsg("1", "tools/call", `{"name":"search","arguments":`+nested(20000)+`}`), parseErr, "1"),
		refuse("depth/20000-arrays-unterminated", rpcMsg("1", "tools/call", `{"name":"search","arguments":{"a":`+strings.Repeat("[", 20000)), parseErr, "1"),
		refuse("depth/20000-before-method", `{"jsonrpc":"2.0","id":1,"x":`+nested(20000)+`,"method":"tools/call","params":{"name":"search"}}`, parseErr, "1"),
		// One object's members are bounded (the duplicate check indexes
		// them): 10 000 pass, one more is refused, wherever the object is.
		accept("members/10000-in-arguments", rpcMsg("1", "tools/call", `{"name":"search","arguments":`+manyMembers(maxObjectMembers)+`}`), searchOp),
		refuse("members/10001-in-arguments", rpcMsg("1", "tools/call", `{"name":"search","arguments":`+manyMembers(maxObjectMembers+1)+`}`), invalid, "1"),
		refuse("members/50000-in-arguments", rpcMsg("1", "tools/call", `{"name":"search","arguments":`+manyMembers(50000)+`}`), invalid, "1"),
		refuse("members/50000-in-nested-arguments", rpcMsg("1", "tools/call", `{"name":"search","arguments":{"a":[`+manyMembers(50000)+`]}}`), invalid, "1"),
		refuse("members/30000-in-params-name-last", rpcMsg("1", "tools/call", strings.TrimSuffix(manyMembers(30000), "}")+`,"name":"search"}`), invalid, "1"),
		refuse("members/30000-top-level", strings.TrimSuffix(manyMembers(30000), "}")+`,"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}`, invalid, ""),
		refuse("members/50000-then-duplicate", rpcMsg("1", "tools/call", `{"name":"search","arguments":`+strings.TrimSuffix(manyMembers(50000), "}")+`,"m5":0}}`), invalid, "1"),

		// --- Methods without a body.
		accept("http/get", "").via("GET"),
		accept("http/delete", "").via("DELETE"),
		accept("http/get-with-body-ignored", searchCall).via("GET"),
		accept("http/get-with-headers", "").via("GET").v("2026-07-28").h("Mcp-Method", "tools/call", "Mcp-Name", "search"),
	}

	// Headers that disagree with the body (and agree with it) on every
	// protocol version: they are claims about the body wherever they appear.
	for _, v := range versions {
		vn := v
		if vn == "" {
			vn = "none"
		}
		cases = append(cases,
			accept("headers/"+vn+"/matching", searchCall, searchOp).v(v).h("Mcp-Method", "tools/call", "Mcp-Name", "search"),
			refuse("headers/"+vn+"/name-other-tool", searchCall, mism, "1").v(v).h("Mcp-Method", "tools/call", "Mcp-Name", "delete_all"),
			refuse("headers/"+vn+"/name-only-other-tool", searchCall, mism, "1").v(v).h("Mcp-Name", "delete_all"),
			refuse("headers/"+vn+"/method-other", searchCall, mism, "1").v(v).h("Mcp-Method", "tools/list", "Mcp-Name", "search"),
			refuse("headers/"+vn+"/method-only-other", rpcMsg("1", "tools/list", ""), mism, "1").v(v).h("Mcp-Method", "tools/call"),
			refuse("headers/"+vn+"/claims-search-body-other", toolCall("1", `"delete_all"`), mism, "1").v(v).
				h("Mcp-Method", "tools/call", "Mcp-Name", "search"),
			refuse("headers/"+vn+"/base64-other", searchCall, mism, "1").v(v).h("Mcp-Method", "tools/call", "Mcp-Name", b64("delete_all")),
			accept("headers/"+vn+"/base64-matching", searchCall, searchOp).v(v).h("Mcp-Method", "tools/call", "Mcp-Name", b64("search")),
		)
		if v < "2026-07-28" {
			cases = append(cases,
				accept("headers/"+vn+"/absent", searchCall, searchOp).v(v),
				accept("headers/"+vn+"/method-only", searchCall, searchOp).v(v).h("Mcp-Method", "tools/call"),
			)
		}
	}
	return cases
}

func repeatOp(op wantOp, n int) []wantOp {
	out := make([]wantOp, n)
	for i := range out {
		out[i] = op
	}
	return out
}

func opsOf(req *Request) []wantOp {
	var out []wantOp
	for _, op := range req.Ops {
		out = append(out, wantOp{op.Kind, op.Method, op.Name})
	}
	return out
}

func brief(s string) string {
	if len(s) > 200 {
		return fmt.Sprintf("%q…(%d bytes)", s[:200], len(s))
	}
	return fmt.Sprintf("%q", s)
}

func TestReadHostile(t *testing.T) {
	seen := map[string]bool{}
	for _, tc := range parseCases() {
		if seen[tc.name] {
			t.Fatalf("two cases named %s", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			p := &Parser{MaxBodyBytes: tc.max}
			r := tc.request()
			req, err := p.Read(r)
			if tc.status != 0 {
				checkRefusal(t, tc, req, err)
			} else {
				checkAccepted(t, tc, r, req, err)
			}
			checkHandler(t, tc, p)
		})
	}
}

func checkRefusal(t *testing.T, tc parseCase, req *Request, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		if err == nil {
			t.Fatalf("body %s: accepted with ops %v; want a refusal with %d", brief(tc.body), opsOf(req), tc.status)
		}
		t.Fatalf("body %s: Read: %v is not an *Error; want a refusal with %d", brief(tc.body), err, tc.status)
	}
	if e.Status != tc.status || e.Code != tc.code || string(e.ID) != tc.id {
		t.Errorf("refused with status %d, code %d, id %q (%v); want %d, %d, %q", e.Status, e.Code, e.ID, err, tc.status, tc.code, tc.id)
	}
	if tc.kind != nil && !errors.Is(err, tc.kind) {
		t.Errorf("error %v is not %v", err, tc.kind)
	}
}

func checkAccepted(t *testing.T, tc parseCase, r *http.Request, req *Request, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("body %s: Read: %v", brief(tc.body), err)
	}
	if got := opsOf(req); !slices.Equal(got, tc.ops) {
		if len(got) > 10 || len(tc.ops) > 10 {
			t.Fatalf("%d ops, want %d (batch %v)", len(got), len(tc.ops), req.Batch)
		}
		t.Fatalf("ops %v, want %v", got, tc.ops)
	}
	if req.Batch != tc.wantBatch {
		t.Errorf("Batch = %v, want %v", req.Batch, tc.wantBatch)
	}
	if single := req.Single(); (single != nil) != (!tc.wantBatch && len(tc.ops) == 1) {
		t.Errorf("Single() = %v", single)
	}
	for i := 0; i+1 < len(tc.hdr); i += 2 {
		if http.CanonicalHeaderKey(tc.hdr[i]) == "Mcp-Protocol-Version" && req.ProtocolVersion != tc.hdr[i+1] {
			t.Errorf("ProtocolVersion = %q, want %q", req.ProtocolVersion, tc.hdr[i+1])
		}
	}
	if r.Method != http.MethodPost {
		if len(req.Ops) != 0 {
			t.Errorf("%s has ops %v", r.Method, opsOf(req))
		}
		return
	}
	// The handler behind sees exactly the bytes parsed.
	replay, err := io.ReadAll(r.Body)
	if err != nil || string(replay) != tc.passed() {
		t.Errorf("replayed body (%d bytes, %v) differs from the %d bytes parsed", len(replay), err, len(tc.passed()))
	}
	if r.ContentLength != int64(len(tc.passed())) {
		t.Errorf("ContentLength = %d, want %d", r.ContentLength, len(tc.passed()))
	}
	if err := r.Body.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if len(req.Ops) > 0 {
		op := req.Ops[0]
		if tc.params != "" && string(op.Params) != tc.params {
			t.Errorf("Params = %s, want %s", brief(string(op.Params)), brief(tc.params))
		}
		switch {
		case tc.args == "-" && op.Arguments != nil:
			t.Errorf("Arguments = %s, want nil", brief(string(op.Arguments)))
		case tc.args != "" && tc.args != "-" && string(op.Arguments) != tc.args:
			t.Errorf("Arguments = %s, want %s", brief(string(op.Arguments)), brief(tc.args))
		}
	}
	// Parsed in place, every slice of an Op is a piece of the body itself.
	body := []byte(tc.passed())
	again := Request{ProtocolVersion: req.ProtocolVersion} // what the version decides is decided alike
	if err := parse(body, &again, DefaultMaxBatch); err != nil {
		t.Fatalf("parse: %v", err)
	}
	for i, op := range again.Ops {
		for what, s := range map[string][]byte{"ID": op.ID, "Params": op.Params, "Arguments": op.Arguments} {
			if s != nil && !subSlice(body, s) {
				t.Fatalf("op %d: %s %s is not a sub-slice of the body", i, what, brief(string(s)))
			}
		}
		if !json.Valid(op.Params) && op.Params != nil {
			t.Errorf("op %d: Params %s is not JSON", i, brief(string(op.Params)))
		}
	}
	// go-sdk reads the same operations (or refuses the body: then nothing
	// runs, which the limits over-counted harmlessly).
	sdk, sdkBatch, err := sdkRead(body)
	if err != nil {
		t.Logf("go-sdk refuses this body: %v", err)
		return
	}
	if !slices.Equal(sdk, tc.ops) || sdkBatch != req.Batch {
		if len(sdk) > 10 {
			t.Fatalf("go-sdk reads %d ops (batch %v), we %d", len(sdk), sdkBatch, len(tc.ops))
		}
		t.Fatalf("go-sdk reads %v (batch %v), we %v", sdk, sdkBatch, tc.ops)
	}
}

// subSlice reports whether s is body[i:j:j] for some i, j: it shares the
// body's memory and cannot grow into the rest of it.
func subSlice(body, s []byte) bool {
	if len(s) == 0 || cap(s) != len(s) || len(body) == 0 {
		return false
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(body)))
	at := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	if at < start || at-start+uintptr(len(s)) > uintptr(len(body)) {
		return false
	}
	return &body[at-start] == &s[0]
}

// checkHandler runs the case through Parser.Handler: refusals are written
// by WriteError before the next handler, with a JSON-RPC error body.
func checkHandler(t *testing.T, tc parseCase, p *Parser) {
	t.Helper()
	var reached bool
	h := p.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reached = true
		req, ok := FromContext(r.Context())
		if !ok {
			t.Error("no operations in the context")
		} else if got := opsOf(req); !slices.Equal(got, tc.ops) && len(got) < 10 {
			t.Errorf("handler: ops %v, want %v", got, tc.ops)
		}
		if r.Method == http.MethodPost {
			b, _ := io.ReadAll(r.Body)
			if string(b) != tc.passed() {
				t.Errorf("handler read %d bytes, want the %d parsed", len(b), len(tc.passed()))
			}
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, tc.request())
	if tc.status == 0 {
		if !reached || w.Code != http.StatusNoContent {
			t.Errorf("Handler: %d %s, reached %v; want it passed on", w.Code, w.Body, reached)
		}
		return
	}
	if reached {
		t.Error("Handler passed a refused request on")
	}
	if w.Code != tc.status {
		t.Errorf("Handler status %d, want %d", w.Code, tc.status)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	var e struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
		t.Fatalf("error body %q: %v", w.Body, err)
	}
	wantID := tc.id
	if wantID == "" {
		wantID = "null"
	}
	if e.JSONRPC != "2.0" || string(e.ID) != wantID || e.Error.Code != tc.code || e.Error.Message == "" {
		t.Errorf("error body %s; want id %s, code %d", w.Body, wantID, tc.code)
	}
	if !utf8Valid(w.Body.Bytes()) {
		t.Errorf("error body is not valid UTF-8: %q", w.Body)
	}
}

func utf8Valid(b []byte) bool {
	return json.Valid(b) && strings.ToValidUTF8(string(b), "\ufffd") == string(b)
}

// The errors echo the client's id verbatim, and a refusal's message is
// valid JSON whatever bytes the client sent.
func TestWriteErrorEchoesID(t *testing.T) {
	for _, id := range []string{`1`, `"a\"b"`, `-9007199254740991`, `"` + strings.Repeat("z", maxIDBytes-2) + `"`, `"\u00e9"`} {
		body := `{"jsonrpc":"2.0","id":` + id + `,"method":"tools/call","params":{"name":1}}`
		w := httptest.NewRecorder()
		new(Parser).Handler(http.NotFoundHandler()).ServeHTTP(w, httptest.NewRequest("POST", "/mcp", strings.NewReader(body)))
		var e struct {
			ID json.RawMessage `json:"id"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || string(e.ID) != id || w.Code != 400 {
			t.Errorf("id %s: %d %s (%v)", brief(id), w.Code, brief(w.Body.String()), err)
		}
	}
	// A non-Error is a plain 400.
	w := httptest.NewRecorder()
	WriteError(w, errors.New("boom"))
	if w.Code != 400 || !strings.Contains(w.Body.String(), `"id":null`) || !strings.Contains(w.Body.String(), "-32600") {
		t.Errorf("WriteError(plain error) = %d %s", w.Code, w.Body)
	}
}

// A body that cannot be read is 400 ErrRead, and one cut short by
// http.MaxBytesReader (a server-wide bound in front) is 413.
func TestReadBodyFailures(t *testing.T) {
	r := httptest.NewRequest("POST", "/mcp", hiddenLen{io.MultiReader(strings.NewReader(searchCall[:10]), errReader{})})
	if _, err := new(Parser).Read(r); !errors.Is(err, ErrRead) {
		t.Errorf("failing body: %v", err)
	}
	w := httptest.NewRecorder()
	r = httptest.NewRequest("POST", "/mcp", hiddenLen{strings.NewReader(padTo(searchCall, 2000))})
	r.Body = http.MaxBytesReader(w, r.Body, 1000)
	var e *Error
	if _, err := new(Parser).Read(r); !errors.As(err, &e) || e.Status != 413 {
		t.Errorf("MaxBytesReader: %v", err)
	}
	r = httptest.NewRequest("POST", "/mcp", nil)
	r.Body = nil
	if _, err := new(Parser).Read(r); !errors.Is(err, ErrMalformed) {
		t.Errorf("nil body: %v", err)
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

// Parse errors name the client's own bytes only, and nothing of a second
// body survives in the pooled parser state.
func TestParseStateIsNotShared(t *testing.T) {
	first := toolCall(`"secret-id"`, `"secret-tool"`)
	var req Request
	if err := parse([]byte(first), &req, DefaultMaxBatch); err != nil {
		t.Fatal(err)
	}
	err := parse([]byte(`{"jsonrpc":"2.0","method":"ping","x":`), &Request{}, DefaultMaxBatch)
	var e *Error
	if !errors.As(err, &e) || e.ID != nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("second parse: %v (id %q)", err, e.ID)
	}
}

// sdkRead decodes body the way go-sdk v1.8.0 does (mcp/transport.go
// readBatch, internal/jsonrpc2 DecodeMessage with internal/json's
// Unmarshal, then the params of the named methods) and returns the
// operations it would dispatch.
func sdkRead(body []byte) ([]wantOp, bool, error) {
	var raws []json.RawMessage
	if err := sdkUnmarshal(body, &raws); err == nil {
		if len(raws) == 0 {
			return nil, true, errors.New("empty batch")
		}
		var ops []wantOp
		for _, raw := range raws {
			op, err := sdkMessage(raw)
			if err != nil {
				return nil, true, err
			}
			ops = append(ops, op)
		}
		return ops, true, nil
	}
	op, err := sdkMessage(body)
	if err != nil {
		return nil, false, err
	}
	return []wantOp{op}, false, nil
}

// sdkWire is go-sdk's wireDecode.
type sdkWire struct {
	VersionTag string          `json:"jsonrpc"`
	ID         any             `json:"id,omitempty"`
	Method     json.RawMessage `json:"method"`
	Params     json.RawMessage `json:"params,omitempty"`
	Result     json.RawMessage `json:"result,omitempty"`
	Error      *struct {
		Code    int64           `json:"code"`
		Message string          `json:"message"`
		Data    json.RawMessage `json:"data,omitempty"`
	} `json:"error,omitempty"`
}

func sdkMessage(data []byte) (wantOp, error) {
	var m sdkWire
	if err := sdkUnmarshal(data, &m); err != nil {
		return wantOp{}, err
	}
	if m.VersionTag != "2.0" {
		return wantOp{}, fmt.Errorf("version %q", m.VersionTag)
	}
	hasID := false
	switch m.ID.(type) {
	case nil:
	case float64, string:
		hasID = true
	default:
		return wantOp{}, fmt.Errorf("id of type %T", m.ID)
	}
	if len(m.Method) == 0 {
		if !hasID {
			return wantOp{}, errors.New("a response without an id")
		}
		return respOp, nil
	}
	op := wantOp{Kind: Notification}
	if hasID {
		op.Kind = Call
	}
	if err := sdkUnmarshal(m.Method, &op.Method); err != nil {
		return wantOp{}, err
	}
	if Named(op.Method) {
		if m.Params == nil {
			return wantOp{}, errors.New(`missing required "params"`)
		}
		var p struct {
			Name string `json:"name"`
			URI  string `json:"uri"`
		}
		if err := sdkUnmarshal(m.Params, &p); err != nil {
			return wantOp{}, err
		}
		op.Name = p.Name
		if strings.HasPrefix(op.Method, "resources/") {
			op.Name = p.URI
		}
	}
	return op, nil
}

// sdkUnmarshal is go-sdk's internal/json.Unmarshal: a nesting bound of
// 1000, then segmentio's decoder with case-sensitive member names, which
// ignores whatever follows the first value.
func sdkUnmarshal(data []byte, v any) error {
	depth, inString, escaped := 0, false, false
	for _, b := range data {
		if inString {
			switch {
			case escaped:
				escaped = false
			case b == '\\':
				escaped = true
			case b == '"':
				inString = false
			}
			continue
		}
		switch b {
		case '"':
			inString = true
		case '{', '[':
			if depth++; depth > 1000 {
				return errors.New("json: exceeded maximum nesting depth of 1000")
			}
		case '}', ']':
			if depth > 0 {
				depth--
			}
		}
	}
	dec := sjson.NewDecoder(bytes.NewReader(data))
	dec.DontMatchCaseInsensitiveStructFields()
	return dec.Decode(v)
}

// Over a real connection: a chunked body (no Content-Length) past the bound
// is 413, one at the bound passes whole.
func TestChunkedOverHTTP(t *testing.T) {
	var got []byte
	var announced int64
	inner := new(Parser).Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, _ = io.ReadAll(r.Body)
	}))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		announced = r.ContentLength
		inner.ServeHTTP(w, r)
	}))
	defer srv.Close()
	for _, tc := range []struct {
		body   string
		status int
	}{
		{padTo(searchCall, DefaultMaxBodyBytes), 200},
		{padTo(searchCall, DefaultMaxBodyBytes+1), 413},
	} {
		got = nil
		req, _ := http.NewRequest("POST", srv.URL, hiddenLen{strings.NewReader(tc.body)})
		req.ContentLength = -1
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = resp.Body.Close()
		if announced != -1 {
			t.Fatalf("the server saw Content-Length %d: not a chunked request", announced)
		}
		if resp.StatusCode != tc.status || (tc.status == 200) != (string(got) == tc.body) {
			t.Errorf("%d-byte chunked body: %d, handler read %d bytes; want %d", len(tc.body), resp.StatusCode, len(got), tc.status)
		}
	}
}
