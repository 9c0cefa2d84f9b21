#pragma once

#include <pugixml.hpp>
#include <string>

#include "document/document.h"
#include "docx/part_resources.h"

namespace sdgen::docx {

/// Renders the document model into `<w:body>`: the title and subtitle, a
/// status line for drafts, then every block in order.
class WordmlBody {
 public:
  /// `resources` must outlive this object; its relationships are the document part's.
  WordmlBody(const doc::Document& document, PartResources resources)
      : document_(document), resources_(resources) {}
  /// Appends the content; fails only when an image cannot be read.
  bool Append(pugi::xml_node body, std::string* error);

 private:
  struct BlockVisitor;
  void AppendOpening(pugi::xml_node body);
  void AppendAddress(pugi::xml_node body, const doc::Paragraph& address);
  void AppendList(pugi::xml_node body, const doc::List& list);
  void AppendKeyValues(pugi::xml_node body, const doc::KeyValueList& list);
  void AppendCallout(pugi::xml_node body, const doc::Callout& callout);
  bool AppendImage(pugi::xml_node body, const doc::Image& image, std::string* error);
  bool AppendSignature(pugi::xml_node body, const doc::SignatureBlock& block, std::string* error);

  const doc::Document& document_;
  PartResources resources_;
};

/// The paragraph style for a model paragraph role.
const char* ParagraphStyleId(doc::ParagraphRole role);

}  // namespace sdgen::docx
