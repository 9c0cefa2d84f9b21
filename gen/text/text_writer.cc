#include "text/text_writer.h"

#include <algorithm>
#include <sstream>
#include <vector>

namespace sdgen {
namespace {

constexpr size_t kWidth = 78;

size_t Columns(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// The words of `text`, with each line break inside it as a word "\n".
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = std::min(text.find('\n', start), text.size());
    if (start > 0) words.push_back("\n");
    std::istringstream in(text.substr(start, end - start));
    for (std::string word; in >> word;) words.push_back(word);
    start = end + 1;
  }
  return words;
}

// Wraps `text` to the width; later lines start with `indent`.
std::string Wrap(const std::string& first_prefix, const std::string& text,
                 const std::string& indent) {
  std::string out = first_prefix;
  size_t column = Columns(first_prefix);
  bool line_empty = true;
  for (const std::string& word : Words(text)) {
    // A line break inside the paragraph (an address) is kept.
    if (word == "\n") {
      out += "\n" + indent;
      column = Columns(indent);
      line_empty = true;
      continue;
    }
    size_t width = Columns(word);
    if (!line_empty && column + 1 + width > kWidth) {
      out += "\n" + indent;
      column = Columns(indent);
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++column;
    }
    out += word;
    column += width;
    line_empty = false;
  }
  return out + "\n";
}

std::string Underline(const std::string& text, char mark) {
  return text + "\n" + std::string(Columns(text), mark) + "\n";
}

std::string CellText(const doc::TableCell& cell) {
  std::string text;
  for (const doc::Paragraph& paragraph : cell.paragraphs) {
    text += (text.empty() ? "" : " ") + paragraph.PlainText();
  }
  return text;
}

std::string Pad(const std::string& text, size_t width) {
  size_t columns = Columns(text);
  return text + std::string(width > columns ? width - columns : 0, ' ');
}

// Writes one block per call; the visitor keeps the blocks' cases apart.
class BlockWriter {
 public:
  explicit BlockWriter(std::string& out) : out_(out) {}

  void operator()(const doc::Heading& heading) {
    const char marks[] = {'=', '-', '~'};
    out_ += Underline(heading.text, marks[std::clamp(heading.level, 1, 3) - 1]);
  }

  void operator()(const doc::Paragraph& paragraph) {
    std::string prefix;
    if (paragraph.role == doc::ParagraphRole::kStatus) prefix = "!! ";
    if (paragraph.role == doc::ParagraphRole::kCaption) prefix = "   ";
    out_ += Wrap(prefix, paragraph.PlainText(), std::string(prefix.size(), ' '));
  }

  void operator()(const doc::List& list) {
    for (size_t i = 0; i < list.items.size(); ++i) {
      std::string marker = list.numbered ? "  " + std::to_string(i + 1) + ". " : "  • ";
      out_ += Wrap(marker, list.items[i].PlainText(), std::string(Columns(marker), ' '));
    }
  }

  void operator()(const doc::Table& table) {
    std::vector<size_t> widths = ColumnWidths(table);
    size_t total = 0;
    for (size_t width : widths) total += width + 2;
    if (total <= kWidth) {
      WriteAligned(table, widths);
    } else {
      WriteAsEntries(table);
    }
  }

  void operator()(const doc::KeyValueList& list) {
    for (const auto& entry : list.entries) {
      std::string key = entry.key + ": ";
      out_ += Wrap(key, entry.value.PlainText(), "    ");
    }
  }

  void operator()(const doc::Callout& callout) {
    std::string top = "+--" + (callout.title.empty() ? "" : " " + callout.title + " ");
    out_ += top + std::string(kWidth > Columns(top) ? kWidth - Columns(top) : 0, '-') + "\n";
    for (size_t i = 0; i < callout.paragraphs.size(); ++i) {
      if (i > 0) out_ += "|\n";
      out_ += Wrap("| ", callout.paragraphs[i].PlainText(), "| ");
    }
    out_ += "+" + std::string(kWidth - 1, '-') + "\n";
  }

  // A decorative picture is skipped, as a screen reader skips it.
  void operator()(const doc::Image& image) {
    if (!image.decorative) out_ += "[picture: " + image.alt_text + "]\n";
  }

  void operator()(const doc::SignatureBlock& block) {
    std::string who = block.name;
    if (!block.role.empty()) who += (who.empty() ? "" : ", ") + block.role;
    out_ += block.label + ": " + (who.empty() ? "____________________" : who) + "\n";
    out_ +=
        (block.is_signed ? "" : "____________________\n") + block.status + "\n";
    if (!block.image_path.empty()) out_ += "[signature image: " + block.image_alt_text + "]\n";
  }

  void operator()(const doc::PageBreak&) { out_ += "- - - - - - - - (new page) - - - - - - - -\n"; }

 private:
  static std::vector<size_t> ColumnWidths(const doc::Table& table) {
    std::vector<size_t> widths(table.header.size());
    auto widen = [&](const std::vector<doc::TableCell>& row) {
      if (widths.size() < row.size()) widths.resize(row.size());
      for (size_t i = 0; i < row.size(); ++i)
        widths[i] = std::max(widths[i], Columns(CellText(row[i])));
    };
    widen(table.header);
    for (const auto& row : table.rows) widen(row);
    return widths;
  }

  void WriteAligned(const doc::Table& table, const std::vector<size_t>& widths) {
    auto line = [&](const std::vector<doc::TableCell>& row) {
      std::string text;
      for (size_t i = 0; i < row.size(); ++i) text += Pad(CellText(row[i]), widths[i] + 2);
      text.erase(text.find_last_not_of(' ') + 1);
      out_ += text + "\n";
    };
    if (!table.header.empty()) {
      line(table.header);
      std::string rule;
      for (size_t width : widths) rule += std::string(width, '-') + "  ";
      rule.erase(rule.find_last_not_of(' ') + 1);
      out_ += rule + "\n";
    }
    for (const auto& row : table.rows) line(row);
  }

  void WriteAsEntries(const doc::Table& table) {
    for (size_t r = 0; r < table.rows.size(); ++r) {
      if (r > 0) out_ += "\n";
      const auto& row = table.rows[r];
      for (size_t i = 0; i < row.size(); ++i) {
        std::string key = i < table.header.size() ? CellText(table.header[i]) : "";
        out_ += Wrap(key.empty() ? "- " : key + ": ", CellText(row[i]), "    ");
      }
    }
  }

  std::string& out_;
};

}  // namespace

std::string WritePlainText(const doc::Document& document) {
  std::string out;
  if (!document.furniture.header_text.empty()) out += document.furniture.header_text + "\n\n";
  if (document.draft) out += "*** DRAFT ***\n\n";
  out += Underline(document.metadata.title, '#');
  if (!document.metadata.subtitle.empty()) out += document.metadata.subtitle + "\n";
  BlockWriter writer(out);
  for (const doc::Block& block : document.blocks) {
    out += "\n";
    std::visit(writer, block);
  }
  if (!document.furniture.footer_text.empty()) {
    out += "\n" + std::string(kWidth, '_') + "\n" + document.furniture.footer_text + "\n";
  }
  return out;
}

}  // namespace sdgen
