package otelaudit_test

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
)

// TestNoOpenTelemetryInTheCore: no library package of the module but
// this one links OpenTelemetry, so that a program that does not import
// otelaudit does not either. (The examples are programs: they may.)
func TestNoOpenTelemetryInTheCore(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("the go command is not available: %v", err)
	}
	out, err := exec.Command(goCmd, "list", "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`, "github.com/mcpauth/mcpauth/...").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	const self = "github.com/mcpauth/mcpauth/audit/otelaudit"
	checked := 0
	for line := range strings.Lines(string(out)) {
		f := strings.Fields(line)
		if len(f) == 0 || !strings.HasPrefix(f[0], "github.com/mcpauth/mcpauth") || f[0] == self ||
			strings.HasPrefix(f[0], "github.com/mcpauth/mcpauth/examples/") { // programs that chose to use it
			continue
		}
		checked++
		for _, dep := range f[1:] {
			if strings.HasPrefix(dep, "go.opentelemetry.io/") || dep == self {
				t.Errorf("%s depends on %s", f[0], dep)
				break
			}
		}
	}
	if checked < 10 {
		t.Fatalf("only %d packages of the module listed:\n%s", checked, out)
	}
}
