package apikey

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"time"
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
	// Metadata is handed to tools as the principal's Claims.
	Metadata map[string]string
	// CreatedAt is when the key was made.
	CreatedAt time.Time
	// ExpiresAt, if not zero, is when the key stops working.
	ExpiresAt time.Time
	// RevokedAt, if not zero, is when the key was revoked; it stops working
	// from that instant.
	RevokedAt time.Time
}

// ErrNotFound is returned by [Store.Lookup] when no record has the id.
var ErrNotFound = errors.New("apikey: no such key")

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

// NewKey describes a key to create with [NewRecord].
type NewKey struct {
	Prefix    string // key prefix; DefaultPrefix when empty
	Subject   string // required
	Name      string
	Scopes    []string
	Metadata  map[string]string
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
	return key, Record{
		ID:        id,
		Hash:      Hash(key),
		Subject:   nk.Subject,
		Name:      nk.Name,
		Scopes:    slices.Clone(nk.Scopes),
		Metadata:  maps.Clone(nk.Metadata),
		CreatedAt: now,
		ExpiresAt: nk.ExpiresAt,
	}, nil
}

// MemoryStore is a Store held in memory, for tests, development and small
// fixed sets of keys. The zero value is ready to use; it is safe for
// concurrent use.
type MemoryStore struct {
	mu   sync.RWMutex
	recs map[string]*Record
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore { return &MemoryStore{} }

// Lookup implements [Store].
func (s *MemoryStore) Lookup(_ context.Context, id string) (*Record, error) {
	s.mu.RLock()
	rec, ok := s.recs[id]
	s.mu.RUnlock()
	if !ok {
		return nil, ErrNotFound
	}
	return rec, nil
}

// Put adds or replaces a record. The record must have an id and a 32-byte
// hash; it is copied, so later changes to rec do not affect the store.
func (s *MemoryStore) Put(rec Record) error {
	if rec.ID == "" || !isBase62(rec.ID) {
		return fmt.Errorf("apikey: record id %q is not a key id", rec.ID)
	}
	if len(rec.Hash) != 32 {
		return errors.New("apikey: record hash must be a 32-byte SHA-256 digest")
	}
	if rec.Subject == "" {
		return errors.New("apikey: record subject is required")
	}
	c := rec
	c.Hash = slices.Clone(rec.Hash)
	c.Scopes = slices.Clone(rec.Scopes)
	c.Metadata = maps.Clone(rec.Metadata)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.recs == nil {
		s.recs = make(map[string]*Record)
	}
	s.recs[c.ID] = &c
	return nil
}

// Revoke marks the key revoked as of at (now, when at is zero). Requests
// made with it fail from then on.
func (s *MemoryStore) Revoke(id string, at time.Time) error {
	if at.IsZero() {
		at = time.Now()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.recs[id]
	if !ok {
		return ErrNotFound
	}
	c := *rec // records handed out by Lookup are never modified
	c.RevokedAt = at
	s.recs[id] = &c
	return nil
}
