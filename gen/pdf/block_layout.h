#pragma once

#include <vector>

#include "document/document.h"
#include "pdf/layout_context.h"
#include "pdf/paginator.h"

namespace sdgen::pdf {

/// Turns the document's title and blocks into slabs for the paginator,
/// encoding the keep rules: headings with what follows, at least two lines
/// of a paragraph on either side of a page break, callouts, list items,
/// label-value entries and signature blocks kept whole when they fit.
class BlockLayout {
 public:
  explicit BlockLayout(LayoutContext& context) : context_(context) {}

  /// Every slab of the document, in reading order.
  std::vector<Slab> Layout();

 private:
  void Add(std::vector<Slab> slabs);
  void AddAddress(const doc::Paragraph& address);
  /// `title` and `subtitle`: their structure nodes, made before the
  /// address's, since the model reads title first wherever the address is placed.
  void AddTitle(int title, int subtitle);
  void AddHeading(const doc::Heading& heading);
  void AddParagraph(const doc::Paragraph& paragraph);
  void AddList(const doc::List& list);
  void AddTable(const doc::Table& table);
  void AddKeyValues(const doc::KeyValueList& list);
  void AddCallout(const doc::Callout& callout);
  void AddImage(const doc::Image& image);
  void AddSignature(const doc::SignatureBlock& block);
  void AddPageBreak(const doc::PageBreak&) { break_pending_ = true; }

  TextStyle ParagraphStyle(doc::ParagraphRole role) const;
  /// One slab per line, each line belonging to structure node `node`.
  std::vector<Slab> LineSlabs(const std::vector<SetLine>& lines, int node) const;
  std::vector<Slab> ImageSlabs(const std::string& path, const std::string& alt_text,
                               double max_width, double max_height, int node);
  /// A node of `type` under `parent`, in `language` when it is not the document's.
  int Node(int parent, const std::string& type, const std::string& language = {});
  /// A Figure under `parent` saying `alt_text`.
  int Figure(int parent, const std::string& alt_text);
  double Gap() const { return context_.document.look.body_size_pt * 0.6; }

  LayoutContext& context_;
  std::vector<Slab> slabs_;
  bool break_pending_ = false;
};

/// Stamps every line with structure node `node`.
void Stamp(std::vector<SetLine>* lines, int node);

/// Links lines as a paragraph must: all of them when there are three or
/// fewer, otherwise the first two and the last two.
void KeepLinesTogether(std::vector<Slab>* lines);

}  // namespace sdgen::pdf
