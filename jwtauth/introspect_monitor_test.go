package jwtauth

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/audit"
)

// recordingMonitor is an audit.Monitor that writes down what it is told.
type recordingMonitor struct {
	mu  sync.Mutex
	log []string
}

type recordedSpan struct {
	m    *recordingMonitor
	name string
}

func (s recordedSpan) End(err error) {
	outcome := "ok"
	if err != nil {
		outcome = "error"
	}
	s.m.add("end " + s.name + " " + outcome)
}

func (m *recordingMonitor) add(s string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.log = append(m.log, s)
}

func (m *recordingMonitor) Call(ctx context.Context, name string) (context.Context, audit.Span) {
	m.add("call " + name)
	return ctx, recordedSpan{m, name}
}

func (m *recordingMonitor) Cache(_ context.Context, name string, hit bool) {
	if hit {
		m.add("hit " + name)
	} else {
		m.add("miss " + name)
	}
}

func (m *recordingMonitor) State(name, state string) { m.add("state " + name + " " + state) }

// TestIntrospectionMonitor: the introspection endpoint's calls and the
// cache's answers are reported, and a failing endpoint ends its call
// with an error.
func TestIntrospectionMonitor(t *testing.T) {
	is := newIntrospectionServer(t, ClientSecretBasic)
	is.tokens["tok-good-1234"] = activeToken(time.Now().Add(time.Hour))
	mon := &recordingMonitor{}
	in := newIntrospector(t, is, func(c *IntrospectionConfig) { c.CacheTTL = time.Minute; c.Monitor = mon })
	for range 2 {
		if _, err := in.Verify(context.Background(), "tok-good-1234"); err != nil {
			t.Fatal(err)
		}
	}
	is.update(func() { is.status = http.StatusInternalServerError })
	if _, err := in.Verify(context.Background(), "tok-other-5678"); err == nil {
		t.Fatal("a failing endpoint let a token through")
	}
	want := "miss introspection|call introspection|end introspection ok|hit introspection|" +
		"miss introspection|call introspection|end introspection error"
	if got := strings.Join(mon.log, "|"); got != want {
		t.Errorf("monitor saw\n %s\nwant\n %s", got, want)
	}
	var nilMon *recordingMonitor
	if _, err := NewIntrospector(IntrospectionConfig{URL: is.srv.URL, AllowInsecureLoopback: true, ClientID: "x", ClientSecret: "s",
		Audiences: []string{testAudience}, Monitor: nilMon}); err == nil {
		t.Error("a typed-nil Monitor was accepted")
	}
}
