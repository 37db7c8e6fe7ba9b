#!/usr/bin/env bash
# The notebook kernel: tslab from npm in this folder (its TypeScript 5 `tsc` bin must not replace the project's;
# see package.json here), reinstalled only when its lockfile changed, then its Jupyter kernel spec (rewritten each
# time, so this is idempotent). Debian's python3 has Jupyter; the python3 on PATH may not.
# Used by .ci/setup and by tests/notebook.test.ts when the kernel is missing.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/tslab ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >/dev/null
fi
node_modules/.bin/tslab install --python=/usr/bin/python3 >/dev/null
