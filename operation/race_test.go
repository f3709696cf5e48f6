//go:build race

package operation

// allocFactor bounds what parsing a hostile body may allocate, in multiples
// of the body. The race detector lets sync.Pool drop what it holds and
// instruments allocations, which doubles what a parse allocates; the bound
// still catches the 20-fold costs it guards against.
const allocFactor = 8
