#!/usr/bin/env bash
# The stress run (issue 25): the whole CI run, several times in a row, on fresh
# clones of this checkout's HEAD, while a CPU hog keeps every core busy — a
# slow laptop or a shared CI machine is a busy machine too. Each run's time
# and result are printed; the hogs stop when this script ends, however it ends.
#
#   bash scripts/stress.sh [RUNS] [-- COMMAND…]
#
# RUNS: how many runs (default 3). COMMAND: what each run does in its clone
# (default: bash .ci/run, as CI does). Logs go to $STRESS_DIR (default
# /tmp/ccadb-stress). The clones get ../shared beside them, as CI does.
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
shift || true
[ "${1:-}" = "--" ] && shift
command=("$@")
[ ${#command[@]} -eq 0 ] && command=(bash .ci/run)
out="${STRESS_DIR:-/tmp/ccadb-stress}"
shared="$(cd "$here/.." && pwd)/shared"
mkdir -p "$out"

hogs=()
stop_hogs() { [ ${#hogs[@]} -gt 0 ] && kill "${hogs[@]}" 2>/dev/null; wait "${hogs[@]}" 2>/dev/null; hogs=(); }
trap stop_hogs EXIT
trap 'exit 130' INT TERM
for _ in $(seq "$(nproc)"); do
  node -e 'for (;;) {}' &
  hogs+=($!)
done
echo "stress: ${#hogs[@]} CPU hogs on $(nproc) cores; ${runs} run(s) of: ${command[*]}"

failed=0
for n in $(seq "$runs"); do
  dir="$out/run-$n"
  rm -rf "$dir" && mkdir -p "$dir"
  git clone -q "$here" "$dir/main"
  [ -d "$shared" ] && ln -s "$shared" "$dir/shared"
  # .ci/run installs what it needs; any other command gets the dependencies first (not timed).
  if [ "${command[*]}" != "bash .ci/run" ]; then (cd "$dir/main" && npm ci --no-audit --no-fund) >"$dir/install.txt" 2>&1; fi
  start=$(date +%s)
  (cd "$dir/main" && "${command[@]}") >"$dir/log.txt" 2>&1
  status=$?
  took=$(( $(date +%s) - start ))
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  if [ $status -eq 0 ]; then result="passed"; else result="FAILED (exit $status)"; failed=$((failed + 1)); fi
  echo "run $n: $result in $((took / 60)) min $((took % 60)) s (load average $load); log: $dir/log.txt"
  grep -E "^\s+[0-9]+ (passed|failed|flaky)|Tests +[0-9]|✘" "$dir/log.txt" | sed 's/^/    /' | head -20
done
echo "stress: $((runs - failed)) of $runs runs passed"
[ $failed -eq 0 ]
