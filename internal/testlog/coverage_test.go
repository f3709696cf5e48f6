package testlog

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// allowed are the test functions (file:Func, or file:* for a whole file)
// that construct a logger, handler or audit observer without testlog, and
// why. An entry that no longer matches anything fails the test: keep the
// list tight.
var allowed = map[string]string{
	// Benchmarks measure the cost of logging itself: a scanning handler
	// would be the cost measured.
	"audit_bench_test.go:BenchmarkAudit":                            "measures the cost of an event with a discarding, an observing and a JSON handler",
	"audit_cost_review12_test.go:TestReview12EventCostWithinBudget": "counts the allocations an event adds: a scanning handler would be counted",

	// Fuzzing: the harness is built from the *testing.F, whose methods
	// the fuzz target may not call; the MCP SDK's own debug logging only.
	"operation/fuzz_test.go:newDiffHarness": "fuzz harness: testing.F may not be failed from inside the fuzz target",
}

// TestEveryTestLoggerIsScanned parses every _test.go file of the module
// and fails for a logger, a handler or an audit observer a test builds
// other than through testlog: slog.New, slog.NewTextHandler,
// slog.NewJSONHandler, slog.DiscardHandler, log.New and
// audit.ObserverFunc are allowed only as arguments of testlog.Wrap or
// testlog.WrapObserver (slog.New: of testlog.Wrap's result). Example
// functions are exempt: their output is the documentation, and go test
// checks it.
func TestEveryTestLoggerIsScanned(t *testing.T) {
	root := moduleRoot(t)
	used := map[string]bool{}
	var bad []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); path != root && (n == "testdata" || n == "node_modules" || strings.HasPrefix(n, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		for _, v := range violations(t, path) {
			key := rel + ":" + v.fn
			if _, ok := allowed[key]; ok {
				used[key] = true
				continue
			}
			if _, ok := allowed[rel+":*"]; ok {
				used[rel+":*"] = true
				continue
			}
			bad = append(bad, fmt.Sprintf("%s:%d (%s): %s", rel, v.line, v.fn, v.what))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bad {
		t.Errorf("%s not through testlog (use testlog.New, testlog.Wrap, testlog.Writer or testlog.Observer, or allow it in coverage_test.go with a reason)", b)
	}
	for key := range allowed {
		if !used[key] {
			t.Errorf("allowed entry %q matches nothing any more: remove it", key)
		}
	}
}

type violation struct {
	fn   string
	line int
	what string
}

func violations(t *testing.T, path string) []violation {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("parsing %s: %v", path, err)
	}
	// The names under which the file imports the packages that matter.
	names := map[string]string{} // local name -> import path
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		name := p[strings.LastIndex(p, "/")+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		names[name] = p
	}
	// sel returns the import path and name of x when it is pkg.Name.
	sel := func(x ast.Expr) (string, string) {
		s, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok {
			return "", ""
		}
		id, ok := s.X.(*ast.Ident)
		if !ok {
			return "", ""
		}
		return names[id.Name], s.Sel.Name
	}
	const testlogPath = "github.com/mcpauth/mcpauth/internal/testlog"
	inTestlog := strings.HasSuffix(filepath.ToSlash(filepath.Dir(path)), "internal/testlog")
	isTestlog := func(x ast.Expr, fns ...string) bool {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return false
		}
		if inTestlog { // this package's own tests call it unqualified
			if id, ok := c.Fun.(*ast.Ident); ok && slices.Contains(fns, id.Name) {
				return true
			}
		}
		p, n := sel(c.Fun)
		return p == testlogPath && slices.Contains(fns, n)
	}

	var out []violation
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		fn := "(package)"
		if ok {
			fn = fd.Name.Name
			if fd.Recv != nil && len(fd.Recv.List) == 1 {
				fn = recvName(fd.Recv.List[0].Type) + "." + fn
			}
			if strings.HasPrefix(fn, "Example") {
				continue
			}
		}
		// The nodes allowed because testlog wraps them.
		ok2 := map[ast.Node]bool{}
		ast.Inspect(d, func(n ast.Node) bool {
			c, isCall := n.(*ast.CallExpr)
			if !isCall {
				return true
			}
			switch {
			case isTestlog(c, "Wrap", "WrapObserver"):
				for _, a := range c.Args {
					ok2[ast.Unparen(a)] = true
				}
			default:
				if p, n := sel(c.Fun); p == "log/slog" && n == "New" && len(c.Args) == 1 && isTestlog(c.Args[0], "Wrap") {
					ok2[c] = true
				}
			}
			return true
		})
		ast.Inspect(d, func(n ast.Node) bool {
			var what string
			switch x := n.(type) {
			case *ast.CallExpr:
				p, name := sel(x.Fun)
				switch {
				case p == "log/slog" && (name == "New" || name == "NewTextHandler" || name == "NewJSONHandler"):
					what = "slog." + name
				case p == "log" && name == "New":
					what = "log.New"
				case p == "github.com/mcpauth/mcpauth/audit" && name == "ObserverFunc":
					what = "audit.ObserverFunc"
				}
				if what != "" && ok2[x] {
					return false // and what it wraps
				}
			case *ast.SelectorExpr:
				if p, name := sel(x); p == "log/slog" && name == "DiscardHandler" && !ok2[x] {
					what = "slog.DiscardHandler"
				}
			}
			if what != "" {
				out = append(out, violation{fn, fset.Position(n.Pos()).Line, what})
				return false
			}
			return true
		})
	}
	return out
}

func recvName(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.StarExpr:
		return recvName(x.X)
	case *ast.IndexExpr:
		return recvName(x.X)
	case *ast.IndexListExpr:
		return recvName(x.X)
	case *ast.Ident:
		return x.Name
	}
	return "?"
}

func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.HasPrefix(string(b), "module github.com/mcpauth/mcpauth\n") {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod of github.com/mcpauth/mcpauth above the working directory")
		}
		dir = parent
	}
}
