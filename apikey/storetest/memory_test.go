package storetest_test

import (
	"context"
	"testing"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/storetest"
)

func TestMemoryStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) apikey.Manager { return apikey.NewMemoryStore() })
}

// A one-method store, as a user's own table of keys would be.
type mapStore map[string]apikey.Record

func (m mapStore) Lookup(_ context.Context, id string) (*apikey.Record, error) {
	rec, ok := m[id]
	if !ok {
		return nil, apikey.ErrNotFound
	}
	return &rec, nil
}

func TestRunStoreOnACustomStore(t *testing.T) {
	storetest.RunStore(t, func(t *testing.T, recs ...apikey.Record) apikey.Store {
		m := mapStore{}
		for _, r := range recs {
			m[r.ID] = r
		}
		return m
	})
}
