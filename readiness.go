package mcpauth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/mcpauth/mcpauth/internal/nilcheck"
)

// DefaultCheckTimeout bounds each check of a [Readiness] when
// ReadinessConfig.Timeout is zero: the whole answer comes within 880 ms
// (the timeout and its tenth of grace), under the one second a Kubernetes
// probe waits by default.
const DefaultCheckTimeout = 800 * time.Millisecond

// maxReason bounds the reason of one check in a readiness answer, in bytes.
const maxReason = 200

// Checker is a dependency a server needs to answer requests: a key store,
// a JWK Set, a shared rate limiter. jwtauth.RemoteJWKS, jwtauth.Provider,
// apikey.Cache and MemoryStore, the SQL and Redis key stores, storeurl's
// Store and redislimit.Limiter implement it.
type Checker interface {
	// Ready returns nil when the dependency can do its part now, and
	// otherwise why not, in a sentence that names what failed (an issuer,
	// a URL without credentials) and never a secret. It returns promptly
	// once ctx is done, and makes at most a cheap round trip (a PING, a
	// query that reads nothing).
	Ready(ctx context.Context) error
}

// CheckerFunc adapts a function to [Checker].
type CheckerFunc func(ctx context.Context) error

// Ready calls f.
func (f CheckerFunc) Ready(ctx context.Context) error { return f(ctx) }

// DegradedChecker is a [Checker] that can also tell that it serves, but
// not as configured: a JWK Set whose last refresh failed (the last good
// keys are in use), a shared rate limiter whose Redis is down while each
// replica counts on its own. A [Readiness] asks Degraded only when Ready
// returned nil, and answers 200 either way, naming the degradation: taking
// a replica out of service would not help, since every replica shares the
// cause, but an operator wants to see it.
type DegradedChecker interface {
	Checker
	// Degraded returns nil while the dependency works as configured, and
	// otherwise how it falls short while still serving. Like Ready, it
	// returns promptly once ctx is done and never names a secret.
	Degraded(ctx context.Context) error
}

// Check is one named dependency of a [Readiness].
type Check struct {
	// Name labels the check in the answer and in logs ("jwks", "keys",
	// "ratelimit"). Required, and unique within a Readiness.
	Name string
	// Checker is asked. Required.
	Checker Checker
}

// ReadinessConfig configures [NewReadiness].
type ReadinessConfig struct {
	// Checks are asked, concurrently, by every run of the checks (see
	// [Readiness]: concurrent requests share one run, and an answer is
	// reused for ReadinessReuse). At least one.
	Checks []Check
	// Timeout bounds each check: it is the deadline of the ctx the
	// checker gets. The answer waits a tenth longer for a checker that
	// ignores its ctx, which then fails ("no answer within …").
	// Default DefaultCheckTimeout.
	Timeout time.Duration
	// Logger receives each change of a check's status: at Warn when it
	// becomes degraded or fails, at Info when it is ok again, with the
	// same redacted reason the answer gives. Nil discards them.
	Logger *slog.Logger
	// Now is the clock that ages reused reports (ReadinessReuse); time.Now
	// when nil. The checks' timeouts run on real time.
	Now func() time.Time
}

// Readiness is the http.Handler an operator mounts at /ready: whether
// this replica can serve requests now. It is not liveness (/health):
//
//   - Liveness says the process runs and answers HTTP. It asks no
//     dependency, and failing it restarts the process.
//   - Readiness asks every dependency of the endpoints (key store, JWK
//     Sets, shared rate limiter). Failing it takes the replica out of the
//     load balancer until it passes again; it restarts nothing. Never
//     point a liveness probe at it: a database outage would then restart
//     every replica, which fixes nothing.
//
// A GET (or HEAD) runs every check concurrently, each within Timeout, and
// answers with Cache-Control: no-store and a small JSON body. Requests
// that arrive while the checks run share that run, and a run that ended
// less than [ReadinessReuse] ago answers without asking again: however
// often /ready is asked, each dependency is asked at most once at a time,
// and about once a second.
//
//	200 {"status":"ready","checks":[{"name":"jwks","status":"ok"},{"name":"keys","status":"ok"}]}
//	200 {"status":"degraded","checks":[…,{"name":"ratelimit","status":"degraded","reason":"…"}]}
//	503 {"status":"not_ready","checks":[…,{"name":"keys","status":"failed","reason":"…"}]}
//
// A check is "ok", "degraded" (its [DegradedChecker] said so; the replica
// still serves, so the answer is 200) or "failed" (an error, no answer
// within Timeout, or a panic; the answer is 503). Other methods get 405.
//
// A request that ends (its client went away) before the checks answer
// gets the checks still running as failed ("the request ended before the
// check answered"), but the run goes on for the requests that wait and
// for the next: what it finds is logged and remembered; a request cut
// short says nothing about the dependencies, and is neither.
//
// Reasons are the checkers' errors, on one line, cut at 200 bytes, with
// the password of any URL (its userinfo up to the last '@' before the
// host, as url.Parse reads it) and the value of any parameter whose name
// holds password, passwd, pwd, secret, token or key (password=,
// sslpassword=, PGPASSWORD=, client_secret=, access_token=, api_key= …)
// replaced by "xxxxx": the store URLs a server is configured with never
// reach the answer. They do name the dependencies and how they fail, so
// mount it where that may be seen (an internal port, or behind the load
// balancer's own network).
//
// Create it with NewReadiness; it is safe for concurrent use.
type Readiness struct {
	checks  []Check
	timeout time.Duration
	logger  *slog.Logger
	now     func() time.Time

	mu     sync.Mutex
	last   map[string]string // status of each check at the previous run
	flight *readinessRun     // the run in progress, nil when none
	recent *readinessRun     // the last run that ended
}

// ReadinessReuse is how long the report of a run of the checks answers
// the GET and HEAD requests of a [Readiness] after it ended, without
// asking the dependencies again. [Readiness.Report] does not reuse
// reports (it shares a run in progress only).
const ReadinessReuse = time.Second

// A readinessRun is one run of the checks, shared by the requests that
// arrive while it runs.
type readinessRun struct {
	done chan struct{} // closed when rep and ended are set

	mu       sync.Mutex
	results  []CheckResult
	answered []bool

	rep   ReadinessReport // set before done is closed
	ended time.Time       // when it ended; under Readiness.mu
}

// ReadinessReport is the answer of a [Readiness]: what it writes as JSON.
type ReadinessReport struct {
	// Status is "ready", "degraded" (every check is ok or degraded) or
	// "not_ready" (at least one failed).
	Status string `json:"status"`
	// Checks are the results, in the order of ReadinessConfig.Checks.
	Checks []CheckResult `json:"checks"`
}

// CheckResult is the outcome of one [Check].
type CheckResult struct {
	// Name is the Check's.
	Name string `json:"name"`
	// Status is "ok", "degraded" or "failed".
	Status string `json:"status"`
	// Reason says why a check is degraded or failed (redacted, at most
	// 200 bytes); empty when it is ok.
	Reason string `json:"reason,omitempty"`
}

// NewReadiness returns a Readiness asking cfg.Checks. It refuses no
// checks, a check without a name or with a name used before, a nil
// Checker (or an interface holding a nil pointer: an ignored constructor
// error), a negative Timeout and a Logger without a handler.
func NewReadiness(cfg ReadinessConfig) (*Readiness, error) {
	if len(cfg.Checks) == 0 {
		return nil, errors.New("mcpauth: ReadinessConfig.Checks is empty: a readiness check that asks nothing is a liveness check (serve /health instead)")
	}
	seen := make(map[string]bool, len(cfg.Checks))
	for i, c := range cfg.Checks {
		switch {
		case c.Name == "":
			return nil, fmt.Errorf("mcpauth: ReadinessConfig.Checks[%d].Name is empty", i)
		case seen[c.Name]:
			return nil, fmt.Errorf("mcpauth: ReadinessConfig.Checks[%d].Name %q is used twice", i, c.Name)
		case nilcheck.Nil(c.Checker):
			return nil, fmt.Errorf("mcpauth: ReadinessConfig.Checks[%d].Checker (%q) is nil (was a constructor's error ignored?)", i, c.Name)
		}
		seen[c.Name] = true
	}
	switch {
	case cfg.Timeout < 0:
		return nil, errors.New("mcpauth: ReadinessConfig.Timeout is negative")
	case cfg.Logger != nil && cfg.Logger.Handler() == nil:
		return nil, errors.New("mcpauth: ReadinessConfig.Logger has no handler (use slog.New)")
	}
	h := &Readiness{
		checks:  append([]Check(nil), cfg.Checks...),
		timeout: cfg.Timeout,
		logger:  cfg.Logger,
		now:     cfg.Now,
		last:    make(map[string]string, len(cfg.Checks)),
	}
	if h.now == nil {
		h.now = time.Now
	}
	if h.timeout == 0 {
		h.timeout = DefaultCheckTimeout
	}
	if h.logger == nil {
		h.logger = slog.New(slog.DiscardHandler)
	}
	return h, nil
}

// errNoReadiness is the reason a Readiness that NewReadiness did not make
// gives.
var errNoReadiness = errors.New("mcpauth: Readiness not created with NewReadiness")

// Report runs every check, concurrently, each within the Timeout, and
// returns what ServeHTTP writes: for a probe of your own, or metrics. A
// call made while the checks run (for another call, or a request) shares
// that run; one whose ctx ends first returns at once, the checks still
// running reported as failed ("the request ended before the check
// answered"), while the run goes on for the others. A Readiness that
// NewReadiness did not make (the zero value, or nil) reports not_ready.
func (h *Readiness) Report(ctx context.Context) ReadinessReport {
	return h.report(ctx, 0)
}

// report is Report, answered by the last run if it ended less than
// reuse ago.
func (h *Readiness) report(ctx context.Context, reuse time.Duration) ReadinessReport {
	if h == nil || h.timeout == 0 {
		return ReadinessReport{Status: "not_ready", Checks: []CheckResult{{Name: "readiness", Status: "failed", Reason: errNoReadiness.Error()}}}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	h.mu.Lock()
	if f := h.recent; reuse > 0 && f != nil && h.now().Sub(f.ended) < reuse {
		h.mu.Unlock()
		return f.report()
	}
	f := h.flight
	if f == nil {
		f = &readinessRun{done: make(chan struct{}), results: make([]CheckResult, len(h.checks)), answered: make([]bool, len(h.checks))}
		h.flight = f
		// The run belongs to no caller: one that leaves does not cut it
		// short for the others (it keeps the values of ctx, a trace).
		go h.runAll(context.WithoutCancel(ctx), f)
	}
	h.mu.Unlock()
	select {
	case <-f.done:
		return f.report()
	case <-ctx.Done():
	}
	select {
	case <-f.done: // answered at the last moment
		return f.report()
	default:
	}
	// The caller left: what answered so far, the rest failed. Neither
	// logged nor remembered: the run will say what the dependencies do.
	f.mu.Lock()
	results := make([]CheckResult, len(h.checks))
	for i, c := range h.checks {
		if f.answered[i] {
			results[i] = f.results[i]
		} else {
			results[i] = CheckResult{Name: c.Name, Status: "failed", Reason: "the request ended before the check answered"}
		}
	}
	f.mu.Unlock()
	return summarize(results)
}

// runAll runs every check of f, concurrently, then logs the changes and
// publishes the report.
func (h *Readiness) runAll(ctx context.Context, f *readinessRun) {
	var wg sync.WaitGroup
	for i, c := range h.checks {
		wg.Go(func() {
			r := h.run(ctx, c)
			f.mu.Lock()
			f.results[i], f.answered[i] = r, true
			f.mu.Unlock()
		})
	}
	wg.Wait()
	f.mu.Lock()
	f.rep = summarize(f.results)
	f.mu.Unlock()
	h.logChanges(f.rep.Checks) // before anyone sees the report: it is logged when Report returns
	h.mu.Lock()
	f.ended = h.now()
	h.flight, h.recent = nil, f
	h.mu.Unlock()
	close(f.done)
}

// report returns a copy of f's report, once f is done.
func (f *readinessRun) report() ReadinessReport {
	return ReadinessReport{Status: f.rep.Status, Checks: append([]CheckResult(nil), f.rep.Checks...)}
}

// summarize returns the report of results.
func summarize(results []CheckResult) ReadinessReport {
	rep := ReadinessReport{Status: "ready", Checks: append([]CheckResult(nil), results...)}
	for _, r := range results {
		switch {
		case r.Status == "failed":
			rep.Status = "not_ready"
		case r.Status == "degraded" && rep.Status == "ready":
			rep.Status = "degraded"
		}
	}
	return rep
}

// run asks one checker, within the timeout. A checker that honours its
// ctx gets a tenth of the timeout more to say why it gave up; one that
// ignores it is left to finish on its own, its answer dropped.
func (h *Readiness) run(parent context.Context, c Check) CheckResult {
	ctx, cancel := context.WithTimeout(parent, h.timeout)
	defer cancel()
	wait, stop := context.WithTimeout(parent, h.timeout+h.timeout/10)
	defer stop()
	type outcome struct {
		err      error
		degraded bool
	}
	done := make(chan outcome, 1)
	go func() {
		var o outcome
		defer func() {
			if p := recover(); p != nil {
				o = outcome{err: fmt.Errorf("the check panicked: %v", p)}
			}
			done <- o
		}()
		if err := c.Checker.Ready(ctx); err != nil {
			o.err = err
			return
		}
		if d, ok := c.Checker.(DegradedChecker); ok {
			if err := d.Degraded(ctx); err != nil {
				o = outcome{err: err, degraded: true}
			}
		}
	}()
	var o outcome
	select {
	case o = <-done:
	case <-wait.Done():
		select {
		case o = <-done: // answered at the last moment
		default:
			return CheckResult{Name: c.Name, Status: "failed", Reason: h.noAnswer(parent)}
		}
	}
	switch {
	case o.err == nil:
		return CheckResult{Name: c.Name, Status: "ok"}
	case o.degraded:
		return CheckResult{Name: c.Name, Status: "degraded", Reason: redact(o.err.Error())}
	case ctx.Err() != nil && parent.Err() == nil:
		// The checker gave up at our deadline: say so, not just
		// "context deadline exceeded".
		return CheckResult{Name: c.Name, Status: "failed", Reason: redact(h.noAnswer(parent) + ": " + o.err.Error())}
	}
	return CheckResult{Name: c.Name, Status: "failed", Reason: redact(o.err.Error())}
}

// noAnswer is the reason of a check that did not answer in time.
func (h *Readiness) noAnswer(parent context.Context) string {
	if parent.Err() != nil {
		return "the request ended before the check answered"
	}
	return "no answer within " + h.timeout.String()
}

// logChanges logs every check whose status differs from the previous run
// (the first run compares with ok).
func (h *Readiness) logChanges(results []CheckResult) {
	h.mu.Lock()
	var changed []CheckResult
	for _, r := range results {
		prev, ok := h.last[r.Name]
		if !ok {
			prev = "ok"
		}
		if prev != r.Status {
			changed = append(changed, r)
		}
		h.last[r.Name] = r.Status
	}
	h.mu.Unlock()
	for _, r := range changed {
		if r.Status == "ok" {
			h.logger.Info("mcpauth: readiness check ok again", "check", r.Name)
		} else {
			h.logger.Warn("mcpauth: readiness check "+r.Status, "check", r.Name, "reason", r.Reason)
		}
	}
}

// ServeHTTP answers GET and HEAD with the report: 200 when it is ready or
// degraded, 503 when not ready; 405 for other methods. Every answer has
// Cache-Control: no-store.
func (h *Readiness) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	rep := h.report(r.Context(), ReadinessReuse)
	body, err := json.Marshal(rep)
	if err != nil { // strings only: cannot happen
		http.Error(w, "readiness report failed", http.StatusInternalServerError)
		return
	}
	body = append(body, '\n')
	code := http.StatusOK
	if rep.Status == "not_ready" {
		code = http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

var (
	// A URL's password: scheme://user:PASSWORD@host. As url.Parse reads
	// it, the userinfo ends at the last '@' of the authority (which ends
	// at the first '/', '?' or '#'), so the password may hold '@'s.
	urlPassword = regexp.MustCompile(`([A-Za-z][A-Za-z0-9+.-]*://[^\s/?#:]*):[^\s/?#]*@`)
	// key=value secrets, as in a PostgreSQL DSN (quoted or not), an
	// environment or a query string: any name holding one of the words,
	// '_' and all (sslpassword, PGPASSWORD, client_secret, access_token,
	// db_password, secret_key), and the value up to the next space, & or
	// ;, punctuation and all, rather than leak its last character.
	secretParam = regexp.MustCompile(`(?i)\b([\w.-]*(?:password|passwd|pwd|secret|token|key)[\w.-]*)=('[^']*'|"[^"]*"|[^\s&;]+)`)
	whitespace  = regexp.MustCompile(`\s+`)
)

// redact prepares an error text for a readiness answer or log line: on
// one line, the password of any URL in it and the value of any parameter
// named for a password, a secret, a token or a key replaced by "xxxxx",
// cut at 200 bytes (with
// "…"). Readiness applies it to every reason; checkers need not.
func redact(s string) string {
	s = urlPassword.ReplaceAllString(s, "${1}:xxxxx@")
	s = secretParam.ReplaceAllString(s, "${1}=xxxxx")
	s = strings.TrimSpace(whitespace.ReplaceAllString(s, " "))
	if len(s) > maxReason {
		cut := maxReason - len("…")
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
