package redislimit_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/redislimit"
)

// namesMonitor records the names it is told calls under.
type namesMonitor struct {
	mu    sync.Mutex
	names []string
}

type noSpan struct{}

func (noSpan) End(error) {}

func (m *namesMonitor) Call(ctx context.Context, name string) (context.Context, audit.Span) {
	m.mu.Lock()
	m.names = append(m.names, name)
	m.mu.Unlock()
	return ctx, noSpan{}
}
func (m *namesMonitor) Cache(context.Context, string, bool) {}
func (m *namesMonitor) State(string, string)                {}

// TestMonitorName: two limiters sharing a Monitor are told apart by
// MonitorName; without one, a limiter reports as audit.CallRateLimit.
func TestMonitorName(t *testing.T) {
	mr := miniredis.RunT(t)
	client := redis.NewClient(&redis.Options{Addr: mr.Addr(), ContextTimeoutEnabled: true})
	t.Cleanup(func() { client.Close() })
	mon := &namesMonitor{}
	limit := ratelimit.Limit{Rate: 10, Period: time.Minute}
	for _, name := range []string{"tenant-a", ""} {
		lim, err := redislimit.New(redislimit.Options{Client: client, Monitor: mon, MonitorName: name})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := lim.Allow(context.Background(), "k", limit, 1); err != nil {
			t.Fatal(err)
		}
	}
	if len(mon.names) != 2 || mon.names[0] != "tenant-a" || mon.names[1] != audit.CallRateLimit {
		t.Errorf("monitor told %v", mon.names)
	}
}
