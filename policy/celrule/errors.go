package celrule

import (
	"errors"
	"fmt"
	"strings"

	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/interpreter"
)

var errConversion = errors.New("type conversion error")

// causes are the evaluation errors Holds names, by the start of CEL's
// message. The rest of CEL's message is dropped: it may quote values
// (an index, a key, a string that did not parse), and so arguments.
var causes = []string{
	"no such key",
	"no such field",
	"no such attribute",
	"no such overload",
	"index out of bounds",
	"index out of range",
	"invalid attribute",
	"invalid RFC 3339 timestamp",
	"error parsing regexp",
	"type conversion error",
	"unsupported type conversion",
	"division by zero",
	"modulus by zero",
	"integer overflow",
	"unsigned integer overflow",
	"duration overflow",
	"timestamp overflow",
	"NaN values cannot be ordered",
	"invalid number",
}

// evalError is the error Holds returns for err from an evaluation:
// where in the expression and what, but nothing of the values.
func (c *condition) evalError(err error) error {
	var cancelled interpreter.EvalCancelledError
	if errors.As(err, &cancelled) && cancelled.Cause == interpreter.CostLimitExceeded {
		return fmt.Errorf("celrule: evaluation exceeds the cost limit of %d", c.limit)
	}
	if errors.Is(err, interpreter.InterruptError{}) {
		return fmt.Errorf("celrule: evaluation exceeds %d iterations", c.iterations)
	}
	msg := err.Error()
	cause := "evaluation failed"
	for _, s := range causes {
		if strings.HasPrefix(msg, s) {
			cause = s
			break
		}
	}
	if cause == "no such key" || cause == "no such field" {
		// The key or field, when it is one the expression spells out
		// (args.path), not one it computed (args[args.k]).
		if k, ok := strings.CutPrefix(msg, cause+": "); ok && c.consts[k] {
			cause += ": " + k
		}
	}
	var e *types.Err
	if errors.As(err, &e) && e.NodeID() != 0 {
		return fmt.Errorf("celrule: %s: %s", c.pos(e.NodeID()), cause)
	}
	return fmt.Errorf("celrule: %s", cause)
}
