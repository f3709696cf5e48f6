// Package zerocheck lets a Limiter defined in a subpackage of ratelimit
// (which package ratelimit must not import) tell ratelimit.New that a
// value was not made by its constructor, such as the zero value, so that
// New refuses it at start-up instead of every request failing later.
package zerocheck

import "sync"

var (
	mu     sync.RWMutex
	checks []func(limiter any) error
)

// Register adds check, which returns an error naming the problem when
// limiter is a value of its package's type that its constructor did not
// make, and nil for anything else. Call it from an init function.
func Register(check func(limiter any) error) {
	mu.Lock()
	defer mu.Unlock()
	checks = append(checks, check)
}

// Check returns the first error of the registered checks for limiter.
func Check(limiter any) error {
	mu.RLock()
	defer mu.RUnlock()
	for _, c := range checks {
		if err := c(limiter); err != nil {
			return err
		}
	}
	return nil
}
