#!/usr/bin/env bash
# The knowledge base is written in its own words: no run of 8+ words may be shared with the
# source documents. The check and the documents live in ../shared beside the repository.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tool="$repo/../shared/tools/overlap-check"
seeds="$repo/../shared/seeds"
if [ ! -x "$tool" ] || [ ! -d "$seeds" ]; then
  echo "overlap check skipped: $tool or $seeds not found"
  exit 77
fi
exec "$tool" "$repo/content" "$seeds"
