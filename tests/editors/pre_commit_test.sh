#!/bin/sh
# scripts/pre-commit checks what is staged: a broken file that is staged refuses the commit
# even when the working tree is fixed, and a broken file that is not staged does not.
# Usage: pre_commit_test.sh LEERNET_BINARY SOURCE_DIR
set -eu
leernet=$1
src=$2
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$repo"
git init -q .
git config user.email editor@example.org
git config user.name editor
cp -r "$src/tests/fixtures/sites/basis/content" content
mkdir -p .git/hooks
ln -s "$src/scripts/pre-commit" .git/hooks/pre-commit
export LEERNET="$leernet"
git add content
git commit -qm "basis" || fail "the valid basis site was refused"

entry=$(ls content/netwerken/*.md | head -n 1)
cp "$entry" /tmp/pre-commit-good.$$
good=/tmp/pre-commit-good.$$

# Broken in the working tree only, another file staged: the commit goes through.
printf -- '---\ntitel: [\n---\n' > "$entry"
echo "notitie" > README.txt
git add README.txt
git commit -qm "unrelated" 2>/dev/null || fail "a broken file that is not staged refused the commit"

# Broken and staged: refused, with the file named as content/...
git add "$entry"
if git commit -qm "broken" 2>err.txt; then fail "a staged broken file was committed"; fi
grep -q "^$entry:" err.txt || fail "the message does not name $entry: $(cat err.txt)"

# Fixed in the working tree but the broken version is still staged: still refused.
cp "$good" "$entry"
if git commit -qm "still broken" 2>/dev/null; then fail "the staged broken version was committed"; fi

# Staging the fix (with a sentence added to the body) lets it through.
printf '\nAangevuld.\n' >> "$entry"
git add "$entry"
git commit -qm "fixed" || fail "the fixed file was refused"
rm -f "$good"
echo "pre-commit checks the staged content: ok"
