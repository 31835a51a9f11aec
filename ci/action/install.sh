#!/usr/bin/env bash
# Installs the autonomy CLI from this repository, as the GitHub Action's first
# step: build it (unless already built), pack it as a standalone tarball
# (packages/cli/scripts/pack-standalone.mjs) and `npm install -g` the tarball.
# AUTONOMY_PREFIX installs into that prefix instead of npm's global one.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
if [ ! -d node_modules ]; then
    npm ci --no-audit --no-fund
fi
if [ ! -f packages/cli/dist/main.js ]; then
    npm run build
fi
out="$(mktemp -d)"
tarball="$(node packages/cli/scripts/pack-standalone.mjs --out "$out")"
prefix=()
if [ -n "${AUTONOMY_PREFIX:-}" ]; then
    prefix=(--prefix "$AUTONOMY_PREFIX")
fi
npm install -g --no-audit --no-fund "${prefix[@]}" "$tarball"
rm -rf "$out"
echo "autonomy-action: installed $(basename "$tarball")"
