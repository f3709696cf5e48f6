package operation

import (
	"bytes"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// longNames writes n members whose names are each w bytes long (unique,
// zero-padded) with value 0: objects of at most 64 members whose names
// total more than 1024 bytes, which jsontext also indexes in a map.
func longNames(b *strings.Builder, n, w int, prefix string) {
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		s := prefix + strconv.Itoa(i)
		b.WriteString(`"` + strings.Repeat("a", max(0, w-len(s))) + s + `":0`)
	}
}

func measureParse(t *testing.T, body []byte) (uint64, error) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r, _ := http.NewRequest("POST", "/", bytes.NewReader(body))
	r.ContentLength = -1
	_, err := (&Parser{}).Read(r)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, err
}

// TestParseCostOfObjectsIndexedByNameBytes: jsontext indexes an object's
// names in a map not only past 64 names but also once they pass 1024 bytes
// (state.go: ns.length() > 64 || len(ns.allUnquotedNames) > 1024). When
// checkMembers counted only the first, many objects of 64 members with
// 17-byte names were all indexed and none counted: 10 times the body.
func TestParseCostOfObjectsIndexedByNameBytes(t *testing.T) {
	limit := DefaultMaxBodyBytes - 2000
	for _, tc := range []struct {
		name    string
		members int
		width   int
	}{
		{"64 members of 17 bytes", 64, 17},
		{"64 members of 20 bytes", 64, 20},
		{"40 members of 27 bytes", 40, 27},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`{"jsonrpc":"2.0","id":1,"method":"a","params":{"x":[`)
			objs := 0
			for ; b.Len() < limit; objs++ {
				if objs > 0 {
					b.WriteByte(',')
				}
				b.WriteByte('{')
				longNames(&b, tc.members, tc.width, "")
				b.WriteByte('}')
			}
			b.WriteString("]}}")
			body := []byte(b.String())
			alloc, err := measureParse(t, body)
			t.Logf("%d objects, %d bytes: err=%v, %d bytes allocated (%.1fx)", objs, len(body), err, alloc, float64(alloc)/float64(len(body)))
			if err != nil {
				return // refused: fine
			}
			if lim := uint64(allocFactor * len(body)); alloc > lim {
				t.Errorf("parsing a %d-byte body of %d map-indexed objects of %d members allocated %d bytes (%.1fx the body); want <= %dx",
					len(body), objs, tc.members, alloc, float64(alloc)/float64(len(body)), allocFactor)
			}
		})
	}
}
