// Package ttlcache is a bounded in-memory cache whose entries carry their
// own expiry. It backs mcpauth's verified-token, introspection and key
// caches: an entry is never returned after its expiry, and the cache holds
// at most max(capacity, 16) entries.
//
// The cache is split into shards, each an LRU list under its own mutex, so
// that concurrent requests rarely contend. Eviction is least-recently-used
// within a shard; expired entries are dropped when met.
package ttlcache

import (
	"hash/maphash"
	"sync"
	"time"
)

const shardCount = 16

// Cache maps keys to values with per-entry expiry. The zero value is not
// usable; create one with New. It is safe for concurrent use.
type Cache[K comparable, V any] struct {
	seed   maphash.Seed
	shards [shardCount]shard[K, V]
	now    func() time.Time
}

type shard[K comparable, V any] struct {
	mu    sync.Mutex
	items map[K]*entry[K, V]
	head  entry[K, V] // sentinel of a circular list, most recent first
	cap   int
}

type entry[K comparable, V any] struct {
	key        K
	val        V
	exp        time.Time
	prev, next *entry[K, V]
}

// New returns a cache holding at most capacity entries, or 16 (one per
// shard) if capacity is smaller.
func New[K comparable, V any](capacity int) *Cache[K, V] {
	per := capacity / shardCount
	if per < 1 {
		per = 1
	}
	c := &Cache[K, V]{seed: maphash.MakeSeed(), now: time.Now}
	for i := range c.shards {
		s := &c.shards[i]
		s.items = make(map[K]*entry[K, V])
		s.head.prev, s.head.next = &s.head, &s.head
		s.cap = per
	}
	return c
}

// SetClock replaces the clock used for expiry (time.Now by default). Call
// it before the cache is shared.
func (c *Cache[K, V]) SetClock(now func() time.Time) { c.now = now }

func (c *Cache[K, V]) shard(k K) *shard[K, V] {
	return &c.shards[maphash.Comparable(c.seed, k)%shardCount]
}

// Get returns the value for k if present and not expired.
func (c *Cache[K, V]) Get(k K) (V, bool) {
	s := c.shard(k)
	now := c.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	if !now.Before(e.exp) {
		s.remove(e)
		var zero V
		return zero, false
	}
	s.moveToFront(e)
	return e.val, true
}

// Set stores v under k until exp. An exp not after now stores nothing (and
// drops an older entry for k).
func (c *Cache[K, V]) Set(k K, v V, exp time.Time) {
	s := c.shard(k)
	now := c.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.items[k]; ok {
		if !now.Before(exp) {
			s.remove(e)
			return
		}
		e.val, e.exp = v, exp
		s.moveToFront(e)
		return
	}
	if !now.Before(exp) {
		return
	}
	if len(s.items) >= s.cap {
		s.remove(s.head.prev) // least recently used
	}
	e := &entry[K, V]{key: k, val: v, exp: exp}
	s.items[k] = e
	s.pushFront(e)
}

// Delete removes k.
func (c *Cache[K, V]) Delete(k K) {
	s := c.shard(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.items[k]; ok {
		s.remove(e)
	}
}

// Clear removes every entry.
func (c *Cache[K, V]) Clear() {
	for i := range c.shards {
		s := &c.shards[i]
		s.mu.Lock()
		clear(s.items)
		s.head.prev, s.head.next = &s.head, &s.head
		s.mu.Unlock()
	}
}

// Len returns the number of entries, expired ones not yet dropped included.
func (c *Cache[K, V]) Len() int {
	n := 0
	for i := range c.shards {
		s := &c.shards[i]
		s.mu.Lock()
		n += len(s.items)
		s.mu.Unlock()
	}
	return n
}

func (s *shard[K, V]) pushFront(e *entry[K, V]) {
	e.prev, e.next = &s.head, s.head.next
	s.head.next.prev = e
	s.head.next = e
}

func (s *shard[K, V]) moveToFront(e *entry[K, V]) {
	e.prev.next, e.next.prev = e.next, e.prev
	s.pushFront(e)
}

func (s *shard[K, V]) remove(e *entry[K, V]) {
	e.prev.next, e.next.prev = e.next, e.prev
	e.prev, e.next = nil, nil
	delete(s.items, e.key)
}
