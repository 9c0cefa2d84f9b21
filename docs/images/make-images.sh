#!/bin/sh
# Page images of one child's story, for the docs: the words and pictures
# built from the online-contact fixture, every page at 60 dots per inch (as README.md shows them).
# Needs a built sdgen and poppler-utils (pdftoppm).
# Usage: docs/images/make-images.sh [SDGEN_BINARY]   (default: build/sdgen)
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sdgen="${1:-$root/build/sdgen}"
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: install poppler-utils" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$sdgen" build -o "$out" "$root/fixtures/police-investigation-online-contact-polish-family-virtual.xml" >/dev/null
story="$(find "$out" -name 'words-and-pictures-c1.pdf' | head -n 1)"
[ -n "$story" ] || { echo "no story was built" >&2; exit 1; }
rm -f "$here"/words-and-pictures-[0-9]*.png
pdftoppm -png -r 60 "$story" "$here/words-and-pictures"
ls "$here"/words-and-pictures-[0-9]*.png
