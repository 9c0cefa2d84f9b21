#pragma once

// Documents built in code for the PDF writer's tests and benchmark: the
// names and scripts that have gone wrong before, every block type, and a
// long table that must paginate.

#include <string>
#include <vector>

#include "document/document.h"

namespace sdgen::pdf::testing {

/// Writes a small PNG with coloured bands, its odd rows with PNG's "Sub"
/// filter. `colour_type` is PNG's: 0 grey, 2 RGB, 3 palette, 6 RGBA (half
/// transparent); `compressed` false stores the data in uncompressed blocks.
bool WriteTestPng(const std::string& path, int width, int height, int colour_type = 2,
                  bool compressed = true);

/// The pixels WriteTestPng draws, as 8-bit RGB (or grey for type 0), row by row.
std::string TestPngPixels(int width, int height, int colour_type);

/// A look using the Debian fonts: DejaVu for professional documents, Andika
/// for words and pictures; the other family is the fallback.
doc::Look ProfessionalLook();
doc::Look ChildLook();

/// Every block type, Welsh, Polish and Icelandic names; images written to `dir`.
doc::Document SampleDocument(const std::string& dir);
/// A document whose table has `rows` rows.
doc::Document LongTableDocument(int rows);
/// The words of every paragraph of `document`, in order, as pdftotext should
/// give them; table cells only when `with_tables`.
std::vector<std::string> ModelWords(const doc::Document& document, bool with_tables = true);
/// The words of every table cell of `document`.
std::vector<std::string> TableWords(const doc::Document& document);

/// Splits text at whitespace.
std::vector<std::string> Words(const std::string& text);

}  // namespace sdgen::pdf::testing
