package ratelimit

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
)

// TestNoRedisDependency: package ratelimit does not link go-redis, so that
// a program limiting in memory does not either; the Redis limiter lives in
// ratelimit/redislimit.
func TestNoRedisDependency(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("the go command is not available: %v", err)
	}
	out, err := exec.Command(goCmd, "list", "-deps", ".").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list -deps .: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list -deps .: %v", err)
	}
	var redis []string
	for dep := range strings.FieldsSeq(string(out)) {
		if strings.HasPrefix(dep, "github.com/redis/go-redis") {
			redis = append(redis, dep)
		}
	}
	if len(redis) > 0 {
		t.Errorf("package ratelimit depends on go-redis: %s", strings.Join(redis, ", "))
	}
}
