#!/usr/bin/env bash
# user-svc benchmark: requests/s of the hot endpoints, reported as ratios measured in ONE run.
#
#   mvn -q -B -o install -DskipTests && bench/run.sh      # full run, about 2 minutes
#   BENCH_QUICK=1 bench/run.sh                           # quick mode, about 40 seconds
#
# Load goes to 127.0.0.1 only; every wrk run is bounded in time. Environment overrides:
#   BENCH_PORT / BENCH_ADMIN_PORT   ports of the server under test (default 18480 / 18481, must be free)
#   BENCH_DURATION / BENCH_WARMUP   seconds of measurement / warm-up per endpoint (default 10 / 3; quick: 4 / 1)
#   BENCH_ROUNDS                    slices the measurement is cut into, round-robin over endpoints (default 2)
#   BENCH_THREADS / BENCH_CONNECTIONS  wrk threads and connections (default 2 / 16)
#   BENCH_HASH_COUNT                hashes per thread in the bare argon2id measurement (default 30; quick: 10)
#   BENCH_JAR                       server jar (default server/target/user-svc.jar)
#   BENCH_JAVA_OPTS                 extra JVM options for the server (e.g. -Xmx512m)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
JAR="${BENCH_JAR:-$ROOT/server/target/user-svc.jar}"
CONFIG="$ROOT/config.yml"
PORT="${BENCH_PORT:-18480}"
ADMIN_PORT="${BENCH_ADMIN_PORT:-18481}"
if [[ "${BENCH_QUICK:-0}" == 1 ]]; then
    DURATION="${BENCH_DURATION:-4}"; WARMUP="${BENCH_WARMUP:-1}"; ROUNDS="${BENCH_ROUNDS:-2}"
    HASH_COUNT="${BENCH_HASH_COUNT:-10}"
else
    DURATION="${BENCH_DURATION:-10}"; WARMUP="${BENCH_WARMUP:-3}"; ROUNDS="${BENCH_ROUNDS:-2}"
    HASH_COUNT="${BENCH_HASH_COUNT:-30}"
fi
SLICE=$(( DURATION / ROUNDS )); (( SLICE >= 1 )) || SLICE=1
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
CORES="$(nproc)"
BASE="http://127.0.0.1:$PORT"
ADMIN="http://127.0.0.1:$ADMIN_PORT"

say() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# --- prerequisites -------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    say "wrk not found: installing the Debian package"
    SUDO=""; [[ "$(id -u)" != 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null || die "could not install wrk (apt-get install wrk)"
fi
for tool in curl java python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is required"
done
[[ -f "$JAR" ]] || die "server jar not found at $JAR -- build it first: (cd $ROOT && mvn -q -B -o install -DskipTests)"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_free "$PORT" || die "port $PORT is in use -- set BENCH_PORT to a free port"
port_free "$ADMIN_PORT" || die "admin port $ADMIN_PORT is in use -- set BENCH_ADMIN_PORT to a free port"

# --- server --------------------------------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/user-svc-bench.XXXXXX")"
SERVER_PID=""
cleanup() {
    local status=$?
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ $status != 0 && -f "$WORK/server.log" ]]; then
        say "server log (last 30 lines):"; grep -v '^127\.0\.0\.1 - ' "$WORK/server.log" | tail -30 >&2 || true
    fi
    rm -rf "$WORK"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

LOADAVG_START="$(cut -d' ' -f1-3 /proc/loadavg)"
say "load average before the run: $LOADAVG_START on $CORES cores"
say "starting $JAR on 127.0.0.1:$PORT (admin $ADMIN_PORT) in $WORK"
(
    cd "$WORK"
    # shellcheck disable=SC2086
    exec env USERSVC_PORT="$PORT" USERSVC_ADMIN_PORT="$ADMIN_PORT" \
        USERSVC_ADMIN_PASSWORD="bench-admin-$RANDOM$RANDOM" USERSVC_TOKEN_LIFETIME="30 minutes" \
        java ${BENCH_JAVA_OPTS:-} -jar "$JAR" server "$CONFIG" >"$WORK/server.log" 2>&1
) &
SERVER_PID=$!

for _ in $(seq 120); do   # at most 60 s
    kill -0 "$SERVER_PID" 2>/dev/null || die "server exited during startup"
    curl -sf -o /dev/null "$ADMIN/healthcheck" && break
    sleep 0.5
done
curl -sf -o /dev/null "$ADMIN/healthcheck" || die "server not healthy after 60 s"
say "server is healthy (pid $SERVER_PID)"

# --- a user and its token ------------------------------------------------------------------------------------
export BENCH_APP_HOST="bench.example"
export BENCH_SLUG="bench-user"
export BENCH_PASSWORD="bench-password-123"
REGISTER="$(curl -sS -X POST -H 'Content-Type: application/json' \
    -d "{\"appHost\":\"$BENCH_APP_HOST\",\"slug\":\"$BENCH_SLUG\",\"password\":\"$BENCH_PASSWORD\"}" \
    "$BASE/user-svc/register")"
BENCH_TOKEN="$(printf '%s' "$REGISTER" | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"]["token"])')" \
    || die "register failed: $REGISTER"
export BENCH_TOKEN

check() {  # method path [script-args...]: one request must answer 200 before we load it
    local code
    code="$(curl -s -o /dev/null -w '%{http_code}' "$@")"
    [[ "$code" == 200 ]] || die "smoke request failed ($code): $*"
}
check "$BASE/user-svc/public-key"
check "$ADMIN/ping"
check -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $BENCH_TOKEN" -d '{}' \
    "$BASE/user-svc/self/has/user-svc:user:password-change"
check -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $BENCH_TOKEN" -d '{}' "$BASE/user-svc/self"
check -X POST -H 'Content-Type: application/json' \
    -d "{\"appHost\":\"$BENCH_APP_HOST\",\"slug\":\"$BENCH_SLUG\",\"password\":\"$BENCH_PASSWORD\"}" "$BASE/user-svc/login"

# --- load ----------------------------------------------------------------------------------------------------
# Bare hash rate once before the load (server idle) and once after it; login is compared to the mean of the two.
say "bare argon2id before the load: $CORES threads, $HASH_COUNT hashes per thread"
HASHN_BEFORE="$(cd "$ROOT" && java -cp "$JAR" "$BENCH/HashCost.java" 3 "$HASH_COUNT" "$CORES")"
# Each endpoint is warmed up once, then the measurement is cut into $ROUNDS slices that go round-robin over the
# endpoints, so a change in the machine's load during the run hits every endpoint alike and the ratios hold.
NAMES=(ping public-key has-permission read-self login)
declare -A URL=(
    [ping]="$ADMIN/ping"
    [public-key]="$BASE/user-svc/public-key"
    [has-permission]="$BASE/user-svc/self/has/user-svc:user:password-change"
    [read-self]="$BASE/user-svc/self"
    [login]="$BASE/user-svc/login"
)
declare -A SCRIPT=([has-permission]="$BENCH/bearer-post.lua" [read-self]="$BENCH/bearer-post.lua"
    [login]="$BENCH/login-post.lua")
declare -A REQS SECS RPS P50 P99 ROUND_RPS

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0;
    else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

run_wrk() {  # name seconds -> wrk output on stdout; dies on errors
    local name="$1" seconds="$2" out args=(-t "$THREADS" -c "$CONNECTIONS" --latency --timeout 5s)
    [[ -n "${SCRIPT[$name]:-}" ]] && args+=(-s "${SCRIPT[$name]}")
    out="$(wrk "${args[@]}" -d "${seconds}s" "${URL[$name]}")"
    if grep -qE 'Non-2xx or 3xx responses|Socket errors' <<<"$out"; then
        printf '%s\n' "$out" >&2
        die "$name: wrk saw errors; the figure would measure failures, not work"
    fi
    printf '%s\n' "$out"
}

for name in "${NAMES[@]}"; do
    say "$name: warm-up ${WARMUP}s"
    run_wrk "$name" "$WARMUP" >/dev/null
    REQS[$name]=0; SECS[$name]=0; P50[$name]=0; P99[$name]=0
done
for round in $(seq "$ROUNDS"); do
    for name in "${NAMES[@]}"; do
        out="$(run_wrk "$name" "$SLICE")"
        printf '%s\n' "$out" > "$WORK/wrk-$name-$round.txt"
        read -r count secs < <(awk '/requests in/ { c = $1; s = $4; sub(/,$/, "", s);
            m = 1; if (s ~ /ms$/) m = 0.001; else if (s ~ /m$/) m = 60; print c, (s + 0) * m }' <<<"$out")
        p50="$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")"
        p99="$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
        REQS[$name]=$(( ${REQS[$name]} + count ))
        SECS[$name]="$(awk -v a="${SECS[$name]}" -v b="$secs" 'BEGIN { print a + b }')"
        P50[$name]="$(awk -v a="${P50[$name]}" -v b="$p50" -v r="$ROUNDS" 'BEGIN { printf "%.2f", a + b / r }')"
        P99[$name]="$(awk -v a="${P99[$name]}" -v b="$p99" 'BEGIN { printf "%.2f", (b > a ? b : a) }')"
        ROUND_RPS[$name,$round]="$(awk -v c="$count" -v s="$secs" 'BEGIN { printf "%.2f", c / s }')"
        say "round $round/$ROUNDS $name: ${ROUND_RPS[$name,$round]} req/s (p50 ${p50} ms, p99 ${p99} ms)"
    done
done
for name in "${NAMES[@]}"; do
    RPS[$name]="$(awk -v c="${REQS[$name]}" -v s="${SECS[$name]}" 'BEGIN { printf "%.2f", c / s }')"
done

SERVER_CPU_S="$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$SERVER_PID/stat" 2>/dev/null || echo '?')"
REQUEST_LINES="$(grep -c '^127\.0\.0\.1 - ' "$WORK/server.log" || true)"
OTHER_LINES="$(grep -vc '^127\.0\.0\.1 - ' "$WORK/server.log" || true)"

# Stop the server before the in-process hash measurement so both do not fight for the same cores.
kill "$SERVER_PID" 2>/dev/null || true
for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done

# --- bare argon2id, same parameters, in-process --------------------------------------------------------------
# $CORES threads first, right after the login run: login/hash compares the two at the same parallelism.
say "bare argon2id: $CORES threads, then 1 thread, $HASH_COUNT hashes per thread"
HASHN="$(cd "$ROOT" && java -cp "$JAR" "$BENCH/HashCost.java" 3 "$HASH_COUNT" "$CORES")"
HASH1="$(cd "$ROOT" && java -cp "$JAR" "$BENCH/HashCost.java" 3 "$HASH_COUNT" 1)"
HASH1_RATE="$(sed -E 's/.*hashes_per_s=([0-9.]+).*/\1/' <<<"$HASH1")"
HASH1_MS="$(sed -E 's/.*ms_per_hash=([0-9.]+).*/\1/' <<<"$HASH1")"
HASHN_RATE="$(awk -v a="$(sed -E 's/.*hashes_per_s=([0-9.]+).*/\1/' <<<"$HASHN_BEFORE")" \
    -v b="$(sed -E 's/.*hashes_per_s=([0-9.]+).*/\1/' <<<"$HASHN")" 'BEGIN { printf "%.2f", (a + b) / 2 }')"

# --- report --------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }
spread() {  # a b: min..max of the per-round ratio a/b, to show how much the load moved the figure
    local r values=()
    for r in $(seq "$ROUNDS"); do values+=("$(ratio "${ROUND_RPS[$1,$r]}" "${ROUND_RPS[$2,$r]}")"); done
    printf '%s\n' "${values[@]}" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "rounds %s..%s", lo, hi }'
}
mkdir -p "$BENCH/results"
REPORT="$BENCH/results/latest.txt"
{
    echo "user-svc benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "machine: $CORES cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), shared;" \
         "load average at start $LOADAVG_START"
    echo "wrk: $THREADS threads, $CONNECTIONS connections, 127.0.0.1; per endpoint ${WARMUP}s warm-up, then" \
         "$ROUNDS x ${SLICE}s slices round-robin over the endpoints"
    echo "latency: p50 = mean over slices, p99 = worst slice, in ms"
    echo
    printf '%-16s %12s %10s %10s  %s\n' endpoint req/s p50 p99 request
    printf '%-16s %12s %10s %10s  %s\n' ping "${RPS[ping]}" "${P50[ping]}" "${P99[ping]}" "GET /ping (admin connector)"
    printf '%-16s %12s %10s %10s  %s\n' public-key "${RPS[public-key]}" "${P50[public-key]}" "${P99[public-key]}" "GET /user-svc/public-key"
    printf '%-16s %12s %10s %10s  %s\n' has-permission "${RPS[has-permission]}" "${P50[has-permission]}" "${P99[has-permission]}" "POST /user-svc/self/has/user-svc:user:password-change"
    printf '%-16s %12s %10s %10s  %s\n' read-self "${RPS[read-self]}" "${P50[read-self]}" "${P99[read-self]}" "POST /user-svc/self"
    printf '%-16s %12s %10s %10s  %s\n' login "${RPS[login]}" "${P50[login]}" "${P99[login]}" "POST /user-svc/login (valid password)"
    echo
    printf 'bare argon2id (t=2, m=19 MiB, p=1): %s hashes/s on 1 thread (%s ms each); on %s threads %s hashes/s\n' \
        "$HASH1_RATE" "$HASH1_MS" "$CORES" "$HASHN_RATE"
    printf '  (mean of before the load: %s, after it: %s)\n' \
        "$(sed -E 's/.*hashes_per_s=([0-9.]+).*/\1/' <<<"$HASHN_BEFORE")" "$(sed -E 's/.*hashes_per_s=([0-9.]+).*/\1/' <<<"$HASHN")"
    echo
    echo "ratios (same run; these are the figures to compare across runs):"
    row() { printf '  %-30s %-32s %s\n' "$1" "$2" "$3"; }
    row "has-permission / public-key" "$(ratio "${RPS[has-permission]}" "${RPS[public-key]}") ($(spread has-permission public-key))" \
        "hot path vs bare endpoint, same connector and JSON stack"
    row "read-self / public-key" "$(ratio "${RPS[read-self]}" "${RPS[public-key]}") ($(spread read-self public-key))" \
        "DB-backed read vs bare endpoint"
    row "has-permission / read-self" "$(ratio "${RPS[has-permission]}" "${RPS[read-self]}") ($(spread has-permission read-self))" \
        "must be > 1: the hot path does not touch the DB"
    row "public-key / ping" "$(ratio "${RPS[public-key]}" "${RPS[ping]}") ($(spread public-key ping))" \
        "JAX-RS + JSON stack vs bare servlet (admin connector)"
    row "login / bare hash ($CORES threads)" "$(ratio "${RPS[login]}" "$HASHN_RATE")" \
        "share of login time that is the hash (1.0 = hash-bound)"
    echo
    echo "server: ${SERVER_CPU_S}s CPU over the run; log lines: $REQUEST_LINES request-log, $OTHER_LINES other"
    echo "note: absolute req/s on a shared $CORES-core machine vary run to run (wrk shares the cores with the server);"
    echo "      only the ratios are meant to be compared."
} | tee "$REPORT"
say "summary written to $REPORT"
