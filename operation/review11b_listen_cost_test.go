package operation

import (
	"bytes"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Review 11b, on the fix for the subscriptions/listen finding (commit
// 9741fbb): listenSubscriptions reads params.notifications.
// resourceSubscriptions with no bound on its length, into a map and then
// a []string, after the strict walk has already read it. Arrays are not
// counted by maxObjectMembers, so one 4 MiB body of ["a","a",…] holds
// ~1 048 000 URIs: the parse allocates ~25× the body (TestParseCostIsBounded
// allows allocFactor×), takes ~250 ms instead of ~8 ms, and the gate then
// decides each URI as a resources/subscribe twice (authorize and granted),
// another ~160 ms. Under a policy with any public operation the gate
// parses requests without a credential, so an anonymous caller buys this
// with one request. Fix: bound the list (e.g. refuse more than MaxBatch
// URIs, or count them against maxIndexedNames) and collect the strings
// during the strict walk rather than re-decoding params.
func TestReview11bListenSubscriptionsCostIsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"jsonrpc":"2.0","id":1,"method":"subscriptions/listen","params":{"notifications":{"resourceSubscriptions":[`)
	for i := 0; b.Len() < DefaultMaxBodyBytes-10; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"a"`)
	}
	b.WriteString(`]}}}`)
	body := []byte(b.String())
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	r, _ := http.NewRequest("POST", "/", bytes.NewReader(body))
	r.ContentLength = -1
	req, err := (&Parser{}).Read(r)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	subs := 0
	if err == nil {
		subs = len(req.Ops[0].Subscriptions)
	}
	t.Logf("%d bytes: err=%v, %d subscriptions, %v, %d bytes allocated", len(body), err, subs, took, alloc)
	if limit := uint64(allocFactor * len(body)); alloc > limit {
		t.Fatalf("parsing a %d-byte subscriptions/listen allocated %d bytes (%.0f× the body) in %v for %d URIs; want ≤ %d×",
			len(body), alloc, float64(alloc)/float64(len(body)), took, subs, allocFactor)
	}
}
