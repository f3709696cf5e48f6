package operation

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"
)

// oneKiBCall is a tools/call of about 1 KiB, most of it arguments.
var oneKiBCall = `{"jsonrpc":"2.0","id":42,"method":"tools/call","params":{"name":"search","arguments":{"query":"` +
	strings.Repeat("x", 900) + `","limit":10,"filters":{"lang":"go","since":"2026-01-01"}},"_meta":{"progressToken":7}}}`

// tenBatch is a JSON-RPC batch of ten small calls.
var tenBatch = func() string {
	var b strings.Builder
	b.WriteByte('[')
	for i := range 10 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"jsonrpc":"2.0","id":` + string(rune('0'+i)) + `,"method":"tools/call","params":{"name":"search","arguments":{"q":"go"}}}`)
	}
	b.WriteByte(']')
	return b.String()
}()

// benchParse measures Parser.Read on body: reading the body, parsing it,
// checking the headers and replacing r.Body, as every request pays once.
func benchParse(b *testing.B, body string, ops int) {
	var p Parser
	r, _ := http.NewRequest("POST", "/mcp", nil)
	r.Header.Set("Content-Type", "application/json")
	rd := strings.NewReader(body)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		rd.Reset(body)
		r.Body = io.NopCloser(rd)
		r.ContentLength = int64(len(body))
		req, err := p.Read(r)
		if err != nil || len(req.Ops) != ops {
			b.Fatalf("%v, %d ops", err, len(req.Ops))
		}
	}
}

func BenchmarkParse(b *testing.B) {
	b.Run("tools-call-1KiB", func(b *testing.B) { benchParse(b, oneKiBCall, 1) })
	b.Run("batch-10", func(b *testing.B) { benchParse(b, tenBatch, 10) })
}

// BenchmarkParseBody is the parse alone, without reading a body.
func BenchmarkParseBody(b *testing.B) {
	body := []byte(oneKiBCall)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		var req Request
		if err := parse(body, &req, DefaultMaxBatch); err != nil || !bytes.Equal(req.Ops[0].ID, []byte("42")) {
			b.Fatal(err)
		}
	}
}
