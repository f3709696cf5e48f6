package apikey

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/mcpauth/mcpauth/internal/nilcheck"
)

// Toucher records that a key was used; every Manager is one.
type Toucher interface {
	TouchLastUsed(ctx context.Context, id string, at time.Time) error
}

// DefaultTrackInterval is how often at most a Tracker writes one key's
// last-used time.
const DefaultTrackInterval = time.Minute

// CloseTimeout bounds how long Tracker.Close spends writing what is
// queued; the rest is dropped.
const CloseTimeout = 5 * time.Second

// Tracker records when keys were last used, off the request path: Seen
// never blocks and never fails a request; a background goroutine writes at
// most one update per key per interval. When the queue is full, sightings
// are dropped (the next one will do). Close flushes what is pending, for at
// most CloseTimeout.
type Tracker struct {
	store    Toucher
	interval time.Duration
	logger   *slog.Logger
	now      func() time.Time
	queue    chan string
	done     chan struct{}
	stop     context.Context // ends CloseTimeout after Close
	abort    context.CancelFunc

	mu      sync.Mutex
	written map[string]time.Time // when each id was last written

	sendMu sync.RWMutex // held for reading while sending, for writing by Close
	closed bool         // guarded by sendMu
}

// TrackerOptions configures [NewTrackerWithOptions].
type TrackerOptions struct {
	// Interval is the least time between two writes of one key's
	// last-used time. DefaultTrackInterval when zero.
	Interval time.Duration
	// Logger receives write failures (at Warn, with the key id only).
	// Nil discards them.
	Logger *slog.Logger
	// Now is the clock; time.Now when nil — for tests and for servers
	// with their own clock. Now is read for decisions: the last-used time
	// written, whether Interval has passed since a key's last write, and
	// which ids to forget. Each write's own 5 s timeout and Close's
	// CloseTimeout use real time.
	Now func() time.Time
}

// NewTracker starts a Tracker writing to store at most once per interval
// per key (DefaultTrackInterval when zero). Write failures are logged at
// Warn with the key id only; logger nil discards them. It cannot return an
// error, so it panics — at construction, never in the background — when
// store is nil (or a nil pointer), interval is negative, or logger has no
// handler. It is NewTrackerWithOptions with the real clock.
func NewTracker(store Toucher, interval time.Duration, logger *slog.Logger) *Tracker {
	return newTracker("NewTracker", store, TrackerOptions{Interval: interval, Logger: logger})
}

// NewTrackerWithOptions is [NewTracker] configured by opts, which can also
// give the tracker a clock. It panics as NewTracker does, naming
// opts.Interval and opts.Logger.
func NewTrackerWithOptions(store Toucher, opts TrackerOptions) *Tracker {
	return newTracker("NewTrackerWithOptions", store, opts)
}

func newTracker(fn string, store Toucher, opts TrackerOptions) *Tracker {
	interval, logger := opts.Interval, opts.Logger
	switch {
	case store == nil:
		panic("apikey: " + fn + ": store is nil")
	case nilcheck.Nil(store):
		panic(fmt.Sprintf("apikey: %s: store is a nil %T (was a constructor's error ignored?)", fn, store))
	case interval < 0:
		panic("apikey: " + fn + ": interval is negative")
	case logger != nil && logger.Handler() == nil:
		panic("apikey: " + fn + ": logger has no handler (use slog.New)")
	}
	if interval == 0 {
		interval = DefaultTrackInterval
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	t := &Tracker{
		store: store, interval: interval, logger: logger, now: now,
		queue: make(chan string, 1024), done: make(chan struct{}),
		written: make(map[string]time.Time),
	}
	t.stop, t.abort = context.WithCancel(context.Background())
	go t.run()
	return t
}

// Seen notes that key id was just used. On a Tracker that NewTracker did
// not make (the zero value, or nil) it does nothing.
func (t *Tracker) Seen(id string) {
	if t == nil || t.queue == nil {
		return
	}
	now := t.now()
	t.mu.Lock()
	if now.Sub(t.written[id]) < t.interval {
		t.mu.Unlock()
		return
	}
	t.written[id] = now // claim the slot; run writes it
	t.mu.Unlock()
	t.sendMu.RLock()
	defer t.sendMu.RUnlock()
	if t.closed {
		return
	}
	select {
	case t.queue <- id:
	default: // full: drop, and let a later sighting try again
		t.mu.Lock()
		delete(t.written, id)
		t.mu.Unlock()
	}
}

func (t *Tracker) run() {
	defer close(t.done)
	lastSweep := t.now()
	for id := range t.queue {
		if t.stop.Err() != nil {
			continue // closing, out of time: drop the rest
		}
		t.mu.Lock()
		at := t.written[id]
		// Forget ids not seen for an interval, at most once an interval:
		// the map stays as large as the set of recently used keys.
		if now := t.now(); now.Sub(lastSweep) > t.interval {
			lastSweep = now
			for k, v := range t.written {
				if lastSweep.Sub(v) > t.interval {
					delete(t.written, k)
				}
			}
		}
		t.mu.Unlock()
		ctx, cancel := context.WithTimeout(t.stop, 5*time.Second)
		if err := t.store.TouchLastUsed(ctx, id, at); err != nil {
			t.logger.Warn("apikey: recording last use failed", "key_id", id, "error", err)
		}
		cancel()
	}
}

// Close stops the tracker after writing what is queued. On a Tracker that
// NewTracker did not make it does nothing.
func (t *Tracker) Close() {
	if t == nil || t.queue == nil {
		return
	}
	t.sendMu.Lock()
	if t.closed {
		t.sendMu.Unlock()
		<-t.done
		return
	}
	t.closed = true
	close(t.queue)
	t.sendMu.Unlock()
	timer := time.AfterFunc(CloseTimeout, t.abort)
	<-t.done
	timer.Stop()
	t.abort()
}
