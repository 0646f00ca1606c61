#!/usr/bin/env bash
# Room display benchmark:
#   1. bench_room: time to paint a 1920x1080 frame after a scene switch and after a PDF page turn (medians);
#   2. peak memory of the whole application with a 50-page PDF on the room display
#      (`moderato --demo --room-media deck.pdf`, until the room window's first paint), next to a bare Qt window,
#      medians of RUNS runs (default 5), on one Xvfb display.
# Usage: tests/benchmarks/room.sh [BUILD_DIR]     (default: build/ci)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath -m "${1:-$root/build/ci}")
runs=${RUNS:-5}

if [[ -z ${MODERATO_BENCH_IN_XVFB:-} ]]; then
    for tool in xvfb-run /usr/bin/time; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "room.sh: $tool is missing (Debian packages xvfb, xauth and time); skipping the benchmark."
            exit 0
        fi
    done
    for exe in "$build/app/moderato" "$build/tests/benchmarks/bench_room" "$build/tests/benchmarks/bench_bare_window"; do
        if [[ ! -x $exe ]]; then
            echo "room.sh: $exe not found; build first (e.g. cmake --preset ci && cmake --build --preset ci)." >&2
            exit 1
        fi
    done
    MODERATO_BENCH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1080x24" bash "${BASH_SOURCE[0]}" "$build"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export XDG_RUNTIME_DIR=$scratch/runtime XDG_CONFIG_HOME=$scratch/config TMPDIR=$scratch
export QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 LANGUAGE=
unset WAYLAND_DISPLAY

"$build/tests/benchmarks/bench_room" 2>/dev/null
echo

"$build/tests/benchmarks/bench_room" --write-pdf "$scratch/deck.pdf" 2>/dev/null

peak_kib() {
    timeout 60 /usr/bin/time -f '%M' -o "$scratch/rss" "$@" >/dev/null 2>"$scratch/stderr" || {
        echo "room.sh: '$*' failed:" >&2
        cat "$scratch/stderr" >&2
        exit 1
    }
    tail -n 1 "$scratch/rss"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

: >"$scratch/moderato"
: >"$scratch/bare"
for ((i = 0; i < runs; ++i)); do
    peak_kib "$build/app/moderato" --demo --room-media "$scratch/deck.pdf" --exit-after-first-paint >>"$scratch/moderato"
    peak_kib "$build/tests/benchmarks/bench_bare_window" >>"$scratch/bare"
done
m=$(median <"$scratch/moderato")
b=$(median <"$scratch/bare")
echo "Peak memory, median of $runs runs, Xvfb, $build"
awk -v m="$m" -v b="$b" 'BEGIN {
    printf "%-52s %12s\n", "program", "peak RSS (MB)"
    printf "%-52s %12.1f\n", "moderato --demo with a 50-page PDF on the room display", m / 1024
    printf "%-52s %12.1f\n", "bare QMainWindow", b / 1024
    printf "%-52s %11.2fx\n", "ratio", (b > 0 ? m / b : 0)
    printf "target: under 100 MB (pdfpc with the same deck: 158 MB)\n"
}'
