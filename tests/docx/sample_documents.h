#pragma once

// Documents built in code for the DOCX tests: one per kind sdgen produces,
// together covering every block type, Welsh and Polish text, and drafts.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "document/document.h"
#include "docx/docx_writer.h"

namespace sdgen::docx::testing {

/// A named sample document.
struct SampleDocument {
  std::string name;  ///< file stem, e.g. "decision-sheet"
  doc::Document document;
};

/// The five sample documents; images refer to paths in SampleImages().
std::vector<SampleDocument> SampleDocuments();

/// The PNG files the samples use, by path, for an in-memory FileReader.
std::map<std::string, std::string> SampleImages();

/// Writer options whose file reader serves SampleImages() from memory.
DocxOptions SampleWriterOptions();

/// Every line of text a reader should see in the body, in order.
std::vector<std::string> ExpectedBodyLines(const doc::Document& document);

/// (style name, text) of the title and each heading, in order.
std::vector<std::pair<std::string, std::string>> ExpectedHeadings(const doc::Document& document);

}  // namespace sdgen::docx::testing
