package jwtauth

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/lestrrat-go/httprc/v3"
	"github.com/lestrrat-go/httprc/v3/errsink"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/internal/ttlcache"
)

// Defaults for RemoteJWKSOptions.
const (
	DefaultMinRefreshInterval = 5 * time.Minute
	DefaultMaxRefreshInterval = 24 * time.Hour
	DefaultRefetchCooldown    = 30 * time.Second
	DefaultMaxWait            = 2 * time.Second
	DefaultFetchTimeout       = 10 * time.Second
	DefaultMaxJWKSBytes       = 1 << 20
	DefaultNegativeKIDTTL     = 30 * time.Second
)

// RemoteJWKSOptions configures a [RemoteJWKS]. Only URL is required.
type RemoteJWKSOptions struct {
	// URL of the JWK Set, e.g. the jwks_uri of the identity provider.
	// It must be https.
	URL string

	// AllowInsecureLoopback permits an http URL whose host is loopback
	// (localhost, 127.0.0.0/8, ::1): for tests and a local identity
	// provider. Other http URLs are always refused.
	AllowInsecureLoopback bool

	// Client makes the requests. Nil uses a client with a header timeout
	// and redirects limited to https URLs. Whatever the client, every
	// fetch is cut off after FetchTimeout.
	Client *http.Client

	// MinRefreshInterval and MaxRefreshInterval bound the background
	// refresh: the set is fetched again when the response's Cache-Control
	// max-age (or Expires) runs out, clamped to these bounds — also for a
	// response that failed to give keys — and after MinRefreshInterval
	// when it says nothing or no response came. Defaults: 5 minutes and
	// 24 hours. Unknown kids are fetched for sooner; see RefetchCooldown.
	MinRefreshInterval time.Duration
	MaxRefreshInterval time.Duration

	// RefetchCooldown is the least time between two fetches triggered by
	// requests — for a kid the set lacks, or while no set has been
	// loaded. However many requests carry unknown kids, the endpoint sees
	// at most one such fetch per cooldown. Default 30 seconds.
	RefetchCooldown time.Duration

	// MaxWait is the longest a request waits for such a fetch. A request
	// whose key is still unknown then fails with 401 invalid_token (or
	// 503 while no set has ever been loaded); the fetch goes on in the
	// background. Default 2 seconds.
	MaxWait time.Duration

	// FetchTimeout bounds one fetch, headers and body. Default 10 s.
	FetchTimeout time.Duration

	// MaxBytes bounds the size of the JWK Set document. Default 1 MiB.
	MaxBytes int64

	// NegativeKIDTTL is how long a kid that a fetch made after it was
	// first seen did not contain is answered as unknown at once, without
	// waiting for another fetch. A newer set forgets these. Default 30 s.
	NegativeKIDTTL time.Duration

	// Eager makes NewRemoteJWKS wait (within its ctx) for the first fetch
	// and fail as soon as it fails, so that a server does not start
	// without keys. Otherwise the first fetch runs in the background; see
	// [RemoteJWKS.Ready] for readiness checks.
	Eager bool

	// Logger receives fetch failures (at Warn). Nil discards them.
	Logger *slog.Logger

	// Now is the clock; time.Now when nil — for tests and for servers
	// with their own clock. Now is read for decisions: the
	// RefetchCooldown between request-triggered fetches and the
	// NegativeKIDTTL of unknown kids, and for the ages Degraded reports.
	// Background pacing (the refresh schedule, MaxWait, FetchTimeout)
	// uses real time.
	Now func() time.Time

	// Monitor, if set, is told of every fetch of the set, background or
	// for an unknown kid (a call named audit.CallJWKSFetch, timed and
	// traced; a fetch that gives no keys — no answer, a status other than
	// 200, a document that does not parse — is a failure).
	// otelaudit.NewMonitor makes one.
	Monitor audit.Monitor
}

// RemoteJWKS is a [KeySource] that fetches a JWK Set over HTTP and keeps it
// fresh. It is built on httprc, the engine under jwx/v3's jwk.Cache, with
// the guards that cache lacks:
//
//   - Background refresh honours Cache-Control/Expires within
//     [MinRefreshInterval, MaxRefreshInterval].
//   - Every fetch has a timeout and a size cap; https is required.
//   - A token whose kid is not in the set triggers one refetch — shared by
//     all concurrent requests (single flight), and at most one per
//     RefetchCooldown — so rotated keys work at once while a flood of
//     forged kids costs the identity provider nothing more. Kids still
//     missing after a fetch are remembered (NegativeKIDTTL).
//   - No request waits longer than MaxWait.
//   - When the endpoint fails or serves garbage, verification goes on with
//     the last good set. Keys that cannot be used (symmetric, unknown kty,
//     short RSA, "use" other than "sig") are skipped, not fatal.
//
// Create it with NewRemoteJWKS and Close it when done.
type RemoteJWKS struct {
	url      string
	res      *httprc.ResourceBase[*KeySet]
	ctrl     httprc.Controller
	runCtx   context.Context // ends at Close
	cancel   context.CancelFunc
	cooldown time.Duration
	now      func() time.Time
	maxWait  time.Duration
	timeout  time.Duration
	negTTL   time.Duration
	logger   *slog.Logger
	monitor  audit.Monitor
	negative *ttlcache.Cache[string, struct{}]

	mu          sync.Mutex
	inflight    chan struct{} // closed when the running refetch ends
	lastAttempt time.Time
	lastSet     *KeySet // the set negative entries were recorded against
	lastErr     error   // of the last fetch, for errors
	generation  uint64  // counts successful fetches

	// For Degraded: when the last fetch that gave keys ended, and the
	// failure of a later one, if any (recorded by the fetch itself, in
	// order, not by httprc's asynchronous error sink).
	fetchedAt time.Time
	failedAt  time.Time
	failErr   error

	first     chan struct{} // closed when the first fetch ended, either way
	firstOnce sync.Once
}

// NewRemoteJWKS validates opts and starts fetching. ctx bounds the eager
// first fetch only; the background refresh runs until Close. It refuses a
// nil ctx, an empty or non-https URL, negative durations and MaxBytes, a
// MaxRefreshInterval shorter than MinRefreshInterval and a Logger without
// a handler, naming the field.
func NewRemoteJWKS(ctx context.Context, opts RemoteJWKSOptions) (*RemoteJWKS, error) {
	if ctx == nil {
		return nil, errors.New("jwtauth: NewRemoteJWKS: ctx is nil")
	}
	if opts.URL == "" {
		return nil, errors.New("jwtauth: RemoteJWKSOptions.URL is empty")
	}
	if err := checkURL(opts.URL, opts.AllowInsecureLoopback); err != nil {
		return nil, fmt.Errorf("jwtauth: RemoteJWKSOptions.URL (JWKS URL) %w", err)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{
		{"MinRefreshInterval", opts.MinRefreshInterval},
		{"MaxRefreshInterval", opts.MaxRefreshInterval},
		{"RefetchCooldown", opts.RefetchCooldown},
		{"MaxWait", opts.MaxWait},
		{"FetchTimeout", opts.FetchTimeout},
		{"NegativeKIDTTL", opts.NegativeKIDTTL},
	} {
		if d.v < 0 {
			return nil, fmt.Errorf("jwtauth: RemoteJWKSOptions.%s is negative", d.name)
		}
	}
	if opts.MaxBytes < 0 {
		return nil, errors.New("jwtauth: RemoteJWKSOptions.MaxBytes is negative")
	}
	if opts.Logger != nil && opts.Logger.Handler() == nil {
		return nil, errors.New("jwtauth: RemoteJWKSOptions.Logger has no handler (use slog.New)")
	}
	if opts.Monitor != nil && nilcheck.Nil(opts.Monitor) {
		return nil, errors.New("jwtauth: RemoteJWKSOptions.Monitor holds a nil pointer")
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d == 0 {
			*d = v
		}
	}
	def(&opts.MinRefreshInterval, DefaultMinRefreshInterval)
	def(&opts.MaxRefreshInterval, DefaultMaxRefreshInterval)
	def(&opts.RefetchCooldown, DefaultRefetchCooldown)
	def(&opts.MaxWait, DefaultMaxWait)
	def(&opts.FetchTimeout, DefaultFetchTimeout)
	def(&opts.NegativeKIDTTL, DefaultNegativeKIDTTL)
	if opts.MaxRefreshInterval < opts.MinRefreshInterval {
		return nil, errors.New("jwtauth: RemoteJWKSOptions.MaxRefreshInterval is shorter than MinRefreshInterval")
	}
	if opts.MaxBytes == 0 {
		opts.MaxBytes = DefaultMaxJWKSBytes
	}
	client := opts.Client
	if client == nil {
		client = newHTTPClient(opts.FetchTimeout, opts.AllowInsecureLoopback)
	}
	// Bound every fetch, whatever the client: a fetch that hangs would hold
	// httprc's worker, and with it every later refresh.
	fetcher := deadlineClient{client: client, timeout: opts.FetchTimeout}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}

	r := &RemoteJWKS{
		url:      opts.URL,
		cooldown: opts.RefetchCooldown,
		maxWait:  opts.MaxWait,
		timeout:  opts.FetchTimeout,
		negTTL:   opts.NegativeKIDTTL,
		logger:   logger,
		monitor:  opts.Monitor,
		negative: ttlcache.New[string, struct{}](4096),
		first:    make(chan struct{}),
		now:      opts.Now,
	}
	if r.now == nil {
		r.now = time.Now
	}
	r.negative.SetClock(r.now)
	maxBytes := opts.MaxBytes
	transform := httprc.TransformFunc[*KeySet](func(_ context.Context, resp *http.Response) (*KeySet, error) {
		data, err := readLimited(resp.Body, maxBytes)
		if err == nil {
			var set *KeySet
			if set, err = ParseJWKS(data); err == nil {
				r.fetched()
				endFetch(resp, nil)
				return set, nil
			}
		}
		r.fetchFailed(err)
		endFetch(resp, err)
		return nil, err
	})
	res, err := httprc.NewResource[*KeySet](opts.URL, transform,
		httprc.WithHTTPClient(outcomeClient{next: fetcher, r: r}),
		httprc.WithMinInterval(opts.MinRefreshInterval),
		httprc.WithMaxInterval(opts.MaxRefreshInterval),
	)
	if err != nil {
		return nil, fmt.Errorf("jwtauth: %w", err)
	}
	r.res = res

	runCtx, cancel := context.WithCancel(context.Background())
	hc := httprc.NewClient(
		httprc.WithWorkers(1),
		httprc.WithErrorSink(errsink.NewFunc(func(_ context.Context, err error) { r.recordFailure(err) })),
	)
	ctrl, err := hc.Start(runCtx)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("jwtauth: starting JWKS refresher: %w", err)
	}
	r.ctrl, r.runCtx, r.cancel = ctrl, runCtx, cancel
	if err := ctrl.Add(ctx, res, httprc.WithWaitReady(false)); err != nil {
		r.Close()
		return nil, fmt.Errorf("jwtauth: %w", err)
	}
	go func() {
		if res.Ready(runCtx) == nil {
			r.firstOnce.Do(func() { close(r.first) })
		}
	}()
	if opts.Eager {
		if err := r.waitFirst(ctx); err != nil {
			r.Close()
			return nil, fmt.Errorf("jwtauth: first fetch of %s: %w", opts.URL, err)
		}
	}
	return r, nil
}

// waitFirst waits for the first fetch: nil if it loaded keys, its error if
// it failed, ctx's error if ctx ends first.
func (r *RemoteJWKS) waitFirst(ctx context.Context) error {
	select {
	case <-r.first:
		if r.res.Resource() != nil {
			return nil
		}
		return r.lastError()
	case <-ctx.Done():
		return errors.Join(ctx.Err(), r.lastError())
	}
}

// errNoRemote is the cause on a RemoteJWKS that NewRemoteJWKS did not make.
var errNoRemote = errors.New("jwtauth: RemoteJWKS not created with NewRemoteJWKS")

// Ready implements mcpauth.Checker: nil while the RemoteJWKS holds a key
// set — the first one fetched, or the last good one, however old — and
// otherwise why not, naming the URL. Ready means what Keys does: a set
// once loaded is used until a newer one replaces it (a failed refresh
// keeps it; no age retires it), so tokens are verified, while before the
// first set every token gets 503. A RemoteJWKS is therefore not ready only
// before its first set, after Close, and when NewRemoteJWKS did not make
// it (the zero value, nil). A set kept after failed refreshes is reported
// by [RemoteJWKS.Degraded] instead: every replica would fail the same
// fetch, and taking them all out of service would turn a stale key set
// into an outage.
//
// While no set is loaded, Ready waits (within ctx, and MaxWait) for the
// first fetch, and then asks for another — at most one per
// RefetchCooldown, shared with requests' refetches — so that a replica
// that started while the identity provider was down becomes ready soon
// after it is back: it gets no requests to trigger the fetch while it is
// not ready, and the background schedule would wait MinRefreshInterval.
func (r *RemoteJWKS) Ready(ctx context.Context) error {
	if r == nil || r.res == nil {
		return errNoRemote
	}
	if r.runCtx.Err() != nil {
		return fmt.Errorf("jwtauth: the RemoteJWKS for %s is closed", r.url)
	}
	if r.res.Resource() != nil {
		return nil
	}
	if ctx == nil {
		ctx = context.Background()
	}
	r.wait(ctx, r.first)
	if r.res.Resource() == nil {
		if done := r.refetch(); done != nil {
			r.wait(ctx, done)
		}
	}
	if r.res.Resource() != nil {
		return nil
	}
	if err := r.lastError(); err != nil {
		return fmt.Errorf("jwtauth: no keys from %s yet: %w", r.url, err)
	}
	return fmt.Errorf("jwtauth: no keys from %s yet", r.url)
}

// Degraded implements mcpauth.DegradedChecker: nil unless the RemoteJWKS
// serves a key set whose last refresh failed. It then says since when,
// how old the set in use is, and why the fetch failed: keys the identity
// provider has added since are unknown (their tokens get 401), and keys
// it withdrew are still trusted. It fetches nothing; the background
// refresh and requests for unknown kids go on retrying. Before the first
// set it returns nil: that is not ready (see Ready), not degraded.
func (r *RemoteJWKS) Degraded(ctx context.Context) error {
	if r == nil || r.res == nil || r.runCtx.Err() != nil || r.res.Resource() == nil {
		return nil
	}
	r.mu.Lock()
	fetchedAt, failedAt, failErr := r.fetchedAt, r.failedAt, r.failErr
	r.mu.Unlock()
	if failErr == nil {
		return nil
	}
	now := r.now()
	return fmt.Errorf("jwtauth: using the keys fetched from %s %s ago: the refresh failed %s ago: %w",
		r.url, now.Sub(fetchedAt).Round(time.Second), now.Sub(failedAt).Round(time.Second), failErr)
}

// fetched records a fetch that gave keys.
func (r *RemoteJWKS) fetched() {
	now := r.now()
	r.mu.Lock()
	r.fetchedAt, r.failedAt, r.failErr = now, time.Time{}, nil
	r.mu.Unlock()
}

// fetchFailed records a fetch that gave no keys.
func (r *RemoteJWKS) fetchFailed(err error) {
	now := r.now()
	r.mu.Lock()
	r.failedAt, r.failErr = now, err
	r.mu.Unlock()
}

// Close stops the background refresh. On the zero value and nil it does
// nothing.
func (r *RemoteJWKS) Close() error {
	if r == nil || r.cancel == nil {
		return nil
	}
	r.cancel()
	return r.ctrl.ShutdownContext(context.Background())
}

func (r *RemoteJWKS) recordFailure(err error) {
	r.mu.Lock()
	r.lastErr = err
	r.mu.Unlock()
	r.firstOnce.Do(func() { close(r.first) })
	r.logger.Warn("jwtauth: JWKS fetch failed; verifying with the last good keys", "url", r.url, "error", err)
}

func (r *RemoteJWKS) lastError() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.lastErr
}

// keys implements KeySource.
func (r *RemoteJWKS) Keys(ctx context.Context, kid string) ([]*Key, error) {
	if r == nil || r.res == nil {
		return nil, mcpauth.Unavailable("signing keys unavailable", errNoRemote)
	}
	if r.runCtx.Err() != nil {
		return nil, mcpauth.Unavailable("signing keys unavailable", errors.New("jwtauth: RemoteJWKS is closed"))
	}
	set, gen := r.current()
	if set != nil {
		found, exact := set.lookup(kid)
		if exact {
			return found, nil
		}
		if _, known := r.negative.Get(kid); known {
			return found, nil // only kid-less keys, if any
		}
	} else {
		// The first fetch may still be running: wait for it before asking
		// for another.
		r.wait(ctx, r.first)
		set, gen = r.current()
	}
	if set == nil || !set.has(kid) {
		// Unknown kid (key rotation?) or nothing loaded: one shared,
		// rate-limited fetch, awaited at most MaxWait.
		if done := r.refetch(); done != nil {
			r.wait(ctx, done)
		}
		set, _ = r.current()
	}
	if set == nil {
		return nil, mcpauth.Unavailable("signing keys unavailable", fmt.Errorf("no JWK Set loaded from %s: %w", r.url, errors.Join(ErrKeysUnavailable, r.lastError())))
	}
	found, exact := set.lookup(kid)
	if !exact && r.generationSince(gen) {
		// A fetch that ended after this kid was first seen did not have it.
		r.negative.Set(kid, struct{}{}, r.now().Add(r.negTTL))
	}
	return found, nil
}

// wait blocks until done is closed, MaxWait passes or ctx ends.
func (r *RemoteJWKS) wait(ctx context.Context, done <-chan struct{}) {
	timer := time.NewTimer(r.maxWait)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
	case <-ctx.Done():
	case <-r.runCtx.Done():
	}
}

// ErrKeysUnavailable is the cause when a remote key set has never been
// loaded; the gate answers 503.
var ErrKeysUnavailable = errors.New("jwtauth: signing keys unavailable")

// current returns the loaded set and the count of successful fetches,
// forgetting negative kids when the set changed.
func (r *RemoteJWKS) current() (*KeySet, uint64) {
	set := r.res.Resource()
	r.mu.Lock()
	defer r.mu.Unlock()
	if set != r.lastSet {
		r.lastSet = set
		r.lastErr = nil
		r.generation++
		r.negative.Clear()
	}
	return set, r.generation
}

// generationSince reports whether a fetch succeeded after generation gen.
func (r *RemoteJWKS) generationSince(gen uint64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.generation > gen
}

// refetch starts a fetch unless one is running or the cooldown forbids it,
// and returns a channel closed when the running fetch ends (nil if none).
func (r *RemoteJWKS) refetch() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.inflight != nil {
		return r.inflight
	}
	now := r.now()
	if !r.lastAttempt.IsZero() && now.Sub(r.lastAttempt) < r.cooldown {
		return nil
	}
	r.lastAttempt = now
	done := make(chan struct{})
	r.inflight = done
	go func() {
		// No timeout of its own: each HTTP fetch is bounded by
		// FetchTimeout, and keeping inflight set until Refresh truly
		// returns means httprc never has more than one queued.
		err := r.ctrl.Refresh(r.runCtx, r.url)
		if err != nil && r.runCtx.Err() == nil {
			r.recordFailure(err)
		}
		if err == nil {
			r.mu.Lock()
			r.generation++ // a successful fetch, even of an unchanged set
			r.mu.Unlock()
		}
		r.mu.Lock()
		r.inflight = nil
		r.mu.Unlock()
		close(done)
	}()
	return done
}

// outcomeClient records, for Degraded, the fetches that fail before their
// body is transformed: no answer, or a status other than 200 (httprc
// transforms only a 200).
type outcomeClient struct {
	next httprc.HTTPClient
	r    *RemoteJWKS
}

func (o outcomeClient) Do(req *http.Request) (*http.Response, error) {
	var span audit.Span
	if o.r.monitor != nil {
		var ctx context.Context
		ctx, span = o.r.monitor.Call(req.Context(), audit.CallJWKSFetch)
		// For the transform, which ends it (resp.Request has this ctx).
		req = req.WithContext(context.WithValue(ctx, fetchSpanKey{}, span))
	}
	resp, err := o.next.Do(req)
	switch {
	case err != nil:
		o.r.fetchFailed(err)
		endSpan(span, err)
	case resp.StatusCode != http.StatusOK:
		err := fmt.Errorf("status %s", resp.Status)
		o.r.fetchFailed(err)
		endSpan(span, err)
	}
	return resp, err
}

// fetchSpanKey carries the span of a fetch, in its request's context, to
// the transform, which ends it once it knows whether the body gave keys.
type fetchSpanKey struct{}

// endFetch ends the span of the fetch that gave resp, if it has one.
func endFetch(resp *http.Response, err error) {
	if resp.Request == nil {
		return
	}
	if span, ok := resp.Request.Context().Value(fetchSpanKey{}).(audit.Span); ok {
		span.End(err)
	}
}

func endSpan(span audit.Span, err error) {
	if span != nil {
		span.End(err)
	}
}

// deadlineClient bounds every request of an httprc client, body included.
type deadlineClient struct {
	client  *http.Client
	timeout time.Duration
}

func (d deadlineClient) Do(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithTimeout(req.Context(), d.timeout)
	resp, err := d.client.Do(req.WithContext(ctx))
	if err != nil {
		cancel()
		return nil, err
	}
	resp.Body = cancelOnClose{ReadCloser: resp.Body, cancel: cancel}
	return resp, nil
}

type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c cancelOnClose) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}
