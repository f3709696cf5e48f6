package redislimit

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/internal/gcra"
	"github.com/mcpauth/mcpauth/ratelimit/internal/zerocheck"
)

// FailureMode says what a Limiter does when Redis cannot answer in time.
type FailureMode int

const (
	// FailLocal decides with a per-replica in-memory limiter until Redis
	// is back: limits hold per replica. The local limiters start with a
	// full quota and do not know what Redis counted, so within one period
	// a caller may get up to (replicas + 1) × limit — and a single Redis
	// call that misses its timeout is enough to reach a local limiter, as
	// on a heavily loaded host. Use FailClosed where the limit must hold
	// exactly. The default.
	FailLocal FailureMode = iota
	// FailClosed refuses: Allow returns ErrUnavailable and the middleware
	// answers 503.
	FailClosed
	// FailOpen allows every request.
	FailOpen
)

func (m FailureMode) String() string {
	switch m {
	case FailLocal:
		return "local"
	case FailClosed:
		return "closed"
	case FailOpen:
		return "open"
	}
	return fmt.Sprintf("FailureMode(%d)", int(m))
}

// ErrUnavailable is returned by a FailClosed Limiter that cannot reach
// Redis; the ratelimit middleware answers it (as any limiter error) 503.
var ErrUnavailable = errors.New("redislimit: limiter unavailable")

// Defaults for Options.
const (
	DefaultPrefix           = "mcpauth:rl:"
	DefaultTimeout          = 50 * time.Millisecond
	DefaultBreakerFailures  = 5
	DefaultBreakerCooldown  = 5 * time.Second
	defaultDenialCacheLimit = 100000
)

// Options configures [New]. Only Client is required.
type Options struct {
	// Client is a single-node, Sentinel or Cluster client. It must have
	// ContextTimeoutEnabled set: without it go-redis ignores the context
	// deadline that carries Timeout, and a slow Redis would hold every
	// request for the client's own read timeout (seconds). New refuses a
	// client it can see lacks it.
	Client redis.UniversalClient
	// Prefix starts every key; DefaultPrefix when empty. Each key is its
	// own slot on a Cluster; put a {hash tag} in your keys only if you
	// need several in one slot.
	Prefix string
	// Timeout bounds each Redis call. Default 50 ms.
	Timeout time.Duration
	// FailureMode applies when a call fails or times out, and while the
	// breaker is open. Default FailLocal.
	FailureMode FailureMode
	// BreakerFailures consecutive failures open the breaker: Redis is not
	// called for BreakerCooldown, then one call probes it. Defaults 5 and
	// 5 s.
	BreakerFailures int
	BreakerCooldown time.Duration
	// OnStateChange, if set, is called on every switch between using
	// Redis and the failure mode, in the order of the switches and one at
	// a time: by the call that made the switch, or, while an earlier
	// switch is being told, by the call telling it, after it (so keep it
	// quick). It may use the Limiter.
	OnStateChange func(StateChange)
	// Logger receives the same switches at Warn (open) and Info (closed),
	// in the same order.
	Logger *slog.Logger
	// Monitor, if set, is told of every Redis round trip (a call named
	// audit.CallRateLimit: timed, and traced in the request's trace), of
	// each decision the local denial cache made without Redis (a cache
	// hit) or passed on, and of every switch of the breaker (its state:
	// "closed", "open", "half-open"; in order, as OnStateChange).
	// otelaudit.NewMonitor makes one.
	Monitor audit.Monitor
	// MonitorName is the name this limiter's calls and breaker states
	// are told to Monitor under: audit.CallRateLimit when empty. Give
	// each limiter that shares a Monitor a name of its own, or their
	// breakers' states are one series.
	MonitorName string
	// Local configures the fallback limiter of FailLocal, a
	// ratelimit.Memory. A nil Local.Now takes Now.
	Local ratelimit.MemoryOptions
	// Now is the clock; time.Now when nil — for tests and for servers
	// with their own clock. Now is read for decisions: when the breaker
	// may probe again (BreakerCooldown) and until when a key Redis
	// denied is denied locally. The limits themselves are decided by
	// Redis's TIME, shared by every replica; Timeout runs on real time.
	Now func() time.Time
}

// BreakerState is the state of a Limiter's circuit breaker.
type BreakerState int

// Breaker states.
const (
	BreakerClosed   BreakerState = iota // Redis in use
	BreakerOpen                         // failure mode in use
	BreakerHalfOpen                     // one call probing Redis
)

func (s BreakerState) String() string {
	switch s {
	case BreakerClosed:
		return "closed"
	case BreakerOpen:
		return "open"
	case BreakerHalfOpen:
		return "half-open"
	}
	return fmt.Sprintf("BreakerState(%d)", int(s))
}

// StateChange reports a switch of the breaker.
type StateChange struct {
	From, To BreakerState
	Mode     FailureMode // what applies while open
	Err      error       // the failure that caused an opening
}

// Limiter is a [ratelimit.Limiter] shared by every replica through Redis:
// GCRA in one Lua script (EVALSHA, loaded on NOSCRIPT), one key per
// decision, Redis's TIME as the clock, nothing written for a denial. Once
// Redis has denied a key until some time, this replica denies it locally
// until then without asking Redis: a flood from one caller costs Redis
// about one call per retry interval per replica. Create it with [New].
type Limiter struct {
	client   redis.UniversalClient
	prefix   string
	timeout  time.Duration
	mode     FailureMode
	local    *ratelimit.Memory
	denials  denialCache
	breaker  breaker
	onChange func(StateChange)
	logger   *slog.Logger
	monitor  audit.Monitor
	monName  string // the name told to monitor
	now      func() time.Time
}

var _ ratelimit.Limiter = (*Limiter)(nil)

// New returns a Limiter, or an error naming the option that is wrong: a
// nil Client (or a nil *redis.Client in the interface), one without
// ContextTimeoutEnabled, a negative Timeout, BreakerFailures,
// BreakerCooldown or Local.MaxKeys, an unknown FailureMode, a Logger
// without a handler.
func New(opts Options) (*Limiter, error) {
	if nilcheck.Nil(opts.Client) {
		return nil, errors.New("redislimit: Options.Client is required")
	}
	if !contextTimeouts(opts.Client) {
		return nil, errors.New("redislimit: Options.Client must have ContextTimeoutEnabled: true, or Timeout cannot bound its calls")
	}
	switch {
	case opts.Timeout < 0:
		return nil, errors.New("redislimit: Options.Timeout is negative")
	case opts.BreakerFailures < 0:
		return nil, errors.New("redislimit: Options.BreakerFailures is negative")
	case opts.BreakerCooldown < 0:
		return nil, errors.New("redislimit: Options.BreakerCooldown is negative")
	case opts.Local.MaxKeys < 0:
		return nil, errors.New("redislimit: Options.Local.MaxKeys is negative")
	case opts.Logger != nil && opts.Logger.Handler() == nil:
		return nil, errors.New("redislimit: Options.Logger has no handler (use slog.New)")
	case opts.Monitor != nil && nilcheck.Nil(opts.Monitor):
		return nil, errors.New("redislimit: Options.Monitor holds a nil pointer")
	}
	if opts.Prefix == "" {
		opts.Prefix = DefaultPrefix
	}
	if opts.Timeout == 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.BreakerFailures == 0 {
		opts.BreakerFailures = DefaultBreakerFailures
	}
	if opts.BreakerCooldown == 0 {
		opts.BreakerCooldown = DefaultBreakerCooldown
	}
	switch opts.FailureMode {
	case FailLocal, FailClosed, FailOpen:
	default:
		return nil, fmt.Errorf("redislimit: Options.FailureMode %d is unknown", opts.FailureMode)
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Local.Now == nil {
		opts.Local.Now = opts.Now
	}
	r := &Limiter{
		client:   opts.Client,
		prefix:   opts.Prefix,
		timeout:  opts.Timeout,
		mode:     opts.FailureMode,
		local:    ratelimit.NewMemory(opts.Local),
		onChange: opts.OnStateChange,
		logger:   logger,
		monitor:  opts.Monitor,
		monName:  cmp.Or(opts.MonitorName, audit.CallRateLimit),
		now:      opts.Now,
	}
	r.denials.now = opts.Now
	r.denials.init(defaultDenialCacheLimit)
	r.breaker = breaker{failures: opts.BreakerFailures, cooldown: opts.BreakerCooldown}
	return r, nil
}

// contextTimeouts reports whether client honours context deadlines; true for
// client types it cannot inspect.
func contextTimeouts(client redis.UniversalClient) bool {
	switch c := client.(type) {
	case *redis.Client:
		return c.Options().ContextTimeoutEnabled
	case *redis.ClusterClient:
		return c.Options().ContextTimeoutEnabled
	}
	return true
}

// gcraScript is ratelimit.Memory's decision (decide, in package
// ratelimit) in Lua, with Redis's clock. KEYS[1] the key; ARGV: interval
// µs, tolerance µs (from gcra.Params), cost. Returns {allowed, remaining,
// retry_after µs, reset_after µs}. Only an allowed request writes.
var gcraScript = redis.NewScript(`
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local new_tat = tat + cost * interval
local allow_at = new_tat - tolerance
if now < allow_at then
  local remaining = math.floor((now + tolerance - tat) / interval)
  if remaining < 0 then remaining = 0 end
  return {0, remaining, allow_at - now, tat - now}
end
if cost > 0 then
  redis.call('SET', KEYS[1], new_tat, 'PX', math.ceil((new_tat - now) / 1000))
end
return {1, math.floor((now + tolerance - new_tat) / interval), 0, new_tat - now}
`)

// errNotMade is returned by a Limiter that New did not make (the zero
// value, or nil), and by ratelimit.New for one.
var errNotMade = errors.New("redislimit: Limiter not created with redislimit.New")

func init() {
	zerocheck.Register(func(limiter any) error {
		if r, ok := limiter.(*Limiter); ok && r != nil && r.client == nil {
			return errNotMade
		}
		return nil
	})
}

// Allow implements [ratelimit.Limiter]. A Limiter that New did not make
// (the zero value, or nil) returns an error, which the middleware answers
// 503.
func (r *Limiter) Allow(ctx context.Context, key string, limit ratelimit.Limit, cost int) (ratelimit.Result, error) {
	if r == nil || r.client == nil {
		return ratelimit.Result{}, errNotMade
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if err := limit.Validate(); err != nil {
		return ratelimit.Result{}, err
	}
	if err := gcra.CheckCost(gcra.Burst(limit.Rate, limit.Burst), cost); err != nil {
		return ratelimit.Result{}, err
	}
	fullKey := r.prefix + key
	now := r.now()
	if until, ok := r.denials.get(fullKey, cost, now); ok {
		if r.monitor != nil {
			r.monitor.Cache(ctx, r.monName, true)
		}
		return ratelimit.Result{Limit: limit, RetryAfter: until.Sub(now), ResetAfter: until.Sub(now)}, nil
	}
	if r.monitor != nil {
		r.monitor.Cache(ctx, r.monName, false)
	}
	if !r.breaker.allow(now, r.notify) {
		return r.fallback(key, limit, cost)
	}
	res, err := r.call(ctx, fullKey, limit, cost)
	if err != nil {
		if ctx.Err() != nil {
			// The caller gave up; that says nothing about Redis. If this
			// was the half-open probe, let the next call probe instead.
			r.breaker.release()
			return ratelimit.Result{}, ctx.Err()
		}
		r.breaker.failure(r.now(), err, r.notify)
		return r.fallback(key, limit, cost)
	}
	r.breaker.success(r.notify)
	if !res.Allowed && res.RetryAfter > 0 {
		r.denials.set(fullKey, cost, now.Add(res.RetryAfter))
	}
	return res, nil
}

func (r *Limiter) call(ctx context.Context, key string, limit ratelimit.Limit, cost int) (ratelimit.Result, error) {
	interval, tolerance := gcra.Params(limit.Rate, limit.Period, limit.Burst)
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	ctx, span := audit.StartCall(ctx, r.monitor, r.monName)
	v, err := gcraScript.Run(ctx, r.client, []string{key}, interval, tolerance, cost).Int64Slice()
	span.End(err)
	if err != nil {
		return ratelimit.Result{}, err
	}
	if len(v) != 4 {
		return ratelimit.Result{}, fmt.Errorf("redislimit: unexpected script reply %v", v)
	}
	return ratelimit.Result{
		Allowed:    v[0] == 1,
		Limit:      limit,
		Remaining:  int(v[1]),
		RetryAfter: time.Duration(v[2]) * time.Microsecond,
		ResetAfter: time.Duration(v[3]) * time.Microsecond,
	}, nil
}

// fallback decides without Redis, by the failure mode; Allow has checked
// the limit and the cost.
func (r *Limiter) fallback(key string, limit ratelimit.Limit, cost int) (ratelimit.Result, error) {
	switch r.mode {
	case FailOpen:
		return ratelimit.Result{Allowed: true, Limit: limit, Remaining: gcra.Burst(limit.Rate, limit.Burst)}, nil
	case FailClosed:
		return ratelimit.Result{}, ErrUnavailable
	}
	return r.local.Allow(context.Background(), key, limit, cost)
}

func (r *Limiter) notify(c StateChange) {
	c.Mode = r.mode
	if c.To == BreakerOpen {
		r.logger.Warn("redislimit: Redis unavailable; using the failure mode", "mode", r.mode.String(), "error", c.Err)
	} else if c.To == BreakerClosed {
		r.logger.Info("redislimit: Redis is back")
	}
	if r.monitor != nil {
		r.monitor.State(r.monName, c.To.String())
	}
	if r.onChange != nil {
		r.onChange(c)
	}
}

// breaker is a circuit breaker counting consecutive failures.
//
// Its switches are told (to the Logger, Monitor and OnStateChange) in the
// order they are made, and never with mu held, since a listener may use
// the Limiter: a switch is queued in pending under mu, and told by tell,
// one at a time, by the goroutine that made it, or by the one telling an
// earlier switch already.
type breaker struct {
	failures int
	cooldown time.Duration

	mu       sync.Mutex
	state    BreakerState
	count    int
	openedAt time.Time
	probing  bool
	lastErr  error         // the failure that opened it last, for Ready
	pending  []StateChange // switches made, not told yet, in order
	telling  bool          // a goroutine is telling pending
}

// tell tells the pending switches, in order, unless another goroutine is
// at it (it tells those queued meanwhile too). Called without mu held.
func (b *breaker) tell(notify func(StateChange)) {
	b.mu.Lock()
	if b.telling {
		b.mu.Unlock()
		return
	}
	b.telling = true
	told := false
	defer func() {
		if !told { // notify panicked: the next switch tells the rest
			b.mu.Lock()
			b.telling = false
			b.mu.Unlock()
		}
	}()
	for len(b.pending) > 0 {
		c := b.pending[0]
		b.pending[0] = StateChange{}
		b.pending = b.pending[1:]
		b.mu.Unlock()
		notify(c)
		b.mu.Lock()
	}
	b.pending = nil
	b.telling, told = false, true
	b.mu.Unlock()
}

// allow reports whether Redis may be called now.
func (b *breaker) allow(now time.Time, notify func(StateChange)) bool {
	b.mu.Lock()
	switch b.state {
	case BreakerClosed:
		b.mu.Unlock()
		return true
	case BreakerOpen:
		if now.Sub(b.openedAt) < b.cooldown {
			b.mu.Unlock()
			return false
		}
		b.state, b.probing = BreakerHalfOpen, true
		b.pending = append(b.pending, StateChange{From: BreakerOpen, To: BreakerHalfOpen})
		b.mu.Unlock()
		b.tell(notify)
		return true
	default: // half-open: one probe at a time
		if b.probing {
			b.mu.Unlock()
			return false
		}
		b.probing = true
		b.mu.Unlock()
		return true
	}
}

func (b *breaker) failure(now time.Time, err error, notify func(StateChange)) {
	b.mu.Lock()
	from := b.state
	b.count++
	b.probing = false
	if b.state == BreakerHalfOpen || (b.state == BreakerClosed && b.count >= b.failures) {
		b.state, b.openedAt, b.lastErr = BreakerOpen, now, err
	}
	to := b.state
	if from != to {
		b.pending = append(b.pending, StateChange{From: from, To: to, Err: err})
	}
	b.mu.Unlock()
	if from != to {
		b.tell(notify)
	}
}

// release ends a probe that produced no verdict.
func (b *breaker) release() {
	b.mu.Lock()
	b.probing = false
	b.mu.Unlock()
}

func (b *breaker) success(notify func(StateChange)) {
	b.mu.Lock()
	from := b.state
	b.state, b.count, b.probing = BreakerClosed, 0, false
	if from != BreakerClosed {
		b.pending = append(b.pending, StateChange{From: from, To: BreakerClosed})
	}
	b.mu.Unlock()
	if from != BreakerClosed {
		b.tell(notify)
	}
}

// Ready implements mcpauth.Checker (this package does not import it) for
// a readiness probe: whether requests this limiter counts are answered as
// configured. That depends on the FailureMode:
//
//   - FailClosed: not ready while the breaker is open (within its
//     BreakerCooldown: every request gets 503 now) or Redis does not
//     answer a PING within Timeout. Without the limiter there is no
//     service, and the probe says so.
//   - FailLocal and FailOpen: ready whenever New made the limiter, Redis
//     or not. The endpoint still serves — limits counted per replica, or
//     none — so taking replicas out of service, all of them at once since
//     they share Redis, would turn a degraded limit into an outage.
//     [Limiter.Degraded] reports the degradation instead.
//
// Ready neither counts nor changes the breaker: after the cooldown the PING
// decides, and the first request then probes Redis as usual (a replica
// that is not ready gets no requests to do it).
func (r *Limiter) Ready(ctx context.Context) error {
	if r == nil || r.client == nil {
		return errNotMade
	}
	if r.mode != FailClosed {
		return nil
	}
	return r.health(ctx)
}

// Degraded implements mcpauth.DegradedChecker: for FailLocal and
// FailOpen, nil while Redis decides, and otherwise why it does not — the
// breaker is open, or Redis does not answer a PING within Timeout — and
// what decides instead (per-replica limits, or none). For FailClosed it
// returns nil: there, the same conditions make the limiter not ready
// (see Ready). A Limiter that New did not make is not ready, not degraded.
func (r *Limiter) Degraded(ctx context.Context) error {
	if r == nil || r.client == nil || r.mode == FailClosed {
		return nil
	}
	return r.health(ctx)
}

// health reports whether Redis decides now: the breaker is not open
// within its cooldown, and Redis answers a PING within Timeout.
func (r *Limiter) health(ctx context.Context) error {
	instead := map[FailureMode]string{
		FailLocal:  "limits are counted per replica (FailLocal)",
		FailClosed: "requests get 503 (FailClosed)",
		FailOpen:   "requests are not limited (FailOpen)",
	}[r.mode]
	r.breaker.mu.Lock()
	state, openedAt, cause := r.breaker.state, r.breaker.openedAt, r.breaker.lastErr
	r.breaker.mu.Unlock()
	if state == BreakerOpen {
		if left := r.breaker.cooldown - r.now().Sub(openedAt); left > 0 {
			return fmt.Errorf("redislimit: circuit breaker open (Redis failed: %v) for %s more; %s", cause, left.Round(time.Millisecond), instead)
		}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	pctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	if err := r.client.Ping(pctx).Err(); err != nil {
		if ctx.Err() != nil { // the caller gave up first: nothing learnt
			return fmt.Errorf("redislimit: readiness check: %w", ctx.Err())
		}
		return fmt.Errorf("redislimit: Redis does not answer within %s (%w); %s", r.timeout, err, instead)
	}
	return nil
}

// State returns the breaker's state (BreakerClosed for nil).
func (r *Limiter) State() BreakerState {
	if r == nil {
		return BreakerClosed
	}
	r.breaker.mu.Lock()
	defer r.breaker.mu.Unlock()
	return r.breaker.state
}

// denialCache remembers, per key, until when Redis said a request of a
// given cost is denied.
type denialCache struct {
	seed   maphash.Seed
	shards [16]struct {
		mu sync.Mutex
		m  map[string]denial
	}
	max int
	now func() time.Time // time.Now when nil
}

type denial struct {
	until time.Time
	cost  int
}

func (d *denialCache) init(limit int) {
	d.seed = maphash.MakeSeed()
	d.max = max(1, limit/len(d.shards))
	if d.now == nil {
		d.now = time.Now
	}
	for i := range d.shards {
		d.shards[i].m = make(map[string]denial)
	}
}

// get reports the time until which a request of cost is known denied.
func (d *denialCache) get(key string, cost int, now time.Time) (time.Time, bool) {
	s := &d.shards[maphash.String(d.seed, key)%uint64(len(d.shards))]
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.m[key]
	if !ok {
		return time.Time{}, false
	}
	if !now.Before(e.until) {
		delete(s.m, key)
		return time.Time{}, false
	}
	// A denial of cost n says nothing about smaller requests.
	return e.until, cost >= e.cost
}

func (d *denialCache) set(key string, cost int, until time.Time) {
	s := &d.shards[maphash.String(d.seed, key)%uint64(len(d.shards))]
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.m) >= d.max {
		now := d.now()
		for k, e := range s.m {
			if !now.Before(e.until) {
				delete(s.m, k)
			}
		}
		if len(s.m) >= d.max {
			clear(s.m)
		}
	}
	s.m[key] = denial{until: until, cost: cost}
}
