package redislimit

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/internal/limitertest"
)

// Environment of a helper process started by TestRedisAcrossProcesses.
const (
	rlHelperEnv     = "MCPAUTH_RL_HELPER"     // "1" in a helper
	rlHelperURL     = "MCPAUTH_RL_URL"        // the Redis URL
	rlHelperPrefix  = "MCPAUTH_RL_PREFIX"     // Options.Prefix
	rlHelperKey     = "MCPAUTH_RL_KEY"        // the key
	rlHelperRate    = "MCPAUTH_RL_RATE"       // the limit: RATE per hour
	rlHelperAttempt = "MCPAUTH_RL_ATTEMPTS"   // how many Allow calls
	rlHelperWorkers = "MCPAUTH_RL_GOROUTINES" // over how many goroutines
)

// The helper's protocol on stdout/stdin: it prints rlHelperReady once
// connected, waits for rlHelperGo on stdin, then prints rlHelperAllowed
// and the count.
const (
	rlHelperReady   = "RL-HELPER-READY"
	rlHelperGo      = "GO"
	rlHelperAllowed = "RL-HELPER-ALLOWED "
)

// TestHelperLimiterProcess is not a test: it is the body of the helper
// processes of TestRedisAcrossProcesses, and returns at once otherwise.
func TestHelperLimiterProcess(t *testing.T) {
	if os.Getenv(rlHelperEnv) != "1" {
		return
	}
	env := func(name string) string {
		v := os.Getenv(name)
		if v == "" {
			t.Fatalf("helper: %s is not set", name)
		}
		return v
	}
	atoi := func(name string) int {
		n, err := strconv.Atoi(env(name))
		if err != nil || n <= 0 {
			t.Fatalf("helper: %s=%q: want a positive integer", name, os.Getenv(name))
		}
		return n
	}
	attempts, workers := atoi(rlHelperAttempt), atoi(rlHelperWorkers)
	limit := ratelimit.Limit{Rate: atoi(rlHelperRate), Period: time.Hour}
	key := env(rlHelperKey)

	opts, err := redis.ParseURL(env(rlHelperURL))
	if err != nil {
		t.Fatalf("helper: %v", err)
	}
	opts.ContextTimeoutEnabled = true
	client := redis.NewClient(opts)
	defer client.Close()
	var opened atomic.Int32
	lim, err := New(Options{
		Client:      client,
		Prefix:      env(rlHelperPrefix),
		Timeout:     2 * time.Second,
		FailureMode: FailClosed, // errors surface instead of local decisions
		OnStateChange: func(c StateChange) {
			if c.To == BreakerOpen {
				opened.Add(1)
			}
		},
	})
	if err != nil {
		t.Fatalf("helper: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := client.Ping(ctx).Err(); err != nil {
		t.Fatalf("helper: PING %s: %v", opts.Addr, err)
	}

	fmt.Println(rlHelperReady)
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != rlHelperGo {
		t.Fatalf("helper: waiting for %q on stdin: got %q, %v", rlHelperGo, line, err)
	}

	allowed, err := limitertest.CountAllowed(ctx, lim, key, limit, workers, attempts)
	if err != nil {
		t.Fatalf("helper: %v", err)
	}
	if n := opened.Load(); n != 0 {
		t.Fatalf("helper: the breaker opened %d times", n)
	}
	fmt.Printf("%s%d\n", rlHelperAllowed, allowed)
}

// rlHelper is a running helper process.
type rlHelper struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  chan string // stdout, line by line; closed at EOF
	out    []string    // the lines read so far
	stderr procLog
}

// await reads stdout until a line starting with prefix, and returns the
// rest of that line.
func (h *rlHelper) await(t *testing.T, i int, prefix string, timeout time.Duration) string {
	t.Helper()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		select {
		case line, ok := <-h.lines:
			if !ok {
				err := h.cmd.Wait()
				t.Fatalf("helper %d ended (%v) before printing %q; stdout:\n%s\nstderr:\n%s",
					i, err, prefix, strings.Join(h.out, "\n"), h.stderr.tail(50))
			}
			h.out = append(h.out, line)
			if rest, ok := strings.CutPrefix(line, prefix); ok {
				return rest
			}
		case <-timer.C:
			t.Fatalf("helper %d has not printed %q after %v; stdout so far:\n%s\nstderr:\n%s",
				i, prefix, timeout, strings.Join(h.out, "\n"), h.stderr.tail(50))
		}
	}
}

// TestRedisAcrossProcesses shares one limit between 4 OS processes
// through one Redis: together they get exactly the limit.
func TestRedisAcrossProcesses(t *testing.T) {
	const procs, attempts, rate = 4, 100, 150
	url := testenv.Redis(t) // a miniredis of this process is reachable over TCP too
	prefix := testenv.Unique("rlprocs:") + ":"
	testenv.CleanRedis(t, url, prefix)
	const key = "shared"

	helpers := make([]*rlHelper, procs)
	for i := range helpers {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperLimiterProcess$", "-test.count=1", "-test.timeout=90s")
		cmd.Env = append(os.Environ(),
			rlHelperEnv+"=1",
			rlHelperURL+"="+url,
			rlHelperPrefix+"="+prefix,
			rlHelperKey+"="+key,
			rlHelperRate+"="+strconv.Itoa(rate),
			rlHelperAttempt+"="+strconv.Itoa(attempts),
			rlHelperWorkers+"=8",
			// A race-enabled helper would otherwise sleep 1 s at exit.
			"GORACE="+strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"),
		)
		h := &rlHelper{cmd: cmd, lines: make(chan string, 16)}
		cmd.Stderr = &h.stderr
		var err error
		if h.stdin, err = cmd.StdinPipe(); err != nil {
			t.Fatal(err)
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatalf("starting helper %d: %v", i, err)
		}
		go func() {
			defer close(h.lines)
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				h.lines <- sc.Text()
			}
		}()
		t.Cleanup(func() {
			if cmd.ProcessState == nil { // not waited for: the test failed
				_ = cmd.Process.Kill()
				for range h.lines { // let Wait close stdout
				}
				_ = cmd.Wait()
			}
		})
		helpers[i] = h
	}

	// Every helper connected: start them together.
	start := time.Now()
	for i, h := range helpers {
		h.await(t, i, rlHelperReady, 60*time.Second)
	}
	t.Logf("%d helpers ready after %v", procs, time.Since(start).Round(time.Millisecond))
	start = time.Now()
	for i, h := range helpers {
		if _, err := io.WriteString(h.stdin, rlHelperGo+"\n"); err != nil {
			t.Fatalf("helper %d: %v", i, err)
		}
		_ = h.stdin.Close()
	}

	counts := make([]int, procs)
	for i, h := range helpers {
		rest := h.await(t, i, rlHelperAllowed, 60*time.Second)
		n, err := strconv.Atoi(strings.TrimSpace(rest))
		if err != nil || n < 0 || n > attempts {
			t.Fatalf("helper %d printed %q", i, rlHelperAllowed+rest)
		}
		counts[i] = n
	}
	t.Logf("%d processes × %d attempts decided in %v", procs, attempts, time.Since(start).Round(time.Millisecond))
	total := 0
	for i, h := range helpers {
		n := counts[i]
		for line := range h.lines {
			h.out = append(h.out, line)
		}
		if err := h.cmd.Wait(); err != nil {
			t.Fatalf("helper %d: %v; stdout:\n%s\nstderr:\n%s", i, err, strings.Join(h.out, "\n"), h.stderr.tail(50))
		}
		t.Logf("helper %d (pid %d): %d of %d allowed", i, h.cmd.Process.Pid, n, attempts)
		total += n
	}
	if total != rate {
		t.Fatalf("%d processes × %d attempts under %d/h: %d allowed in all, want exactly %d", procs, attempts, rate, total, rate)
	}

	// Redis agrees: the quota is spent.
	opts, err := redis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	opts.ContextTimeoutEnabled = true
	client := redis.NewClient(opts)
	defer client.Close()
	lim, err := New(Options{Client: client, Prefix: prefix, Timeout: 2 * time.Second, FailureMode: FailClosed})
	if err != nil {
		t.Fatal(err)
	}
	res, err := lim.Allow(context.Background(), key, ratelimit.Limit{Rate: rate, Period: time.Hour}, 1)
	if err != nil || res.Allowed || res.Remaining != 0 {
		t.Fatalf("after the helpers: got (%+v, %v), want denied, remaining 0", res, err)
	}
}
