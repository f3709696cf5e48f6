package operation

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
)

// TestBoundsRefuseOnlyPastTheBound: the member and batch bounds
// hold exactly at the bound, in every place an object can sit.
func TestBoundsRefuseOnlyPastTheBound(t *testing.T) {
	obj := func(n int) string {
		var b strings.Builder
		b.WriteByte('{')
		members(&b, n)
		b.WriteByte('}')
		return b.String()
	}
	// A top-level message object of n members: 4 of the message, n-4 others (prefixed, to avoid clashes).
	top := func(n int) string {
		var b strings.Builder
		b.WriteString(`{"jsonrpc":"2.0","id":1,"method":"x","params":{}`)
		for i := 0; i < n-4; i++ {
			b.WriteString(`,"_` + strings.Repeat("", 0))
			b.WriteString(itoa(i) + `":0`)
		}
		b.WriteByte('}')
		return b.String()
	}
	params := func(n int) string { return `{"jsonrpc":"2.0","id":1,"method":"x","params":` + obj(n) + `}` }
	inArray := func(n int) string {
		return `{"jsonrpc":"2.0","id":1,"method":"x","params":{"a":[1,` + obj(n) + `]}}`
	}
	batch := func(n int) string {
		return "[" + strings.TrimSuffix(strings.Repeat(`{"jsonrpc":"2.0","method":"x"},`, n), ",") + "]"
	}
	for _, tc := range []struct {
		name string
		body string
		ok   bool
	}{
		{"top 10000", top(10000), true}, {"top 10001", top(10001), false},
		{"params 10000", params(10000), true}, {"params 10001", params(10001), false},
		{"in array 10000", inArray(10000), true}, {"in array 10001", inArray(10001), false},
		{"batch 1024", batch(1024), true}, {"batch 1025", batch(1025), false},
	} {
		r, _ := http.NewRequest("POST", "/", bytes.NewReader([]byte(tc.body)))
		_, err := (&Parser{}).Read(r)
		if (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want ok=%v", tc.name, err, tc.ok)
		}
	}
}

func itoa(i int) string {
	const d = "0123456789"
	if i < 10 {
		return d[i : i+1]
	}
	return itoa(i/10) + d[i%10:i%10+1]
}
