#!/usr/bin/env bash
# Sharing benchmark, medians: runs bench_share RUNS times (default 5) without observers (the baseline) and with
# 300 observers, alternately, and prints the median of each figure and the ratio of the two.
# Usage: tests/benchmarks/share.sh [BUILD_DIR]     (default: build/ci; RUNS=N in the environment)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath -m "${1:-$root/build/ci}")
runs=${RUNS:-5}
bench=$build/tests/benchmarks/bench_share
cli=$build/app/moderato-cli
for exe in "$bench" "$cli"; do
    if [[ ! -x $exe ]]; then
        echo "share.sh: $exe not found; build first (e.g. cmake --preset ci && cmake --build --preset ci)." >&2
        exit 1
    fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for ((i = 1; i <= runs; ++i)); do
    for observers in 0 300; do
        "$bench" --cli "$cli" --observers "$observers" >"$scratch/$observers-$i.txt"
    done
done

# The median of the numbers on stdin.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# figure FILE-PREFIX AWK-PROGRAM: the median over the runs of what the program prints for each run's output.
figure() { for f in "$scratch/$1"-*.txt; do awk "$2" "$f"; done | median; }

printf 'medians of %d runs each (machine: %s cores)\n' "$runs" "$(nproc)"
printf '%-44s %12s %12s\n' "" "baseline" "300 observers"
row() {
    local name=$1 program=$2 base with
    base=$(figure 0 "$program")
    with=$(figure 300 "$program")
    printf '%-44s %12s %12s\n' "$name" "$base" "$with"
}
row "command round trip p50 (ms)" '/round trip/ { print $6 }'
row "command round trip p99 (ms)" '/round trip/ { print $8 }'
row "fan-out to every observer p50 (ms)" '/fan-out/ { print $7 }'
row "fan-out to every observer p99 (ms)" '/fan-out/ { print $9 }'
row "host cpu during the commands (% of one core)" '/host cpu/ { gsub(/[(%]/, "", $8); print $8 }'
row "host peak memory (MiB)" '/peak memory/ { print $(NF - 1) }'
row "events lost" '/events lost/ { gsub(/,/, "", $3); print $3 }'
row "events duplicated or out of order" '/events lost/ { gsub(/,/, "", $9); print $9 }'
