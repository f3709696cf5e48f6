// Package nilcheck tells whether a dependency handed to a constructor is
// missing: nil, or an interface holding a nil pointer, map, func, slice or
// channel — what an ignored constructor error leaves behind.
package nilcheck

import "reflect"

// Nil reports whether v is nil or holds a nil pointer, map, func, slice,
// channel or interface.
func Nil(v any) bool {
	if v == nil {
		return true
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Slice, reflect.Chan, reflect.Interface:
		return rv.IsNil()
	}
	return false
}
