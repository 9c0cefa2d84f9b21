#pragma once

#include <vector>

#include "document/document.h"
#include "pdf/layout_context.h"
#include "pdf/paginator.h"

namespace sdgen::pdf {

/// Lines of several side-by-side columns cut into bands: band k holds line k
/// of every column, so a page may end between bands but never inside a line.
/// Every band but the last keeps with the next.
std::vector<Slab> BandsOf(const std::vector<std::vector<SetLine>>& columns, double pad_top,
                          double pad_bottom);

/// Lays out tables: a header row repeated on every page the table reaches,
/// rows kept whole when they fit on a page and split between lines otherwise.
class TableLayout {
 public:
  explicit TableLayout(LayoutContext& context) : context_(context) {}

  /// The slabs of `table`, the first carrying `space_before`.
  std::vector<Slab> Layout(const doc::Table& table, double space_before);

 private:
  std::vector<double> ColumnWidths(const doc::Table& table) const;
  /// The bands of one row, its cells' lines belonging to cells of the
  /// structure row `row`.
  std::vector<Slab> Row(const std::vector<doc::TableCell>& cells, const std::vector<double>& widths,
                        bool header, int row);
  /// The lines of a cell, belonging to structure node `node` (a TH or TD),
  /// or to a P under it for each paragraph when there are several.
  std::vector<SetLine> Cell(const doc::TableCell& cell, double x, double width, bool header,
                            int node);
  void Decorate(Slab* band, const std::vector<double>& widths, bool header, bool first,
                bool last) const;

  LayoutContext& context_;
};

}  // namespace sdgen::pdf
