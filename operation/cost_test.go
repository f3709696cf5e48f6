package operation

import (
	"bytes"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestParseCostIsBounded: the parse of one maximal (4 MiB) body costs
// about what the body does, whatever its shape. Before the bounds, a batch
// of 135 300 tiny notifications allocated ~96 MB (the Ops slice growing),
// and one object of ~600 000 names ~93 MB (the duplicate-name index); now
// batches hold at most MaxBatch messages and objects maxObjectMembers
// members, refused as soon as they pass the bound.
func TestParseCostIsBounded(t *testing.T) {
	batch := func() string {
		el := `{"jsonrpc":"2.0","method":"a"}`
		n := (DefaultMaxBodyBytes - 2) / (len(el) + 1)
		return "[" + strings.Repeat(el+",", n-1) + el + "]"
	}
	names := func() string {
		var b strings.Builder
		b.WriteString(`{"jsonrpc":"2.0","id":1,"method":"a","params":{"x":{`)
		for i := 0; b.Len() < DefaultMaxBodyBytes-100; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"` + strconv.FormatInt(int64(i), 36) + `":0`)
		}
		b.WriteString("}}}")
		return b.String()
	}
	for _, tc := range []struct {
		name string
		body string
	}{{"batch of tiny notifications", batch()}, {"object with many names", names()}} {
		t.Run(tc.name, func(t *testing.T) {
			body := []byte(tc.body)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			r, _ := http.NewRequest("POST", "/", bytes.NewReader(body))
			r.ContentLength = -1
			_, err := (&Parser{}).Read(r)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("%d bytes: err=%v, %v, %d bytes allocated", len(body), err, took, alloc)
			if limit := uint64(allocFactor * len(body)); alloc > limit {
				t.Fatalf("parsing a %d-byte body allocated %d bytes (%.0f× the body) in %v; want ≤ %d×", len(body), alloc, float64(alloc)/float64(len(body)), took, allocFactor)
			}
		})
	}
}
