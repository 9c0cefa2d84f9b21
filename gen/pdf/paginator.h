#pragma once

// Pagination over slabs: unsplittable horizontal strips (a line of text, a
// band of a table row, an image). Blocks become slabs; the paginator only
// decides where pages end. Slabs linked by `keep_with_next` form a chain that
// moves to a new page whole when it fits on one, which gives headings kept
// with what follows, no widows or orphans, and table rows kept together.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pdf/laid_out_page.h"

namespace sdgen::pdf {

/// One strip of content; item coordinates are relative to the slab's top.
struct Slab {
  double height = 0;
  double space_before = 0;  ///< dropped at the top of a page
  bool keep_with_next = false;
  bool page_break_before = false;
  /// On the first page, starts no higher than this, in points from the top
  /// of the page (an address block in an envelope's window); 0: anywhere.
  double top_at_least = 0;
  std::vector<PageItem> items;
  /// Drawn first whenever this slab starts a page (a table's header row).
  std::shared_ptr<const std::vector<Slab>> repeat_header;
  /// A bookmark that points here.
  std::optional<OutlineEntry> bookmark;
  /// The signature field over this slab; coordinates relative to its top.
  std::optional<SignatureFieldArea> signature_field;
};

/// Places slabs onto pages of a given content area.
class Paginator {
 public:
  /// Content runs from `top` to `bottom` (points from the top of the page).
  Paginator(double top, double bottom) : top_(top), bottom_(bottom) {}

  /// Lays out every slab; the result always has at least one page.
  LaidOutDocument Paginate(const std::vector<Slab>& slabs);

 private:
  size_t ChainEnd(const std::vector<Slab>& slabs, size_t begin) const;
  double ChainHeight(const std::vector<Slab>& slabs, size_t begin, size_t end) const;
  double HeaderHeight(const Slab& slab) const;
  void NewPage();
  void Place(const Slab& slab, bool at_top_allowed_space);
  bool Fits(double height) const { return cursor_ + height <= bottom_ + 0.01; }
  bool AtTop() const { return cursor_ <= top_; }

  double top_;
  double bottom_;
  double cursor_ = 0;
  LaidOutDocument result_;
};

}  // namespace sdgen::pdf
