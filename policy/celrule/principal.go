package celrule

import (
	"encoding/json"
	"reflect"
	"slices"

	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/common/types/traits"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// principalTypeName is the CEL type of the principal variable. It shows
// in type errors ("applied to '(mcpauth.Principal, int)'").
const principalTypeName = "mcpauth.Principal"

var principalType = types.NewObjectType(principalTypeName, traits.FieldTesterType|traits.IndexerType)

// A principalField is one field of the principal variable: its CEL type
// and how to read it from a principal (nil for a caller without a
// credential). Reading returns CEL values, so that nothing is converted
// by reflection.
type principalField struct {
	t   *types.Type
	get func(p *mcpctx.Principal) ref.Val
}

var (
	emptyStrings = types.NewStringList(types.DefaultTypeAdapter, []string{})
	noClaims     = map[string]any{}
)

var principalFields = map[string]principalField{
	"subject": {types.StringType, func(p *mcpctx.Principal) ref.Val {
		if p == nil {
			return types.String("")
		}
		return types.String(p.Subject)
	}},
	"issuer": {types.StringType, func(p *mcpctx.Principal) ref.Val {
		if p == nil {
			return types.String("")
		}
		return types.String(p.Issuer)
	}},
	"method": {types.StringType, func(p *mcpctx.Principal) ref.Val {
		if p == nil {
			return types.String("")
		}
		return types.String(p.Method)
	}},
	"key_id": {types.StringType, func(p *mcpctx.Principal) ref.Val {
		if p == nil {
			return types.String("")
		}
		return types.String(p.KeyID)
	}},
	"authenticated": {types.BoolType, func(p *mcpctx.Principal) ref.Val {
		return types.Bool(p != nil)
	}},
	"scopes": {types.NewListType(types.StringType), func(p *mcpctx.Principal) ref.Val {
		if p == nil || len(p.Scopes) == 0 {
			return emptyStrings
		}
		return types.NewStringList(adapter, p.Scopes)
	}},
	"claims": {types.NewMapType(types.StringType, types.DynType), func(p *mcpctx.Principal) ref.Val {
		if p == nil || p.Claims == nil {
			return types.NewStringInterfaceMap(adapter, noClaims)
		}
		return types.NewStringInterfaceMap(adapter, p.Claims)
	}},
}

var principalFieldNames = func() []string {
	var names []string
	for n := range principalFields {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}()

// credentialed is p as conditions see it: nil for a caller without a
// credential, whether the gate says so with nil or with
// mcpctx.Anonymous() (as package policy decides both alike).
func credentialed(p *mcpctx.Principal) *mcpctx.Principal {
	if p != nil && p.Method == mcpctx.MethodAnonymous {
		return nil
	}
	return p
}

// principalVal is the value of the principal variable.
type principalVal struct{ p *mcpctx.Principal }

var _ traits.Indexer = principalVal{}

func (v principalVal) ConvertToNative(t reflect.Type) (any, error) {
	if t == reflect.TypeFor[*mcpctx.Principal]() {
		return v.p, nil
	}
	return nil, errConversion
}

func (v principalVal) ConvertToType(t ref.Type) ref.Val {
	switch t {
	case principalType:
		return v
	case types.TypeType:
		return principalType
	}
	return types.NewErr("type conversion error from '%s' to '%s'", principalTypeName, t.TypeName())
}

func (v principalVal) Equal(other ref.Val) ref.Val {
	o, ok := other.(principalVal)
	return types.Bool(ok && o.p == v.p)
}

func (v principalVal) Type() ref.Type { return principalType }
func (v principalVal) Value() any     { return v.p }

// Get implements traits.Indexer, for principal["subject"].
func (v principalVal) Get(key ref.Val) ref.Val {
	if s, ok := key.(types.String); ok {
		if f, ok := principalFields[string(s)]; ok {
			return f.get(v.p)
		}
		return types.NewErr("no such field: %s", string(s))
	}
	return types.ValOrErr(key, "no such overload")
}

// IsSet implements traits.FieldTester, for has(principal.subject): true
// when the field is not empty (false, "", no element).
func (v principalVal) IsSet(field ref.Val) ref.Val {
	s, ok := field.(types.String)
	if !ok {
		return types.ValOrErr(field, "no such overload")
	}
	f, ok := principalFields[string(s)]
	if !ok {
		return types.NewErr("no such field: %s", string(s))
	}
	return types.Bool(isSet(f.get(v.p)))
}

func isSet(v ref.Val) bool {
	switch v := v.(type) {
	case types.String:
		return v != ""
	case types.Bool:
		return bool(v)
	case traits.Sizer:
		return v.Size() != types.IntZero
	}
	return true
}

// provider declares the principal's type on top of CEL's standard types.
type provider struct{ *types.Registry }

func (p provider) FindStructType(name string) (*types.Type, bool) {
	if name == principalTypeName {
		return types.NewTypeTypeWithParam(principalType), true
	}
	return p.Registry.FindStructType(name)
}

func (p provider) FindStructFieldNames(name string) ([]string, bool) {
	if name == principalTypeName {
		return slices.Clone(principalFieldNames), true
	}
	return p.Registry.FindStructFieldNames(name)
}

func (p provider) FindStructFieldType(name, field string) (*types.FieldType, bool) {
	if name != principalTypeName {
		return p.Registry.FindStructFieldType(name, field)
	}
	f, ok := principalFields[field]
	if !ok {
		return nil, false
	}
	return &types.FieldType{
		Type: f.t,
		IsSet: func(obj any) bool {
			p, _ := obj.(*mcpctx.Principal)
			return isSet(f.get(p))
		},
		GetFrom: func(obj any) (any, error) {
			p, _ := obj.(*mcpctx.Principal)
			return f.get(p), nil
		},
	}, true
}

func (p provider) NewValue(name string, fields map[string]ref.Val) ref.Val {
	if name == principalTypeName {
		return types.NewErr("cannot create a %s", principalTypeName)
	}
	return p.Registry.NewValue(name, fields)
}

// valueAdapter converts the Go values of claims and arguments to CEL
// values: as CEL's own adapter does, except that a json.Number (how
// package jwtauth decodes claims) is a number, an int when written as
// one (see number), and that maps and lists convert their elements
// with this adapter too.
type valueAdapter struct{ types.Adapter }

func (a valueAdapter) NativeToValue(v any) ref.Val {
	switch v := v.(type) {
	case json.Number:
		return number(string(v))
	case map[string]any:
		return types.NewStringInterfaceMap(a, v)
	case []any:
		return types.NewDynamicList(a, v)
	case *mcpctx.Principal:
		return principalVal{credentialed(v)}
	}
	return a.Adapter.NativeToValue(v)
}

// adapter is the environment's adapter.
var adapter = valueAdapter{types.DefaultTypeAdapter}
