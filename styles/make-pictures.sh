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

# The 0-10 scale with a mark at each number: scale-0.svg ... scale-10.svg are
# made from scale.svg, so a council that redraws the scale redraws them all.
if [ -f "$folder/pictures/scale.svg" ]; then
  for n in 0 1 2 3 4 5 6 7 8 9 10; do
    # The numbers sit at x = 30, 74, ... 426 (44 apart); 10 is drawn at 456.
    if [ "$n" -eq 10 ]; then x=452; else x=$((30 + 44 * n)); fi
    mark="  <g><circle cx=\"$x\" cy=\"42\" r=\"15\" fill=\"#ffffff\" stroke=\"#1d3d6b\" stroke-width=\"6\"/><path d=\"M$((x - 11)) 2 h22 l-11 16 z\" fill=\"#1d3d6b\"/></g>"
    sed -e "s|<title>A line of numbers from 0 to 10</title>|<title>A line of numbers from 0 to 10, marked at $n</title>|" \
        -e "s|^</svg>|$mark\n</svg>|" "$folder/pictures/scale.svg" >"$folder/pictures/scale-$n.svg"
  done
fi

for svg in "$folder"/pictures/*.svg; do
  png="${svg%.svg}.png"
  # Twice the drawing size, so pictures stay sharp when printed large.
  rsvg-convert --zoom 2 --background-color white --output "$png" "$svg"
  echo "made $png"
done
