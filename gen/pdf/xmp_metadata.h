#pragma once

#include <string>

#include "pdf/haru_document.h"

namespace sdgen::pdf {

/// The document's XMP metadata packet: the title (dc:title, which PDF/UA
/// requires), author, subject, language, dates and tool, and the claim of
/// PDF/UA-1 (pdfuaid:part 1). Values are XML-escaped; the packet has no
/// padding and no clock time, so the file stays reproducible.
std::string XmpPacket(const DocumentInfo& info, const std::string& language);

}  // namespace sdgen::pdf
