package redislimit

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/internal/testenv"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/internal/limitertest"
)

// startProcCluster starts a Redis Cluster of n masters, no replicas, as
// child processes of the test, and returns their addresses once every node
// reports cluster_state:ok. The nodes are killed when the test ends.
func startProcCluster(t *testing.T, n int) []string {
	t.Helper()
	server := procRequireBinary(t, "redis-server")
	cli := procRequireBinary(t, "redis-cli")

	// A client port and a cluster bus port per node (the bus port is
	// given explicitly, so that port+10000 need not be free).
	ports := procFreePorts(t, 2*n)
	addrs := make([]string, n)
	for i := range n {
		port, bus := ports[2*i], ports[2*i+1]
		srv := startProcRedis(t, server, port,
			"--cluster-enabled", "yes",
			"--cluster-port", strconv.Itoa(bus),
			"--cluster-config-file", fmt.Sprintf("nodes-%d.conf", port),
			"--cluster-node-timeout", "2000",
		)
		addrs[i] = srv.addr()
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	start := time.Now()
	if out, err := exec.CommandContext(ctx, cli, args...).CombinedOutput(); err != nil {
		t.Fatalf("redis-cli %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	t.Logf("redis-cli --cluster create: %v", time.Since(start).Round(time.Millisecond))

	nodes := make([]*redis.Client, n)
	for i, addr := range addrs {
		nodes[i] = redis.NewClient(&redis.Options{ContextTimeoutEnabled: true, Addr: addr, DialTimeout: time.Second, ReadTimeout: time.Second})
		defer nodes[i].Close()
	}
	deadline := time.Now().Add(20 * time.Second)
	for i, node := range nodes {
		for {
			info, err := node.ClusterInfo(ctx).Result()
			if err == nil && strings.Contains(info, "cluster_state:ok") {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("node %s not ok 20s after the cluster was created: %v\n%s", addrs[i], err, info)
			}
			// polls a real Redis cluster forming: real time is what it takes
			time.Sleep(50 * time.Millisecond)
		}
	}
	t.Logf("cluster_state:ok on %d nodes: %v", n, time.Since(start).Round(time.Millisecond))
	return addrs
}

// TestRedisCluster runs the Redis limiter on a real 3-node Redis Cluster:
// keys spread over slots and nodes each get exactly their burst, one key
// under 64 goroutines gets exactly its limit, and nothing ever fails.
func TestRedisCluster(t *testing.T) {
	addrs := startProcCluster(t, 3)
	ctx := context.Background()

	cc := redis.NewClusterClient(&redis.ClusterOptions{
		ContextTimeoutEnabled: true,
		Addrs:                 addrs,
		DialTimeout:           2 * time.Second,
		ReadTimeout:           2 * time.Second,
		WriteTimeout:          2 * time.Second,
	})
	t.Cleanup(func() { _ = cc.Close() })
	// The client learns the slot map lazily; wait until it knows every
	// master.
	deadline := time.Now().Add(10 * time.Second)
	for {
		var masters atomic.Int32
		err := cc.ForEachMaster(ctx, func(ctx context.Context, c *redis.Client) error {
			masters.Add(1)
			return c.Ping(ctx).Err()
		})
		if err == nil && masters.Load() == int32(len(addrs)) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the cluster client sees %d of %d masters: %v", masters.Load(), len(addrs), err)
		}
		cc.ReloadState(ctx)
		// polls a real Redis cluster forming: real time is what it takes
		time.Sleep(50 * time.Millisecond)
	}

	states := &procStateLog{}
	prefix := testenv.Unique("rlcluster:") + ":"
	lim, err := New(Options{
		Client:        cc,
		Prefix:        prefix,
		Timeout:       2 * time.Second,
		FailureMode:   FailClosed, // any failure surfaces as an error
		OnStateChange: states.record,
	})
	if err != nil {
		t.Fatal(err)
	}

	t.Run("keys across slots", func(t *testing.T) {
		const keys, burst = 50, 5
		limit := ratelimit.Limit{Rate: burst, Period: time.Hour}
		nodes := make(map[string]int)
		slots := make(map[int64]bool)
		for k := range keys {
			key := fmt.Sprintf("key%d", k)
			for i := range burst {
				res, err := lim.Allow(ctx, key, limit, 1)
				if err != nil || !res.Allowed || res.Remaining != burst-1-i {
					t.Fatalf("%s, call %d: got (%+v, %v), want allowed, remaining %d", key, i, res, err, burst-1-i)
				}
			}
			for i := range 2 { // the second denial comes from the denial cache
				res, err := lim.Allow(ctx, key, limit, 1)
				if err != nil || res.Allowed || res.RetryAfter <= 0 {
					t.Fatalf("%s, call %d: got (%+v, %v), want denied with a RetryAfter", key, burst+i, res, err)
				}
			}
			// The key lives on the master owning its slot.
			full := prefix + key
			master, err := cc.MasterForKey(ctx, full)
			if err != nil {
				t.Fatal(err)
			}
			if n, err := master.Exists(ctx, full).Result(); err != nil || n != 1 {
				t.Fatalf("%s is not on its master %s: %d, %v", full, master.Options().Addr, n, err)
			}
			nodes[master.Options().Addr]++
			slot, err := cc.ClusterKeySlot(ctx, full).Result()
			if err != nil {
				t.Fatal(err)
			}
			slots[slot] = true
		}
		t.Logf("%d keys over %d slots; per node %v", keys, len(slots), nodes)
		if len(nodes) != len(addrs) {
			t.Errorf("%d keys landed on %d nodes (%v), want all %d", keys, len(nodes), nodes, len(addrs))
		}
	})

	t.Run("one key, 64 goroutines", func(t *testing.T) {
		const goroutines, attempts, rate = 64, 300, 100
		allowed, err := limitertest.CountAllowed(ctx, lim, "hot", ratelimit.Limit{Rate: rate, Period: time.Hour}, goroutines, attempts)
		if err != nil {
			t.Fatal(err)
		}
		if allowed != rate {
			t.Fatalf("%d attempts by %d goroutines: %d allowed, want exactly %d", attempts, goroutines, allowed, rate)
		}
	})

	if s := lim.State(); s != BreakerClosed {
		t.Errorf("breaker %v, want closed", s)
	}
	if ev := states.events(); len(ev) != 0 {
		t.Errorf("breaker events %v, want none", states)
	}
}
