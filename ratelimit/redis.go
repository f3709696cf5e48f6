package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// FailureMode says what a Redis limiter does when Redis cannot answer in
// time.
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

// ErrUnavailable is returned by a FailClosed Redis limiter that cannot
// reach Redis.
var ErrUnavailable = errors.New("ratelimit: limiter unavailable")

// Defaults for RedisOptions.
const (
	DefaultRedisPrefix      = "mcpauth:rl:"
	DefaultRedisTimeout     = 50 * time.Millisecond
	DefaultBreakerFailures  = 5
	DefaultBreakerCooldown  = 5 * time.Second
	defaultDenialCacheLimit = 100000
)

// RedisOptions configures [NewRedis]. Only Client is required.
type RedisOptions struct {
	// Client is a single-node, Sentinel or Cluster client. It must have
	// ContextTimeoutEnabled set: without it go-redis ignores the context
	// deadline that carries Timeout, and a slow Redis would hold every
	// request for the client's own read timeout (seconds). NewRedis
	// refuses a client it can see lacks it.
	Client redis.UniversalClient
	// Prefix starts every key; DefaultRedisPrefix when empty. Each key is
	// its own slot on a Cluster; put a {hash tag} in your keys only if you
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
	// OnStateChange, if set, is called (synchronously; keep it quick) on
	// every switch between using Redis and the failure mode.
	OnStateChange func(StateChange)
	// Logger receives the same switches at Warn (open) and Info (closed).
	Logger *slog.Logger
	// Local configures the fallback limiter of FailLocal.
	Local MemoryOptions
}

// BreakerState is the state of a Redis limiter's circuit breaker.
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

// Redis is a Limiter shared by every replica through Redis: GCRA in one Lua
// script (EVALSHA, loaded on NOSCRIPT), one key per decision, Redis's TIME
// as the clock, nothing written for a denial. Once Redis has denied a key
// until some time, this replica denies it locally until then without
// asking Redis: a flood from one caller costs Redis about one call per
// retry interval per replica.
type Redis struct {
	client   redis.UniversalClient
	prefix   string
	timeout  time.Duration
	mode     FailureMode
	local    *Memory
	denials  denialCache
	breaker  breaker
	onChange func(StateChange)
	logger   *slog.Logger
}

// NewRedis returns a Redis limiter, or an error naming the option that is
// wrong: a nil Client (or a nil *redis.Client in the interface), one
// without ContextTimeoutEnabled, a negative Timeout, BreakerFailures,
// BreakerCooldown or Local.MaxKeys, an unknown FailureMode, a Logger
// without a handler.
func NewRedis(opts RedisOptions) (*Redis, error) {
	if isNil(opts.Client) {
		return nil, errors.New("ratelimit: RedisOptions.Client is required")
	}
	if !contextTimeouts(opts.Client) {
		return nil, errors.New("ratelimit: RedisOptions.Client must have ContextTimeoutEnabled: true, or Timeout cannot bound its calls")
	}
	switch {
	case opts.Timeout < 0:
		return nil, errors.New("ratelimit: RedisOptions.Timeout is negative")
	case opts.BreakerFailures < 0:
		return nil, errors.New("ratelimit: RedisOptions.BreakerFailures is negative")
	case opts.BreakerCooldown < 0:
		return nil, errors.New("ratelimit: RedisOptions.BreakerCooldown is negative")
	case opts.Local.MaxKeys < 0:
		return nil, errors.New("ratelimit: RedisOptions.Local.MaxKeys is negative")
	case opts.Logger != nil && opts.Logger.Handler() == nil:
		return nil, errors.New("ratelimit: RedisOptions.Logger has no handler (use slog.New)")
	}
	if opts.Prefix == "" {
		opts.Prefix = DefaultRedisPrefix
	}
	if opts.Timeout == 0 {
		opts.Timeout = DefaultRedisTimeout
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
		return nil, fmt.Errorf("ratelimit: RedisOptions.FailureMode %d is unknown", opts.FailureMode)
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	r := &Redis{
		client:   opts.Client,
		prefix:   opts.Prefix,
		timeout:  opts.Timeout,
		mode:     opts.FailureMode,
		local:    NewMemory(opts.Local),
		onChange: opts.OnStateChange,
		logger:   logger,
	}
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

// gcraScript is decide() in Lua, with Redis's clock. KEYS[1] the key;
// ARGV: interval µs, tolerance µs, cost. Returns {allowed, remaining,
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

// Allow implements [Limiter]. A Redis that NewRedis did not make (the zero
// value, or nil) returns an error, which the middleware answers 503.
func (r *Redis) Allow(ctx context.Context, key string, limit Limit, cost int) (Result, error) {
	if r == nil || r.client == nil {
		return Result{}, errNoRedis
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if err := limit.Validate(); err != nil {
		return Result{}, err
	}
	if err := checkCost(limit, cost); err != nil {
		return Result{}, err
	}
	fullKey := r.prefix + key
	now := time.Now()
	if until, ok := r.denials.get(fullKey, cost, now); ok {
		return Result{Limit: limit, RetryAfter: until.Sub(now), ResetAfter: until.Sub(now)}, nil
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
			return Result{}, ctx.Err()
		}
		r.breaker.failure(time.Now(), err, r.notify)
		return r.fallback(key, limit, cost)
	}
	r.breaker.success(r.notify)
	if !res.Allowed && res.RetryAfter > 0 {
		r.denials.set(fullKey, cost, now.Add(res.RetryAfter))
	}
	return res, nil
}

func (r *Redis) call(ctx context.Context, key string, limit Limit, cost int) (Result, error) {
	interval, tolerance := limit.params()
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	v, err := gcraScript.Run(ctx, r.client, []string{key}, interval, tolerance, cost).Int64Slice()
	if err != nil {
		return Result{}, err
	}
	if len(v) != 4 {
		return Result{}, fmt.Errorf("ratelimit: unexpected script reply %v", v)
	}
	return Result{
		Allowed:    v[0] == 1,
		Limit:      limit,
		Remaining:  int(v[1]),
		RetryAfter: time.Duration(v[2]) * time.Microsecond,
		ResetAfter: time.Duration(v[3]) * time.Microsecond,
	}, nil
}

func (r *Redis) fallback(key string, limit Limit, cost int) (Result, error) {
	switch r.mode {
	case FailOpen:
		return Result{Allowed: true, Limit: limit, Remaining: limit.burst()}, nil
	case FailClosed:
		return Result{}, ErrUnavailable
	}
	return r.local.allow(key, limit, cost), nil
}

func (r *Redis) notify(c StateChange) {
	c.Mode = r.mode
	if c.To == BreakerOpen {
		r.logger.Warn("ratelimit: Redis unavailable; using the failure mode", "mode", r.mode.String(), "error", c.Err)
	} else if c.To == BreakerClosed {
		r.logger.Info("ratelimit: Redis is back")
	}
	if r.onChange != nil {
		r.onChange(c)
	}
}

// breaker is a circuit breaker counting consecutive failures.
type breaker struct {
	failures int
	cooldown time.Duration

	mu       sync.Mutex
	state    BreakerState
	count    int
	openedAt time.Time
	probing  bool
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
		b.mu.Unlock()
		notify(StateChange{From: BreakerOpen, To: BreakerHalfOpen})
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
		b.state, b.openedAt = BreakerOpen, now
	}
	to := b.state
	b.mu.Unlock()
	if from != to {
		notify(StateChange{From: from, To: to, Err: err})
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
	b.mu.Unlock()
	if from != BreakerClosed {
		notify(StateChange{From: from, To: BreakerClosed})
	}
}

// State returns the breaker's state (BreakerClosed for nil).
func (r *Redis) State() BreakerState {
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
}

type denial struct {
	until time.Time
	cost  int
}

func (d *denialCache) init(limit int) {
	d.seed = maphash.MakeSeed()
	d.max = max(1, limit/len(d.shards))
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
		now := time.Now()
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
