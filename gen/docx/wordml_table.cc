#include "docx/wordml_table.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "docx/styles_part.h"
#include "docx/wordml_text.h"

namespace sdgen::docx {
namespace {

size_t ColumnCount(const doc::Table& table) {
  size_t columns = std::max(table.header.size(), table.column_widths.size());
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  return std::max<size_t>(columns, 1);
}

// Relative widths scaled to the text width, in twips; equal when not given.
std::vector<long> ColumnTwips(const doc::Table& table, size_t columns, double text_width_pt) {
  std::vector<double> relative(columns, 1.0);
  for (size_t i = 0; i < columns && i < table.column_widths.size(); ++i) {
    if (table.column_widths[i] > 0) relative[i] = table.column_widths[i];
  }
  const double total = std::accumulate(relative.begin(), relative.end(), 0.0);
  std::vector<long> twips;
  for (double width : relative) twips.push_back(std::lround(text_width_pt * 20 * width / total));
  return twips;
}

void AppendTableProperties(pugi::xml_node table, long total_twips) {
  pugi::xml_node properties = table.append_child("w:tblPr");
  AppendValue(properties, "w:tblStyle", style::kTable);
  pugi::xml_node width = properties.append_child("w:tblW");
  width.append_attribute("w:w") = total_twips;
  width.append_attribute("w:type") = "dxa";
  // Fixed layout keeps the model's column widths instead of fitting the text.
  properties.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
  pugi::xml_node look = properties.append_child("w:tblLook");
  look.append_attribute("w:firstRow") = 1;
  look.append_attribute("w:lastRow") = 0;
  look.append_attribute("w:firstColumn") = 0;
  look.append_attribute("w:lastColumn") = 0;
  look.append_attribute("w:noHBand") = 1;
  look.append_attribute("w:noVBand") = 1;
}

void AppendGrid(pugi::xml_node table, const std::vector<long>& twips) {
  pugi::xml_node grid = table.append_child("w:tblGrid");
  for (long width : twips) grid.append_child("w:gridCol").append_attribute("w:w") = width;
}

// Every cell needs at least one paragraph, or Word reports the file as damaged.
void AppendCell(pugi::xml_node row, const doc::TableCell* cell, long twips, bool header,
                const std::string& header_fill) {
  pugi::xml_node node = row.append_child("w:tc");
  pugi::xml_node properties = node.append_child("w:tcPr");
  pugi::xml_node width = properties.append_child("w:tcW");
  width.append_attribute("w:w") = twips;
  width.append_attribute("w:type") = "dxa";
  if (header) {
    pugi::xml_node shading = AppendValue(properties, "w:shd", "clear");
    shading.append_attribute("w:color") = "auto";
    shading.append_attribute("w:fill") = header_fill.c_str();
  }
  const char* style_id = header ? style::kTableHeading : style::kTableText;
  if (cell == nullptr || cell->paragraphs.empty()) {
    AppendParagraph(node, style_id);
    return;
  }
  for (const doc::Paragraph& paragraph : cell->paragraphs) {
    AppendRuns(AppendParagraph(node, style_id), paragraph);
  }
}

void AppendRow(pugi::xml_node table, const std::vector<doc::TableCell>& cells,
               const std::vector<long>& twips, bool header, const std::string& header_fill) {
  pugi::xml_node row = table.append_child("w:tr");
  pugi::xml_node properties = row.append_child("w:trPr");
  properties.append_child("w:cantSplit");
  if (header) properties.append_child("w:tblHeader");
  for (size_t i = 0; i < twips.size(); ++i) {
    AppendCell(row, i < cells.size() ? &cells[i] : nullptr, twips[i], header, header_fill);
  }
}

}  // namespace

void AppendTable(pugi::xml_node parent, const doc::Table& table, double text_width_pt,
                 const std::string& header_fill) {
  const std::vector<long> twips = ColumnTwips(table, ColumnCount(table), text_width_pt);
  pugi::xml_node node = parent.append_child("w:tbl");
  AppendTableProperties(node, std::accumulate(twips.begin(), twips.end(), 0L));
  AppendGrid(node, twips);
  if (!table.header.empty()) AppendRow(node, table.header, twips, true, header_fill);
  for (const auto& row : table.rows) AppendRow(node, row, twips, false, header_fill);
  // Word draws two adjacent tables as one; a small spacer keeps them apart.
  AppendParagraph(parent, style::kSmall);
}

}  // namespace sdgen::docx
