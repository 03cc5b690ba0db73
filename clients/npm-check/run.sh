#!/usr/bin/env bash
# Starts user-svc from server/target/user-svc.jar in a throw-away directory, runs check.mjs against it
# through the published @1backend/client npm package, stops the server and exits with the check's code.
#
# Builds nothing: run `mvn -q -B -DskipTests install` (or package) at the repository root first.
#
# Environment (all optional):
#   NPM_CHECK_PORT / NPM_CHECK_ADMIN_PORT  ports for the server (default 18480 / 18481; when a default
#                                          port is busy a free one is picked instead)
#   NPM_CHECK_ADMIN_SLUG                   admin slug (default admin)
#   NPM_CHECK_ADMIN_PASSWORD               admin password (default a fixed test password)
#   USERSVC_DATABASE_URL (+ _DRIVER, _USER, _PASSWORD)
#                                          passed through to the server, e.g. to run on PostgreSQL; the
#                                          database must be empty or already have this admin password
#   NPM_CHECK_STARTUP_TIMEOUT              seconds to wait for /healthcheck (default 60)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/server/target/user-svc.jar"
config="$root/config.yml"

if [[ ! -f "$jar" ]]; then
  echo "run.sh: $jar not found; build it first: (cd $root && mvn -q -B -DskipTests install)" >&2
  exit 2
fi
if [[ ! -f "$config" ]]; then
  echo "run.sh: $config not found" >&2
  exit 2
fi
for tool in java node npm curl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is not on PATH" >&2; exit 2; }
done

if [[ ! -d "$here/node_modules/@1backend/client" ]]; then
  echo "run.sh: installing npm dependencies (npm ci)"
  (cd "$here" && npm ci --no-audit --no-fund)
fi

port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
pick_port() { # $1 = explicit value or empty, $2 = default
  if [[ -n "$1" ]]; then
    echo "$1"
  elif port_busy "$2"; then
    free_port
  else
    echo "$2"
  fi
}

port="$(pick_port "${NPM_CHECK_PORT:-}" 18480)"
admin_port="$(pick_port "${NPM_CHECK_ADMIN_PORT:-}" 18481)"
while [[ "$admin_port" == "$port" ]]; do admin_port="$(free_port)"; done
for p in "$port" "$admin_port"; do
  if port_busy "$p"; then
    echo "run.sh: port $p is already in use" >&2
    exit 2
  fi
done
admin_slug="${NPM_CHECK_ADMIN_SLUG:-admin}"
admin_password="${NPM_CHECK_ADMIN_PASSWORD:-npm-check-admin-pw-1}"
timeout="${NPM_CHECK_STARTUP_TIMEOUT:-60}"

workdir="$(mktemp -d "${TMPDIR:-/tmp}/user-svc-npm-check.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "run.sh: starting user-svc on port $port (admin $admin_port) in $workdir"
(
  cd "$workdir"
  USERSVC_PORT="$port" USERSVC_ADMIN_PORT="$admin_port" \
    USERSVC_ADMIN_SLUG="$admin_slug" USERSVC_ADMIN_PASSWORD="$admin_password" \
    exec java -jar "$jar" server "$config"
) >"$workdir/server.log" 2>&1 &
server_pid=$!

deadline=$((SECONDS + timeout))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$admin_port/healthcheck" || true)" == "200" ]]; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "run.sh: user-svc exited during startup; its log:" >&2
    tail -n 50 "$workdir/server.log" >&2
    exit 1
  fi
  if (( SECONDS >= deadline )); then
    echo "run.sh: user-svc not healthy after ${timeout}s; its log:" >&2
    tail -n 50 "$workdir/server.log" >&2
    exit 1
  fi
  sleep 0.5
done

set +e
node "$here/check.mjs" "http://127.0.0.1:$port" "$admin_slug" "$admin_password"
status=$?
set -e
if [[ $status -ne 0 ]]; then
  echo "run.sh: check failed; last server log lines:" >&2
  tail -n 40 "$workdir/server.log" >&2
fi
exit "$status"
