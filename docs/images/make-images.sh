#!/bin/sh
# Page images for the docs, at 60 dots per inch (as README.md shows them):
# every page of one child's story (the online-contact fixture), every page of
# one parent's letter (the pre-school fixture) and the first page of a
# decision sheet (the harm-substantiated fixture).
# Needs a built sdgen and poppler-utils (pdftoppm).
# Usage: docs/images/make-images.sh [SDGEN_BINARY]   (default: build/sdgen)
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sdgen="${1:-$root/build/sdgen}"
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: install poppler-utils" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$sdgen" build -o "$out" \
  "$root/fixtures/police-investigation-online-contact-polish-family-virtual.xml" \
  "$root/fixtures/s17-preschool-phone-family-addresses.xml" \
  "$root/fixtures/s47-harm-substantiated-school-age-meeting.xml" >/dev/null 2>&1
pages() {  # pages NAME PDF [LAST_PAGE]
  [ -f "$2" ] || { echo "no $1 was built" >&2; exit 1; }
  rm -f "$here/$1"-[0-9]*.png
  if [ -n "${3:-}" ]; then pdftoppm -png -r 60 -l "$3" "$2" "$here/$1"
  else pdftoppm -png -r 60 "$2" "$here/$1"; fi
}
pages words-and-pictures "$out/SD-2026-0915/words-and-pictures-c1-zofia-sliwinska.pdf"
pages family-letter "$out/SD-2026-0208/family-letter-p1-kerry-thornbury.pdf"
pages decision-sheet "$out/SD-2026-0609/decision-sheet.pdf" 1
ls "$here"/*.png
