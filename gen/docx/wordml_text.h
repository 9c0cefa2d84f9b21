#pragma once

// Paragraphs and runs: the small pieces every WordprocessingML part is made of.

#include <pugixml.hpp>
#include <string>

#include "document/document.h"

namespace sdgen::docx {

/// How a run of text looks beyond its paragraph style.
struct RunLook {
  bool bold = false;
  bool italic = false;
  std::string language = {};  ///< BCP 47, when not the document's; empty: the document's
};

/// Appends `<w:p>` with paragraph style `style_id` (empty: the default style).
pugi::xml_node AppendParagraph(pugi::xml_node parent, const std::string& style_id);

/// The paragraph's `<w:pPr>`, created on first use, for direct settings.
pugi::xml_node ParagraphProperties(pugi::xml_node paragraph);

/// Appends runs for `text`; line feeds become `<w:br/>` and tabs `<w:tab/>`.
void AppendText(pugi::xml_node paragraph, const std::string& text, const RunLook& look = {});

/// Appends the runs of a model paragraph, in its own language if it has one.
void AppendRuns(pugi::xml_node paragraph, const doc::Paragraph& source);

/// Appends a field (e.g. "PAGE") with `cached` as the text shown until it is updated.
void AppendField(pugi::xml_node paragraph, const char* instruction, const char* cached);

/// Appends a run holding a page break.
void AppendPageBreak(pugi::xml_node paragraph);

/// Sets a `w:val` attribute child, the commonest WordprocessingML shape.
pugi::xml_node AppendValue(pugi::xml_node parent, const char* name, const std::string& value);

/// Points in twentieths (twips), rounded.
std::string Twips(double points);

/// Points in half-points (font sizes), rounded.
std::string HalfPoints(double points);

}  // namespace sdgen::docx
