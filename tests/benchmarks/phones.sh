#!/usr/bin/env bash
# Participants' phones benchmark, medians: runs bench_phones RUNS times (default 5) with one phone (the baseline) and
# with PHONES phones (default 300), alternately, and prints the median of each figure, the ratio of the two and the
# target where there is one. A run that fails (a phone's event lost or duplicated, phones not joined) is named on
# stderr, its figures still count, and the exit status is 1.
# The session files are in TMPDIR, whose disk's sync latency counts in the host's answers (see bench_phones.cpp).
# Usage: tests/benchmarks/phones.sh [BUILD_DIR]     (default: build/ci; RUNS=N, PHONES=N in the environment)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath -m "${1:-$root/build/ci}")
runs=${RUNS:-5}
phones=${PHONES:-300}
bench=$build/tests/benchmarks/bench_phones
cli=$build/app/moderato-cli
for exe in "$bench" "$cli"; do
    if [[ ! -x $exe ]]; then
        echo "phones.sh: $exe not found; build first (e.g. cmake --preset ci && cmake --build --preset ci)." >&2
        exit 1
    fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg) # others' work on the machine counts in every figure
for ((i = 1; i <= runs; ++i)); do
    for load in baseline full; do
        count=$([[ $load == baseline ]] && echo 1 || echo "$phones")
        if ! "$bench" --cli "$cli" --phones "$count" >"$scratch/$load-$i.txt"; then
            echo "phones.sh: run $i with $count phone(s) failed" >&2
            failed=1
        fi
    done
done

# value LOAD KEY: the median over the runs of the figure "KEY: value" (n/a when no run printed it).
value() {
    for f in "$scratch/$1"-*.txt; do
        awk -F': ' -v key="$2" '$1 == key { print $2 }' "$f"
    done | sort -g | awk '
        { v[++n] = $1 }
        END {
            if (n == 0) print "n/a"
            else if (n % 2) print v[(n + 1) / 2]
            else printf "%.2f\n", (v[n / 2] + v[n / 2 + 1]) / 2
        }'
}

printf 'medians of %d runs each, %d phones (machine: %s cores; load average before %s, after %s)\n' \
    "$runs" "$phones" "$(nproc)" "$load_before" "$(cut -d ' ' -f 1-3 /proc/loadavg)"
printf '%-44s %10s %10s %8s %8s %4s\n' "" "1 phone" "$phones phones" "ratio" "target" "met"
# row LABEL KEY [TARGET]: the medians with one phone and with all, their ratio, and whether the full load is within
# the target (at most TARGET).
row() {
    local base full ratio met=""
    base=$(value baseline "$2")
    full=$(value full "$2")
    ratio=$(awk -v b="$base" -v f="$full" \
        'BEGIN { if (b == "n/a" || f == "n/a" || b + 0 == 0) print "-"; else printf "%.1f\n", f / b }')
    if [[ -n ${3:-} ]]; then
        met=$(awk -v f="$full" -v t="$3" 'BEGIN { print (f != "n/a" && f + 0 <= t + 0) ? "yes" : "NO" }')
    fi
    printf '%-44s %10s %10s %8s %8s %4s\n' "$1" "$base" "$full" "$ratio" "${3:+<= $3}" "$met"
}
row "phones joined" "phones joined"
row "join time (s)" "join s"
row "phone messages sent" "phone messages sent"
row "phone messages refused" "phone messages refused" 0
row "console sees a request p50 (ms)" "console sees request p50 ms"
row "console sees a request p99 (ms)" "console sees request p99 ms" 100
row "console sees a request max (ms)" "console sees request max ms"
row "console missed a request" "console sees request missed" 0
row "update to all phones p50 (ms)" "update to all phones p50 ms"
row "update to all phones p99 (ms)" "update to all phones p99 ms" 500
row "update to all phones max (ms)" "update to all phones max ms"
row "update missed (phones x changes)" "update to all phones missed" 0
row "host memory before the phones (MiB)" "host rss before phones MiB"
row "host memory at the end (MiB)" "host rss end MiB"
row "host peak memory increase (MiB)" "host peak increase MiB" 50
row "host cpu during the session (% of a core)" "host cpu session %"
row "bench cpu during the session (% of a core)" "bench cpu session %"
row "bench event loop longest stall (ms)" "bench loop stall max ms"
row "events lost" "events lost" 0
row "events duplicated" "events duplicated" 0
row "events of unknown phones" "events of unknown phones" 0
exit "$failed"
