package ratelimit

import (
	"context"
	"errors"
	"hash/maphash"
	"sync"
	"time"
)

// DefaultMaxKeys bounds a Memory limiter when MemoryOptions.MaxKeys is 0.
const DefaultMaxKeys = 100000

const memShards = 64

// MemoryOptions configures [NewMemory].
type MemoryOptions struct {
	// MaxKeys bounds how many keys are tracked. A key whose bucket is full
	// again holds no information and is dropped first; if every tracked
	// key is busy, an arbitrary one is dropped (it starts afresh), so that
	// a flood of distinct keys cannot exhaust memory. Default
	// DefaultMaxKeys.
	MaxKeys int
	// Now is the clock; time.Now when nil — for tests and for servers
	// with their own clock.
	Now func() time.Time
}

// Memory is a Limiter for one process. Keys are spread over shards, each
// under its own mutex; a decision on a known key does not allocate. The
// zero value is ready to use, with the defaults of NewMemory; a Memory
// must not be copied after first use.
type Memory struct {
	once   sync.Once // sets up the zero value
	seed   maphash.Seed
	shards [memShards]memShard
	now    func() time.Time
}

type memShard struct {
	mu        sync.Mutex
	tat       map[string]int64 // theoretical arrival time, µs since the epoch
	max       int
	lastSweep int64    // µs; full sweeps at most once a second per shard
	_         [32]byte // keep shards on separate cache lines
}

// NewMemory returns an in-memory limiter. It cannot return an error, so it
// panics when opts.MaxKeys is negative.
func NewMemory(opts MemoryOptions) *Memory {
	if opts.MaxKeys < 0 {
		panic("ratelimit: NewMemory: MemoryOptions.MaxKeys is negative")
	}
	m := &Memory{}
	m.once.Do(func() { m.setup(opts) })
	return m
}

// setup initialises m for opts; it runs once, from NewMemory or, for the
// zero value, at first use.
func (m *Memory) setup(opts MemoryOptions) {
	if opts.MaxKeys <= 0 {
		opts.MaxKeys = DefaultMaxKeys
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	m.seed, m.now = maphash.MakeSeed(), opts.Now
	per := max(1, opts.MaxKeys/memShards)
	for i := range m.shards {
		m.shards[i].tat = make(map[string]int64)
		m.shards[i].max = per
	}
}

// setupDefault sets up a zero Memory with the defaults.
func (m *Memory) setupDefault() { m.setup(MemoryOptions{}) }

// errNilMemory is returned by the methods of a nil *Memory.
var errNilMemory = errors.New("ratelimit: nil *Memory (use NewMemory, or a Memory value)")

// Allow implements [Limiter]. It never fails except for an invalid limit
// or cost.
func (m *Memory) Allow(_ context.Context, key string, limit Limit, cost int) (Result, error) {
	if m == nil {
		return Result{}, errNilMemory
	}
	if err := limit.Validate(); err != nil {
		return Result{}, err
	}
	if err := checkCost(limit, cost); err != nil {
		return Result{}, err
	}
	return m.allow(key, limit, cost), nil
}

// allow decides without validating: Allow has checked the limit and cost.
func (m *Memory) allow(key string, limit Limit, cost int) Result {
	m.once.Do(m.setupDefault)
	now := m.now().UnixMicro()
	s := &m.shards[maphash.String(m.seed, key)%memShards]
	s.mu.Lock()
	defer s.mu.Unlock()
	tat, ok := s.tat[key]
	r, newTAT := decide(now, tat, limit, cost)
	if newTAT != 0 {
		if !ok && len(s.tat) >= s.max {
			s.evict(now)
		}
		s.tat[key] = newTAT
	}
	return r
}

// evict makes room: first every key whose bucket is full again (its TAT is
// past, so forgetting it changes no answer), else one arbitrary key.
func (s *memShard) evict(now int64) {
	if now-s.lastSweep >= int64(time.Second/time.Microsecond) {
		s.lastSweep = now
		for k, tat := range s.tat {
			if tat <= now {
				delete(s.tat, k)
			}
		}
		if len(s.tat) < s.max {
			return
		}
	}
	for k := range s.tat {
		delete(s.tat, k)
		return
	}
}

// Len returns the number of tracked keys (0 for nil).
func (m *Memory) Len() int {
	if m == nil {
		return 0
	}
	m.once.Do(m.setupDefault)
	n := 0
	for i := range m.shards {
		s := &m.shards[i]
		s.mu.Lock()
		n += len(s.tat)
		s.mu.Unlock()
	}
	return n
}
