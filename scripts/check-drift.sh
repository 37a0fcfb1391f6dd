#!/usr/bin/env bash
# Fails when schema.graphql or the generated client code differ from what the current server and
# web operations produce. Fix with `npm run generate` and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=(schema.graphql web/src/graphql/generated.ts)
for f in "${files[@]}"; do
  mkdir -p "$tmp/$(dirname "$f")"
  [ -f "$f" ] && cp "$f" "$tmp/$f" || : > "$tmp/$f"
done
npm run --silent generate >/dev/null
status=0
for f in "${files[@]}"; do
  if ! cmp -s "$f" "$tmp/$f"; then
    echo "drift: $f is stale; run 'npm run generate' and commit it. Difference:"
    diff -u "$tmp/$f" "$f" | head -40 || true
    status=1
  fi
done
[ "$status" = 0 ] && echo "drift: schema.graphql and generated client code are up to date"
exit "$status"
