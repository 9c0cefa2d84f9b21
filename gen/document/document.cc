#include "document/document.h"

#include <variant>

namespace sdgen::doc {

std::string Paragraph::PlainText() const {
  std::string text;
  for (const Run& run : runs) text += run.text;
  return text;
}

namespace {

void AppendLine(const std::string& text, std::string& out) { out += text + "\n"; }

void AppendParagraphs(const std::vector<Paragraph>& paragraphs, std::string& out) {
  for (const Paragraph& paragraph : paragraphs) AppendLine(paragraph.PlainText(), out);
}

struct TextCollector {
  std::string& out;
  void operator()(const Heading& heading) { AppendLine(heading.text, out); }
  void operator()(const Paragraph& paragraph) { AppendLine(paragraph.PlainText(), out); }
  void operator()(const List& list) { AppendParagraphs(list.items, out); }
  void operator()(const Table& table) {
    for (const TableCell& cell : table.header) AppendParagraphs(cell.paragraphs, out);
    for (const auto& row : table.rows)
      for (const TableCell& cell : row) AppendParagraphs(cell.paragraphs, out);
  }
  void operator()(const KeyValueList& values) {
    for (const KeyValueList::Entry& entry : values.entries)
      AppendLine(entry.key + " " + entry.value.PlainText(), out);
  }
  void operator()(const Callout& callout) {
    AppendLine(callout.title, out);
    AppendParagraphs(callout.paragraphs, out);
  }
  void operator()(const Image&) {}
  void operator()(const SignatureBlock& block) { AppendLine(block.name + " " + block.role, out); }
  void operator()(const PageBreak&) {}
};

}  // namespace

const Paragraph* AddressBlock(const Document& document) {
  for (const Block& block : document.blocks) {
    const auto* paragraph = std::get_if<Paragraph>(&block);
    if (paragraph && paragraph->role == ParagraphRole::kAddress) return paragraph;
  }
  return nullptr;
}

std::string BlocksText(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& block : blocks) std::visit(TextCollector{out}, block);
  return out;
}

}  // namespace sdgen::doc
