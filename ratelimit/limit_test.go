package ratelimit

import (
	"testing"
	"time"
)

func TestParseLimit(t *testing.T) {
	for s, want := range map[string]Limit{
		"600/m":          {Rate: 600, Period: time.Minute},
		"10/s":           {Rate: 10, Period: time.Second},
		"5000/h":         {Rate: 5000, Period: time.Hour},
		"100/d":          {Rate: 100, Period: 24 * time.Hour},
		"30/10s":         {Rate: 30, Period: 10 * time.Second},
		" 60 / min ":     {Rate: 60, Period: time.Minute},
		"60/m,burst=10":  {Rate: 60, Period: time.Minute, Burst: 10},
		"60/m, burst=90": {Rate: 60, Period: time.Minute, Burst: 90},
	} {
		got, err := ParseLimit(s)
		if err != nil || got != want {
			t.Errorf("ParseLimit(%q) = %+v, %v; want %+v", s, got, err, want)
		}
		if again, err := ParseLimit(got.String()); err != nil || again != got {
			t.Errorf("%q: String() %q does not parse back", s, got.String())
		}
	}
	for _, bad := range []string{"", "600", "x/m", "0/m", "-1/m", "10/fortnight", "10/0s", "2000000/s", "60/m,burst=x", "60/m,bunch=3", "60/m,burst=-1"} {
		if _, err := ParseLimit(bad); err == nil {
			t.Errorf("ParseLimit(%q) accepted", bad)
		}
	}
}

// TestDecide walks GCRA through a burst, a denial and recovery.
func TestDecide(t *testing.T) {
	l := Limit{Rate: 10, Period: 10 * time.Second, Burst: 3} // one per second, three at once
	var tat int64
	now := int64(1_000_000_000)
	step := func(cost int) Result {
		r, n := decide(now, tat, l, cost)
		if n != 0 {
			tat = n
		}
		return r
	}
	for i, want := range []int{2, 1, 0} {
		if r := step(1); !r.Allowed || r.Remaining != want {
			t.Fatalf("burst request %d: %+v", i, r)
		}
	}
	r := step(1)
	if r.Allowed || r.Remaining != 0 || r.RetryAfter != time.Second {
		t.Fatalf("over the burst: %+v, want denied, retry after 1s", r)
	}
	now += 1_000_000 // one interval later: one more
	if r := step(1); !r.Allowed || r.Remaining != 0 {
		t.Fatalf("after one interval: %+v", r)
	}
	now += 10_000_000 // long idle: the bucket is full again, and no more
	if r := step(2); !r.Allowed || r.Remaining != 1 || r.ResetAfter != 2*time.Second {
		t.Fatalf("cost 2 after idling: %+v", r)
	}
	if r := step(2); r.Allowed || r.Remaining != 1 {
		t.Fatalf("cost 2 with one left: %+v", r)
	}
	if r, n := decide(now, tat, l, 0); !r.Allowed || n != 0 {
		t.Fatalf("cost 0 must query without writing: %+v %d", r, n)
	}
}
