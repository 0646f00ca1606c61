#!/usr/bin/env bash
# Start-up benchmark: time from launch to first paint and peak RSS, for `moderato --demo` and for a bare QMainWindow
# (bench_bare_window), on one Xvfb display. Prints the medians and the ratios moderato/bare.
# Usage: tests/benchmarks/startup.sh [BUILD_DIR]     (default: build/ci; RUNS=N runs per program, default 5)
# Both programs print `first-paint-epoch-ms <ms>` on their first paint and quit; the start time is the shell's clock
# just before the launch, so the figure includes process start, dynamic linking and Qt's initialisation.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath -m "${1:-$root/build/ci}")
runs=${RUNS:-5}

# Measure inside a single X server: start Xvfb once and run this script again inside it.
if [[ -z ${MODERATO_BENCH_IN_XVFB:-} ]]; then
    for tool in xvfb-run /usr/bin/time; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "startup.sh: $tool is missing (Debian packages xvfb, xauth and time); skipping the benchmark."
            exit 0
        fi
    done
    for exe in "$build/app/moderato" "$build/tests/benchmarks/bench_bare_window"; do
        if [[ ! -x $exe ]]; then
            echo "startup.sh: $exe not found; build first (e.g. cmake --preset ci && cmake --build --preset ci)." >&2
            exit 1
        fi
    done
    MODERATO_BENCH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1080x24" bash "${BASH_SOURCE[0]}" "$build"
fi

# A private, empty environment for the programs: no user settings, the demo's temporary session file cleaned up,
# no warnings about a missing runtime dir, a fixed language.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export XDG_RUNTIME_DIR=$scratch/runtime XDG_CONFIG_HOME=$scratch/config TMPDIR=$scratch
export QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 LANGUAGE=
unset WAYLAND_DISPLAY

# run_once NAME PROGRAM ARGS...: one launch; appends "<ms to first paint> <peak RSS KiB>" to $scratch/NAME.
run_once() {
    local name=$1 start out paint rss
    shift
    start=$(date +%s%3N)
    if ! out=$(timeout 60 /usr/bin/time -f '%M' -o "$scratch/rss" "$@" 2>"$scratch/stderr"); then
        echo "startup.sh: '$*' failed:" >&2
        cat "$scratch/stderr" "$scratch/rss" >&2
        exit 1
    fi
    paint=$(sed -n 's/^first-paint-epoch-ms \([0-9]*\)$/\1/p' <<<"$out" | head -n 1)
    rss=$(tail -n 1 "$scratch/rss")
    if [[ -z $paint ]]; then
        echo "startup.sh: '$*' printed no first-paint-epoch-ms line" >&2
        exit 1
    fi
    echo "$((paint - start)) $rss" >>"$scratch/$name"
}

# median COLUMN FILE
median() {
    cut -d ' ' -f "$1" "$2" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

moderato=("$build/app/moderato" --demo --exit-after-first-paint)
bare=("$build/tests/benchmarks/bench_bare_window")

# One discarded warm-up launch each (page cache, font cache), then the runs, interleaved so drift hits both alike.
run_once warmup "${moderato[@]}"
run_once warmup "${bare[@]}"
for ((i = 0; i < runs; ++i)); do
    run_once moderato "${moderato[@]}"
    run_once bare "${bare[@]}"
done

m_ms=$(median 1 "$scratch/moderato")
b_ms=$(median 1 "$scratch/bare")
m_kib=$(median 2 "$scratch/moderato")
b_kib=$(median 2 "$scratch/bare")

echo "Start-up benchmark: median of $runs runs each, Xvfb, $build"
awk -v mms="$m_ms" -v bms="$b_ms" -v mkib="$m_kib" -v bkib="$b_kib" 'BEGIN {
    printf "%-28s %20s %15s\n", "program", "start->paint (ms)", "peak RSS (MB)"
    printf "%-28s %20.0f %15.1f\n", "moderato --demo", mms, mkib / 1024
    printf "%-28s %20.0f %15.1f\n", "bare QMainWindow", bms, bkib / 1024
    printf "%-28s %19.2fx %14.2fx\n", "ratio moderato/bare", (bms > 0 ? mms / bms : 0), (bkib > 0 ? mkib / bkib : 0)
}'
