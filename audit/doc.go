// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
P// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
q// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
—// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
J// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
S// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
O// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
N// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
-// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
R// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
P// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
C// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
b// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
—// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
:// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
"// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
_// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
?// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
"// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
A// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
[// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
A// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
]// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
(// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
E// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
C// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
A// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
O// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
)// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
I// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
[// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
R// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
]// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
q// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
;// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
—// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
O// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
(// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
)// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
—// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
A// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
:// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
[// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
O// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
b// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
]// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
(// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
O// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
T// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
)// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
W// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
[// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
T// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
]// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
(// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
C// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
T// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
)// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
q// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
q// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
'// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
[// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
S// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
S// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
]// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
:// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
P// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
T// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
;// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
b// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
A// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
[// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
M// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
]// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
'// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
(// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
J// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
W// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
K// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
S// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
-// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
R// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
)// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
'// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
b// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
'// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
	// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
:// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
=// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
N// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
(// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
C// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
{// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
L// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
:// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
N// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
(// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
N// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
J// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
S// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
O// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
N// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
H// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
(// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
S// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
)// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
)// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
}// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
)// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
	// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
	// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
:// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
=// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
N// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
E// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
(// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
E// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
C// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
{// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
A// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
:// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
}// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
)// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
A// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
:// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
b// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
C// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
A// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
N// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
S// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
T// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
[// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
E// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
]// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
b// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
:// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
y// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
b// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
T// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
:// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
w// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
b// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
I// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
f// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
O// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
b// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
v// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
,// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
q// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
l// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
(// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
b// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
h// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
r// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
n// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
o// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
s// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
/// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
P// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
E// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
R// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
F// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
O// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
R// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
M// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
A// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
N// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
C// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
E// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
m// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
)// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
.// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
p// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
c// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
k// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
g// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
e// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
 // The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
a// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
u// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
d// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
i// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
t// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).

// The cost is small when nothing listens: with a logger whose handler is
// disabled for Info and no Observer, an audited request costs two
// allocations (its Record, which is its own context value, and the
// request copy that carries it) and reads no clock; an event adds its
// request id (see the benchmarks and docs/PERFORMANCE.md).
