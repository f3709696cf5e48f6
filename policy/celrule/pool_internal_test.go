package celrule

import (
	"strings"
	"testing"
)

// The pooled decoder keeps no reference to the last arguments, which may
// hold secrets.
func TestDecoderPoolKeepsNoArguments(t *testing.T) {
	raw := []byte(`{"secret": "` + strings.Repeat("s", 1<<20) + `"}`)
	if _, err := decodeArgs(raw, nil, true, DefaultCostLimit); err != nil {
		t.Fatal(err)
	}
	d := argDecoders.Get().(*argDecoder)
	defer argDecoders.Put(d)
	if d.buf.Cap() != 0 {
		t.Errorf("the pooled decoder's buffer holds %d bytes", d.buf.Cap())
	}
}
