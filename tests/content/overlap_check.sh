#!/usr/bin/env bash
# The knowledge base is written in its own words: no run of 7 or more words may be shared with
# the source documents (names and titles in the keys the tool ignores by default excepted). The
# check and the documents live in a `shared` folder beside the checkout, or beside the folder
# that holds the checkout when it is a worktree.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared=""
for dir in "$repo/../shared" "$repo/../../shared"; do
  if [ -x "$dir/tools/overlap-check" ] && [ -d "$dir/seeds" ]; then
    shared="$dir"
    break
  fi
done
if [ -z "$shared" ]; then
  echo "overlap check skipped: no shared/tools/overlap-check and shared/seeds beside $repo"
  exit 77
fi
exec "$shared/tools/overlap-check" "$repo/content" "$shared/seeds" --words 7
