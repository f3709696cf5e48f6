package mcpauth_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/internal/testcheck"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/jwtauth"
)

// degradedChecker is ready, and degraded with err when err is set.
type degradedChecker struct{ err error }

func (degradedChecker) Ready(context.Context) error      { return nil }
func (d degradedChecker) Degraded(context.Context) error { return d.err }

var (
	okCheck   = mcpauth.CheckerFunc(func(context.Context) error { return nil })
	failCheck = func(msg string) mcpauth.Checker {
		return mcpauth.CheckerFunc(func(context.Context) error { return errors.New(msg) })
	}
)

func newReadiness(t *testing.T, cfg mcpauth.ReadinessConfig) *mcpauth.Readiness {
	t.Helper()
	h, err := mcpauth.NewReadiness(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// probe serves one request and decodes the answer.
func probe(t *testing.T, h http.Handler, method string) (*httptest.ResponseRecorder, mcpauth.ReadinessReport) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, "/ready", nil))
	var rep mcpauth.ReadinessReport
	if method == http.MethodGet {
		if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil {
			t.Fatalf("%s /ready: body %q: %v", method, rec.Body, err)
		}
	}
	return rec, rep
}

func TestReadinessAnswers(t *testing.T) {
	for _, c := range []struct {
		name   string
		checks []mcpauth.Check
		code   int
		want   string // the body, exactly
	}{
		{"all ok", []mcpauth.Check{{Name: "keys", Checker: okCheck}, {Name: "jwks", Checker: degradedChecker{}}},
			200, `{"status":"ready","checks":[{"name":"keys","status":"ok"},{"name":"jwks","status":"ok"}]}`},
		{"degraded", []mcpauth.Check{{Name: "keys", Checker: okCheck}, {Name: "ratelimit", Checker: degradedChecker{errors.New("limits per replica")}}},
			200, `{"status":"degraded","checks":[{"name":"keys","status":"ok"},{"name":"ratelimit","status":"degraded","reason":"limits per replica"}]}`},
		{"one failed", []mcpauth.Check{{Name: "ratelimit", Checker: degradedChecker{errors.New("limits per replica")}}, {Name: "keys", Checker: failCheck("store down")}},
			503, `{"status":"not_ready","checks":[{"name":"ratelimit","status":"degraded","reason":"limits per replica"},{"name":"keys","status":"failed","reason":"store down"}]}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newReadiness(t, mcpauth.ReadinessConfig{Checks: c.checks})
			rec, _ := probe(t, h, http.MethodGet)
			if rec.Code != c.code || strings.TrimSpace(rec.Body.String()) != c.want {
				t.Fatalf("GET: %d %s\nwant %d %s", rec.Code, rec.Body, c.code, c.want)
			}
			for k, v := range map[string]string{"Cache-Control": "no-store", "Content-Type": "application/json"} {
				if got := rec.Header().Get(k); got != v {
					t.Errorf("%s: %q, want %q", k, got, v)
				}
			}
			head, _ := probe(t, h, http.MethodHead)
			if head.Code != c.code || head.Body.Len() != 0 || head.Header().Get("Cache-Control") != "no-store" {
				t.Errorf("HEAD: %d, body %q, headers %v", head.Code, head.Body, head.Header())
			}
			if rep := h.Report(context.Background()); len(rep.Checks) != len(c.checks) {
				t.Errorf("Report: %+v", rep)
			}
		})
	}
}

func TestReadinessRefusesOtherMethods(t *testing.T) {
	asked := false
	h := newReadiness(t, mcpauth.ReadinessConfig{Checks: []mcpauth.Check{{Name: "keys", Checker: mcpauth.CheckerFunc(func(context.Context) error {
		asked = true
		return nil
	})}}})
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(m, "/ready", strings.NewReader("{}")))
		if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" || rec.Header().Get("Cache-Control") != "no-store" {
			t.Errorf("%s: %d %v", m, rec.Code, rec.Header())
		}
	}
	if asked {
		t.Error("a refused method ran the checks")
	}
}

// Every check gets the Timeout, all at once: three checks that never
// answer cost one Timeout, not three, and one that ignores its ctx does
// not hold the answer. In a synctest bubble the times are exact.
func TestReadinessTimeoutAndConcurrency(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		release := make(chan struct{})
		honours := mcpauth.CheckerFunc(func(ctx context.Context) error {
			<-ctx.Done()
			return fmt.Errorf("dial tcp: %w", ctx.Err())
		})
		ignores := mcpauth.CheckerFunc(func(context.Context) error {
			<-release
			return nil
		})
		h := newReadiness(t, mcpauth.ReadinessConfig{Timeout: 300 * time.Millisecond, Checks: []mcpauth.Check{
			{Name: "a", Checker: honours}, {Name: "b", Checker: honours}, {Name: "c", Checker: ignores}, {Name: "d", Checker: okCheck},
		}})
		start := time.Now()
		rec, rep := probe(t, h, http.MethodGet)
		if took := time.Since(start); took != 330*time.Millisecond {
			t.Errorf("the checks took %v, want the 300ms timeout and its tenth of grace, once (run concurrently)", took)
		}
		if rec.Code != 503 || rep.Status != "not_ready" {
			t.Fatalf("%d %s", rec.Code, rec.Body)
		}
		for i, want := range []string{
			"no answer within 300ms: dial tcp: context deadline exceeded",
			"no answer within 300ms: dial tcp: context deadline exceeded",
			"no answer within 300ms",
			"",
		} {
			if got := rep.Checks[i].Reason; got != want {
				t.Errorf("check %s: reason %q, want %q", rep.Checks[i].Name, got, want)
			}
		}
		close(release)

		// The default Timeout stays under a Kubernetes probe's second.
		d := newReadiness(t, mcpauth.ReadinessConfig{Checks: []mcpauth.Check{{Name: "a", Checker: honours}}})
		start = time.Now()
		d.Report(context.Background())
		if took := time.Since(start); took != mcpauth.DefaultCheckTimeout || took >= time.Second {
			t.Errorf("default timeout %v", took)
		}
	})
}

// Reasons never carry a password of a URL or a DSN, stay on one line and
// are short; a panicking check fails instead of crashing the server.
func TestReadinessReasonsAreRedacted(t *testing.T) {
	secrets := []string{"s3cret-pw", "hunter2", "tok-abc"}
	h := newReadiness(t, mcpauth.ReadinessConfig{Checks: []mcpauth.Check{
		{Name: "pg", Checker: failCheck(`failed to connect to postgres://app:s3cret-pw@db.internal:5432/keys: refused`)},
		{Name: "dsn", Checker: failCheck("host=db user=app password='hunter2 x' dbname=keys\nconnection refused")},
		{Name: "redis", Checker: degradedChecker{errors.New("redis://:s3cret-pw@cache:6379/0?token=tok-abc&db=0: i/o timeout")}},
		{Name: "long", Checker: failCheck(strings.Repeat("é", 300))},
		{Name: "panics", Checker: mcpauth.CheckerFunc(func(context.Context) error { panic("boom") })},
	}})
	rec, rep := probe(t, h, http.MethodGet)
	for _, s := range secrets {
		if strings.Contains(rec.Body.String(), s) {
			t.Errorf("the answer contains %q: %s", s, rec.Body)
		}
	}
	want := map[string]string{
		"pg":     "failed to connect to postgres://app:xxxxx@db.internal:5432/keys: refused",
		"dsn":    "host=db user=app password=xxxxx dbname=keys connection refused",
		"redis":  "redis://:xxxxx@cache:6379/0?token=xxxxx&db=0: i/o timeout",
		"panics": "the check panicked: boom",
	}
	for _, c := range rep.Checks {
		if w, ok := want[c.Name]; ok && c.Reason != w {
			t.Errorf("%s: reason %q, want %q", c.Name, c.Reason, w)
		}
		if c.Name == "long" && (len(c.Reason) > 200 || !strings.HasSuffix(c.Reason, "…") || !strings.HasPrefix(c.Reason, "éé")) {
			t.Errorf("long reason: %d bytes, %q", len(c.Reason), c.Reason)
		}
	}
	if rec.Code != 503 {
		t.Errorf("status %d", rec.Code)
	}
}

// A check's changes of status are logged once each, not at every probe.
func TestReadinessLogsChanges(t *testing.T) {
	var buf bytes.Buffer
	var mu sync.Mutex
	var failing bool
	check := mcpauth.CheckerFunc(func(context.Context) error {
		mu.Lock()
		defer mu.Unlock()
		if failing {
			return errors.New("postgres://app:pw123@db/keys: refused")
		}
		return nil
	})
	h := newReadiness(t, mcpauth.ReadinessConfig{
		Checks: []mcpauth.Check{{Name: "keys", Checker: check}},
		Logger: slog.New(testlog.Wrap(t, slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))),
	})
	set := func(f bool) { mu.Lock(); failing = f; mu.Unlock() }
	h.Report(context.Background()) // ok from the start: nothing to say
	set(true)
	h.Report(context.Background())
	h.Report(context.Background())
	set(false)
	h.Report(context.Background())
	h.Report(context.Background())
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "level=WARN") || !strings.Contains(lines[0], "check=keys") ||
		!strings.Contains(lines[1], "level=INFO") || strings.Contains(buf.String(), "pw123") {
		t.Fatalf("log:\n%s", buf.String())
	}
}

func TestNewReadinessRefusals(t *testing.T) {
	var (
		nilRemote *jwtauth.RemoteJWKS
		nilCache  *apikey.Cache
		nilFunc   mcpauth.CheckerFunc
	)
	with := func(checks ...mcpauth.Check) func() error {
		return func() error {
			h, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: checks})
			if err == nil && h == nil {
				t.Error("NewReadiness returned neither a handler nor an error")
			}
			return err
		}
	}
	ok := mcpauth.Check{Name: "ok", Checker: okCheck}
	testcheck.Refusals(t, []testcheck.Refusal{
		{"no checks", with(), "Checks is empty"},
		{"empty name", with(ok, mcpauth.Check{Checker: okCheck}), "Checks[1].Name is empty"},
		{"name twice", with(ok, ok), `Checks[1].Name "ok" is used twice`},
		{"nil checker", with(mcpauth.Check{Name: "keys"}), `Checks[0].Checker ("keys") is nil`},
		{"typed nil RemoteJWKS", with(ok, mcpauth.Check{Name: "jwks", Checker: nilRemote}), `Checks[1].Checker ("jwks") is nil`},
		{"typed nil Cache", with(mcpauth.Check{Name: "keys", Checker: nilCache}), `Checks[0].Checker ("keys") is nil`},
		{"nil func", with(mcpauth.Check{Name: "f", Checker: nilFunc}), `Checks[0].Checker ("f") is nil`},
		{"negative timeout", func() error {
			_, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: []mcpauth.Check{ok}, Timeout: -time.Second})
			return err
		}, "Timeout is negative"},
		{"logger without handler", func() error {
			_, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: []mcpauth.Check{ok}, Logger: &slog.Logger{}})
			return err
		}, "Logger has no handler"},
	})
}

// A Readiness that NewReadiness did not make is never ready, and does
// not panic.
func TestZeroReadinessIsNotReady(t *testing.T) {
	for name, h := range map[string]*mcpauth.Readiness{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Readiness", func() {
			rec, rep := probe(t, h, http.MethodGet)
			if rec.Code != 503 || rep.Status != "not_ready" || len(rep.Checks) != 1 || !strings.Contains(rep.Checks[0].Reason, "NewReadiness") {
				t.Errorf("%s: %d %s", name, rec.Code, rec.Body)
			}
		})
	}
}

// The built-in checkers are Checkers and, where they can be degraded,
// DegradedCheckers.
var (
	_ mcpauth.DegradedChecker = (*jwtauth.RemoteJWKS)(nil)
	_ mcpauth.DegradedChecker = (*jwtauth.Provider)(nil)
	_ mcpauth.Checker         = (*jwtauth.KeySet)(nil)
	_ mcpauth.Checker         = (*apikey.Cache)(nil)
	_ mcpauth.Checker         = (*apikey.MemoryStore)(nil)
)

func ExampleNewReadiness() {
	store := apikey.NewMemoryStore() // a key store: sqlstore, redisstore, storeurl …
	limiter := degradedLimiter{}     // stands for a redislimit.Limiter (FailLocal) whose Redis is down
	ready, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: []mcpauth.Check{
		{Name: "keys", Checker: apikey.NewCache(store, apikey.CacheOptions{})},
		{Name: "ratelimit", Checker: limiter},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	mux := http.NewServeMux()
	mux.Handle("/ready", ready) // readiness: asks the dependencies
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "ok\n") // liveness: asks nothing
	})

	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/ready", nil))
	fmt.Println(rec.Code, rec.Header().Get("Cache-Control"))
	_, _ = io.Copy(os.Stdout, rec.Body)
	// Output:
	// 200 no-store
	// {"status":"degraded","checks":[{"name":"keys","status":"ok"},{"name":"ratelimit","status":"degraded","reason":"redislimit: Redis does not answer; limits are counted per replica (FailLocal)"}]}
}

// degradedLimiter is ready but degraded, as a FailLocal limiter without
// Redis.
type degradedLimiter struct{}

func (degradedLimiter) Ready(context.Context) error { return nil }
func (degradedLimiter) Degraded(context.Context) error {
	return errors.New("redislimit: Redis does not answer; limits are counted per replica (FailLocal)")
}

// TestReadinessReuseOnItsClock: a GET within ReadinessReuse of the last
// run is answered from it, on ReadinessConfig.Now; past it the checks are
// asked again.
func TestReadinessReuseOnItsClock(t *testing.T) {
	clock := testcheck.NewClock(time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC))
	var asked sync.Mutex
	n := 0
	ready, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Now: clock.Now, Logger: testlog.New(t), Checks: []mcpauth.Check{
		{Name: "keys", Checker: mcpauth.CheckerFunc(func(context.Context) error { asked.Lock(); n++; asked.Unlock(); return nil })},
	}})
	if err != nil {
		t.Fatal(err)
	}
	get := func() {
		w := httptest.NewRecorder()
		ready.ServeHTTP(w, httptest.NewRequest("GET", "/ready", nil))
		if w.Code != http.StatusOK {
			t.Fatalf("status %d", w.Code)
		}
	}
	get()
	clock.Add(mcpauth.ReadinessReuse - time.Millisecond)
	get()
	if n != 1 {
		t.Fatalf("asked %d times within ReadinessReuse, want 1", n)
	}
	clock.Add(2 * time.Millisecond)
	get()
	if n != 2 {
		t.Fatalf("asked %d times after ReadinessReuse, want 2", n)
	}
}
