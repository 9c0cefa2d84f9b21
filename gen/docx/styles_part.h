#pragma once

// word/styles.xml: every look sdgen uses is a named style, so the document stays
// editable and its structure (title, headings, lists, captions) is machine-readable.
// Built-in styles keep Word's own names ("heading 1", "List Bullet") so Word
// recognises and localises them and python-docx reports "Heading 1".

#include <pugixml.hpp>

#include "document/document.h"

namespace sdgen::docx {

/// Style ids used in document, header and footer parts.
namespace style {
inline constexpr const char* kNormal = "Normal";
inline constexpr const char* kTitle = "Title";
inline constexpr const char* kSubtitle = "Subtitle";
inline constexpr const char* kHeading[3] = {"Heading1", "Heading2", "Heading3"};
inline constexpr const char* kLead = "Lead";
inline constexpr const char* kSmall = "Small";
inline constexpr const char* kStatus = "Status";
inline constexpr const char* kCaption = "Caption";
inline constexpr const char* kAddress = "Address";
inline constexpr const char* kListBullet = "ListBullet";
inline constexpr const char* kListNumber = "ListNumber";
inline constexpr const char* kTableText = "TableText";
inline constexpr const char* kTableHeading = "TableHeading";
inline constexpr const char* kKeyValue = "KeyValue";
inline constexpr const char* kCallout[3] = {"CalloutNote", "CalloutImportant", "CalloutWarning"};
inline constexpr const char* kFigure = "Figure";
inline constexpr const char* kSignature = "Signature";
inline constexpr const char* kSignatureLine = "SignatureLine";
inline constexpr const char* kHeader = "Header";
inline constexpr const char* kFooter = "Footer";
inline constexpr const char* kTable = "SdgenTable";
}  // namespace style

/// Builds styles.xml from the resolved look; `language` (BCP 47) goes into the
/// document defaults so spelling and speech use it.
void BuildStylesPart(const doc::Look& look, const std::string& language, pugi::xml_document* xml);

}  // namespace sdgen::docx
