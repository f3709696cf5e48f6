package testlog

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/mcpauth/mcpauth/audit"
)

// Events is an audit.Observer for a test: it scans every string field of
// every event it observes (at once and when the test ends) and keeps a
// copy of each event.
type Events struct {
	s    *scanner
	next audit.Observer

	mu     sync.Mutex
	events []audit.Event
}

// Observer returns an audit.Observer for t that scans every event and
// records it; [Events.Events] reads them back.
func Observer(t testing.TB) *Events {
	t.Helper()
	return &Events{s: newScanner(t, "an audit event")}
}

// WrapObserver returns an observer that scans every event, then passes
// it to o: for a test with an observer of its own.
func WrapObserver(t testing.TB, o audit.Observer) *Events {
	t.Helper()
	e := Observer(t)
	e.next = o
	return e
}

// Observe scans and records ev, then passes it on.
func (e *Events) Observe(ctx context.Context, ev *audit.Event) {
	e.s.check(EventLine(ev), true)
	e.mu.Lock()
	c := *ev
	c.Arguments = append([]string(nil), ev.Arguments...)
	e.events = append(e.events, c)
	e.mu.Unlock()
	if e.next != nil {
		e.next.Observe(ctx, ev)
	}
}

// Events returns copies of the events observed so far.
func (e *Events) Events() []audit.Event {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]audit.Event(nil), e.events...)
}

// EventLine renders every string field of ev (strings, string types and
// slices of them, by reflection: a field added to audit.Event is scanned
// too) as name=value pairs.
func EventLine(ev *audit.Event) string {
	var b strings.Builder
	v := reflect.ValueOf(ev).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		name := v.Type().Field(i).Name
		switch f.Kind() {
		case reflect.String:
			fmt.Fprintf(&b, " %s=%s", name, f.String())
		case reflect.Slice, reflect.Array:
			for j := range f.Len() {
				if f.Index(j).Kind() == reflect.String {
					fmt.Fprintf(&b, " %s[%d]=%s", name, j, f.Index(j).String())
				}
			}
		}
	}
	return strings.TrimPrefix(b.String(), " ")
}
