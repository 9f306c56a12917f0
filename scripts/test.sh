#!/usr/bin/env bash
# The whole test suite, in the venv `make test` prepared. pytest's exit 5 ("no tests ran") is a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASSISTANT_DATA_DIR="${ASSISTANT_DATA_DIR:-$PWD/.data/test}"
.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure" >&2
  exit 1
fi
exit "$rc"
