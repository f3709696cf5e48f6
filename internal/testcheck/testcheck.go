// Package testcheck holds the helpers of the constructor tests: a panic
// fails the test instead of crashing it, and each refused input must name
// its field.
package testcheck

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// NoPanic runs f and fails the test, instead of crashing it, if f panics.
func NoPanic(t testing.TB, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s panicked: %v", what, r)
		}
	}()
	f()
}

// PanicsWith runs f, which must panic with a message containing want.
func PanicsWith(t testing.TB, what, want string, f func()) {
	t.Helper()
	defer func() {
		r := recover()
		if r == nil {
			t.Errorf("%s: did not panic", what)
			return
		}
		if msg := fmt.Sprint(r); !strings.Contains(msg, want) {
			t.Errorf("%s: panic %q does not name %q", what, msg, want)
		}
	}()
	f()
}

// Refusal is one bad input to a constructor and the text its error must
// contain: the field it names. (An alias of an unnamed struct, so that
// tables may list its fields in order.)
type Refusal = struct {
	Name string
	Call func() error
	Want string
}

// Refusals checks that each call fails, without panicking, with an error
// containing its Want.
func Refusals(t testing.TB, cases []Refusal) {
	t.Helper()
	for _, c := range cases {
		var err error
		NoPanic(t, c.Name, func() { err = c.Call() })
		switch {
		case err == nil:
			t.Errorf("%s: accepted", c.Name)
		case !strings.Contains(err.Error(), c.Want):
			t.Errorf("%s: error %q does not name %q", c.Name, err, c.Want)
		}
	}
}

// Clock is a fake clock that moves only when told, for the Now fields of
// the module's configs. It is safe for concurrent use.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a Clock reading t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Add moves the clock on by d.
func (c *Clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}
