#pragma once

// Shared by the template tests: loading records, compiling the shipped
// templates once, and compiling a template written inline in a test.

#include <memory>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "record/record.h"
#include "template/document_builder.h"

namespace sdgen::test {

/// A record with the source file it points into.
struct LoadedRecord {
  std::unique_ptr<SourceFile> file;
  std::unique_ptr<Record> record;
};

/// Reads a record from `text`; fails the test when it does not read.
LoadedRecord ReadRecordText(const std::string& path, std::string text);
/// Reads a record file; fails the test when it does not read.
LoadedRecord ReadRecordFile(const std::string& path);
/// The example record and every fixture, as (name, path) pairs.
std::vector<std::pair<std::string, std::string>> AllRecordFiles();

/// The shipped templates and style, compiled once for the whole test run.
const DocumentBuilder& ShippedBuilder();

/// The result of compiling one template written in a test.
struct SnippetResult {
  bool compiled = false;
  std::string diagnostics;  ///< rendered as `file:line:col: error: message [RULE]`
  size_t error_count = 0;
};

/// Compiles `xml` as `snippet.xml` against the shipped labels, style and
/// partials; `partials` are extra files (name → text) put in a folder first.
SnippetResult CompileSnippet(const std::string& xml,
                             const std::vector<std::pair<std::string, std::string>>& partials = {});

/// Renders every document of a record with the shipped templates, calendar deadlines.
std::vector<RenderedDocument> RenderShipped(const Record& record);

}  // namespace sdgen::test
