#pragma once

// The result of layout: pages of positioned items, ready to draw. Lengths are
// points; y grows downwards from the top of the page (the painter flips it).

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "pdf/font_library.h"
#include "pdf/structure_tree.h"

namespace sdgen::pdf {

/// Text in one face, size and colour; `x` is relative to its line.
struct Fragment {
  const FontFace* face = nullptr;
  double size_pt = 0;
  uint32_t colour = 0;  ///< 0xRRGGBB
  std::u16string text;  ///< BMP only: libharu draws nothing beyond it
  double x = 0;
};

/// One line of text on its baseline.
struct TextLine {
  double x = 0;
  double baseline = 0;
  std::vector<Fragment> fragments;
  int node = kArtifact;  ///< the structure node it belongs to
};

/// A filled and/or stroked rectangle; `y` is its top edge. Rectangles and
/// rules are decoration: always artifacts.
struct Box {
  double x = 0, y = 0, width = 0, height = 0;
  bool filled = false;
  uint32_t fill = 0;
  bool stroked = false;
  uint32_t stroke = 0;
  double stroke_width = 0.5;
};

/// A straight line.
struct Rule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  uint32_t colour = 0;
};

/// A PNG drawn into the given rectangle; `y` is its top edge.
struct PlacedImage {
  std::string path;
  double x = 0, y = 0, width = 0, height = 0;
  int node = kArtifact;  ///< the structure node it belongs to (a Figure)
};

using PageItem = std::variant<TextLine, Box, Rule, PlacedImage>;

/// Moves an item down by `dy`.
void ShiftItem(PageItem* item, double dy);
/// The structure node of an item: kArtifact for decoration.
int NodeOf(const PageItem& item);
/// Makes an item an artifact (a table header repeated on a later page).
void MakeArtifact(PageItem* item);

/// A bookmark: a heading and where it landed.
struct OutlineEntry {
  int level = 1;
  std::string title;
  size_t page = 0;
  double y = 0;
};

/// Where the chair signs digitally: an empty signature field laid over the
/// sign-off block's mark (see signature_field.h).
struct SignatureFieldArea {
  size_t page = 0;                             ///< set by the paginator
  double x = 0, y = 0, width = 0, height = 0;  ///< `y` is the top edge
  std::string tooltip;                         ///< /TU, e.g. "Chair's signature"
  std::string description;                     ///< /Contents, e.g. "Chair: Priya Shah"
  int node = kArtifact;                        ///< its Form element in the structure tree
};

struct LaidOutPage {
  std::vector<PageItem> items;
};

/// Every page of a document and its bookmarks.
struct LaidOutDocument {
  std::vector<LaidOutPage> pages;
  std::vector<OutlineEntry> outline;
  std::optional<SignatureFieldArea> signature_field;
};

}  // namespace sdgen::pdf
