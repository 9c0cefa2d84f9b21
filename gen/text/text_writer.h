#pragma once

// The plain-text writer: a readable UTF-8 rendering of the document model,
// used as a debug format and for golden tests. Like every writer it sees
// only the finished document, never the record or a template.

#include <string>

#include "document/document.h"

namespace sdgen {

/// Renders `document` as text wrapped at 78 columns, ending with a newline.
std::string WritePlainText(const doc::Document& document);

}  // namespace sdgen
