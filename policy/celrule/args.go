package celrule

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"sync"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common"
	"github.com/google/cel-go/common/ast"
	"github.com/google/cel-go/common/operators"
	"github.com/google/cel-go/common/overloads"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
)

// inspect walks the checked expression: it refuses object creation,
// notes how args is used, and collects the constant strings.
func (c *condition) inspect() error {
	c.consts = map[string]bool{}
	var err error
	var walk func(e, parent ast.Expr)
	walk = func(e, parent ast.Expr) {
		if e == nil || err != nil {
			return
		}
		switch e.Kind() {
		case ast.IdentKind:
			// An iteration variable named args is taken for the
			// variable: that only decodes more than needed.
			if e.AsIdent() == "args" {
				c.usesArgs = true
				if k, ok := argsKey(e, parent); ok {
					if !slices.Contains(c.keys, k) {
						c.keys = append(c.keys, k)
					}
				} else {
					c.allArgs = true
				}
			}
		case ast.LiteralKind:
			if s, ok := e.AsLiteral().(types.String); ok {
				c.consts[string(s)] = true
			}
		case ast.SelectKind:
			c.consts[e.AsSelect().FieldName()] = true
			walk(e.AsSelect().Operand(), e)
		case ast.CallKind:
			call := e.AsCall()
			switch call.FunctionName() {
			case overloads.Matches:
				if err = c.pattern(e); err != nil {
					return
				}
			case operators.Index:
				if args := call.Args(); len(args) == 2 && args[1].Kind() != ast.LiteralKind {
					c.indexes = append(c.indexes, e)
				}
			}
			if call.IsMemberFunction() {
				walk(call.Target(), e)
			}
			for _, a := range call.Args() {
				walk(a, e)
			}
		case ast.ListKind:
			for _, el := range e.AsList().Elements() {
				walk(el, e)
			}
		case ast.MapKind:
			for _, en := range e.AsMap().Entries() {
				walk(en.AsMapEntry().Key(), e)
				walk(en.AsMapEntry().Value(), e)
			}
		case ast.StructKind:
			err = fmt.Errorf("celrule: %s: cannot create a %s", c.pos(e.ID()), e.AsStruct().TypeName())
		case ast.ComprehensionKind:
			c.loops = true
			comp := e.AsComprehension()
			walk(comp.IterRange(), e)
			walk(comp.AccuInit(), e)
			walk(comp.LoopCondition(), e)
			walk(comp.LoopStep(), e)
			walk(comp.Result(), e)
		}
	}
	walk(c.ast.NativeRep().Expr(), nil)
	return err
}

// pattern checks the pattern of matches call e, s.matches(p) or
// matches(s, p): it must be a string literal, a valid RE2 expression.
// A pattern computed at evaluation, from the arguments say, would be
// compiled on every call, and its cost is not that of its length. The
// cost of a match by the pattern is noted in c.costs.
func (c *condition) pattern(e ast.Expr) error {
	args := e.AsCall().Args()
	if len(args) == 0 {
		return nil // not the standard library's; the checker said no
	}
	p := args[len(args)-1]
	lit, ok := types.String(""), false
	if p.Kind() == ast.LiteralKind {
		lit, ok = p.AsLiteral().(types.String)
	}
	if !ok {
		return c.errorAt(p, "the pattern of matches must be a string literal, not computed at evaluation")
	}
	insts, err := programSize(string(lit))
	if err == nil {
		_, err = regexp.Compile(string(lit))
	}
	if err != nil {
		return c.errorAt(p, "invalid pattern: %v", err)
	}
	c.costs.regex[string(lit)] = patternUnits(string(lit), insts)
	return nil
}

// chargeKeys rewrites each index by a computed key, a[k], as a[dyn(k)].
// CEL evaluates an index as a qualifier of a, which costs 1 whatever
// the key, but a map lookup hashes the whole key: args[args.k] in a
// comprehension would hash a megabyte key at every iteration. dyn is a
// call, which costs charges by the length of its argument, and it
// returns its argument unchanged.
func (c *condition) chargeKeys() {
	a := c.ast.NativeRep()
	info := a.SourceInfo()
	next := ast.MaxID(a)
	for id := range info.OffsetRanges() {
		next = max(next, id+1)
	}
	fac := ast.NewExprFactory()
	for _, e := range c.indexes {
		args := e.AsCall().Args()
		id := next
		next++
		if r, ok := info.GetOffsetRange(args[1].ID()); ok {
			info.SetOffsetRange(id, r)
		}
		a.SetType(id, types.DynType)
		a.SetReference(id, ast.NewFunctionReference(overloads.ToDyn))
		e.SetKindCase(fac.NewCall(e.ID(), operators.Index, args[0], fac.NewCall(id, overloads.TypeConvertDyn, args[1])))
	}
}

// argsKey is the constant key through which parent uses the variable
// args (ident e): args.k, has(args.k), args["k"] and "k" in args.
func argsKey(e, parent ast.Expr) (string, bool) {
	if parent == nil {
		return "", false
	}
	switch parent.Kind() {
	case ast.SelectKind:
		return parent.AsSelect().FieldName(), true
	case ast.CallKind:
		call := parent.AsCall()
		args := call.Args()
		if call.IsMemberFunction() || len(args) != 2 {
			return "", false
		}
		var key ast.Expr
		switch {
		case call.FunctionName() == operators.Index && args[0] == e:
			key = args[1]
		case call.FunctionName() == operators.In && args[1] == e:
			key = args[0]
		default:
			return "", false
		}
		if key.Kind() == ast.LiteralKind {
			if s, ok := key.AsLiteral().(types.String); ok {
				return string(s), true
			}
		}
	}
	return "", false
}

// errorAt is the error of an expression that does not compile because
// of subexpression e, as issuesError words CEL's: where e starts, and the
// line.
func (c *condition) errorAt(e ast.Expr, format string, args ...any) error {
	info := c.ast.NativeRep().SourceInfo()
	loc := info.GetStartLocation(e.ID())
	ast.PostOrderVisit(e, ast.NewExprVisitor(func(sub ast.Expr) {
		l := info.GetStartLocation(sub.ID())
		if l.Line() > 0 && (l.Line() < loc.Line() || l.Line() == loc.Line() && l.Column() < loc.Column()) {
			loc = l
		}
	}))
	src := common.NewTextSource(c.expr)
	errs := common.NewErrors(src)
	errs.ReportErrorAtID(e.ID(), loc, format, args...)
	return issuesError(src, cel.NewIssues(errs))
}

// pos is where expression node id starts, as "line:column".
func (c *condition) pos(id int64) string {
	loc := c.ast.NativeRep().SourceInfo().GetStartLocation(id)
	return fmt.Sprintf("%d:%d", loc.Line(), loc.Column()+1)
}

// errArguments is the error of arguments that are not a JSON object; it
// says no more, as the decoder's error would quote them.
var errArguments = errors.New("celrule: the arguments are not a valid JSON object")

// errTooMany is the error of arguments with more values than the
// decoding budget.
var errTooMany = errors.New("too many values")

type argDecoder struct {
	buf  bytes.Buffer
	dec  jsontext.Decoder
	left uint64 // values that may still be decoded
}

var (
	argDecoders = sync.Pool{New: func() any { return new(argDecoder) }}
	emptyReader = bytes.NewReader(nil)
)

// decodeArgs decodes the arguments object raw (nil: none): the members
// named in keys, or every member when all is set, and at most limit values
// (each string, number, boolean, null, list or map counts one). Objects
// are decoded as map[string]any, arrays as []any, and other values as
// CEL values (see number), which the maps and lists hold as they are, so
// that CEL converts nothing twice. The decoder is strict: no duplicate
// names, valid UTF-8 only (as the operation parser already checked).
func decodeArgs(raw []byte, keys []string, all bool, limit uint64) (map[string]any, error) {
	if raw == nil {
		return map[string]any{}, nil
	}
	d := argDecoders.Get().(*argDecoder)
	defer func() {
		// Keep no reference to raw, which may hold secrets: the
		// buffer wraps it, and the decoder reads it in place.
		d.buf = bytes.Buffer{}
		d.dec.Reset(emptyReader)
		argDecoders.Put(d)
	}()
	d.buf = *bytes.NewBuffer(raw)
	d.dec.Reset(&d.buf)
	d.left = limit
	m, err := d.object(keys, all)
	if errors.Is(err, errTooMany) {
		return nil, fmt.Errorf("celrule: the arguments the expression reads hold more than %d values", limit)
	}
	if err != nil {
		return nil, errArguments
	}
	if _, err := d.dec.ReadToken(); err != io.EOF {
		return nil, errArguments // more than one value
	}
	return m, nil
}

// object decodes an object, its members named in keys or all of them.
func (d *argDecoder) object(keys []string, all bool) (map[string]any, error) {
	tok, err := d.dec.ReadToken()
	if err != nil {
		return nil, err
	}
	if tok.Kind() != '{' {
		return nil, errArguments
	}
	m := make(map[string]any, len(keys))
	for d.dec.PeekKind() != '}' {
		name, err := d.dec.ReadValue() // a quoted, valid name
		if err != nil {
			return nil, err
		}
		k, ok := wanted(name, keys, all)
		if !ok {
			if err := d.dec.SkipValue(); err != nil {
				return nil, err
			}
			continue
		}
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		m[k] = v
	}
	if _, err := d.dec.ReadToken(); err != nil {
		return nil, err
	}
	return m, nil
}

// wanted reports whether the member with the quoted name is decoded, and
// its name unquoted.
func wanted(name jsontext.Value, keys []string, all bool) (string, bool) {
	var raw []byte
	if bytes.IndexByte(name, '\\') < 0 {
		raw = name[1 : len(name)-1]
	} else {
		var err error
		if raw, err = jsontext.AppendUnquote(nil, name); err != nil {
			return "", false
		}
	}
	if all {
		return string(raw), true
	}
	for _, k := range keys {
		if string(raw) == k {
			return k, true
		}
	}
	return "", false
}

// value decodes any JSON value.
func (d *argDecoder) value() (any, error) {
	if d.left == 0 {
		return nil, errTooMany
	}
	d.left--
	switch d.dec.PeekKind() {
	case '{':
		return d.object(nil, true)
	case '[':
		if _, err := d.dec.ReadToken(); err != nil {
			return nil, err
		}
		l := []any{}
		for d.dec.PeekKind() != ']' {
			v, err := d.value()
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		if _, err := d.dec.ReadToken(); err != nil {
			return nil, err
		}
		return l, nil
	}
	tok, err := d.dec.ReadToken()
	if err != nil {
		return nil, err
	}
	switch tok.Kind() {
	case '"':
		return types.String(tok.String()), nil
	case '0':
		return number(tok.String()), nil
	case 't':
		return types.True, nil
	case 'f':
		return types.False, nil
	case 'n':
		return types.NullValue, nil
	}
	return nil, errArguments
}

// number is the JSON number lit as an int when it is written as an
// integer that fits in 64 bits, as a uint when it is an integer past
// int64 up to the uint64 maximum (so that it compares exactly), else as
// the nearest double (±Inf past its range); an error if lit is not a
// number at all (a json.Number in claims may hold anything).
func number(lit string) ref.Val {
	if n, err := strconv.ParseInt(lit, 10, 64); err == nil {
		return types.Int(n)
	}
	if n, err := strconv.ParseUint(lit, 10, 64); err == nil {
		return types.Uint(n)
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return types.NewErr("invalid number")
	}
	return types.Double(f)
}
