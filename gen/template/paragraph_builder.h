#pragma once

// Builds paragraphs out of template text and record text. The two are
// treated differently: template text is XML laid out for reading, so runs of
// white space become one space; record text is data, where a blank line
// starts a new paragraph. Neither is ever interpreted as markup.

#include <string>
#include <vector>

#include "document/document.h"

namespace sdgen {

/// Collects runs into one or more paragraphs of one role.
class ParagraphBuilder {
 public:
  explicit ParagraphBuilder(doc::ParagraphRole role = doc::ParagraphRole::kBody) : role_(role) {}

  /// Template text: white space collapses to single spaces.
  void AddLiteral(const std::string& text);
  /// Record text, inserted as it is; a blank line starts a new paragraph.
  void AddData(const std::string& text);
  /// Record text whose line ends are kept as line breaks inside the
  /// paragraph (an address); blank lines are dropped.
  void AddLines(const std::string& text);
  /// A line break inside the paragraph.
  void AddLineBreak();
  void SetBold(bool bold) { bold_ = bold; }
  void SetItalic(bool italic) { italic_ = italic; }
  bool bold() const { return bold_; }
  bool italic() const { return italic_; }

  /// The finished paragraphs: trimmed, NFC-normalised, empty ones dropped.
  std::vector<doc::Paragraph> Finish();
  /// Everything as a single paragraph (list items, table entries, headings).
  doc::Paragraph FinishAsOne();

 private:
  void Append(const std::string& text);
  void Break();

  doc::ParagraphRole role_;
  bool bold_ = false;
  bool italic_ = false;
  std::vector<doc::Paragraph> done_;
  doc::Paragraph current_;
};

}  // namespace sdgen
