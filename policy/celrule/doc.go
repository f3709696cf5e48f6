// Package celrule compiles CEL expressions (https://cel.dev) into
// conditions of package policy: tests over the caller and the call, its
// arguments included, that a rule's When must pass once its scopes (or
// Public) are met.
//
//	cond, err := celrule.Compile(`args.path.startsWith("/home/" + principal.subject + "/") && !args.path.contains("..")`)
//	if err != nil {
//		return err // "celrule: 1:10: undefined field 'subjct'" and the line
//	}
//	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
//		{Name: "own files", Tools: []string{"read_file"}, Scopes: []string{"files:read"}, When: cond},
//	}})
//
// Compile has the signature of policy.Loader.Conditions, for policy files
// with "when" expressions:
//
//	pol, err := policy.Loader{Conditions: celrule.Compile}.File("policy.yaml")
//
// Expressions are compiled once, at start-up: parsed and type-checked
// against the variables below, and refused unless of type bool. Only
// CEL's standard library is there (no extensions, no macros but has, all,
// exists, exists_one, map and filter).
//
// # Variables
//
// principal is the caller:
//
//	principal.subject       string            "" without a credential
//	principal.issuer        string
//	principal.method        string            "jwt", "apikey", "introspection", ...; "" without a credential
//	principal.scopes        list(string)      as granted, without policy.Config.Implies
//	principal.claims        map(string, dyn)  the JWT's claims, or the API key's metadata
//	principal.key_id        string
//	principal.authenticated bool              false without a credential
//
// A caller without a credential (nil, or the gate's mcpctx.Anonymous())
// has empty fields. The fields are type-checked (principal.subjct does
// not compile), and has(principal.issuer) tests that one is not empty.
//
// method is the JSON-RPC method ("tools/call"), and name the tool or
// prompt name or the resource URI (see operation.Op.Name).
//
// args is the call's arguments, params.arguments, as map(string, dyn):
// empty when there are none. A JSON number is an int when it is written as
// an integer that fits in an int (64 bits), a uint when it is an integer
// past that up to 18446744073709551615 (the uint maximum), and a double
// otherwise (3 and -3 are ints, 10000000000000000000 is a uint, 3.0, 1e3
// and -9223372036854775809 are doubles): integers compare exactly, and
// args.n <= 10000000000000000000u does not hold for 10000000000000000500.
// Comparisons work across the three, so that args.count < 10 and
// args.count == 3 hold for 3 and 3.0 alike; arithmetic does not mix them
// (args.ratio + 1 fails for 2.5: write 1.0, or convert with int() or
// double(); and args.n + 1 for a uint: 1u). The numbers of claims, which
// package jwtauth decodes as json.Number, follow the same rule.
//
// Reading a member that is absent is an error, which denies: test it with
// has(args.path) or "path" in args first, or principal.claims.tenant
// with has(principal.claims.tenant). A prefix test does not confine a
// path ("/home/alice/../bob/x" starts with "/home/alice/"): reject ".."
// as above, or have the tool resolve paths itself.
//
// # Decisions
//
// Holds evaluates the expression: true lets the operation run, false or
// an error denies it (403). Errors say where in the expression and what
// went wrong, never with the arguments' values (callers log them, and
// arguments may be secrets): "celrule: 1:5: no such key: path".
//
// Lists: package policy's FilterLists asks each tool's or prompt's
// condition whether it may hold for the caller, without arguments.
// MayHold evaluates the expression with args unknown (CEL's partial
// evaluation): a tool is hidden only when its condition is false, or an
// error, whatever the arguments (principal.subject == "alice" &&
// args.x == 1, for bob), and listed otherwise; calls are still decided
// by Holds.
//
// # Cost
//
// Every evaluation is bounded by Options.CostLimit (DefaultCostLimit,
// 10 000, unless set), in CEL's cost units: about one per variable
// access, field selection, comparison or call, and for a call one more
// per ten bytes of the strings it scans or copies (their length in
// bytes, not in characters) and one per element of the lists and maps it
// goes through, whatever CEL knows of the types (the arguments are dyn).
// A concatenation is charged by its operands and its result; ==, <, ...,
// startsWith and endsWith by the shorter operand, or for lists and maps
// by the elements compared, down to the smaller of the two; x in a list
// by the elements compared with x, x in a map by x; contains,
// conversions (int, double, timestamp, ...) and size() of a string
// (which counts its characters) by the length of the string; an index
// by a key computed at evaluation (args[args.k]) by the key's length; a
// time zone name (getHours("Europe/Paris")) costs 50.
//
// An evaluation that would exceed the limit stops with an error, and so
// does one past CostLimit/4 iterations of comprehensions in all (all,
// exists, map, filter over the arguments), or one whose arguments hold
// more than CostLimit JSON values in the members it reads. CEL charges a
// call once it has run: the call that goes over the limit has done its
// work, one pass over an argument (up to about 20 ms for 4 MiB:
// timestamp() of a string that is not one quotes it in its error),
// except a match, which is refused before it runs when its own cost is
// over the limit.
//
// Compile refuses an expression that CEL estimates over the limit
// whatever the request, or that may be over it while reading nothing
// whose size the request sets (nested loops over literal lists).
// Regular expressions (matches) are RE2's, linear in the length of the
// string: the pattern must be a string literal (Compile refuses
// args.path.matches(args.pattern)), compiled once, and a match costs the
// string's length in units times a quarter of the pattern's length, or
// of the size of its compiled program when that is larger
// ("(a|aa?){1000}" is short, and compiles to thousands of instructions).
//
// At the default limit, the slowest evaluations measured take about
// 10 ms (2 500 iterations of a comprehension, on an AMD EPYC); those
// over large arguments stop at the limit once the arguments are decoded
// and at most one pass made over one of them, as above (decoding 4 MiB
// of arguments takes some 5 to 20 ms, the most for non-ASCII text). The
// time grows with the square of the limit.
package celrule
