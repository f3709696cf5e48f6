// Package credheaders is the process-wide set of header names that carry
// credentials: each API-key authenticator and each gate adds the headers
// it reads credentials from, and package headers never shows them to
// tools by default — whatever gate let a request in, and even when an
// authenticator is wrapped in a way that hides its CredentialHeaders. A
// name can be added, never removed: hiding a header is the safe mistake.
package credheaders

import (
	"maps"
	"strings"
	"sync"
	"sync/atomic"
)

var (
	mu    sync.Mutex
	names atomic.Pointer[map[string]struct{}]
)

func init() { names.Store(&map[string]struct{}{}) }

// Add records header names (any case; blank ones are ignored).
func Add(list ...string) {
	mu.Lock()
	defer mu.Unlock()
	next := maps.Clone(*names.Load())
	for _, n := range list {
		if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
			next[n] = struct{}{}
		}
	}
	names.Store(&next)
}

// Has reports whether the lowercased name was added.
func Has(lower string) bool {
	_, ok := (*names.Load())[lower]
	return ok
}
