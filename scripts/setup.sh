#!/usr/bin/env bash
# Installs what a fresh machine lacks, and nothing that is already there.
#   bash scripts/setup.sh          dependencies for running the portal (npm ci; brings Node 24)
#   bash scripts/setup.sh --test   also what the tests need: Debian's chromium and poppler-utils,
#                                  and localstripe (the Stripe stand-in) in .venv-localstripe
# Works as root (CI, containers) or with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

if [ "$want_test" = 1 ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  # localstripe: a stateful Stripe stand-in the payment tests start (server/src/test/localstripe.ts).
  localstripe_version=1.15.10
  if ! .venv-localstripe/bin/pip show localstripe 2>/dev/null | grep -qx "Version: $localstripe_version"; then
    echo "setup: installing localstripe $localstripe_version into .venv-localstripe"
    python3 -m venv .venv-localstripe
    .venv-localstripe/bin/pip install --quiet --disable-pip-version-check "localstripe==$localstripe_version"
  fi
fi

# npm ci when node_modules is missing or older than the lock file. The `node` devDependency
# provides Node 24, which every npm script then uses whatever the system Node is.
if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup: ready (Node $(node_modules/.bin/node --version))"
