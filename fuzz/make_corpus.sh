#!/bin/sh
# Regenerates the seed corpora fuzz/corpus/<target>/ from tests/fixtures: the entry files of the
# basis site and of every invalid case, with the selector byte each target reads first.
# Seeds are named by their SHA-1, so running it again adds nothing twice.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/fuzz/corpus
FIX=$ROOT/tests/fixtures

# seed TARGET PREFIX FILE...: writes PREFIX followed by the files, joined by "====" lines.
seed() {
  target=$1; prefix=$2; shift 2
  mkdir -p "$OUT/$target"
  tmp=$(mktemp)
  printf '%s' "$prefix" >"$tmp"
  first=1
  for f in "$@"; do
    [ $first = 1 ] || printf '\n====\n' >>"$tmp"
    first=0
    cat "$f" >>"$tmp"
  done
  name=$(sha1sum <"$tmp" | cut -c1-16)
  mv "$tmp" "$OUT/$target/$name"
}

# The selector byte of build_fuzzer for a content-relative path ('0' + index into its kFiles).
build_selector() {
  case $1 in
    site.yaml) echo 8 ;; schema.yaml) echo 9 ;;
    netwerken/*.md) echo 0 ;; netwerken/*) echo 5 ;;
    praktijken/*) echo 2 ;;
    typen/*.md) echo 7 ;; typen/*) echo 3 ;;
    themas/*.md) echo 4 ;; themas/*) echo ';' ;;
    *) echo 0 ;;
  esac
}

# The selector byte of validator_fuzzer ('0' + index into its kFiles).
validator_selector() {
  case $1 in
    netwerken/*.md) echo 0 ;; netwerken/*) echo 1 ;;
    praktijken/*.md) echo 2 ;; praktijken/*) echo 3 ;;
    typen/*) echo 4 ;; themas/*) echo 5 ;; *) echo 0 ;;
  esac
}

rm -rf "$OUT"
entries=$(cd "$FIX" && find sites/basis/content invalid -type f \( -name '*.md' -o -name '*.yaml' -o -name '*.yml' \) | sort)
for rel in $entries; do
  file=$FIX/$rel
  inner=${rel#*content/}
  seed front_matter_fuzzer "" "$file"
  case $inner in site.yaml|schema.yaml) continue ;; esac
  seed validator_fuzzer "$(validator_selector "$inner")" "$file"
  # Bodies: the basis site and the cases about links; the other cases add little here.
  case $rel in
    sites/*.md|invalid/*link*.md|invalid/*path*.md) seed markdown_fuzzer "0" "$file"; seed search_fuzzer "" "$file" ;;
  esac
done
seed markdown_fuzzer "1" "$FIX/sites/basis/content/netwerken/veilig-samen.md"

# A build seed for every third invalid case (the corpus stays near 200 files): all its files,
# each behind its selector byte.
n=0
for case_dir in "$FIX"/invalid/*/; do
  n=$((n + 1))
  [ $((n % 3)) = 1 ] || continue
  tmp=$(mktemp)
  first=1
  for file in $(cd "$case_dir/content" && find . -type f | sort); do
    inner=${file#./}
    [ $first = 1 ] || printf '\n====\n' >>"$tmp"
    first=0
    printf '%s' "$(build_selector "$inner")" >>"$tmp"
    cat "$case_dir/content/$inner" >>"$tmp"
  done
  mkdir -p "$OUT/build_fuzzer"
  name=$(sha1sum <"$tmp" | cut -c1-16)
  mv "$tmp" "$OUT/build_fuzzer/$name"
done
# And the basis site unchanged, and with one new network.
printf '0' >"$OUT/build_fuzzer/unchanged"
seed build_fuzzer "0" "$FIX/sites/basis/content/netwerken/buurtzorg-kring.md"

printf 'Leernetwerken verbeteren de zorg door samen te leren.\nLearning networks improve care.\n' \
  >"$OUT/search_fuzzer/zinnen"
find "$OUT" -type f | wc -l | sed 's/^/seeds: /'
