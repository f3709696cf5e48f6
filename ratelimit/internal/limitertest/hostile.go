package limitertest

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	sjson "github.com/segmentio/encoding/json"

	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// hostileN is the quota of tools/call "search" per minute.
const hostileN = 5

// hostileCase is a request carrying tools/call "search" in some disguise,
// and what happens to it with a fresh quota: the status, and how many
// search calls go-sdk executes (and the search policy spends).
type hostileCase struct {
	name    string
	body    string
	hdr     []string // name, value pairs, added in order
	chunked bool     // no Content-Length
	clen    int64    // when not 0, the Content-Length claimed
	status  int
	exec    int
}

func hsMsg(id, method, params string) string {
	s := `{"jsonrpc":"2.0"`
	if id != "" {
		s += `,"id":` + id
	}
	s += `,"method":` + strconv.Quote(method)
	if params != "" {
		s += `,"params":` + params
	}
	return s + "}"
}

// hsCall is a tools/call of name (a raw JSON value).
func hsCall(id, name string) string {
	return hsMsg(id, "tools/call", `{"name":`+name+`,"arguments":{"q":"x"}}`)
}

func hsBatch(msgs ...string) string { return "[" + strings.Join(msgs, ",") + "]" }

func hsSearches(n int) string {
	msgs := make([]string, n)
	for i := range msgs {
		msgs[i] = hsCall(strconv.Itoa(i+1), `"search"`)
	}
	return hsBatch(msgs...)
}

func hsGzip(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, _ = zw.Write([]byte(s))
	_ = zw.Close()
	return b.String()
}

func hsNest(depth int) string {
	return strings.Repeat(`{"x":`, depth) + "1" + strings.Repeat("}", depth)
}

func hsMembers(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `"m%d":%d`, i, i)
	}
	return b.String() + "}"
}

func hostileCases() []hostileCase {
	search := hsCall("1", `"search"`)
	other := hsCall("1", `"other"`)
	pad := strings.Repeat("x", 70<<10)
	const (
		ok, bad, tooMany = http.StatusOK, http.StatusBadRequest, http.StatusTooManyRequests
	)
	return []hostileCase{
		{name: "plain/search", body: search, status: ok, exec: 1},
		{name: "plain/other-tool", body: other, status: ok},

		// Headers claiming another tool or method than the body.
		{name: "headers/name-claims-other-tool", body: search, hdr: []string{"Mcp-Method", "tools/call", "Mcp-Name", "other"}, status: bad},
		{name: "headers/name-claims-other-tool-2025-03-26", body: search, hdr: []string{"MCP-Protocol-Version", "2025-03-26", "Mcp-Name", "other"}, status: bad},
		{name: "headers/name-claims-other-tool-2025-11-25", body: search, hdr: []string{"MCP-Protocol-Version", "2025-11-25", "Mcp-Method", "tools/call", "Mcp-Name", "other"}, status: bad},
		{name: "headers/name-claims-other-tool-2026-07-28", body: search, hdr: []string{"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "other"}, status: bad},
		{name: "headers/method-claims-tools-list", body: search, hdr: []string{"Mcp-Method", "tools/list"}, status: bad},
		{name: "headers/claim-search-body-other", body: other, hdr: []string{"Mcp-Method", "tools/call", "Mcp-Name", "search"}, status: bad},
		{name: "headers/base64-claims-other-tool", body: search, hdr: []string{"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "=?base64?" + base64.StdEncoding.EncodeToString([]byte("other")) + "?="}, status: bad},
		{name: "headers/repeated-name", body: search, hdr: []string{"Mcp-Method", "tools/call", "Mcp-Name", "other", "Mcp-Name", "search"}, status: bad},
		{name: "headers/missing-2026-07-28", body: search, hdr: []string{"MCP-Protocol-Version", "2026-07-28"}, status: bad},
		{name: "headers/on-batch", body: hsSearches(2), hdr: []string{"Mcp-Method", "tools/call", "Mcp-Name", "other"}, status: bad},
		{name: "headers/matching-2026-07-28", body: search, hdr: []string{"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "search"}, status: ok, exec: 1},
		{name: "headers/base64-matching-2026-07-28", body: search, hdr: []string{"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "=?base64?c2VhcmNo?="}, status: ok, exec: 1},

		// Batches: every search in one spends one.
		{name: "batch/3-searches", body: hsSearches(3), status: ok, exec: 3},
		{name: "batch/N-searches", body: hsSearches(hostileN), status: ok, exec: hostileN},
		{name: "batch/N+1-searches", body: hsSearches(hostileN + 1), status: tooMany},
		{name: "batch/200-searches", body: hsSearches(200), status: tooMany},
		{name: "batch/searches-among-others", body: hsBatch(hsMsg("1", "tools/list", ""), hsCall("2", `"other"`), hsCall("3", `"search"`),
			hsMsg("", "notifications/initialized", ""), hsCall("4", `"\u0073earch"`), `{"jsonrpc":"2.0","id":"s1","result":{}}`), status: ok, exec: 2},
		{name: "batch/2025-03-26", body: hsSearches(2), hdr: []string{"MCP-Protocol-Version", "2025-03-26"}, status: ok, exec: 2},
		{name: "batch/2025-06-18", body: hsSearches(2), hdr: []string{"MCP-Protocol-Version", "2025-06-18"}, status: bad},
		{name: "batch/2026-07-28", body: hsSearches(2), hdr: []string{"MCP-Protocol-Version", "2026-07-28"}, status: bad},
		{name: "batch/nested", body: hsBatch(hsSearches(2)), status: bad},
		{name: "batch/search-then-non-object", body: hsBatch(search, "1"), status: bad},
		{name: "batch/search-then-bad-element", body: hsBatch(search, hsCall("2", `"search","name":"x"`)), status: bad},

		// Padding past 64 KiB and around the message.
		{name: "pad/name-after-64KiB", body: hsMsg("1", "tools/call", `{"arguments":{"pad":"`+pad+`"},"name":"search"}`), status: ok, exec: 1},
		{name: "pad/name-after-64KiB-chunked", body: hsMsg("1", "tools/call", `{"arguments":{"pad":"`+pad+`"},"name":"search"}`), chunked: true, status: ok, exec: 1},
		{name: "pad/method-after-64KiB", body: `{"pad":"` + pad + `","jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}`, status: ok, exec: 1},
		{name: "pad/name-after-64KiB-of-_meta", body: hsMsg("1", "tools/call", `{"_meta":{"pad":"`+pad+`"},"name":"search"}`), status: ok, exec: 1},
		{name: "pad/leading-whitespace-100KiB", body: strings.Repeat(" \n", 50<<10) + search, status: ok, exec: 1},
		{name: "pad/batch-after-64KiB", body: strings.Repeat("\t", 70<<10) + hsSearches(2), status: ok, exec: 2},
		{name: "size/over-4MiB", body: search + strings.Repeat(" ", 4<<20), status: http.StatusRequestEntityTooLarge},
		{name: "size/over-4MiB-chunked", body: search + strings.Repeat(" ", 4<<20), chunked: true, status: http.StatusRequestEntityTooLarge},
		{name: "size/second-message-past-content-length", body: other + search, clen: int64(len(other)), status: ok},
		{name: "size/second-message-past-large-content-length", body: hsMsg("1", "tools/call", `{"name":"other","arguments":{"pad":"`+pad+`"}}`) + search,
			clen: int64(len(hsMsg("1", "tools/call", `{"name":"other","arguments":{"pad":"`+pad+`"}}`))), status: bad},
		{name: "encoding/gzip", body: hsGzip(search), hdr: []string{"Content-Encoding", "gzip"}, status: http.StatusUnsupportedMediaType},
		{name: "encoding/gzip-uncompressed-body", body: search, hdr: []string{"Content-Encoding", "gzip"}, status: http.StatusUnsupportedMediaType},

		// Escapes.
		{name: "escape/unicode-in-name", body: hsCall("1", `"\u0073earch"`), status: ok, exec: 1},
		{name: "escape/all-unicode-name", body: hsCall("1", `"\u0073\u0065\u0061\u0072\u0063\u0068"`), status: ok, exec: 1},
		{name: "escape/member-name", body: hsMsg("1", "tools/call", `{"n\u0061me":"search"}`), status: ok, exec: 1},
		{name: "escape/top-member-names", body: `{"j\u0073onrpc":"2.0","i\u0064":1,"m\u0065thod":"tools\/call","p\u0061rams":{"name":"search"}}`, status: ok, exec: 1},
		{name: "escape/method-solidus", body: `{"jsonrpc":"2.0","id":1,"method":"tools\/call","params":{"name":"search"}}`, status: ok, exec: 1},
		{name: "escape/member-name-duplicate", body: hsMsg("1", "tools/call", `{"name":"other","n\u0061me":"search"}`), status: bad},
		{name: "escape/method-duplicate", body: `{"jsonrpc":"2.0","id":1,"method":"tools/list","m\u0065thod":"tools/call","params":{"name":"search"}}`, status: bad},
		{name: "escape/nul-suffix", body: hsCall("1", `"search\u0000"`), status: ok},

		// Repeated members.
		{name: "repeat/name", body: hsMsg("1", "tools/call", `{"name":"other","name":"search"}`), status: bad},
		{name: "repeat/name-null", body: hsMsg("1", "tools/call", `{"name":"search","name":null}`), status: bad},
		{name: "repeat/params", body: `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"other"},"params":{"name":"search"}}`, status: bad},
		{name: "repeat/params-null", body: `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"},"params":null}`, status: bad},
		{name: "repeat/method", body: `{"jsonrpc":"2.0","id":1,"method":"tools/list","method":"tools/call","params":{"name":"search"}}`, status: bad},
		{name: "repeat/method-null", body: `{"jsonrpc":"2.0","id":1,"method":"tools/call","method":null,"params":{"name":"search"}}`, status: bad},
		{name: "repeat/id", body: `{"jsonrpc":"2.0","id":1,"id":null,"method":"tools/call","params":{"name":"search"}}`, status: bad},
		{name: "repeat/jsonrpc", body: `{"jsonrpc":"1.0","jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}`, status: bad},
		{name: "repeat/in-arguments", body: hsMsg("1", "tools/call", `{"name":"search","arguments":{"q":"a","q":"b"}}`), status: bad},

		// Case and Unicode folding.
		{name: "case/Name-beside-name", body: hsMsg("1", "tools/call", `{"name":"other","Name":"search"}`), status: bad},
		{name: "case/NAME-only", body: hsMsg("1", "tools/call", `{"NAME":"search"}`), status: bad},
		{name: "case/Method-beside-method", body: `{"jsonrpc":"2.0","id":1,"method":"tools/list","Method":"tools/call","params":{"name":"search"}}`, status: bad},
		{name: "case/Params-beside-params", body: `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"other"},"Params":{"name":"search"}}`, status: bad},
		{name: "fold/long-s-params", body: `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"other"},"param` + "\u017f" + `":{"name":"search"}}`, status: bad},
		{name: "fold/long-s-in-name-value", body: hsCall("1", `"`+"\u017f"+`earch"`), status: ok},
		{name: "case/SEARCH", body: hsCall("1", `"SEARCH"`), status: ok},

		// Trailing data.
		{name: "trailing/second-message", body: other + search, status: bad},
		{name: "trailing/second-message-spaced", body: other + "\n" + search, status: bad},
		{name: "trailing/second-batch", body: other + hsSearches(3), status: bad},
		{name: "trailing/after-batch", body: hsSearches(1) + hsSearches(3), status: bad},
		{name: "trailing/garbage", body: search + "garbage", status: bad},

		// Encodings and values go-sdk reads otherwise.
		{name: "utf8/bom", body: "\xef\xbb\xbf" + search, status: bad},
		{name: "utf8/invalid-in-name", body: hsCall("1", "\"search\xff\""), status: bad},
		{name: "utf8/lone-surrogate", body: hsCall("1", `"search\ud800"`), status: bad},
		{name: "kind/request-and-response", body: `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"},"result":{}}`, status: bad},
		{name: "kind/notification", body: hsCall("", `"search"`), status: ok, exec: 1},
		{name: "id/float", body: hsCall("1.5", `"search"`), status: bad},
		{name: "id/2^53", body: hsCall("9007199254740993", `"search"`), status: bad},
		{name: "id/null", body: hsCall("null", `"search"`), status: bad},
		{name: "jsonrpc/1.0", body: strings.Replace(search, "2.0", "1.0", 1), status: bad},
		{name: "params/array", body: hsMsg("1", "tools/call", `["search"]`), status: bad},
		{name: "arguments/array", body: hsMsg("1", "tools/call", `{"name":"search","arguments":["x"]}`), status: bad},
		{name: "arguments/null", body: hsMsg("1", "tools/call", `{"name":"search","arguments":null}`), status: ok, exec: 1},
		{name: "depth/900-in-arguments", body: hsMsg("1", "tools/call", `{"name":"search","arguments":`+hsNest(900)+`}`), status: ok, exec: 1},
		{name: "depth/20000-in-arguments", body: hsMsg("1", "tools/call", `{"name":"search","arguments":`+hsNest(20000)+`}`), status: bad},
		{name: "members/9000-then-name", body: hsMsg("1", "tools/call", strings.TrimSuffix(hsMembers(9000), "}")+`,"name":"search"}`), status: ok, exec: 1},
		{name: "members/50000-then-name", body: hsMsg("1", "tools/call", strings.TrimSuffix(hsMembers(50000), "}")+`,"name":"search"}`), status: bad},
		{name: "batch/over-max-batch", body: "[" + strings.Repeat(search+",", 1024) + search + "]", status: bad},
	}
}

func (c hostileCase) request(p *mcpctx.Principal) *http.Request {
	var body io.Reader = strings.NewReader(c.body)
	if c.chunked {
		body = struct{ io.Reader }{body} // hides the length: Content-Length -1
	}
	r := httptest.NewRequest("POST", "/mcp", body)
	if c.clen != 0 {
		r.ContentLength = c.clen
	}
	for i := 0; i+1 < len(c.hdr); i += 2 {
		r.Header.Add(c.hdr[i], c.hdr[i+1])
	}
	return r.WithContext(mcpctx.WithPrincipal(r.Context(), p))
}

// sdkExecutor stands for go-sdk behind the limits: it decodes the body it
// receives as go-sdk v1.8.0 does and counts the search calls it would run.
type sdkExecutor struct {
	reached  bool
	searches int
}

func (x *sdkExecutor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	x.reached = true
	body, _ := io.ReadAll(r.Body)
	x.searches += sdkSearchCalls(body)
	w.WriteHeader(http.StatusOK)
}

// sdkWireDecode is go-sdk's internal/jsonrpc2 wireDecode.
type sdkWireDecode struct {
	VersionTag string          `json:"jsonrpc"`
	ID         any             `json:"id,omitempty"`
	Method     json.RawMessage `json:"method"`
	Params     json.RawMessage `json:"params,omitempty"`
	Result     json.RawMessage `json:"result,omitempty"`
}

// sdkDecode is go-sdk's internal/json.Unmarshal without its nesting bound
// (which only refuses, so leaving it out can only count more executions):
// segmentio's decoder, case-sensitive member names, the first value only.
func sdkDecode(data []byte, v any) error {
	dec := sjson.NewDecoder(bytes.NewReader(data))
	dec.DontMatchCaseInsensitiveStructFields()
	return dec.Decode(v)
}

// sdkSearchCalls returns how many tools/call "search" go-sdk would run
// for body: mcp/transport.go readBatch (an array first, else one message;
// one bad element fails the whole batch), then DecodeMessage, then the
// params. Notifications are counted too, though go-sdk does not answer
// them: the count is an upper bound.
func sdkSearchCalls(body []byte) int {
	msgs := [][]byte{body}
	var raws []json.RawMessage
	if err := sdkDecode(body, &raws); err == nil {
		if len(raws) == 0 {
			return 0
		}
		msgs = msgs[:0]
		for _, m := range raws {
			msgs = append(msgs, m)
		}
	}
	n := 0
	for _, m := range msgs {
		var w sdkWireDecode
		if err := sdkDecode(m, &w); err != nil || w.VersionTag != "2.0" {
			return 0
		}
		switch w.ID.(type) {
		case nil, float64, string:
		default:
			return 0
		}
		if len(w.Method) == 0 {
			if w.ID == nil {
				return 0
			}
			continue // a response
		}
		var method string
		if err := sdkDecode(w.Method, &method); err != nil {
			return 0
		}
		if method != "tools/call" || w.Params == nil {
			continue
		}
		var p struct {
			Name string `json:"name"`
		}
		if err := sdkDecode(w.Params, &p); err == nil && p.Name == "search" {
			n++
		}
	}
	return n
}

var searchRemaining = regexp.MustCompile(`"search";r=(\d+)`)

// remaining returns the search policy's remaining quota from the RateLimit
// header, or -1 when the policy did not count the request.
func remaining(w *httptest.ResponseRecorder) int {
	m := searchRemaining.FindStringSubmatch(w.Header().Get("RateLimit"))
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func hostileMiddleware(t *testing.T, l ratelimit.Limiter, next http.Handler) http.Handler {
	t.Helper()
	m, err := ratelimit.New(l, ratelimit.Options{Policies: []ratelimit.Policy{
		{Name: "caller", Limit: ratelimit.PerMinute(100000)},
		{Name: "search", Limit: ratelimit.PerMinute(hostileN), Methods: []string{"tools/call"}, Tools: []string{"search"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return m.Handler(next)
}

// HostileRequestsAreCounted: whatever disguise a search call wears, either
// the request is refused before go-sdk sees it, or every search call
// go-sdk runs was counted. newLimiter returns a fresh limiter for the test.
func HostileRequestsAreCounted(t *testing.T, newLimiter func(*testing.T) ratelimit.Limiter) {
	l := newLimiter(t)
	exec := &sdkExecutor{}
	h := hostileMiddleware(t, l, exec)

	// Each case on a fresh quota: the outcome is exact.
	t.Run("fresh", func(t *testing.T) {
		for _, tc := range hostileCases() {
			t.Run(tc.name, func(t *testing.T) {
				*exec = sdkExecutor{}
				p := &mcpctx.Principal{Subject: testenv.Unique("hostile-"), Method: mcpctx.MethodAPIKey}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, tc.request(p))
				spent := 0
				if r := remaining(w); r >= 0 && w.Code == http.StatusOK {
					spent = hostileN - r
				}
				if w.Code != tc.status || exec.searches != tc.exec {
					t.Errorf("%d (%s), %d searches executed; want %d, %d", w.Code, strings.TrimSpace(w.Body.String()), exec.searches, tc.status, tc.exec)
				}
				if w.Code != http.StatusOK && exec.reached {
					t.Errorf("refused with %d after the handler ran", w.Code)
				}
				if exec.searches > spent {
					t.Errorf("go-sdk ran %d searches, the policy spent %d", exec.searches, spent)
				}
				if w.Code == http.StatusOK && spent != tc.exec {
					t.Errorf("the policy spent %d, want %d", spent, tc.exec)
				}
			})
		}
	})

	// All cases on one quota: never more than hostileN searches run.
	t.Run("shared", func(t *testing.T) {
		p := &mcpctx.Principal{Subject: testenv.Unique("hostile-shared-"), Method: mcpctx.MethodAPIKey}
		start := time.Now()
		total := 0
		for _, tc := range hostileCases() {
			*exec = sdkExecutor{}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, tc.request(p))
			if w.Code != http.StatusOK && exec.reached {
				t.Errorf("%s: refused with %d after the handler ran", tc.name, w.Code)
			}
			total += exec.searches
			if exec.searches > 0 {
				t.Logf("%s: %d searches ran, %d left", tc.name, exec.searches, remaining(w))
			}
		}
		// The quota refills one call per minute/hostileN.
		allowance := hostileN + int(time.Since(start)/(time.Minute/hostileN))
		if total > allowance || total == 0 {
			t.Errorf("%d searches ran on one quota of %d/min", total, hostileN)
		}
	})
}

// HostileBatchSpendsEachCall: a batch of k searches spends k: after 3, a
// batch of 3 more is denied whole (none runs), and the 2 left are still
// there for single calls. newLimiter returns a fresh limiter for the test.
func HostileBatchSpendsEachCall(t *testing.T, newLimiter func(*testing.T) ratelimit.Limiter) {
	exec := &sdkExecutor{}
	h := hostileMiddleware(t, newLimiter(t), exec)
	p := &mcpctx.Principal{Subject: testenv.Unique("hostile-batch-"), Method: mcpctx.MethodAPIKey}
	search := hsCall("9", `"search"`)
	for i, step := range []struct {
		body   string
		status int
		exec   int
		left   int
	}{
		{hsSearches(3), http.StatusOK, 3, 2},
		{hsSearches(3), http.StatusTooManyRequests, 0, 2},
		{hsBatch(search, hsCall("10", `"other"`)), http.StatusOK, 1, 1},
		{search, http.StatusOK, 1, 0},
		{search, http.StatusTooManyRequests, 0, 0},
		{hsCall("11", `"other"`), http.StatusOK, 0, -1}, // not counted by the search policy
	} {
		*exec = sdkExecutor{}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, hostileCase{body: step.body}.request(p))
		if w.Code != step.status || exec.searches != step.exec || remaining(w) != step.left {
			t.Errorf("step %d: %d, %d executed, %d left (%s); want %d, %d, %d",
				i, w.Code, exec.searches, remaining(w), w.Header().Get("RateLimit"), step.status, step.exec, step.left)
		}
	}
}
