// Package testlog gives tests loggers, log writers and audit observers
// that fail the test when a secret shows up in what they record: an API
// key (the <prefix>_<id>_<secret> shape of package apikey), a JWT (three
// base64url segments, the first starting eyJ), a password in a URL's
// userinfo (scheme://user:pass@host), or any string the test registered
// with [Secret].
//
// Every record is scanned when it is logged, and every recorded line
// again when the test ends (at t.Cleanup), so a secret registered after
// the line was logged is caught too. A finding fails the test with the
// line, the secret in it masked.
//
// Every logger a test of this module creates goes through this package
// (coverage_test.go checks it): use [New] for a logger whose output the
// test may read back, [Wrap] around a handler of the test's own, [Writer]
// for an io.Writer a program under test logs into, and [Observer] or
// [WrapObserver] for audit events.
package testlog

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

// Patterns of credentials that must never be logged, whatever the test.
var patterns = []struct {
	kind string
	re   *regexp.Regexp
}{
	// apikey.Generate: <prefix>_<12 base62>_<32 base62 secret><6 base62 checksum>.
	{"API key", regexp.MustCompile(`\b[a-z][a-z0-9]{0,15}_[0-9A-Za-z]{12}_[0-9A-Za-z]{38}\b`)},
	// A JWS compact serialization: header.payload.signature, the header a
	// base64url JSON object ("eyJ" is `{"`).
	{"JWT", regexp.MustCompile(`eyJ[0-9A-Za-z_-]+\.[0-9A-Za-z_-]+\.[0-9A-Za-z_-]*`)},
	// scheme://user:password@ — not url.URL.Redacted's xxxxx.
	{"URL password", regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@"'<>]*:([^/\s@"'<>]+)@`)},
}

// redacted are the placeholders a redacted URL password may read.
var redacted = []string{"xxxxx", "REDACTED", "redacted", "***", "%2A%2A%2A"}

// minSecret is the shortest string [Secret] accepts: a shorter one
// would match ordinary words.
const minSecret = 6

var registry struct {
	sync.Mutex
	secrets []registered
}

type registered struct {
	test string // the registering test's name
	s    string
}

// Secret registers s as a secret of t: it must appear in no line or
// event recorded for t, for a subtest of t or for a test t is a subtest
// of. Register peppers, client secrets, tokens and keys the test minted.
// s must be at least 6 bytes long; an empty s is ignored (a test may
// register a value it did not always set).
func Secret(t testing.TB, s string) {
	t.Helper()
	if s == "" {
		return
	}
	if len(s) < minSecret {
		t.Fatalf("testlog.Secret: %q is too short to scan for (at least %d bytes)", s, minSecret)
	}
	registry.Lock()
	defer registry.Unlock()
	registry.secrets = append(registry.secrets, registered{t.Name(), s})
}

// related reports whether tests a and b are the same, or one is a
// subtest of the other.
func related(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+"/") || strings.HasPrefix(b, a+"/")
}

func secretsFor(name string) []string {
	registry.Lock()
	defer registry.Unlock()
	var out []string
	for _, r := range registry.secrets {
		if related(r.test, name) {
			out = append(out, r.s)
		}
	}
	return out
}

// A finding is a secret in a line.
type finding struct {
	kind   string
	secret string
}

// scan returns the credentials in line and the secrets of secrets it
// holds.
func scan(line string, secrets []string) []finding {
	var out []finding
	for _, p := range patterns {
		for _, m := range p.re.FindAllStringSubmatch(line, -1) {
			s := m[len(m)-1]
			if p.kind == "URL password" && slices.Contains(redacted, s) {
				continue
			}
			out = append(out, finding{p.kind, s})
		}
	}
	for _, s := range secrets {
		if strings.Contains(line, s) {
			out = append(out, finding{"registered secret", s})
		}
	}
	return out
}

// mask returns line with every secret of fs replaced by its first four
// bytes and its length.
func mask(line string, fs []finding) string {
	for _, f := range fs {
		keep := min(4, len(f.secret)/4)
		line = strings.ReplaceAll(line, f.secret, fmt.Sprintf("%s…[masked %d bytes]", f.secret[:keep], len(f.secret)))
	}
	return line
}

// A scanner scans the lines of one test's logger, writer or observer.
type scanner struct {
	t    testing.TB
	what string // "log", "event"...

	mu       sync.Mutex
	lines    []string
	reported map[string]bool // line + "\x00" + secret, reported already
	done     bool            // the test ended: t must not be used
}

func newScanner(t testing.TB, what string) *scanner {
	s := &scanner{t: t, what: what, reported: map[string]bool{}}
	t.Cleanup(s.cleanup)
	return s
}

// check scans line and reports what it finds, once per line and secret.
func (s *scanner) check(line string, keep bool) {
	fs := scan(line, secretsFor(s.t.Name()))
	s.mu.Lock()
	defer s.mu.Unlock()
	if keep {
		s.lines = append(s.lines, line)
	}
	s.report(line, fs)
}

// report is called with s.mu held.
func (s *scanner) report(line string, fs []finding) {
	var fresh []finding
	for _, f := range fs {
		if k := line + "\x00" + f.secret; !s.reported[k] {
			s.reported[k] = true
			fresh = append(fresh, f)
		}
	}
	if len(fresh) == 0 {
		return
	}
	kinds := make([]string, 0, len(fresh))
	for _, f := range fresh {
		if !slices.Contains(kinds, f.kind) {
			kinds = append(kinds, f.kind)
		}
	}
	msg := fmt.Sprintf("testlog: %s in %s line: %s", strings.Join(kinds, ", "), s.what, mask(line, fresh))
	if s.done {
		// The test is over (a goroutine it left logged late): t cannot
		// fail any more, say it where it is seen.
		fmt.Fprintf(errOut, "--- LEAK in %s (after it ended): %s\n", s.t.Name(), msg)
		return
	}
	s.t.Errorf("%s", msg)
}

// errOut is where a leak after its test ended is told.
var errOut io.Writer = os.Stderr

// cleanup scans every line again, with the secrets registered since.
func (s *scanner) cleanup() {
	secrets := secretsFor(s.t.Name())
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, line := range s.lines {
		s.report(line, scan(line, secrets))
	}
	s.done = true
}

func (s *scanner) recorded() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.lines)
}

// Option configures [New].
type Option func(*options)

type options struct {
	level slog.Leveler
	json  bool
}

// Level sets the minimum level New's logger records (default: Debug, so
// that every record is scanned).
func Level(l slog.Leveler) Option { return func(o *options) { o.level = l } }

// JSON makes New's logger format records as JSON (default: text).
func JSON() Option { return func(o *options) { o.json = true } }

// New returns a logger for t, whose every record is formatted (as
// slog's text handler does, or JSON) and scanned. [Output] and [Lines]
// read back what it recorded.
func New(t testing.TB, opts ...Option) *slog.Logger {
	t.Helper()
	o := options{level: slog.LevelDebug}
	for _, opt := range opts {
		opt(&o)
	}
	r := &recorder{}
	hopts := &slog.HandlerOptions{Level: o.level}
	var h slog.Handler = slog.NewTextHandler(r, hopts)
	if o.json {
		h = slog.NewJSONHandler(r, hopts)
	}
	wh := wrap(t, h)
	wh.rec = r
	return slog.New(wh)
}

// recorder keeps New's formatted output (the scanner keeps the raw
// renderings).
type recorder struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (r *recorder) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	// The handler scanned the record already, unescaped.
	return r.buf.Write(p)
}

// Output returns what the logger l, from [New] (or derived from one by
// With or WithGroup), has written so far. It fails t for another logger.
func Output(t testing.TB, l *slog.Logger) string {
	t.Helper()
	h, ok := l.Handler().(*handler)
	if !ok || h.rec == nil {
		t.Fatalf("testlog.Output: %T is not a logger from testlog.New", l.Handler())
		return ""
	}
	h.rec.mu.Lock()
	defer h.rec.mu.Unlock()
	return h.rec.buf.String()
}

// Lines returns the lines of [Output].
func Lines(t testing.TB, l *slog.Logger) []string {
	t.Helper()
	out := strings.TrimSuffix(Output(t, l), "\n")
	if out == "" {
		return nil
	}
	return strings.Split(out, "\n")
}

// Wrap returns a handler that scans every record, then passes it to h:
// for a test that wants its own handler (JSON into its buffer...).
func Wrap(t testing.TB, h slog.Handler) slog.Handler {
	t.Helper()
	return wrap(t, h)
}

func wrap(t testing.TB, h slog.Handler) *handler {
	return &handler{next: h, s: newScanner(t, "a log")}
}

// handler scans every record it handles, then passes it on.
type handler struct {
	next   slog.Handler
	s      *scanner
	rec    *recorder // New's, for Output
	prefix string    // the groups opened by WithGroup, dotted
	attrs  string    // the rendering of the attributes added by WithAttrs
}

func (h *handler) Enabled(ctx context.Context, l slog.Level) bool {
	// Scan records whatever the next handler's level: a secret at Debug
	// is a leak waiting for an operator to turn debugging on.
	return true
}

func (h *handler) Handle(ctx context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Level.String())
	b.WriteString(" msg=")
	b.WriteString(r.Message)
	b.WriteString(h.attrs)
	r.Attrs(func(a slog.Attr) bool {
		render(&b, h.prefix, a)
		return true
	})
	h.s.check(b.String(), true)
	if !h.next.Enabled(ctx, r.Level) {
		return nil
	}
	return h.next.Handle(ctx, r)
}

func (h *handler) WithAttrs(as []slog.Attr) slog.Handler {
	var b strings.Builder
	for _, a := range as {
		render(&b, h.prefix, a)
	}
	c := *h
	c.next = h.next.WithAttrs(as)
	c.attrs = h.attrs + b.String()
	return &c
}

func (h *handler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	c := *h
	c.next = h.next.WithGroup(name)
	c.prefix = h.prefix + name + "."
	return &c
}

// render appends a, unquoted and unescaped, so that a secret matches as
// it is whatever the handler would escape.
func render(b *strings.Builder, prefix string, a slog.Attr) {
	v := a.Value.Resolve()
	if v.Kind() == slog.KindGroup {
		p := prefix
		if a.Key != "" {
			p += a.Key + "."
		}
		for _, g := range v.Group() {
			render(b, p, g)
		}
		return
	}
	if a.Equal(slog.Attr{}) {
		return
	}
	b.WriteString(" ")
	b.WriteString(prefix)
	b.WriteString(a.Key)
	b.WriteString("=")
	if v.Kind() == slog.KindAny {
		fmt.Fprintf(b, "%+v", v.Any())
		return
	}
	b.WriteString(v.String())
}

// Writer returns a writer for t into which a program under test logs (its
// stderr): every line written is scanned. A final line without a newline
// is scanned when the test ends.
func Writer(t testing.TB) io.Writer {
	t.Helper()
	w := &lineWriter{s: newScanner(t, "a log")}
	// Registered after newScanner's cleanup, so run before it.
	t.Cleanup(w.flush)
	return w
}

type lineWriter struct {
	s    *scanner
	mu   sync.Mutex
	part []byte
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.part = append(w.part, p...)
	for {
		i := bytes.IndexByte(w.part, '\n')
		if i < 0 {
			break
		}
		w.s.check(string(w.part[:i]), true)
		w.part = w.part[i+1:]
	}
	return len(p), nil
}

func (w *lineWriter) flush() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.part) > 0 {
		w.s.check(string(w.part), true)
		w.part = nil
	}
}
