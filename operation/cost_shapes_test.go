package operation

import (
	"bytes"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// members writes n members "0".."n-1" (base 36) with value 0.
func members(b *strings.Builder, n int) {
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + strconv.FormatInt(int64(i), 36) + `":0`)
	}
}

// small66 is the member count of the objects of "many objects of 66
// members": just past the 64 from which jsontext indexes names in a map.
const small66 = 66

func costShapes() []struct{ name, body string } {
	const under = 9999
	limit := DefaultMaxBodyBytes - 200
	// Many sibling objects in an array, each just under the member cap.
	siblings := func() string {
		var b strings.Builder
		b.WriteString(`{"jsonrpc":"2.0","id":1,"method":"a","params":{"x":[`)
		for i := 0; b.Len() < limit-120000; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('{')
			members(&b, under)
			b.WriteByte('}')
		}
		b.WriteString("]}}")
		return b.String()
	}
	// Objects nested in one another, each just under the cap, all open at
	// once: the duplicate index of every level is live together.
	nested := func() string {
		var b strings.Builder
		b.WriteString(`{"jsonrpc":"2.0","id":1,"method":"a","params":{"x":`)
		depth := 0
		for ; b.Len() < limit-120000; depth++ {
			b.WriteByte('{')
			members(&b, under)
			b.WriteString(`,"_z":`)
		}
		b.WriteString("0")
		b.WriteString(strings.Repeat("}", depth))
		b.WriteString("}}")
		return b.String()
	}
	// Many small objects of 65 members (the index switches to a map past 64).
	small := func() string {
		var b strings.Builder
		b.WriteString(`{"jsonrpc":"2.0","id":1,"method":"a","params":{"x":[`)
		for i := 0; b.Len() < limit-2000; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('{')
			members(&b, small66)
			b.WriteByte('}')
		}
		b.WriteString("]}}")
		return b.String()
	}
	deepArrays := func() string {
		return `{"jsonrpc":"2.0","id":1,"method":"a","params":{"x":` + strings.Repeat("[", 9990) + strings.Repeat("]", 9990) + `}}`
	}
	escapes := func() string {
		return `{"jsonrpc":"2.0","id":1,"method":"a","params":{"x":"` + strings.Repeat(`\u00e9`, (limit-100)/6) + `"}}`
	}
	manyArrays := func() string {
		return `{"jsonrpc":"2.0","id":1,"method":"a","params":{"x":[` + strings.Repeat(`[],`, (limit-100)/3) + `[]]}}`
	}
	return []struct{ name, body string }{
		{"sibling objects under the member cap", siblings()},
		{"nested objects under the member cap", nested()},
		{"many objects of 66 members", small()},
		{"deep arrays", deepArrays()},
		{"escaped string", escapes()},
		{"many small arrays", manyArrays()},
	}
}

// TestParseCostIsBoundedForEveryShape: TestParseCostIsBounded's promise (a
// maximal body costs about what the body does, whatever its shape) for
// shapes that stay under maxObjectMembers per object; before
// maxIndexedNames they cost 20 times the body. It measures total
// allocation and the peak heap during the parse.
func TestParseCostIsBoundedForEveryShape(t *testing.T) {
	for _, tc := range costShapes() {
		t.Run(tc.name, func(t *testing.T) {
			body := []byte(tc.body)
			if len(body) > DefaultMaxBodyBytes {
				t.Fatalf("body %d bytes", len(body))
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			var peak atomic.Uint64
			stop := make(chan struct{})
			done := make(chan struct{})
			go func() {
				defer close(done)
				var ms runtime.MemStats
				for {
					select {
					case <-stop:
						return
					case <-time.After(time.Millisecond):
					}
					runtime.ReadMemStats(&ms)
					if ms.HeapAlloc > peak.Load() {
						peak.Store(ms.HeapAlloc)
					}
				}
			}()
			start := time.Now()
			r, _ := http.NewRequest("POST", "/", bytes.NewReader(body))
			r.ContentLength = -1
			req, err := (&Parser{}).Read(r)
			took := time.Since(start)
			close(stop)
			<-done
			runtime.ReadMemStats(&after)
			alloc := after.TotalAlloc - before.TotalAlloc
			live := int64(peak.Load()) - int64(before.HeapAlloc)
			t.Logf("%d bytes: ops=%v err=%v, %v, %d bytes allocated (%.1f×), peak heap +%d (%.1f×)", len(body), req != nil, err, took, alloc,
				float64(alloc)/float64(len(body)), live, float64(live)/float64(len(body)))
			if limit := max(uint64(allocFactor*len(body)), 1<<20); alloc > limit { // 1 MiB: fixed costs of small bodies (the nesting stack)
				t.Errorf("parsing a %d-byte body allocated %d bytes (%.0f× the body) in %v; want ≤ %d×", len(body), alloc, float64(alloc)/float64(len(body)), took, allocFactor)
			}
		})
	}
}
