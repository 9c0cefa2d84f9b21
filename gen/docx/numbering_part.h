#pragma once

#include <pugixml.hpp>

#include "document/document.h"

namespace sdgen::docx {

/// word/numbering.xml: list labels come from numbering definitions, never from
/// typed characters, so Word and LibreOffice treat lists as lists.
class NumberingPart {
 public:
  /// The `w:numId` for a new list. Bulleted lists share one; each numbered
  /// list gets its own so that it starts again at 1.
  int NewList(bool numbered);
  /// The part as XML; `look` gives the bullet colour.
  void Build(const doc::Look& look, pugi::xml_document* xml) const;

 private:
  int numbered_lists_ = 0;
};

}  // namespace sdgen::docx
