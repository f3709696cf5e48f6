# Sourced by the scripts tests/readme.test.mjs makes of README.md's command
# blocks. A command that starts a server (go run ./examples/...) runs in the
# background until the server answers GET /health, or until it exits;
# stop_servers ends them all when the block is done.
servers=()

# start_server LINE: run LINE, which starts a server, and wait until the
# first loopback URL it prints answers /health. With MCPAUTH_E2E_OFFLINE=1
# the server is expected to fail instead, for want of a host that only
# exists outside this machine: it must exit non-zero saying so.
start_server() {
  local line=$1 log
  log=$(mktemp "${TMPDIR:-/tmp}/readme-server.XXXXXX")
  printf '+ %s\n' "$line"
  setsid bash -c "$line" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do
    if ! kill -0 "$pid" 2>/dev/null; then
      local rc=0
      wait "$pid" || rc=$?
      cat "$log"
      if [ "${MCPAUTH_E2E_OFFLINE:-}" = 1 ] && [ "$rc" != 0 ] && grep -q 'no such host' "$log"; then
        echo "(exited $rc: the host is not reachable from here, as expected)"
        return 0
      fi
      echo "server exited ($rc) before it answered" >&2
      return 1
    fi
    local url
    url=$(grep -o -m1 'http://127\.0\.0\.1:[0-9]*' "$log" || true)
    if [ -n "$url" ] && curl -sf -o /dev/null "$url/health"; then
      if [ "${MCPAUTH_E2E_OFFLINE:-}" = 1 ]; then
        cat "$log"; echo "server started although it needs an outside host" >&2
        kill -- -"$pid"; return 1
      fi
      servers+=("$pid")
      sed 's/mcp_[A-Za-z0-9]*_[A-Za-z0-9]*/mcp_<key>/g' "$log" | head -5
      echo "(up at $url)"
      return 0
    fi
    sleep 0.2
  done
  cat "$log"; echo "server not up after 120 s" >&2
  kill -- -"$pid"
  return 1
}

stop_servers() {
  local pid
  for pid in "${servers[@]}"; do
    kill -- -"$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  servers=()
}
trap stop_servers EXIT
