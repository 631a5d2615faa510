#!/usr/bin/env bash
# Coverage-guided fuzzing of every reader of untrusted input with libFuzzer and AddressSanitizer (RELIABILITY.md).
# Usage: Fuzz/run.sh [RUNS] [TARGET...]   (default: 1000000 runs of each of the eight targets, two at a time, each
# stopping after an hour if it has not reached the runs: MAX_SECONDS=3600)
# Each target starts from its regression corpus Tests/FuzzCorpus/<target>/ and keeps its working corpus, its log and
# any crashing, leaking, slow or out-of-memory input under .build-fuzz/runs/<target>/. An input that finds a problem
# is copied into Tests/FuzzCorpus/<target>/ once the problem is fixed, so that `swift test` replays it for good.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(project-yaml toolkit matrix-csv score-csv pairwise-csv xlsx xmcda feedback-csv)

ARVIO_FUZZ=1 swift build --build-path .build-fuzz -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld --product arvio-fuzz
fuzzer=.build-fuzz/debug/arvio-fuzz

run_one() {
    local target=$1 dir=.build-fuzz/runs/$1
    mkdir -p "$dir/corpus" "$dir/artifacts"
    cp -n Tests/FuzzCorpus/"$target"/* "$dir/corpus/" 2>/dev/null || true
    local max_len=16384
    [ "$target" = xlsx ] && max_len=65536
    # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: 2 GiB is unbounded memory for these readers.
    # ASan keeps two frames of each allocation's stack (not 30): the reports stay, the allocator's cost halves.
    # Swift's own backtracer is off: libFuzzer and ASan print the stack, and ASan flags the backtracer's reads.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=2} ARVIO_FUZZ_TARGET=$target "$fuzzer" -runs="$runs" \
        -max_total_time="${MAX_SECONDS:-3600}" -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$dir/artifacts/" -print_final_stats=1 "$dir/corpus" >"$dir/log" 2>&1 \
        && echo "$target: done" || echo "$target: FAILED (see $dir/log and $dir/artifacts/)"
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' "$dir/log" | sed "s/^/  $target /" || true
}

for ((i = 0; i < ${#targets[@]}; i += 2)); do
    run_one "${targets[i]}" &
    if [ $((i + 1)) -lt ${#targets[@]} ]; then run_one "${targets[i + 1]}" & fi
    wait
done
