package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// opEchoBudget is the per-tool limit of echo in rateLimits (app.go): 30 a
// minute per principal, burst 30. The limiter is GCRA, so over t seconds it
// admits at most opEchoBudget + t/opEchoInterval echo calls.
const (
	opEchoBudget   = 30
	opEchoInterval = 2 * time.Second // one minute / 30
)

// TestNoShapeRunsAnUncountedTool is the end-to-end form of "no body or
// header, whatever its shape, makes a tool run that the limits did not
// count": on the real example server (stateful and stateless, with the
// in-memory limiter and with Redis), honest go-sdk clients are counted and
// stopped at the echo limit, and every hostile disguise of an echo call is
// either refused or counted — and the number of echo executions seen across
// the whole run for the one principal never exceeds what the echo limit
// admits.
//
// Each server lives through four phases: hostile requests on a fresh budget
// (A), an honest go-sdk client calling echo until the limit refuses it (B),
// the hostile requests again on the exhausted budget (C), and raw honest
// calls until the limit refuses again (D), so that the budget is spent when
// the executions are totalled: any echo that ran uncounted then shows as an
// excess over the GCRA bound. (With Redis the bound allows for FailLocal's
// second, in-memory quota: see opRunServer.)
func TestNoShapeRunsAnUncountedTool(t *testing.T) {
	anomalies := captureAnomalies(t)
	limiters := []struct {
		name string
		args func(t *testing.T) []string
	}{
		{"memory", func(*testing.T) []string { return nil }},
		{"redis", func(t *testing.T) []string {
			u, prefix := testenv.Redis(t), testenv.Unique("e2e-op:")
			testenv.CleanRedis(t, u, prefix)
			return []string{"-redis", u + "?prefix=" + prefix}
		}},
	}
	// Each server has its own data directory, development key and limiter
	// (its own Redis prefix): they share nothing, and run in parallel.
	t.Run("servers", func(t *testing.T) {
		for _, lim := range limiters {
			for _, stateless := range []bool{false, true} {
				mode := "stateful"
				if stateless {
					mode = "stateless"
				}
				t.Run(lim.name+"/"+mode, func(t *testing.T) {
					t.Parallel()
					// Every request, refused or not, costs 1 on the
					// per-IP limit in front of the gate: give this
					// test's few hundred requests room, so that only
					// the echo limit under test refuses.
					args := append(lim.args(t), "-ip-rate", "100000/m")
					if stateless {
						args = append(args, "-stateless")
					}
					opRunServer(t, stateless, lim.name == "redis", args)
				})
			}
		}
	})
	for _, a := range anomalies.list() {
		// The message-layer backstop refused a message the HTTP layer did
		// not decide: not a bypass (it did not run), but the two parsers
		// disagreed on some body.
		t.Logf("FINDING (message layer): %s", a)
	}
}

func opRunServer(t *testing.T, stateless, redis bool, args []string) {
	srv := start(t, nil, args...)
	w := &opWire{
		t: t, url: srv.base + "/mcp", key: srv.key, stateless: stateless,
		sessions: map[string]string{},
		client:   &http.Client{Timeout: 15 * time.Second},
		quota:    &opQuota{ipLeft: -1, echoLeft: -1},
	}
	begin := time.Now() // no echo can have been counted before this

	// A: hostile shapes on a fresh budget.
	w.phase = "A"
	for _, c := range w.cases(true) {
		w.check(c, w.do(c))
	}
	afterA := w.executed

	// B: an honest go-sdk client is counted and stopped by the echo limit.
	honest := opHonestClient(t, w.url, w.key, w.quota)
	w.executed += honest
	if honest == 0 {
		t.Errorf("the go-sdk client got no echo call through (hostile phase executed %d)", afterA)
	}
	// The 429 was the echo limit's, not the caller's or the IP's: another
	// tool still answers.
	if rep := w.do(opCase{name: "whoami after the echo limit", body: opWhoami(w.next(), w.meta(""))}); rep.status != 200 || rep.calls == 0 {
		t.Errorf("whoami after the go-sdk client hit the echo limit: %d %.300s", rep.status, rep.body)
	}

	// C: the same hostile shapes on an exhausted budget.
	w.phase = "C"
	for _, c := range w.cases(false) {
		w.check(c, w.do(c))
	}

	// D: spend what refilled meanwhile, so the budget is empty at the end.
	w.phase = "D"
	denied := false
	for range opEchoBudget {
		c := opCase{name: "honest raw echo", body: opEcho(w.next(), w.meta(""))}
		rep := w.do(c)
		w.check(c, rep)
		if rep.status == http.StatusTooManyRequests {
			if !strings.Contains(rep.body, `"policy":"echo"`) {
				t.Errorf("honest raw echo refused by another policy: %s", rep.body)
			}
			denied = true
			break
		}
	}
	if !denied {
		t.Errorf("honest raw echo calls were never refused: the echo limit is not enforced")
	}

	elapsed := time.Since(begin)
	strict := opEchoBudget + int(elapsed/opEchoInterval) // GCRA: burst + refill
	bound := strict
	q := w.quota.snapshot()
	if redis {
		// A Redis call that misses its 50 ms deadline — one slow call is
		// enough, the breaker need not open — is decided by FailLocal's
		// in-memory limiter, whose quota never saw what Redis counted: on
		// one replica a caller can get the Redis quota and a local one.
		// Those calls are counted, by another counter; the test allows for
		// that quota and says when it was used.
		bound += strict
		if w.executed > strict || q.jumps > 0 {
			t.Logf("FINDING (FailLocal): echo ran %d times where Redis alone admits %d; the echo quota jumped up %d time(s): "+
				"a Redis call timed out and the local fallback decided with a fresh quota", w.executed, strict, q.jumps)
		}
	} else if q.jumps > 0 {
		t.Errorf("the in-memory echo quota grew by more than it refills, %d time(s)", q.jumps)
	}
	t.Logf("%d requests (per-IP quota left: %d at least); echo ran %d times (%d in phase A, %d for the go-sdk client) in %v; the limit admits %d",
		w.requests, q.ipLeft, w.executed, afterA, honest, elapsed.Round(time.Millisecond), strict)
	if w.executed > bound {
		t.Errorf("BYPASS: echo ran %d times for one principal in %v; the echo limit (30/min, burst 30) admits at most %d", w.executed, elapsed, bound)
	}
}

// opQuota follows the RateLimit headers of every response the test gets,
// from the raw requests and from go-sdk's client alike.
type opQuota struct {
	mu       sync.Mutex
	ipLeft   int // the least "ip";r= seen: the test's margin under the per-IP limit
	echoLeft int // the last "echo";r= seen, -1 before the first
	echoAt   time.Time
	jumps    int // times the echo quota grew by more than it refills
}

func (q *opQuota) snapshot() opQuota {
	q.mu.Lock()
	defer q.mu.Unlock()
	return opQuota{ipLeft: q.ipLeft, echoLeft: q.echoLeft, echoAt: q.echoAt, jumps: q.jumps}
}

// observe reads one response's RateLimit header.
func (q *opQuota) observe(resp *http.Response, at time.Time) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, item := range strings.Split(resp.Header.Get("RateLimit"), ",") {
		var name string
		var left, reset int
		if _, err := fmt.Sscanf(strings.TrimSpace(item), "%q;r=%d;t=%d", &name, &left, &reset); err != nil {
			continue
		}
		switch name {
		case "ip":
			if q.ipLeft < 0 || left < q.ipLeft {
				q.ipLeft = left
			}
		case "echo":
			if resp.StatusCode == http.StatusTooManyRequests {
				continue // a denial may say 0 left for a cost over the burst
			}
			// The quota refills one call per opEchoInterval; Remaining is
			// rounded down, hence the one more.
			if q.echoLeft >= 0 && left > q.echoLeft+int(at.Sub(q.echoAt)/opEchoInterval)+1 {
				q.jumps++
			}
			q.echoLeft, q.echoAt = left, at
		}
	}
}

// opHonestClient calls echo with go-sdk's client until the echo limit
// refuses it, and returns how many calls ran.
func opHonestClient(t *testing.T, url, key string, q *opQuota) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	client := mcp.NewClient(&mcp.Implementation{Name: "operation-test", Version: "v0"}, nil)
	cs, err := client.Connect(ctx, &mcp.StreamableClientTransport{
		Endpoint: url, HTTPClient: &http.Client{Transport: &opKeyTransport{key, q}}, MaxRetries: -1,
	}, nil)
	if err != nil {
		t.Fatalf("go-sdk client: connect: %v", err)
	}
	defer cs.Close()
	t.Logf("go-sdk client speaks %s", cs.InitializeResult().ProtocolVersion)
	ran := 0
	for range opEchoBudget + 10 {
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "honest"}})
		if err != nil {
			if !strings.Contains(err.Error(), http.StatusText(http.StatusTooManyRequests)) && !strings.Contains(err.Error(), "Rate limit") {
				t.Fatalf("go-sdk client: echo call %d failed, not with a 429: %v", ran+1, err)
			}
			return ran
		}
		out, _ := res.StructuredContent.(map[string]any)
		if res.IsError || out["text"] != "honest" || out["from"] != devSubject {
			t.Fatalf("go-sdk client: echo returned %+v", res)
		}
		ran++
	}
	t.Fatalf("go-sdk client: %d echo calls in a row went through: the echo limit is not enforced", ran)
	return ran
}

// opKeyTransport adds the API key to every request of go-sdk's client, and
// shows the responses' RateLimit headers to the quota.
type opKeyTransport struct {
	key   string
	quota *opQuota
}

func (k *opKeyTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("X-API-Key", k.key)
	resp, err := http.DefaultTransport.RoundTrip(r)
	if err == nil {
		k.quota.observe(resp, time.Now())
	}
	return resp, err
}

// opWire sends raw requests to one server and counts the echo calls that
// ran, from the responses.
type opWire struct {
	t         *testing.T
	url, key  string
	stateless bool
	sessions  map[string]string // protocol version → session id (stateful)
	client    *http.Client
	id        int
	phase     string
	executed  int // echo executions seen in responses, for the one principal
	requests  int
	quota     *opQuota
}

// opCase is one raw request.
type opCase struct {
	name      string
	method    string // default POST
	version   string // MCP-Protocol-Version; "" sends none
	hdr       [][2]string
	body      string
	gzip      bool
	chunked   bool
	noSession bool
	// want, if set, lists the statuses this shape must get; otherwise any
	// answer will do as long as the echo calls it ran were counted.
	want []int
}

func (w *opWire) next() int { w.id++; return w.id }

// versions are the protocol versions the header disguises are tried on.
func (w *opWire) versions() []string {
	v := []string{"2025-03-26", "2025-11-25", ""}
	if w.stateless {
		v = append(v, "2026-07-28") // go-sdk speaks it only without sessions
	}
	return v
}

// meta is the _meta a call needs on the 2026-07-28 protocol.
func (w *opWire) meta(version string) string {
	if version < "2026-07-28" {
		return ""
	}
	return `,"_meta":{"io.modelcontextprotocol/protocolVersion":"` + version +
		`","io.modelcontextprotocol/clientInfo":{"name":"raw","version":"1"},"io.modelcontextprotocol/clientCapabilities":{}}`
}

func opEcho(id int, meta string) string {
	return fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo","arguments":{"text":"disguised"}%s}}`, id, meta)
}

func opWhoami(id int, meta string) string {
	return fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"whoami","arguments":{}%s}}`, id, meta)
}

func (w *opWire) batch(n int, sameID bool) string {
	msgs := make([]string, n)
	id := w.next()
	for i := range msgs {
		if !sameID && i > 0 {
			id = w.next()
		}
		msgs[i] = opEcho(id, "")
	}
	return "[" + strings.Join(msgs, ",") + "]"
}

var (
	opBad       = []int{http.StatusBadRequest}
	opPad       = strings.Repeat("x", 100<<10)
	opSpaces    = strings.Repeat(" ", 100<<10)
	opHuge      = strings.Repeat("y", 4<<20)
	opB64Whoami = "=?base64?" + base64.StdEncoding.EncodeToString([]byte("whoami")) + "?="
)

// cases are the hostile shapes of an echo call. full adds the JSON-RPC
// batches of 40 (the per-IP limit cannot afford them twice) and the bodies
// over 4 MiB.
func (w *opWire) cases(full bool) []opCase {
	var cs []opCase
	add := func(c opCase) { cs = append(cs, c) }

	// Mcp-Method and Mcp-Name naming another tool or method, on each
	// protocol version and without one.
	for _, v := range w.versions() {
		m := w.meta(v)
		vn := v
		if vn == "" {
			vn = "no version"
		}
		disguises := []struct {
			name string
			hdr  [][2]string
		}{
			{"Mcp-Name whoami", [][2]string{{"Mcp-Method", "tools/call"}, {"Mcp-Name", "whoami"}}},
			{"Mcp-Name whoami alone", [][2]string{{"Mcp-Name", "whoami"}}},
			{"Mcp-Name base64 whoami", [][2]string{{"Mcp-Method", "tools/call"}, {"Mcp-Name", opB64Whoami}}},
			{"Mcp-Name Echo", [][2]string{{"Mcp-Method", "tools/call"}, {"Mcp-Name", "Echo"}}},
			{"Mcp-Method tools/list", [][2]string{{"Mcp-Method", "tools/list"}}},
			{"Mcp-Method tools/list, Mcp-Name whoami", [][2]string{{"Mcp-Method", "tools/list"}, {"Mcp-Name", "whoami"}}},
			{"Mcp-Method ping", [][2]string{{"Mcp-Method", "ping"}, {"Mcp-Name", "echo"}}},
			{"Mcp-Name echo then whoami", [][2]string{{"Mcp-Method", "tools/call"}, {"Mcp-Name", "echo"}, {"Mcp-Name", "whoami"}}},
			{"Mcp-Name whoami then echo", [][2]string{{"Mcp-Method", "tools/call"}, {"Mcp-Name", "whoami"}, {"Mcp-Name", "echo"}}},
			{"Mcp-Method tools/list then tools/call", [][2]string{{"Mcp-Method", "tools/list"}, {"Mcp-Method", "tools/call"}, {"Mcp-Name", "echo"}}},
		}
		for _, d := range disguises {
			add(opCase{name: vn + ": " + d.name, version: v, hdr: d.hdr, body: opEcho(w.next(), m), want: opBad})
		}
		// The reverse: headers claim echo, the body is whoami.
		add(opCase{name: vn + ": body whoami, Mcp-Name echo", version: v,
			hdr: [][2]string{{"Mcp-Method", "tools/call"}, {"Mcp-Name", "echo"}}, body: opWhoami(w.next(), m), want: opBad})
		// Honest headers: runs, and is counted.
		add(opCase{name: vn + ": honest headers", version: v,
			hdr: [][2]string{{"Mcp-Method", "tools/call"}, {"Mcp-Name", "echo"}}, body: opEcho(w.next(), m)})
		if v >= "2026-07-28" {
			add(opCase{name: vn + ": no Mcp-Method/Mcp-Name", version: v, body: opEcho(w.next(), m), want: opBad})
		}
	}
	add(opCase{name: "two MCP-Protocol-Version headers", hdr: [][2]string{{"MCP-Protocol-Version", "2025-06-18"}, {"MCP-Protocol-Version", "2025-03-26"}},
		body: opEcho(w.next(), ""), want: opBad})

	// JSON-RPC batches (no MCP-Protocol-Version: go-sdk accepts them there).
	if full {
		add(opCase{name: "batch of 40 echo calls", body: w.batch(40, false), want: []int{http.StatusTooManyRequests}})
		add(opCase{name: "batch of 40 echo calls, one id", body: w.batch(40, true), want: []int{http.StatusTooManyRequests}})
	}
	add(opCase{name: "batch of 2 echo calls on 2025-11-25", version: "2025-11-25", body: w.batch(2, false), want: opBad})
	add(opCase{name: "batch of 2 echo calls with Mcp-Name whoami", hdr: [][2]string{{"Mcp-Method", "tools/call"}, {"Mcp-Name", "whoami"}},
		body: w.batch(2, false), want: opBad})
	add(opCase{name: "batch whoami+echo", body: "[" + opWhoami(w.next(), "") + "," + opEcho(w.next(), "") + "]"})
	add(opCase{name: "nested batch", body: "[" + w.batch(2, false) + "]", want: opBad})
	add(opCase{name: "batch with a repeated name", body: fmt.Sprintf(`[%s,{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"whoami","arguments":{},"name":"echo"}}]`,
		opWhoami(w.next(), ""), w.next()), want: opBad})
	add(opCase{name: "batch then a message", body: "[" + opWhoami(w.next(), "") + "]" + opEcho(w.next(), ""), want: opBad})

	// 100 KiB of padding before the method and the name.
	add(opCase{name: "100 KiB member before method", body: fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"pad":"%s","method":"tools/call","params":{"pad":"%s","name":"echo","arguments":{"text":"padded"}}}`,
		w.next(), opPad, opPad)})
	add(opCase{name: "100 KiB of whitespace before method", body: fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,%s"method":"tools/call",%s"params":{%s"name":"echo","arguments":{"text":"spaced"}}}`,
		w.next(), opSpaces, opSpaces, opSpaces)})
	add(opCase{name: "100 KiB between two names", body: fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"whoami","pad":"%s","name":"echo","arguments":{}}}`,
		w.next(), opPad), want: opBad})
	add(opCase{name: "100 KiB then a second message", body: fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"pad":"%s","method":"tools/call","params":{"name":"whoami","arguments":{}}}%s`,
		w.next(), opPad, opEcho(w.next(), "")), want: opBad})

	// Repeated members, plain, escaped and in another case.
	for _, c := range []struct{ name, body string }{
		{`"name" echo then whoami`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo","name":"whoami","arguments":{"text":"x"}}}`},
		{`"name" whoami then echo`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"whoami","name":"echo","arguments":{"text":"x"}}}`},
		{`"name" whoami then "n\u0061me" echo`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"whoami","n\u0061me":"echo","arguments":{"text":"x"}}}`},
		{`"n\u0061me" echo then "name" whoami`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"n\u0061me":"echo","name":"whoami","arguments":{"text":"x"}}}`},
		{`"name" whoami then "Name" echo`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"whoami","Name":"echo","arguments":{"text":"x"}}}`},
		{`"NAME" echo alone`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"NAME":"echo","arguments":{"text":"x"}}}`},
		{`"method" tools/list then tools/call`, `{"jsonrpc":"2.0","id":%d,"method":"tools/list","method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}`},
		{`"method" tools/list then "Method" tools/call`, `{"jsonrpc":"2.0","id":%d,"method":"tools/list","Method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}`},
		{`"params" whoami then echo`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"whoami","arguments":{}},"params":{"name":"echo","arguments":{"text":"x"}}}`},
		{`"params" whoami then "paramſ" echo`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"whoami","arguments":{}},"paramſ":{"name":"echo","arguments":{"text":"x"}}}`},
		{`"jsonrpc" twice`, `{"jsonrpc":"2.0","jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}`},
		{`null method`, `{"jsonrpc":"2.0","id":%d,"method":null,"params":{"name":"echo","arguments":{"text":"x"}}}`},
		{`result and method`, `{"jsonrpc":"2.0","id":%d,"result":{},"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}`},
		{`params an array`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":["echo"]}`},
		{`no jsonrpc member`, `{"id":%d,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}`},
		{`name null`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":null,"arguments":{"text":"x"}}}`},
		{`arguments a string`, `{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo","arguments":"{\"text\":\"x\"}"}}`},
	} {
		add(opCase{name: c.name, body: fmt.Sprintf(c.body, w.next()), want: opBad})
	}
	for _, c := range []struct{ name, body string }{
		{`fractional id`, `{"jsonrpc":"2.0","id":1.0,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}`},
		{`id beyond 2^53`, `{"jsonrpc":"2.0","id":9007199254740993,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}`},
		{`null id`, `{"jsonrpc":"2.0","id":null,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}`},
		{`invalid UTF-8`, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"\xff\"}}}"},
		{`byte order mark`, "\xef\xbb\xbf" + opEcho(7, "")},
	} {
		add(opCase{name: c.name, body: c.body, want: opBad})
	}

	// Escapes that read as echo: they run, and are counted.
	add(opCase{name: `"n\u0061me" echo`, body: fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"n\u0061me":"echo","arguments":{"text":"x"}}}`, w.next())})
	add(opCase{name: `name "\u0065cho"`, body: fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"\u0065cho","arguments":{"text":"x"}}}`, w.next())})
	add(opCase{name: `method "tools\/c\u0061ll"`, body: fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools\/c\u0061ll","par\u0061ms":{"name":"echo","arguments":{"text":"x"}}}`, w.next())})
	// Names that are not echo must not run echo.
	add(opCase{name: `name "Echo"`, body: fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"Echo","arguments":{"text":"x"}}}`, w.next())})
	add(opCase{name: `name "echo\u0000"`, body: fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo\u0000","arguments":{"text":"x"}}}`, w.next())})
	add(opCase{name: `name "echo "`, body: fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo ","arguments":{"text":"x"}}}`, w.next())})

	// A second message after the first.
	add(opCase{name: "whoami then echo", body: opWhoami(w.next(), "") + opEcho(w.next(), ""), want: opBad})
	add(opCase{name: "whoami, newline, echo", body: opWhoami(w.next(), "") + "\n" + opEcho(w.next(), ""), want: opBad})
	add(opCase{name: "echo then echo", body: opEcho(w.next(), "") + " " + opEcho(w.next(), ""), want: opBad})
	add(opCase{name: "whoami then garbage", body: opWhoami(w.next(), "") + "x", want: opBad})
	add(opCase{name: "echo then NUL", body: opEcho(w.next(), "") + "\x00", want: opBad})

	// Content-Encoding.
	unsupported := []int{http.StatusUnsupportedMediaType}
	add(opCase{name: "gzip", hdr: [][2]string{{"Content-Encoding", "gzip"}}, body: opEcho(w.next(), ""), gzip: true, want: unsupported})
	add(opCase{name: "GZIP", hdr: [][2]string{{"Content-Encoding", "GZIP"}}, body: opEcho(w.next(), ""), gzip: true, want: unsupported})
	add(opCase{name: "identity, gzip", hdr: [][2]string{{"Content-Encoding", "identity, gzip"}}, body: opEcho(w.next(), ""), gzip: true, want: unsupported})
	add(opCase{name: "identity then gzip headers", hdr: [][2]string{{"Content-Encoding", "identity"}, {"Content-Encoding", "gzip"}}, body: opEcho(w.next(), ""), gzip: true, want: unsupported})
	add(opCase{name: "gzip header, plain body", hdr: [][2]string{{"Content-Encoding", "gzip"}}, body: opEcho(w.next(), ""), want: unsupported})
	add(opCase{name: "identity", hdr: [][2]string{{"Content-Encoding", "identity"}}, body: opEcho(w.next(), "")})

	// Bodies over 4 MiB, with and without Content-Length.
	if full {
		tooLarge := []int{http.StatusRequestEntityTooLarge}
		huge := fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo","arguments":{"text":"%s"}}}`, w.next(), opHuge)
		add(opCase{name: "over 4 MiB", body: huge, want: tooLarge})
		add(opCase{name: "over 4 MiB, chunked", body: huge, chunked: true, want: tooLarge})
	}
	add(opCase{name: "chunked", body: opEcho(w.next(), ""), chunked: true})

	// Other HTTP methods with an echo body.
	add(opCase{name: "PUT", method: http.MethodPut, body: opEcho(w.next(), ""), want: []int{http.StatusMethodNotAllowed}})
	add(opCase{name: "lower-case post", method: "post", body: opEcho(w.next(), ""), want: []int{http.StatusMethodNotAllowed}})
	if !w.stateless {
		// Without a session go-sdk runs the call in a throwaway one.
		add(opCase{name: "no Mcp-Session-Id", body: opEcho(w.next(), ""), noSession: true})
	}
	return cs
}

// opReply is what a raw request got.
type opReply struct {
	status   int
	header   http.Header
	body     string
	calls    int // successful tools/call results of any tool
	executed int // of them, echo results
	rpcErrs  int
	err      error
}

// session returns the session for version, initializing one the first
// time (stateful servers only).
func (w *opWire) session(version string) string {
	if sid, ok := w.sessions[version]; ok {
		return sid
	}
	pv := version
	if pv == "" {
		pv = "2025-03-26"
	}
	init := fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"initialize","params":{"protocolVersion":%q,"capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}`, w.next(), pv)
	rep := w.send(opCase{name: "initialize " + pv, body: init, noSession: true})
	sid := rep.header.Get("Mcp-Session-Id")
	if rep.status != 200 || sid == "" {
		w.t.Fatalf("initialize %s: %d %q %.300s", pv, rep.status, sid, rep.body)
	}
	w.sessions[version] = sid
	rep = w.send(opCase{name: "initialized", version: version, body: `{"jsonrpc":"2.0","method":"notifications/initialized"}`})
	if rep.status != http.StatusAccepted {
		w.t.Fatalf("initialized %s: %d %.300s", pv, rep.status, rep.body)
	}
	return sid
}

func (w *opWire) do(c opCase) opReply {
	w.t.Helper()
	rep := w.send(c)
	w.executed += rep.executed
	return rep
}

func (w *opWire) send(c opCase) opReply {
	w.t.Helper()
	body := []byte(c.body)
	if c.gzip {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write(body)
		_ = zw.Close()
		body = b.Bytes()
	}
	var rd io.Reader = bytes.NewReader(body)
	if c.chunked {
		rd = io.MultiReader(rd) // no length known: sent chunked
	}
	method := c.method
	if method == "" {
		method = http.MethodPost
	}
	req, err := http.NewRequest(method, w.url, rd)
	if err != nil {
		w.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	req.Header.Set("X-API-Key", w.key)
	if c.version != "" {
		req.Header.Set("MCP-Protocol-Version", c.version)
	}
	if !w.stateless && !c.noSession {
		req.Header.Set("Mcp-Session-Id", w.session(c.version))
	}
	for _, kv := range c.hdr {
		req.Header.Add(kv[0], kv[1])
	}
	w.requests++
	resp, err := w.client.Do(req)
	if err != nil {
		return opReply{err: err}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	rep := opReply{status: resp.StatusCode, header: resp.Header, body: string(b), err: err}
	w.quota.observe(resp, time.Now())
	for _, m := range opMessages(resp.Header.Get("Content-Type"), b) {
		switch {
		case m.Error != nil:
			rep.rpcErrs++
		case m.Result != nil:
			var res struct {
				StructuredContent map[string]any `json:"structuredContent"`
				Content           []struct {
					Text string `json:"text"`
				} `json:"content"`
			}
			if json.Unmarshal(m.Result, &res) != nil {
				continue
			}
			if res.StructuredContent == nil && len(res.Content) == 0 {
				continue // not a tools/call result (initialize, say)
			}
			rep.calls++
			// echo's output, EchoOut, is the only one with "from".
			isEcho := res.StructuredContent["from"] != nil
			for _, c := range res.Content {
				isEcho = isEcho || strings.Contains(c.Text, `"from":`)
			}
			if isEcho {
				rep.executed++
			}
		}
	}
	return rep
}

// check asserts that a hostile request was refused or counted.
func (w *opWire) check(c opCase, rep opReply) {
	w.t.Helper()
	label := fmt.Sprintf("phase %s: %s", w.phase, c.name)
	if rep.err != nil {
		// No answer seen: nothing can tell whether echo ran.
		w.t.Errorf("%s: no response: %v", label, rep.err)
		return
	}
	counted := strings.Contains(rep.header.Get("RateLimit"), `"echo";r=`)
	if rep.executed > 0 && !counted {
		w.t.Errorf("BYPASS: %s: echo ran %d time(s) but the echo limit did not count the request (status %d, RateLimit %q)\nrequest headers %v\nbody %.400s",
			label, rep.executed, rep.status, rep.header.Get("RateLimit"), c.hdr, c.body)
	}
	if rep.executed > 0 && rep.status != http.StatusOK {
		w.t.Errorf("%s: echo ran %d time(s) under status %d", label, rep.executed, rep.status)
	}
	if rep.status == http.StatusTooManyRequests && !strings.Contains(rep.body, `"policy":"echo"`) {
		// The per-IP or per-caller limit refusing would hide what the
		// echo limit does: the test's own traffic must stay under them.
		w.t.Errorf("%s: refused by a limit other than echo's: %.300s", label, rep.body)
	}
	if c.want != nil && !slices.Contains(c.want, rep.status) {
		w.t.Errorf("%s: status %d, want %v (echo ran %d time(s)): %.300s", label, rep.status, c.want, rep.executed, rep.body)
	}
	if c.want != nil && rep.executed > 0 {
		w.t.Errorf("%s: a shape that must be refused ran echo %d time(s)", label, rep.executed)
	}
	if testing.Verbose() {
		w.t.Logf("%s: %d, %d call(s), echo ran %d, %d JSON-RPC error(s) %.120s", label, rep.status, rep.calls, rep.executed, rep.rpcErrs, strings.TrimSpace(rep.body))
	}
}

// opMsg is one JSON-RPC message of a response.
type opMsg struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  json.RawMessage `json:"error"`
}

// opMessages returns the JSON-RPC messages of a response body: the data
// of each SSE event, or the JSON body; batches are flattened.
func opMessages(contentType string, body []byte) []opMsg {
	var payloads [][]byte
	switch {
	case strings.HasPrefix(contentType, "text/event-stream"):
		var data []byte
		flush := func() {
			if len(bytes.TrimSpace(data)) > 0 {
				payloads = append(payloads, data)
			}
			data = nil
		}
		for _, line := range bytes.Split(body, []byte("\n")) {
			line = bytes.TrimSuffix(line, []byte("\r"))
			if len(line) == 0 {
				flush()
				continue
			}
			if rest, ok := bytes.CutPrefix(line, []byte("data:")); ok {
				rest = bytes.TrimPrefix(rest, []byte(" "))
				if data != nil {
					data = append(data, '\n')
				}
				data = append(data, rest...)
			}
		}
		flush()
	case strings.HasPrefix(contentType, "application/json"):
		payloads = append(payloads, body)
	}
	var msgs []opMsg
	for _, p := range payloads {
		p = bytes.TrimSpace(p)
		if len(p) > 0 && p[0] == '[' {
			var batch []opMsg
			if json.Unmarshal(p, &batch) == nil {
				msgs = append(msgs, batch...)
			}
			continue
		}
		var m opMsg
		if json.Unmarshal(p, &m) == nil {
			msgs = append(msgs, m)
		}
	}
	return msgs
}

// anomalyLog records the message-layer refusals mcpctx logs through
// slog.Default.
type anomalyLog struct {
	mu   sync.Mutex
	msgs []string
}

func (a *anomalyLog) list() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.msgs)
}

type anomalyHandler struct {
	log   *anomalyLog
	attrs []slog.Attr
}

func (h anomalyHandler) Enabled(context.Context, slog.Level) bool { return true }

func (h anomalyHandler) Handle(_ context.Context, r slog.Record) error {
	if !strings.Contains(r.Message, "anomaly") {
		return nil
	}
	var b strings.Builder
	b.WriteString(r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(&b, " %s", a)
	}
	r.Attrs(func(a slog.Attr) bool { fmt.Fprintf(&b, " %s", a); return true })
	h.log.mu.Lock()
	h.log.msgs = append(h.log.msgs, b.String())
	h.log.mu.Unlock()
	return nil
}

func (h anomalyHandler) WithAttrs(as []slog.Attr) slog.Handler {
	h.attrs = append(slices.Clone(h.attrs), as...)
	return h
}

func (h anomalyHandler) WithGroup(string) slog.Handler { return h }

// captureAnomalies routes slog.Default to a recorder until the test ends.
// No other test of this package runs in parallel with this one.
func captureAnomalies(t *testing.T) *anomalyLog {
	a := &anomalyLog{}
	prev := slog.Default()
	slog.SetDefault(slog.New(testlog.Wrap(t, anomalyHandler{log: a})))
	t.Cleanup(func() { slog.SetDefault(prev) })
	return a
}
