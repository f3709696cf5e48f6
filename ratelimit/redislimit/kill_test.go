package redislimit

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// This file holds TestRedisKilledMidRun and the helpers that run a
// redis-server as a child process of the test (shared with
// cluster_test.go).

// procRequireBinary returns the path of a program the test runs: a missing
// one skips the test, or fails it when CI=true.
func procRequireBinary(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if testenv.CI() {
			t.Fatalf("CI=true but %s is not on PATH: %v", name, err)
		}
		t.Skipf("%s is not on PATH: %v", name, err)
	}
	return p
}

// procFreePorts returns n distinct TCP ports that were free on 127.0.0.1 a
// moment ago.
func procFreePorts(t *testing.T, n int) []int {
	t.Helper()
	seen := make(map[int]bool)
	var ports []int
	for len(ports) < n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("finding a free port: %v", err)
		}
		port := l.Addr().(*net.TCPAddr).Port
		if err := l.Close(); err != nil {
			t.Fatal(err)
		}
		if !seen[port] {
			seen[port] = true
			ports = append(ports, port)
		}
	}
	return ports
}

// procLog is a goroutine-safe buffer for a child process's output.
type procLog struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *procLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// tail returns the last n lines written.
func (l *procLog) tail(n int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	lines := strings.Split(strings.TrimRight(l.b.String(), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// procRedis is a redis-server run by the test as a child process (not
// daemonized), without persistence, killed when the test ends.
type procRedis struct {
	t    *testing.T
	bin  string
	port int
	args []string
	log  procLog

	cmd  *exec.Cmd
	done chan struct{} // closed once cmd.Wait has returned
}

// startProcRedis starts redis-server on 127.0.0.1:port with the extra
// arguments and waits until it answers PING.
func startProcRedis(t *testing.T, bin string, port int, extra ...string) *procRedis {
	t.Helper()
	dir := filepath.Join(t.TempDir(), strconv.Itoa(port))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s := &procRedis{t: t, bin: bin, port: port}
	s.args = append([]string{
		"--port", strconv.Itoa(port),
		"--bind", "127.0.0.1",
		"--save", "",
		"--appendonly", "no",
		"--dir", dir,
	}, extra...)
	// Registered after t.TempDir's own cleanup, so it runs before the
	// directory is removed.
	t.Cleanup(func() {
		s.stop()
		if t.Failed() {
			t.Logf("redis-server :%d output (tail):\n%s", port, s.log.tail(30))
		}
	})
	s.start()
	return s
}

func (s *procRedis) addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)) }

// start runs the server (again, on the same port) and waits until it
// answers PING.
func (s *procRedis) start() {
	s.t.Helper()
	cmd := exec.Command(s.bin, s.args...)
	cmd.Stdout, cmd.Stderr = &s.log, &s.log
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("starting redis-server: %v", err)
	}
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(done)
	}()
	s.cmd, s.done = cmd, done
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := procPing(s.addr())
		if err == nil {
			return
		}
		select {
		case <-done:
			s.t.Fatalf("redis-server :%d exited at start: %v\n%s", s.port, cmd.ProcessState, s.log.tail(30))
		default:
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("redis-server :%d does not answer PING after 10s: %v\n%s", s.port, err, s.log.tail(30))
		}
		// polls a real redis-server process: real time is what it takes
		time.Sleep(20 * time.Millisecond)
	}
}

// kill kills the server (SIGKILL) and waits until it is gone.
func (s *procRedis) kill() {
	s.t.Helper()
	if err := s.cmd.Process.Kill(); err != nil {
		s.t.Fatalf("killing redis-server :%d: %v", s.port, err)
	}
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		s.t.Fatalf("redis-server :%d still running 10s after SIGKILL", s.port)
	}
}

// stop kills the server if it still runs.
func (s *procRedis) stop() {
	if s.cmd == nil {
		return
	}
	select {
	case <-s.done:
		return
	default:
	}
	_ = s.cmd.Process.Kill()
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		s.t.Errorf("redis-server :%d still running 10s after SIGKILL", s.port)
	}
}

// procPing sends PING on a fresh connection (no client pool whose dial
// back-off could delay noticing the server) and wants +PONG.
func procPing(addr string) error {
	c, err := net.DialTimeout("tcp", addr, 500*time.Millisecond)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.SetDeadline(time.Now().Add(500 * time.Millisecond)); err != nil {
		return err
	}
	if _, err := c.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	if line != "+PONG\r\n" {
		return fmt.Errorf("PING answered %q", line)
	}
	return nil
}

// procStateLog records a Redis limiter's breaker switches.
type procStateLog struct {
	mu sync.Mutex
	ev []StateChange
}

func (l *procStateLog) record(c StateChange) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ev = append(l.ev, c)
}

func (l *procStateLog) events() []StateChange {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]StateChange(nil), l.ev...)
}

func (l *procStateLog) String() string {
	var b strings.Builder
	for i, c := range l.events() {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%v→%v", c.From, c.To)
		if c.Err != nil {
			fmt.Fprintf(&b, " (%v)", c.Err)
		}
	}
	return "[" + b.String() + "]"
}

// procScriptCounter is a go-redis hook counting the limiter's script calls
// (EVALSHA and EVAL) that the client processes, whether or not they reach
// a server: the limiter has "touched Redis" iff the count moved.
type procScriptCounter struct{ n atomic.Int64 }

func (h *procScriptCounter) count(cmd redis.Cmder) {
	if name := cmd.Name(); name == "evalsha" || name == "eval" {
		h.n.Add(1)
	}
}

func (h *procScriptCounter) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h *procScriptCounter) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		h.count(cmd)
		return next(ctx, cmd)
	}
}

func (h *procScriptCounter) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		for _, cmd := range cmds {
			h.count(cmd)
		}
		return next(ctx, cmds)
	}
}

// TestRedisKilledMidRun kills a real redis-server under a Redis limiter,
// in each failure mode: every call stays fast and follows the mode, the
// breaker opens after BreakerFailures failures and then leaves Redis
// alone, and once the server is back the breaker probes, closes, and the
// limiter uses Redis again.
func TestRedisKilledMidRun(t *testing.T) {
	bin := procRequireBinary(t, "redis-server")
	for _, mode := range []FailureMode{FailLocal, FailClosed, FailOpen} {
		t.Run(mode.String(), func(t *testing.T) { testRedisKilledMidRun(t, bin, mode) })
	}
}

func testRedisKilledMidRun(t *testing.T, bin string, mode FailureMode) {
	const (
		timeout   = 50 * time.Millisecond
		failures  = 3
		cooldown  = 500 * time.Millisecond
		callBound = time.Second // liveness: go-redis's defaults would take seconds
	)
	ctx := context.Background()
	srv := startProcRedis(t, bin, procFreePorts(t, 1)[0])

	client := redis.NewClient(&redis.Options{
		ContextTimeoutEnabled: true,
		Addr:                  srv.addr(),
		DialTimeout:           100 * time.Millisecond,
		ReadTimeout:           100 * time.Millisecond,
		WriteTimeout:          100 * time.Millisecond,
		PoolTimeout:           100 * time.Millisecond,
		MaxRetries:            -1,
		DialerRetries:         1,
	})
	t.Cleanup(func() { _ = client.Close() })
	scripts := &procScriptCounter{}
	client.AddHook(scripts)

	states := &procStateLog{}
	prefix := testenv.Unique("rlkill:") + ":"
	lim, err := New(Options{
		Client:          client,
		Prefix:          prefix,
		Timeout:         timeout,
		FailureMode:     mode,
		BreakerFailures: failures,
		BreakerCooldown: cooldown,
		OnStateChange:   states.record,
	})
	if err != nil {
		t.Fatal(err)
	}

	allow := func(key string, l ratelimit.Limit) (ratelimit.Result, error) {
		t.Helper()
		start := time.Now()
		res, err := lim.Allow(ctx, key, l, 1)
		if d := time.Since(start); d > callBound {
			t.Errorf("Allow(%q) took %v, want < %v", key, d, callBound)
		}
		return res, err
	}
	// wantFallback checks a decision made without Redis: ErrUnavailable
	// when closed, allowed when open, and for FailLocal the local limiter's
	// answer localAllowed.
	wantFallback := func(what string, res ratelimit.Result, err error, localAllowed bool) {
		t.Helper()
		switch mode {
		case FailClosed:
			if !errors.Is(err, ErrUnavailable) {
				t.Fatalf("%s: got (%+v, %v), want ErrUnavailable", what, res, err)
			}
		case FailOpen:
			if err != nil || !res.Allowed {
				t.Fatalf("%s: got (%+v, %v), want allowed with no error", what, res, err)
			}
		case FailLocal:
			if err != nil || res.Allowed != localAllowed {
				t.Fatalf("%s: got (%+v, %v), want allowed=%v by the local limiter with no error", what, res, err, localAllowed)
			}
		}
	}

	// Redis up: decisions come from Redis.
	for i := range 3 {
		res, err := allow("up", ratelimit.PerHour(100))
		if err != nil || !res.Allowed || res.Remaining != 100-1-i {
			t.Fatalf("Redis up, call %d: got (%+v, %v), want allowed, remaining %d", i, res, err, 100-1-i)
		}
	}
	if n, err := client.Exists(ctx, prefix+"up").Result(); err != nil || n != 1 {
		t.Fatalf("the key is not in Redis: %d, %v", n, err)
	}
	if s := lim.State(); s != BreakerClosed {
		t.Fatalf("state with Redis up = %v, want closed", s)
	}

	srv.kill()
	killedAt := time.Now()

	// Down, breaker closed: each call tries Redis, fails fast and falls
	// back. A fresh key with 3 per hour: the local limiter allows 3.
	down := ratelimit.Limit{Rate: 3, Period: time.Hour}
	before := scripts.n.Load()
	for i := range failures {
		res, err := allow("down", down)
		wantFallback(fmt.Sprintf("Redis down, call %d", i), res, err, true)
		if s := lim.State(); i < failures-1 && s != BreakerClosed {
			t.Fatalf("after %d failures state = %v, want closed (BreakerFailures %d)", i+1, s, failures)
		}
	}
	if n := scripts.n.Load() - before; n != failures {
		t.Errorf("%d calls with Redis down sent %d scripts, want %d (one each, no retries)", failures, n, failures)
	}
	if s := lim.State(); s != BreakerOpen {
		t.Fatalf("after %d failures state = %v, want open; events %v", failures, s, states)
	}
	openSeen := time.Now()
	t.Logf("breaker open %v after the kill", openSeen.Sub(killedAt).Round(time.Millisecond))
	ev := states.events()
	if len(ev) != 1 || ev[0].From != BreakerClosed || ev[0].To != BreakerOpen || ev[0].Mode != mode || ev[0].Err == nil {
		t.Fatalf("events = %v (%+v), want one closed→open with mode %v and the error", states, ev, mode)
	}

	// Open: the fourth call on the key is decided without Redis (denied by
	// the local limiter for FailLocal), and so is a batch of 100.
	before = scripts.n.Load()
	res, err := allow("down", down)
	wantFallback("breaker open, 4th call", res, err, false)
	if mode == FailLocal && res.RetryAfter <= 0 {
		t.Errorf("local denial has RetryAfter %v, want > 0", res.RetryAfter)
	}
	start := time.Now()
	for i := range 100 {
		res, err := lim.Allow(ctx, "open", ratelimit.PerHour(1000), 1)
		wantFallback(fmt.Sprintf("breaker open, batch call %d", i), res, err, true)
	}
	batch := time.Since(start)
	if batch >= time.Second { // 100 × Timeout would be 5 s
		t.Errorf("100 calls with the breaker open took %v, want < 1s", batch)
	}
	n := scripts.n.Load() - before
	if time.Since(openSeen) < cooldown {
		if n != 0 {
			t.Errorf("the breaker is open but 101 calls sent %d scripts to Redis, want 0", n)
		}
	} else if probes := int64(time.Since(openSeen)/cooldown) + 1; n > probes {
		// A slow machine: a cooldown passed and a probe was due.
		t.Errorf("the breaker is open but 101 calls sent %d scripts to Redis, want at most %d probes", n, probes)
	}
	t.Logf("101 calls with the breaker open: %v, %d scripts", batch.Round(time.Microsecond), n)

	// Back up on the same port: after the cooldown a probe closes the
	// breaker.
	srv.start()
	restartedAt := time.Now()
	deadline := time.Now().Add(5 * time.Second)
	calls := 0
	for lim.State() != BreakerClosed {
		if time.Now().After(deadline) {
			t.Fatalf("breaker still %v 5s after Redis came back (%d calls); events %v", lim.State(), calls, states)
		}
		res, err := allow("recover", ratelimit.PerHour(1000))
		calls++
		if err != nil && !(mode == FailClosed && errors.Is(err, ErrUnavailable)) {
			t.Fatalf("recovering: unexpected error %v", err)
		}
		if mode != FailClosed && !res.Allowed {
			t.Fatalf("recovering: denied (%+v) under a limit of 1000/h", res)
		}
		// polls a real redis-server process: real time is what it takes
		time.Sleep(25 * time.Millisecond)
	}
	t.Logf("breaker closed %v after the restart (%d calls)", time.Since(restartedAt).Round(time.Millisecond), calls)

	ev = states.events()
	var i int
	for _, want := range []struct{ from, to BreakerState }{
		{BreakerClosed, BreakerOpen}, {BreakerOpen, BreakerHalfOpen}, {BreakerHalfOpen, BreakerClosed},
	} {
		for i < len(ev) && (ev[i].From != want.from || ev[i].To != want.to) {
			i++
		}
		if i == len(ev) {
			t.Fatalf("events %v lack %v→%v in order", states, want.from, want.to)
		}
		i++
	}
	if last := ev[len(ev)-1]; last.To != BreakerClosed || last.From != BreakerHalfOpen {
		t.Fatalf("last event %v→%v, want half-open→closed; events %v", last.From, last.To, states)
	}
	for _, c := range ev {
		if c.Mode != mode {
			t.Errorf("event %v→%v reports mode %v, want %v", c.From, c.To, c.Mode, mode)
		}
	}

	// Redis in use again: decisions are counted in Redis.
	before = scripts.n.Load()
	for i := range 2 {
		res, err := allow("after", ratelimit.PerHour(100))
		if err != nil || !res.Allowed || res.Remaining != 100-1-i {
			t.Fatalf("Redis back, call %d: got (%+v, %v), want allowed by Redis, remaining %d", i, res, err, 100-1-i)
		}
	}
	if n := scripts.n.Load() - before; n < 2 {
		t.Errorf("2 calls with Redis back sent %d scripts, want ≥ 2", n)
	}
	if n, err := client.Exists(ctx, prefix+"after").Result(); err != nil || n != 1 {
		t.Fatalf("Redis back: the key is not in Redis: %d, %v", n, err)
	}
	if s := lim.State(); s != BreakerClosed {
		t.Fatalf("state = %v, want closed", s)
	}
}
