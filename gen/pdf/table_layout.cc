#include "pdf/table_layout.h"

#include <algorithm>
#include <numeric>

namespace sdgen::pdf {
namespace {

// Cells' text sits 12 pt apart at least: with 8, pdftotext (and readers that
// guess columns the same way) took a full line and a short cell beside it for
// one line, and copied text interleaved the cells.
constexpr double kCellPadX = 6;
constexpr double kCellPadY = 3;
constexpr double kParagraphGap = 3;

}  // namespace

std::vector<Slab> BandsOf(const std::vector<std::vector<SetLine>>& columns, double pad_top,
                          double pad_bottom) {
  size_t count = 1;
  for (const auto& column : columns) count = std::max(count, column.size());
  std::vector<Slab> bands(count);
  for (size_t k = 0; k < count; ++k) {
    Slab& band = bands[k];
    double offset = k == 0 ? pad_top : 0;
    for (const auto& column : columns) {
      if (k >= column.size()) continue;
      band.height = std::max(band.height, column[k].height);
      TextLine line = column[k].line;
      line.baseline += offset;
      band.items.push_back(std::move(line));
    }
    band.height += offset + (k + 1 == count ? pad_bottom : 0);
    band.keep_with_next = k + 1 < count;
  }
  return bands;
}

std::vector<double> TableLayout::ColumnWidths(const doc::Table& table) const {
  size_t count = std::max(table.header.size(), table.column_widths.size());
  for (const auto& row : table.rows) count = std::max(count, row.size());
  std::vector<double> widths(std::max<size_t>(count, 1), 1.0);
  for (size_t i = 0; i < table.column_widths.size(); ++i) {
    if (table.column_widths[i] > 0) widths[i] = table.column_widths[i];
  }
  double total = std::accumulate(widths.begin(), widths.end(), 0.0);
  for (double& w : widths) w = w / total * context_.width;
  return widths;
}

std::vector<SetLine> TableLayout::Cell(const doc::TableCell& cell, double x, double width,
                                       bool header, int node) {
  TextStyle style = context_.Body(0.95);
  style.bold = header;
  std::vector<SetLine> lines;
  for (const doc::Paragraph& paragraph : cell.paragraphs) {
    std::vector<SetLine> set = context_.setter.Set(paragraph.runs, style, x, width);
    int owner = node;
    if (cell.paragraphs.size() > 1 || !paragraph.language.empty()) {
      owner = context_.structure.Add(node, "P", paragraph.language);
    }
    for (SetLine& line : set) line.line.node = owner;
    if (!lines.empty() && !set.empty()) {
      set.front().height += kParagraphGap;
      set.front().line.baseline += kParagraphGap;
    }
    lines.insert(lines.end(), set.begin(), set.end());
  }
  return lines;
}

void TableLayout::Decorate(Slab* band, const std::vector<double>& widths, bool header,
                           bool first, bool last) const {
  double left = context_.left;
  double right = left + context_.width;
  std::vector<PageItem> decoration;
  if (header) {
    Box fill;
    fill.x = left;
    fill.width = context_.width;
    fill.height = band->height;
    fill.filled = true;
    fill.fill = context_.accent_colour;
    decoration.push_back(fill);
  }
  double x = left;
  for (size_t i = 0; i <= widths.size(); ++i) {
    decoration.push_back(Rule{x, 0, x, band->height, 0.5, context_.rule_colour});
    if (i < widths.size()) x += widths[i];
  }
  if (first) decoration.push_back(Rule{left, 0, right, 0, 0.5, context_.rule_colour});
  if (last) {
    decoration.push_back(Rule{left, band->height, right, band->height, 0.5, context_.rule_colour});
  }
  // Fills go under the text, so decoration comes first in drawing order.
  band->items.insert(band->items.begin(), decoration.begin(), decoration.end());
}

std::vector<Slab> TableLayout::Row(const std::vector<doc::TableCell>& cells,
                                   const std::vector<double>& widths, bool header, int row) {
  std::vector<std::vector<SetLine>> columns;
  double x = context_.left;
  for (size_t i = 0; i < widths.size(); ++i) {
    if (i < cells.size()) {
      int cell = context_.structure.Add(row, header ? "TH" : "TD");
      if (header) context_.structure[cell].scope = "Column";
      columns.push_back(Cell(cells[i], x + kCellPadX, widths[i] - 2 * kCellPadX, header, cell));
    }
    x += widths[i];
  }
  std::vector<Slab> bands = BandsOf(columns, kCellPadY, kCellPadY);
  for (size_t k = 0; k < bands.size(); ++k) {
    Decorate(&bands[k], widths, header, k == 0, k + 1 == bands.size());
  }
  return bands;
}

std::vector<Slab> TableLayout::Layout(const doc::Table& table, double space_before) {
  std::vector<double> widths = ColumnWidths(table);
  StructureTree& structure = context_.structure;
  int table_node = structure.Add(StructureTree::kRoot, "Table");
  std::vector<Slab> slabs;
  std::shared_ptr<const std::vector<Slab>> header;
  if (!table.header.empty()) {
    int head = structure.Add(table_node, "THead");
    auto bands = std::make_shared<std::vector<Slab>>(
        Row(table.header, widths, true, structure.Add(head, "TR")));
    for (Slab& band : *bands) band.keep_with_next = true;
    slabs = *bands;
    header = bands;
  }
  int body = table.rows.empty() ? kArtifact : structure.Add(table_node, "TBody");
  for (const auto& row : table.rows) {
    std::vector<Slab> bands = Row(row, widths, false, structure.Add(body, "TR"));
    for (Slab& band : bands) band.repeat_header = header;
    slabs.insert(slabs.end(), bands.begin(), bands.end());
  }
  if (!slabs.empty()) {
    slabs.back().keep_with_next = false;
    slabs.front().space_before = space_before;
  }
  return slabs;
}

}  // namespace sdgen::pdf
