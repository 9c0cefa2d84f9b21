#pragma once

#include <pugixml.hpp>
#include <string>

#include "document/document.h"
#include "docx/part_resources.h"

namespace sdgen::docx {

/// The word every draft shows in its header, status line and watermark.
inline constexpr const char* kDraftMark = "DRAFT";

/// word/header1.xml: the logo, the header text, and for a draft "DRAFT" plus a
/// watermark behind every page.
bool BuildHeaderPart(const doc::Document& document, PartResources resources,
                     pugi::xml_document* xml, std::string* error);

/// word/footer1.xml: the footer text and "Page X of Y" as PAGE and NUMPAGES fields.
void BuildFooterPart(const doc::Document& document, pugi::xml_document* xml);

}  // namespace sdgen::docx
