package redislimit_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/redislimit"
)

// rv12Hook fails the commands on keys holding "fail", and holds those
// on keys holding "slow" until released.
type rv12Hook struct{ slow, slowIn chan struct{} }

func (h *rv12Hook) DialHook(next redis.DialHook) redis.DialHook { return next }
func (h *rv12Hook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		s := rv12CmdString(cmd)
		switch {
		case strings.Contains(s, "fail"):
			err := errors.New("injected failure")
			cmd.SetErr(err)
			return err
		case strings.Contains(s, "slow"):
			close(h.slowIn)
			<-h.slow
		}
		return next(ctx, cmd)
	}
}
func (h *rv12Hook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return next
}

func rv12CmdString(cmd redis.Cmder) string {
	var b strings.Builder
	for _, a := range cmd.Args() {
		if s, ok := a.(string); ok {
			b.WriteString(s + " ")
		}
	}
	return b.String()
}

// rv12Monitor records the states it is told, in order; its State for
// "open" waits until released, as a goroutine preempted between the
// breaker's unlock and its notify would.
type rv12Monitor struct {
	mu        sync.Mutex
	states    []string
	holdOpen  chan struct{}
	openSeen  chan struct{}
	closeSeen chan struct{}
}

func (m *rv12Monitor) Call(ctx context.Context, _ string) (context.Context, audit.Span) {
	return ctx, rv12NopSpan{}
}
func (m *rv12Monitor) Cache(context.Context, string, bool) {}
func (m *rv12Monitor) State(_ string, state string) {
	switch state {
	case "open":
		close(m.openSeen)
		<-m.holdOpen
	case "closed":
		close(m.closeSeen)
	}
	m.mu.Lock()
	m.states = append(m.states, state)
	m.mu.Unlock()
}

type rv12NopSpan struct{}

func (rv12NopSpan) End(error) {}

// Finding: the breaker reports its switches (to the Monitor, the Logger
// and OnStateChange) after releasing its lock, so two switches made by
// two goroutines can be reported in the opposite order. A call that
// started while the breaker was closed succeeds just after another
// failed and opened it: the breaker is closed again, but the last state
// the Monitor hears is "open" — otelaudit's mcpauth.dependency.state
// then shows the breaker open (and the log "Redis unavailable" after
// "Redis is back") until the next switch, which may never come.
// otelaudit.Monitor.State's lock ("in order") cannot fix an order decided
// before it is called.
func TestReview12BreakerStatesReportedInOrder(t *testing.T) {
	mr := miniredis.RunT(t)
	hook := &rv12Hook{slow: make(chan struct{}), slowIn: make(chan struct{})}
	client := redis.NewClient(&redis.Options{Addr: mr.Addr(), ContextTimeoutEnabled: true, MaxRetries: -1})
	client.AddHook(hook)
	t.Cleanup(func() { client.Close() })
	mon := &rv12Monitor{holdOpen: make(chan struct{}), openSeen: make(chan struct{}), closeSeen: make(chan struct{})}
	lim, err := redislimit.New(redislimit.Options{Client: client, BreakerFailures: 1, Timeout: 5 * time.Second, Monitor: mon})
	if err != nil {
		t.Fatal(err)
	}
	limit := ratelimit.PerHour(100)
	ctx := context.Background()
	// Load the script first, so that neither call below needs SCRIPT LOAD.
	if _, err := lim.Allow(ctx, "warm", limit, 1); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	slowDone := make(chan struct{})
	wg.Go(func() { defer close(slowDone); _, _ = lim.Allow(ctx, "slow", limit, 1) }) // in flight, breaker closed
	<-hook.slowIn
	wg.Go(func() { _, _ = lim.Allow(ctx, "fail", limit, 1) }) // fails: opens the breaker
	<-mon.openSeen                                            // the opening is being reported
	close(hook.slow)
	// The slow call succeeded: the breaker closed again. (Not waiting for
	// State("closed") itself while "open" is held: in-order reporting
	// tells "closed" only after "open" returns.)
	<-slowDone
	close(mon.holdOpen)
	wg.Wait()
	if lim.State() != redislimit.BreakerClosed {
		t.Fatalf("breaker %v", lim.State())
	}
	mon.mu.Lock()
	defer mon.mu.Unlock()
	if last := mon.states[len(mon.states)-1]; last != "closed" {
		t.Errorf("the breaker is closed, but the Monitor was told %v: its last state is %q", mon.states, last)
	}

}
