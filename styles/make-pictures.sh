#!/bin/sh
# Converts the words-and-pictures drawings (SVG, kept in the repository) to
# the PNG files the style points at. Needs Debian's librsvg2-bin:
#   sudo apt-get install librsvg2-bin
# Usage: styles/make-pictures.sh [STYLE_FOLDER]   (default: styles/default)
# A council can run it on its own style folder after replacing the SVGs, or
# simply drop PNG files of the same names into its style's pictures/ folder.
set -eu
folder="${1:-$(dirname "$0")/default}"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: install librsvg2-bin" >&2; exit 1; }
for svg in "$folder"/pictures/*.svg; do
  png="${svg%.svg}.png"
  # Twice the drawing size, so pictures stay sharp when printed large.
  rsvg-convert --zoom 2 --background-color white --output "$png" "$svg"
  echo "made $png"
done
