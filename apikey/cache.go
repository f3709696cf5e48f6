package apikey

import (
	"context"
	"errors"
	"time"

	"golang.org/x/sync/singleflight"

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
	now     func() time.Time
}

// NewCache returns a Cache in front of store.
func NewCache(store Store, opts CacheOptions) *Cache {
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
		now:     time.Now,
	}
	c.entries.SetClock(func() time.Time { return c.now() })
	return c
}

// Lookup implements [Store]. The returned record is shared: do not modify it.
func (c *Cache) Lookup(ctx context.Context, id string) (*Record, error) {
	if rec, ok := c.entries.Get(id); ok {
		if rec == nil {
			return nil, ErrNotFound
		}
		return rec, nil
	}
	ch := c.group.DoChan(id, func() (any, error) {
		// Detached from any one caller, so that a caller giving up does
		// not fail the others; bounded by LookupTimeout instead.
		lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.timeout)
		defer cancel()
		rec, err := c.store.Lookup(lctx, id)
		switch {
		case errors.Is(err, ErrNotFound):
			if c.negTTL > 0 {
				c.entries.Set(id, nil, c.now().Add(c.negTTL))
			}
			return nil, err
		case err != nil:
			return nil, err
		case rec == nil:
			return nil, errors.New("apikey: store returned no record and no error")
		}
		c.entries.Set(id, rec, c.until(rec))
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

// until returns how long rec may be reused: TTL, but never past the moment
// it stops being valid.
func (c *Cache) until(rec *Record) time.Time {
	now := c.now()
	until := now.Add(c.ttl)
	for _, t := range []time.Time{rec.ExpiresAt, rec.RevokedAt} {
		if !t.IsZero() && t.After(now) && t.Before(until) {
			until = t
		}
	}
	return until
}

// Invalidate forgets id, so that its next lookup asks the store.
func (c *Cache) Invalidate(id string) { c.entries.Delete(id) }
