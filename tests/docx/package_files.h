#pragma once

#include "test_paths.h"

// Test-side package handling, written independently of the writer: reading a
// zip's entries, splitting a flat package into parts, and repacking those parts
// into a zip that LibreOffice and python-docx can open.

#include <map>
#include <string>
#include <vector>

namespace sdgen::docx::testing {

using sdgen::test::ReadFile;

/// One part as found in a package.
struct FoundPart {
  std::string name;  ///< without the leading slash
  std::string content_type;
  std::string bytes;
};

/// Every entry of a zip, by name; fails the current test on a broken zip.
std::map<std::string, std::string> ReadZipEntries(const std::string& zip_bytes);

/// The parts of a flat package; XML parts re-serialised as a standalone file.
std::vector<FoundPart> ReadFlatParts(const std::string& flat_xml);

/// A zip holding `parts` and a `[Content_Types].xml` listing their types.
std::string RepackAsZip(const std::vector<FoundPart>& parts);

/// The content type `[Content_Types].xml` gives part `name` (Override, else Default).
std::string ContentTypeOf(const std::string& content_types_xml, const std::string& name);

/// A fresh directory under /tmp.
std::string MakeTempDir();

/// Removes a directory made by MakeTempDir and everything in it.
void RemoveTempDir(const std::string& dir);

/// Writes `bytes` to `path`.
void WriteFile(const std::string& path, const std::string& bytes);


/// Runs a shell command; returns its stdout and sets `status` to its exit status.
std::string RunCommand(const std::string& command, int* status);

}  // namespace sdgen::docx::testing
