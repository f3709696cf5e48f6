package celrule

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/checker"
	"github.com/google/cel-go/common"
	"github.com/google/cel-go/common/ast"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/interpreter"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
)

// DefaultCostLimit is the cost limit of an evaluation unless
// Options.CostLimit says otherwise: in CEL's cost model, a unit is about
// one variable access, field selection, comparison or call, ten bytes of
// a string scanned or copied, or one element of a list or map compared
// (see the package documentation). A typical condition costs tens of
// units; at this limit, the slowest evaluations take about 10 ms.
const DefaultCostLimit = 10_000

// iterationCost is what Compile counts for one iteration of a
// comprehension: CostLimit/iterationCost iterations may run in all.
const iterationCost = 4

// Options configures [Options.Compile]. The zero value is ready to use.
type Options struct {
	// CostLimit bounds the work of one evaluation, in CEL's cost units
	// (see DefaultCostLimit): an evaluation that would exceed it stops
	// with an error, which denies the operation. It also bounds the
	// iterations of comprehensions (all, exists, map, filter...) to
	// CostLimit/4 in all, and the arguments the expression reads to
	// CostLimit JSON values. Compile refuses an expression that would
	// exceed it whatever the request (see the package documentation).
	// Zero means DefaultCostLimit.
	//
	// The time an evaluation may take grows with the square of the
	// limit (CEL's cost tracking is quadratic in the iterations): ten
	// times the default allows about a second.
	CostLimit uint64
}

// Compile compiles a CEL expression with the default Options (see
// [Options.Compile]). It is what policy.Loader.Conditions asks for.
func Compile(expr string) (policy.Condition, error) {
	return Options{}.Compile(expr)
}

// MustCompile is like [Compile] but panics if the expression does not
// compile. It simplifies a rule literal whose expression is a constant.
func MustCompile(expr string) policy.Condition {
	c, err := Compile(expr)
	if err != nil {
		panic(err)
	}
	return c
}

// Compile parses and type-checks expr, which must be a CEL expression of
// type bool over the variables principal, method, name and args (see the
// package documentation). An error says where expr is wrong, as
// "celrule: line:column: message" followed by CEL's picture of the line.
//
// The condition is a policy.ListCondition, and a fmt.Stringer that
// returns expr. Its Holds reports an error when the arguments are not a
// JSON object, when evaluation fails (a missing key, a type mismatch) or
// exceeds the cost limit; the error says where in the expression, never
// with the values of the arguments. Its MayHold evaluates the expression
// with the arguments unknown, and reports false only when the result is
// false (or an error, which then cannot come from the arguments)
// whatever they are.
//
// With an error, the Condition returned is not nil: it denies every
// operation, so that a caller that drops the error fails closed rather
// than leaving a rule without its condition.
func (o Options) Compile(expr string) (policy.Condition, error) {
	c, err := o.compile(expr)
	if err != nil {
		return refused{err}, err
	}
	return c, nil
}

// refused is the Condition of an expression that did not compile.
type refused struct{ err error }

func (r refused) Holds(*mcpctx.Principal, *operation.Op) (bool, error) { return false, r.err }
func (r refused) MayHold(*mcpctx.Principal, *operation.Op) bool        { return false }

func (o Options) compile(expr string) (*condition, error) {
	e, err := celEnv()
	if err != nil {
		return nil, fmt.Errorf("celrule: %w", err)
	}
	limit := o.CostLimit
	if limit == 0 {
		limit = DefaultCostLimit
	}
	src := common.NewTextSource(expr)
	ast, iss := e.CompileSource(src)
	if iss.Err() != nil {
		return nil, issuesError(src, iss)
	}
	if t := ast.OutputType(); !t.IsExactType(types.BoolType) {
		return nil, fmt.Errorf("celrule: the expression is of type %s, not bool", t)
	}
	c := &condition{expr: expr, ast: ast, costs: &costs{limit: limit, regex: map[string]uint64{}}}
	if err := c.inspect(); err != nil {
		return nil, err
	}
	if err := estimate(e, ast, limit); err != nil {
		return nil, err
	}
	c.chargeKeys()
	c.limit = limit
	c.iterations = uint(max(limit/iterationCost, 1))
	opts := []cel.ProgramOption{
		cel.CostLimit(limit),
		cel.CostTracking(c.costs),
		cel.OptimizeRegex(c.costs.matcher()),
	}
	if c.loops {
		opts = append(opts, cel.InterruptCheckFrequency(c.iterations))
	}
	if c.prog, err = e.Program(ast, opts...); err != nil {
		return nil, fmt.Errorf("celrule: %w", err)
	}
	if c.partial, err = e.Program(ast, append(opts, cel.EvalOptions(cel.OptPartialEval))...); err != nil {
		return nil, fmt.Errorf("celrule: %w", err)
	}
	return c, nil
}

// condition is a compiled CEL expression: a policy.ListCondition, safe
// for concurrent use.
type condition struct {
	expr    string
	ast     *cel.Ast
	prog    cel.Program // evaluates Holds
	partial cel.Program // evaluates MayHold, args unknown
	costs   *costs      // what the calls of both cost
	limit   uint64
	// loops says that the expression has comprehensions (all, exists,
	// map, filter...), which may run iterations times in all.
	loops      bool
	iterations uint
	// How the expression uses args: not at all, only through the
	// constant keys in keys (args.path, args["path"], has(args.path),
	// "path" in args), or otherwise (every member is decoded).
	usesArgs, allArgs bool
	keys              []string
	// indexes are the expression's index nodes with computed keys,
	// a[k], which chargeKeys rewrites.
	indexes []ast.Expr
	// consts are the expression's field names and string literals:
	// a "no such key" error naming one of them names no argument value.
	consts map[string]bool
}

var _ policy.ListCondition = (*condition)(nil)

// String returns the expression as compiled.
func (c *condition) String() string { return c.expr }

// Holds evaluates the expression for principal p (nil for a caller
// without a credential) and op.
func (c *condition) Holds(p *mcpctx.Principal, op *operation.Op) (bool, error) {
	act := c.activation(p, op)
	if c.usesArgs {
		args, err := decodeArgs(act.op.Arguments, c.keys, c.allArgs, c.limit)
		if err != nil {
			return false, err
		}
		act.args = args
	}
	out, err := c.eval(c.prog, act)
	if err != nil {
		return false, c.evalError(err)
	}
	b, ok := out.(types.Bool)
	if !ok { // the checker said bool; dyn values may still surprise
		return false, fmt.Errorf("celrule: the expression returned a %s, not a bool", out.Type().TypeName())
	}
	return bool(b), nil
}

// MayHold reports whether the expression may hold for p and op whatever
// op's arguments: it evaluates the expression with args unknown and
// reports false only when the result is false regardless (or an error,
// which cannot then come from the arguments: Holds would deny too).
func (c *condition) MayHold(p *mcpctx.Principal, op *operation.Op) bool {
	if !c.usesArgs {
		ok, err := c.Holds(p, op)
		return ok && err == nil
	}
	act := c.activation(p, op)
	vars, err := cel.PartialVars(act, cel.AttributePattern("args"))
	if err != nil {
		return true
	}
	out, err := c.eval(c.partial, vars)
	switch {
	case err != nil:
		return false
	case types.IsUnknown(out):
		return true
	}
	b, ok := out.(types.Bool)
	return !ok || bool(b)
}

// eval evaluates prog. With comprehensions, it evaluates under a done
// context with an interrupt check every c.iterations iterations: CEL
// counts the iterations of all the comprehensions of one evaluation
// together, so the first check, after c.iterations of them, stops the
// evaluation. This bounds the time of CEL's cost tracking, which grows
// with the square of the iterations.
func (c *condition) eval(prog cel.Program, vars any) (ref.Val, error) {
	if !c.loops {
		out, _, err := prog.Eval(vars)
		return out, err
	}
	out, _, err := prog.ContextEval(done, vars)
	return out, err
}

// done is a context already done, for eval.
var done = func() context.Context {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errIterations)
	return ctx
}()

var errIterations = errors.New("too many iterations")

func (c *condition) activation(p *mcpctx.Principal, op *operation.Op) *activation {
	if op == nil {
		op = &noOp
	}
	return &activation{principal: principalVal{credentialed(p)}, op: op, args: noArgs}
}

var (
	noOp   operation.Op
	noArgs = map[string]any{}
)

// activation binds the variables of one evaluation.
type activation struct {
	principal principalVal
	op        *operation.Op
	// args is the decoded arguments as they are: CEL selects a member
	// of a map[string]any without converting it.
	args map[string]any
}

func (a *activation) ResolveName(name string) (any, bool) {
	switch name {
	case "principal":
		return a.principal, true
	case "method":
		return types.String(a.op.Method), true
	case "name":
		return types.String(a.op.Name), true
	case "args":
		return a.args, true
	}
	return nil, false
}

func (a *activation) Parent() interpreter.Activation { return nil }

// estimate refuses an expression whose cost, as CEL estimates it, is
// over limit whatever the request, or may be over it and depends on no
// size in the request. The sizes of the principal's fields and of the
// arguments are bounded only by the credential and the request body: a
// maximum that changes when they may be larger depends on them, and has
// no useful bound.
func estimate(e *cel.Env, ast *cel.Ast, limit uint64) error {
	est, err := e.EstimateCost(ast, sizes{1 << 8})
	if err != nil {
		return fmt.Errorf("celrule: estimating the cost: %w", err)
	}
	if est.Min > limit {
		return fmt.Errorf("celrule: the expression costs at least %d, over the limit of %d", est.Min, limit)
	}
	if est.Max <= limit {
		return nil
	}
	larger, err := e.EstimateCost(ast, sizes{1 << 9})
	if err != nil {
		return fmt.Errorf("celrule: estimating the cost: %w", err)
	}
	if larger.Max == est.Max {
		return fmt.Errorf("celrule: the expression may cost %d, over the limit of %d", est.Max, limit)
	}
	return nil
}

// sizes estimates every size CEL does not know as up to max.
type sizes struct{ max uint64 }

func (s sizes) EstimateSize(checker.AstNode) *checker.SizeEstimate {
	return &checker.SizeEstimate{Min: 0, Max: s.max}
}

func (sizes) EstimateCallCost(string, string, *checker.AstNode, []checker.AstNode) *checker.CallEstimate {
	return nil
}

var celEnv = sync.OnceValues(func() (*cel.Env, error) {
	reg, err := types.NewRegistry()
	if err != nil {
		return nil, err
	}
	return cel.NewEnv(
		cel.CustomTypeProvider(provider{reg}),
		cel.CustomTypeAdapter(adapter),
		cel.Variable("principal", principalType),
		cel.Variable("method", cel.StringType),
		cel.Variable("name", cel.StringType),
		cel.Variable("args", cel.MapType(cel.StringType, cel.DynType)),
		cel.CrossTypeNumericComparisons(true),
	)
})

// issuesError is the error of an expression that does not compile: each
// of CEL's issues as "line:column: message" and the line it is on.
func issuesError(src common.Source, iss *cel.Issues) error {
	var b strings.Builder
	b.WriteString("celrule: ")
	for i, e := range iss.Errors() {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%d:%d: %s", e.Location.Line(), max(e.Location.Column()+1, 1), e.Message)
		// CEL's display: "ERROR: <input>:1:2: message" and the snippet.
		if _, snippet, ok := strings.Cut(e.ToDisplayString(src), "\n"); ok {
			b.WriteString("\n")
			b.WriteString(snippet)
		}
	}
	return errors.New(b.String())
}
