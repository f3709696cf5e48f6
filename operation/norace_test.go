//go:build !race

package operation

// allocFactor bounds what parsing a hostile body may allocate, in multiples
// of the body: the body itself, and io.ReadAll's growth when its length is
// not announced.
const allocFactor = 4
