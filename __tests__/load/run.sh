#!/usr/bin/env bash
# The concurrency and fault suites, run again and again while stress-ng keeps every core busy:
# the timing a loaded CI machine gives is when concurrent writers lose each other's signatures.
# Each file runs LOAD_RUNS times (20 by default), in rounds; a run counts as kept when all of
# its assertions held: every publish succeeded, every signature is there (one .sig layer per
# signer, every bundle listed), and every tag resolves to a whole artifact. Prints one line per
# file and the total time; exits 1 when any file kept fewer than all of its runs.
#
# Not part of `npm test` (vitest collects only *.test.ts); .ci/run runs it after the tests. It
# runs dist/, which `npm test` has just bundled. The fault suite runs FAULT_PUBLISHES publishes
# (8, one batch at its concurrency) with a fresh FAULT_SEED each run, so that 20 runs meet 20
# fault schedules. The fault suite's check that every kind of fault was injected is left to
# `npm test` (50 publishes): 8 publishes need not meet all 8 kinds, and a run here is judged on
# consistency, not on its schedule. The shared-tag file runs only its concurrent cases. Logs of
# failed runs are kept and named.
set -uo pipefail
cd "$(dirname "$0")/../.."

RUNS=${LOAD_RUNS:-20}
PUBLISHES=${LOAD_FAULT_PUBLISHES:-8}
# file, and the vitest name filter of the cases to run (empty: all of them)
CASES=(
  "__tests__/index.concurrency.test.ts|"
  "__tests__/index.faults.test.ts|^(?!.*every kind of fault)"
  "__tests__/oci/concurrent-writers.test.ts|"
  "__tests__/oci/shared-tag.test.ts|at once|compare-and-swap"
)

if ! command -v stress-ng >/dev/null; then
  echo "stress-ng is not installed: run .ci/deps (Debian package stress-ng)." >&2
  exit 1
fi
if [ ! -f dist/index.js ]; then
  echo "dist/index.js is missing: run 'npm run bundle' first." >&2
  exit 1
fi

cpus=$(nproc)
logs=$(mktemp -d "${TMPDIR:-/tmp}/load-run-XXXXXX")
# One CPU-bound worker per core, for as long as the runs take (killed at the end).
stress-ng --cpu "$cpus" --timeout 3h >/dev/null 2>&1 &
stress=$!
trap 'kill "$stress" 2>/dev/null; wait "$stress" 2>/dev/null' EXIT

declare -A kept seconds slowest
# The longest a shared-tag writer's write followed its read, as the concurrency suite reports it.
longest_window=0
for entry in "${CASES[@]}"; do
  file=${entry%%|*}
  kept[$file]=0
  seconds[$file]=0
  slowest[$file]=0
done

echo "Load: ${RUNS} runs of each file, ${cpus} CPUs kept busy by stress-ng --cpu ${cpus}; logs in ${logs}"
started=$(date +%s)
for round in $(seq 1 "$RUNS"); do
  for entry in "${CASES[@]}"; do
    file=${entry%%|*}
    filter=${entry#*|}
    name=$(basename "$file" .test.ts)
    log="${logs}/${name}-${round}.log"
    args=(vitest run "$file")
    [ -n "$filter" ] && args+=(-t "$filter")
    run_start=$(date +%s)
    FAULT_SEED=$((20261124 + round * 1000)) FAULT_PUBLISHES=$PUBLISHES \
      timeout 900 npx "${args[@]}" >"$log" 2>&1
    status=$?
    took=$(($(date +%s) - run_start))
    seconds[$file]=$((seconds[$file] + took))
    [ "$took" -gt "${slowest[$file]}" ] && slowest[$file]=$took
    for window in $(grep -o 'longest read-to-write window [0-9]*' "$log" | grep -o '[0-9]*$'); do
      [ "$window" -gt "$longest_window" ] && longest_window=$window
    done
    if [ "$status" -eq 0 ]; then
      kept[$file]=$((kept[$file] + 1))
      rm -f "$log"
    else
      echo "  round ${round}: ${file} failed (exit ${status}) after ${took} s; log: ${log}"
    fi
  done
  echo "  round ${round}/${RUNS} done at $(($(date +%s) - started)) s"
done
total=$(($(date +%s) - started))

failed=0
echo
echo "Runs that kept every signature and every tag consistent, under load:"
for entry in "${CASES[@]}"; do
  file=${entry%%|*}
  printf '  %-42s %2d/%d   mean %3d s, slowest %3d s per run\n' "$file" "${kept[$file]}" "$RUNS" \
    $((seconds[$file] / RUNS)) "${slowest[$file]}"
  [ "${kept[$file]}" -lt "$RUNS" ] && failed=1
done
printf 'Total: %d min %02d s; longest read-to-write window of a shared-tag writer: %d ms\n' \
  $((total / 60)) $((total % 60)) "$longest_window"
if [ "$failed" -ne 0 ]; then
  echo "Below target (${RUNS}/${RUNS} for every file): see the logs named above." >&2
  exit 1
fi
rmdir "$logs" 2>/dev/null
exit 0
