package apikey

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/internal/ttlcache"
)

// Defaults for CacheOptions.
const (
	DefaultCacheSize        = 10000
	DefaultCacheTTL         = 30 * time.Second
	DefaultCacheNegativeTTL = 5 * time.Second
	DefaultLookupTimeout    = 2 * time.Second
)

// CacheOptions configures [NewCache].
type CacheOptions struct {
	// Size bounds the number of cached ids. Default DefaultCacheSize.
	Size int
	// TTL is how long a found record is reused without asking the store:
	// the longest a revocation (or any change) takes to be noticed by this
	// replica, unless it is told sooner through Invalidate. A record is
	// never reused past its ExpiresAt or RevokedAt. Default 30 s.
	TTL time.Duration
	// NegativeTTL is how long an id the store does not know is answered
	// as unknown without asking again: a flood of made-up keys with valid
	// checksums then costs the store one lookup per id per NegativeTTL.
	// Default 5 s; negative disables negative caching.
	NegativeTTL time.Duration
	// LookupTimeout bounds each store lookup. Default 2 s.
	LookupTimeout time.Duration
	// Monitor, if set, is told of every lookup the cache answered (a
	// hit, known or unknown id) or passed on to the store, and of each
	// store lookup (a call named audit.CallKeyLookup: timed, and traced
	// in the trace of the request that started it; an unknown key is no
	// failure). otelaudit.NewMonitor makes one.
	Monitor audit.Monitor
	// Now is the clock; time.Now when nil — for tests and for servers
	// with their own clock. It decides when entries lapse (TTL,
	// NegativeTTL, a record's ExpiresAt and RevokedAt). LookupTimeout
	// runs on real time.
	Now func() time.Time
}

// Cache is a Store that remembers another store's answers. Concurrent
// lookups of one id share a single store call (a burst with one unknown
// key costs one lookup). Store failures are never cached: the caller sees
// them (and the gate answers 503) until the store recovers.
//
// Changes made elsewhere reach a Cache after at most TTL; call Invalidate
// (for example from redisstore.Subscribe) to make them immediate.
type Cache struct {
	store   Store
	ttl     time.Duration
	negTTL  time.Duration
	timeout time.Duration
	entries *ttlcache.Cache[string, *Record] // nil record: known missing
	group   singleflight.Group
	monitor audit.Monitor
	now     func() time.Time

	// Invalidations must win over lookups already under way: each bumps
	// the generation, and a lookup stores its answer only if no
	// invalidation happened since it began.
	mu    sync.Mutex
	gen   map[string]uint64 // per id, for ids invalidated while looked up
	epoch uint64            // bumped by Clear
}

// NewCache returns a Cache in front of store. It cannot return an error,
// so it panics — at construction, never at a lookup — when store is nil
// (or a nil pointer, or a Cache that NewCache did not make), or when Size,
// TTL or LookupTimeout is negative; the message names the argument.
func NewCache(store Store, opts CacheOptions) *Cache {
	switch s := store.(type) {
	case nil:
		panic("apikey: NewCache: store is nil")
	case *Cache:
		if s == nil || s.entries == nil {
			panic("apikey: NewCache: store is an apikey.Cache not created with NewCache")
		}
	}
	if nilcheck.Nil(store) {
		panic(fmt.Sprintf("apikey: NewCache: store is a nil %T (was a constructor's error ignored?)", store))
	}
	switch {
	case opts.Size < 0:
		panic("apikey: NewCache: CacheOptions.Size is negative")
	case opts.TTL < 0:
		panic("apikey: NewCache: CacheOptions.TTL is negative")
	case opts.LookupTimeout < 0:
		panic("apikey: NewCache: CacheOptions.LookupTimeout is negative")
	case opts.Monitor != nil && nilcheck.Nil(opts.Monitor):
		panic("apikey: NewCache: CacheOptions.Monitor holds a nil pointer")
	}
	if opts.Size <= 0 {
		opts.Size = DefaultCacheSize
	}
	if opts.TTL <= 0 {
		opts.TTL = DefaultCacheTTL
	}
	if opts.NegativeTTL == 0 {
		opts.NegativeTTL = DefaultCacheNegativeTTL
	}
	if opts.LookupTimeout <= 0 {
		opts.LookupTimeout = DefaultLookupTimeout
	}
	c := &Cache{
		store:   store,
		ttl:     opts.TTL,
		negTTL:  opts.NegativeTTL,
		timeout: opts.LookupTimeout,
		entries: ttlcache.New[string, *Record](opts.Size),
		monitor: opts.Monitor,
		now:     opts.Now,
		gen:     make(map[string]uint64),
	}
	if c.now == nil {
		c.now = time.Now
	}
	c.entries.SetClock(func() time.Time { return c.now() })
	return c
}

// Lookup implements [Store]. The returned record is shared: do not modify it.
// A Cache that NewCache did not make (the zero value, or nil) returns an
// error, which the authenticator answers 503.
func (c *Cache) Lookup(ctx context.Context, id string) (*Record, error) {
	if c == nil || c.entries == nil {
		return nil, errNoCache
	}
	if ctx == nil {
		ctx = context.Background()
	}
	rec, ok := c.entries.Get(id)
	if c.monitor != nil {
		c.monitor.Cache(ctx, audit.CallKeyLookup, ok)
	}
	if ok {
		if rec == nil {
			return nil, ErrNotFound
		}
		return rec, nil
	}
	ch := c.group.DoChan(id, func() (any, error) {
		start, gen := c.now(), c.generation(id)
		// Detached from any one caller, so that a caller giving up does
		// not fail the others; bounded by LookupTimeout instead.
		lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.timeout)
		defer cancel()
		lctx, span := audit.StartCall(lctx, c.monitor, audit.CallKeyLookup)
		rec, err := c.store.Lookup(lctx, id)
		endLookup(span, err)
		switch {
		case errors.Is(err, ErrNotFound):
			if c.negTTL > 0 {
				c.store1(id, gen, nil, start.Add(c.negTTL))
			}
			return nil, err
		case err != nil:
			return nil, err
		case rec == nil:
			return nil, errors.New("apikey: store returned no record and no error")
		}
		c.store1(id, gen, rec, c.until(rec, start))
		return rec, nil
	})
	select {
	case res := <-ch:
		if res.Err != nil {
			return nil, res.Err
		}
		return res.Val.(*Record), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// endLookup ends the span of a store lookup: a key the store does not
// have is no failure of the lookup.
func endLookup(span audit.Span, err error) {
	if errors.Is(err, ErrNotFound) {
		err = nil
	}
	span.End(err)
}

// Ready implements mcpauth.Checker by asking the store: the Cache answers
// known keys for a while without it, but every other lookup needs it, so
// it is ready when the store is. A store that has no Ready method (a
// Store of your own) is taken as ready: implement mcpauth.Checker on it to
// have it asked. A Cache that NewCache did not make is not ready.
func (c *Cache) Ready(ctx context.Context) error {
	if c == nil || c.entries == nil {
		return errNoCache
	}
	if s, ok := c.store.(mcpauth.Checker); ok {
		return s.Ready(ctx)
	}
	return nil
}

// until returns how long rec, read from the store at start, may be reused:
// TTL from the start of the lookup, and never past a later moment at which
// it stops being valid. (A record already revoked or expired is cached for
// the TTL like any other: the authenticator refuses it either way, and a
// flood of such a key should not reach the store.)
func (c *Cache) until(rec *Record, start time.Time) time.Time {
	until := start.Add(c.ttl)
	for _, t := range []time.Time{rec.ExpiresAt, rec.RevokedAt} {
		if t.After(start) && t.Before(until) {
			until = t
		}
	}
	return until
}

// generation returns the invalidation count for id (and all ids).
func (c *Cache) generation(id string) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen[id] + c.epoch<<32
}

// store1 caches an answer unless id was invalidated since gen was read.
func (c *Cache) store1(id string, gen uint64, rec *Record, until time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen[id]+c.epoch<<32 != gen {
		return
	}
	c.entries.Set(id, rec, until)
}

// Invalidate forgets id: its next lookup asks the store, and a lookup of
// id already under way neither caches nor shares its (possibly stale)
// answer with lookups that start from now on. On a Cache that NewCache did
// not make it does nothing.
func (c *Cache) Invalidate(id string) {
	if c == nil || c.entries == nil {
		return
	}
	c.mu.Lock()
	c.gen[id]++
	if len(c.gen) > 100000 { // bound: forgetting counters only re-bumps
		clear(c.gen)
		c.epoch++
	}
	c.mu.Unlock()
	c.group.Forget(id)
	c.entries.Delete(id)
}

// Clear forgets every id, as Invalidate does for one: for when
// invalidations may have been missed (a pub/sub reconnect). On a Cache
// that NewCache did not make it does nothing.
func (c *Cache) Clear() {
	if c == nil || c.entries == nil {
		return
	}
	c.mu.Lock()
	clear(c.gen)
	c.epoch++
	c.mu.Unlock()
	c.entries.Clear()
}
