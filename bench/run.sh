#!/usr/bin/env bash
# The benchmarks' one command: `bash bench/run.sh [name]` (`npm run bench` runs
# viewer-throughput, `npm run bench:renewals` runs renewals, `npm run bench:soak` runs soak,
# `npm run bench:webhooks` webhooks, `bash bench/run.sh renewals-charges` the card charges that
# follow renewals). Builds the server when its build is missing or older than its sources, then
# runs bench/<name>.mjs with the repository's Node 24.
# Results go to bench/results/ (git-ignored). Every process the run starts is ended on exit,
# Ctrl-C included. Settings: see the header of bench/<name>.mjs.
set -euo pipefail

name="${1:-viewer-throughput}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
node="$root/node_modules/.bin/node"
script="bench/$name.mjs"

case "$name" in
  viewer-throughput | renewals | renewals-charges | soak | webhooks | first-load | lighthouse) ;;
  *)
    echo "bench: unknown benchmark '$name' (viewer-throughput, renewals, renewals-charges, soak, webhooks, first-load, lighthouse)" >&2
    exit 2
    ;;
esac

if [[ ! -x "$node" ]]; then
  echo "bench: $node not found; run npm install at the repository root first" >&2
  exit 1
fi
major="$("$node" -p 'process.versions.node.split(".")[0]')"
if [[ "$major" != "24" ]]; then
  echo "bench: Node 24 is required, $node is $("$node" --version)" >&2
  exit 1
fi

# Rebuild when server/dist/main.js is missing or any source or build setting is newer.
entry="server/dist/main.js"
stale=""
if [[ ! -f "$entry" ]]; then
  stale="no $entry"
else
  newer="$(find server/src server/tsconfig.json server/tsconfig.build.json tsconfig.base.json \
    server/package.json -newer "$entry" -type f ! -name '*.test.ts' ! -path 'server/src/test/*' \
    -print -quit)"
  [[ -n "$newer" ]] && stale="$newer changed since the last build"
fi
if [[ -n "$stale" ]]; then
  echo "bench: building the server ($stale)"
  npm run build -w server
fi

# The browser benchmarks load the web app: rebuild it when missing or older than its sources.
if [[ "$name" == first-load || "$name" == lighthouse ]]; then
  web_entry="web/dist/index.html"
  web_stale=""
  if [[ ! -f "$web_entry" ]]; then
    web_stale="no $web_entry"
  else
    web_newer="$(find web/src web/public web/index.html web/vite.config.ts web/build-plugins.ts web/package.json \
      -newer "$web_entry" -type f ! -name '*.test.ts' ! -name '*.test.tsx' -print -quit)"
    [[ -n "$web_newer" ]] && web_stale="$web_newer changed since the last build"
  fi
  if [[ -n "$web_stale" ]]; then
    echo "bench: building the web app ($web_stale)"
    npm run build -w web
  fi
fi

pid=""
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n "$pid" ]]; then
    # Ask the benchmark to stop: it ends its servers and drops its database itself.
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 150); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
      done
    fi
    # Then end anything still left in its process group (its servers, if it could not).
    if pgrep -g "$pid" >/dev/null 2>&1; then
      echo "bench: ending leftover processes of group $pid" >&2
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Its own process group (job control), so the clean-up can find every process it started.
set -m
"$node" "$script" &
pid=$!
set +m
status=0
wait "$pid" || status=$?
exit "$status"
