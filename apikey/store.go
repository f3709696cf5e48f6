package apikey

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
)

// Record is what a store keeps about one key. It never holds the key
// itself, only its [Hash].
type Record struct {
	// ID is the key's public id, the part between the prefix and the secret.
	ID string
	// Hash is the SHA-256 digest of the full key (see [Hash]).
	Hash []byte
	// Subject is the owner the key authenticates as.
	Subject string
	// Name describes the key for its owner ("laptop", "ci").
	Name string
	// Scopes are granted to every request made with the key.
	Scopes []string
	// Metadata is handed to tools as the principal's Claims. It is
	// descriptive only: no metadata key raises a limit or grants access.
	Metadata map[string]string
	// CreatedAt is when the key was made.
	CreatedAt time.Time
	// ExpiresAt, if not zero, is when the key stops working.
	ExpiresAt time.Time
	// RevokedAt, if not zero, is when the key was revoked; it stops working
	// from that instant.
	RevokedAt time.Time
	// LastUsedAt is when the key last authenticated a request, as recorded
	// by a [Tracker] (at most once per its interval); zero if never.
	LastUsedAt time.Time
	// RateLimit optionally overrides the caller's rate limit for requests
	// made with this key, written like "600/m". It reaches package
	// ratelimit as Principal.RateLimit, for policies with
	// UsePrincipalLimit.
	RateLimit string
	// ReplacedBy is the id of the key that replaced this one by [Rotate];
	// empty if it was never rotated. A replaced key cannot be rotated
	// again, and its ExpiresAt is its grace deadline.
	ReplacedBy string
}

// Active reports whether the key may authenticate at now: neither revoked
// nor expired by then. A nil record is not active.
func (r *Record) Active(now time.Time) bool {
	return r != nil && (r.RevokedAt.IsZero() || now.Before(r.RevokedAt)) && (r.ExpiresAt.IsZero() || now.Before(r.ExpiresAt))
}

// Errors of stores.
var (
	// ErrNotFound: no record has the id.
	ErrNotFound = errors.New("apikey: no such key")
	// ErrExists: Insert found a record with the id already.
	ErrExists = errors.New("apikey: key id already exists")
	// ErrReplaced: the key was rotated already.
	ErrReplaced = errors.New("apikey: key already replaced by rotation")
)

// Store finds key records by id. It is the one method a custom store — your
// own users table, say — must implement.
//
// Lookup returns ErrNotFound (or an error wrapping it) when there is no
// such key; any other error means the store could not answer, and the gate
// answers 503 rather than 401. The returned record is not modified by
// callers.
type Store interface {
	Lookup(ctx context.Context, id string) (*Record, error)
}

// Manager is a Store that can also create, list and change records: what
// the mcpauth CLI and [Create], [Rotate] and [Tracker] need. Every built-in
// store implements it, and package apikey/storetest checks an
// implementation against the contract below.
type Manager interface {
	Store
	// Insert adds rec; ErrExists if its id is taken.
	Insert(ctx context.Context, rec *Record) error
	// List returns the records matching f, oldest first (ties by id).
	List(ctx context.Context, f Filter) ([]*Record, error)
	// Revoke sets RevokedAt to at unless it is already set (the earliest
	// revocation stands); ErrNotFound if there is no such record.
	Revoke(ctx context.Context, id string, at time.Time) error
	// SetExpiry sets ExpiresAt; ErrNotFound if there is no such record.
	SetExpiry(ctx context.Context, id string, at time.Time) error
	// TouchLastUsed sets LastUsedAt to at if that is later than the
	// recorded value; ErrNotFound if there is no such record.
	TouchLastUsed(ctx context.Context, id string, at time.Time) error
	// MarkReplaced records, atomically, that key id was replaced by
	// successor and stops working at end: ReplacedBy is set and ExpiresAt
	// becomes end unless it is earlier already. ErrReplaced if id was
	// replaced before (two rotations racing: one wins), ErrNotFound if
	// there is no such record.
	MarkReplaced(ctx context.Context, id, successor string, end time.Time) error
}

// Filter selects records for [Manager.List].
type Filter struct {
	// Subject, if not empty, keeps only that owner's keys.
	Subject string
	// Inactive includes revoked and expired keys (as of the call).
	Inactive bool
}

// Match reports whether rec passes f at now; a nil rec never does.
func (f Filter) Match(rec *Record, now time.Time) bool {
	return rec != nil && (f.Subject == "" || rec.Subject == f.Subject) && (f.Inactive || rec.Active(now))
}

// NewKey describes a key to create with [NewRecord] or [Create].
type NewKey struct {
	Prefix    string // key prefix; DefaultPrefix when empty
	Pepper    []byte // server-side secret for HMAC hashing; see HashWithPepper
	Subject   string // required
	Name      string
	Scopes    []string
	Metadata  map[string]string
	RateLimit string
	ExpiresAt time.Time // zero: never expires
}

// NewRecord generates a key and the record to store for it. The key is
// returned in plaintext exactly once; the record holds only its hash.
func NewRecord(nk NewKey) (key string, rec Record, err error) {
	if nk.Subject == "" {
		return "", Record{}, errors.New("apikey: NewKey.Subject is required")
	}
	prefix := nk.Prefix
	if prefix == "" {
		prefix = DefaultPrefix
	}
	key, id, err := Generate(prefix)
	if err != nil {
		return "", Record{}, err
	}
	now := time.Now().UTC()
	if !nk.ExpiresAt.IsZero() && !nk.ExpiresAt.After(now) {
		return "", Record{}, fmt.Errorf("apikey: expiry %s is not in the future", nk.ExpiresAt.Format(time.RFC3339))
	}
	for _, s := range nk.Scopes {
		if !mcpauth.ValidScope(s) {
			return "", Record{}, fmt.Errorf("apikey: scope %q is not a valid scope token", s)
		}
	}
	return key, Record{
		ID:        id,
		Hash:      HashWithPepper(key, nk.Pepper),
		Subject:   nk.Subject,
		Name:      nk.Name,
		Scopes:    slices.Clone(nk.Scopes),
		Metadata:  maps.Clone(nk.Metadata),
		RateLimit: nk.RateLimit,
		CreatedAt: now,
		ExpiresAt: nk.ExpiresAt,
	}, nil
}

// Create makes a key as described by nk, stores its record in m and
// returns the key — shown to its owner once — and the record. A nil m (or
// a nil pointer) is refused.
func Create(ctx context.Context, m Manager, nk NewKey) (string, *Record, error) {
	if nilcheck.Nil(m) {
		return "", nil, errors.New("apikey: Create: m is nil")
	}
	if ctx == nil {
		return "", nil, errors.New("apikey: Create: ctx is nil")
	}
	key, rec, err := NewRecord(nk)
	if err != nil {
		return "", nil, err
	}
	if err := m.Insert(ctx, &rec); err != nil {
		return "", nil, err
	}
	return key, &rec, nil
}

// Rotate replaces key id with a new key for the same owner, name, scopes,
// metadata, rate limit and expiry, and lets the old key work for grace
// more — never longer than it would have anyway; grace 0 ends it now. A
// key can be rotated once: rotating it again, or one revoked or expired,
// is refused (ErrReplaced for the former). It returns the new key, shown
// once, and its record. nk supplies the prefix and pepper of the new key;
// its other fields are ignored. A nil m (or a nil pointer), a nil ctx and
// an empty id are refused.
func Rotate(ctx context.Context, m Manager, id string, grace time.Duration, nk NewKey) (string, *Record, error) {
	switch {
	case nilcheck.Nil(m):
		return "", nil, errors.New("apikey: Rotate: m is nil")
	case ctx == nil:
		return "", nil, errors.New("apikey: Rotate: ctx is nil")
	case id == "":
		return "", nil, errors.New("apikey: Rotate: id is empty")
	}
	old, err := m.Lookup(ctx, id)
	if err != nil {
		return "", nil, err
	}
	if old == nil {
		return "", nil, fmt.Errorf("apikey: Rotate: store returned no record and no error for key %s", id)
	}
	now := time.Now()
	switch {
	case old.ReplacedBy != "":
		return "", nil, fmt.Errorf("%w: key %s was replaced by %s; rotate that one", ErrReplaced, id, old.ReplacedBy)
	case !old.Active(now):
		return "", nil, fmt.Errorf("apikey: key %s is revoked or expired; create a new one instead", id)
	}
	nk.Subject, nk.Name, nk.Scopes, nk.Metadata, nk.RateLimit, nk.ExpiresAt = old.Subject, old.Name, old.Scopes, old.Metadata, old.RateLimit, old.ExpiresAt
	key, rec, err := Create(ctx, m, nk)
	if err != nil {
		return "", nil, err
	}
	if err := m.MarkReplaced(ctx, id, rec.ID, now.Add(max(grace, 0))); err != nil {
		// Withdraw the successor: it must not live on unannounced.
		if rerr := m.Revoke(context.WithoutCancel(ctx), rec.ID, now); rerr != nil {
			return "", nil, fmt.Errorf("apikey: rotating key %s: %w (and withdrawing new key %s failed: %v)", id, err, rec.ID, rerr)
		}
		return "", nil, fmt.Errorf("apikey: rotating key %s: %w", id, err)
	}
	return key, rec, nil
}

// MemoryStore is a Store held in memory, for tests, development and small
// fixed sets of keys. The zero value is ready to use; it is safe for
// concurrent use.
type MemoryStore struct {
	mu   sync.RWMutex
	recs map[string]*Record
}

// errNilMemoryStore is what a nil *MemoryStore answers.
var errNilMemoryStore = errors.New("apikey: MemoryStore is nil")

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore { return &MemoryStore{} }

// Lookup implements [Store]. It returns a copy.
func (s *MemoryStore) Lookup(_ context.Context, id string) (*Record, error) {
	if s == nil {
		return nil, errNilMemoryStore
	}
	s.mu.RLock()
	rec, ok := s.recs[id]
	s.mu.RUnlock()
	if !ok {
		return nil, ErrNotFound
	}
	return cloneRecord(rec), nil
}

// Ready implements mcpauth.Checker: a MemoryStore (the zero value too)
// is always ready; only a nil one is not.
func (s *MemoryStore) Ready(context.Context) error {
	if s == nil {
		return errNilMemoryStore
	}
	return nil
}

// Put adds or replaces a record. The record must have an id, a 32-byte
// hash and a subject; it is copied, so later changes to rec do not affect
// the store.
func (s *MemoryStore) Put(rec Record) error {
	if s == nil {
		return errNilMemoryStore
	}
	if err := ValidateRecord(&rec); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.recs == nil {
		s.recs = make(map[string]*Record)
	}
	s.recs[rec.ID] = cloneRecord(&rec)
	return nil
}

// Insert implements [Manager].
func (s *MemoryStore) Insert(_ context.Context, rec *Record) error {
	if s == nil {
		return errNilMemoryStore
	}
	if err := ValidateRecord(rec); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.recs[rec.ID]; ok {
		return ErrExists
	}
	if s.recs == nil {
		s.recs = make(map[string]*Record)
	}
	s.recs[rec.ID] = cloneRecord(rec)
	return nil
}

// List implements [Manager].
func (s *MemoryStore) List(_ context.Context, f Filter) ([]*Record, error) {
	if s == nil {
		return nil, errNilMemoryStore
	}
	now := time.Now()
	s.mu.RLock()
	var out []*Record
	for _, rec := range s.recs {
		if f.Match(rec, now) {
			out = append(out, cloneRecord(rec))
		}
	}
	s.mu.RUnlock()
	SortRecords(out)
	return out, nil
}

// Revoke implements [Manager]. A zero at means now.
func (s *MemoryStore) Revoke(_ context.Context, id string, at time.Time) error {
	if at.IsZero() {
		at = time.Now()
	}
	return s.update(id, func(r *Record) {
		if r.RevokedAt.IsZero() || at.Before(r.RevokedAt) {
			r.RevokedAt = at
		}
	})
}

// SetExpiry implements [Manager].
func (s *MemoryStore) SetExpiry(_ context.Context, id string, at time.Time) error {
	return s.update(id, func(r *Record) { r.ExpiresAt = at })
}

// MarkReplaced implements [Manager].
func (s *MemoryStore) MarkReplaced(_ context.Context, id, successor string, end time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.recs[id]
	switch {
	case !ok:
		return ErrNotFound
	case rec.ReplacedBy != "":
		return ErrReplaced
	}
	c := cloneRecord(rec)
	c.ReplacedBy = successor
	if c.ExpiresAt.IsZero() || end.Before(c.ExpiresAt) {
		c.ExpiresAt = end
	}
	s.recs[id] = c
	return nil
}

// TouchLastUsed implements [Manager].
func (s *MemoryStore) TouchLastUsed(_ context.Context, id string, at time.Time) error {
	return s.update(id, func(r *Record) {
		if at.After(r.LastUsedAt) {
			r.LastUsedAt = at
		}
	})
}

// update replaces record id with a modified copy: records handed out are
// never changed.
func (s *MemoryStore) update(id string, f func(*Record)) error {
	if s == nil {
		return errNilMemoryStore
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.recs[id]
	if !ok {
		return ErrNotFound
	}
	c := cloneRecord(rec)
	f(c)
	s.recs[id] = c
	return nil
}

// ValidateRecord checks what every store requires of a record before
// keeping it: a key id (12 base62 characters), a 32-byte hash, a subject,
// and scopes that are non-empty and free of whitespace and quotes (stores
// may keep them space-separated). Stores call it in Insert.
func ValidateRecord(rec *Record) error {
	switch {
	case rec == nil:
		return errors.New("apikey: nil record")
	case len(rec.ID) != idLen || !isBase62(rec.ID):
		return fmt.Errorf("apikey: record id %q is not a key id", rec.ID)
	case len(rec.Hash) != 32:
		return errors.New("apikey: record hash must be a 32-byte digest")
	case rec.Subject == "":
		return errors.New("apikey: record subject is required")
	}
	for _, s := range rec.Scopes {
		if !mcpauth.ValidScope(s) {
			return fmt.Errorf("apikey: scope %q is not a valid scope token", s)
		}
	}
	return nil
}

func cloneRecord(r *Record) *Record {
	c := *r
	c.Hash = slices.Clone(r.Hash)
	c.Scopes = slices.Clone(r.Scopes)
	c.Metadata = maps.Clone(r.Metadata)
	return &c
}

// SortRecords orders records oldest first, ties by id: the order of
// [Manager.List].
func SortRecords(recs []*Record) {
	slices.SortFunc(recs, func(a, b *Record) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}
