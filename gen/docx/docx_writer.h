#pragma once

// The DOCX writer: one OpcPackage is built from the document model, then packed
// either as a zipped .docx or as a single-file flat XML package, so the two
// forms always hold the same parts.

#include <string>

#include "document/document.h"
#include "docx/media_store.h"
#include "docx/opc_package.h"

namespace sdgen::docx {

/// Choices that change the package but never its text.
struct DocxOptions {
  /// Written to docProps/app.xml as the producing application.
  std::string application = "sdgen";
  /// Reads image files (doc::Image::path, signatures, the logo).
  FileReader read_file = ReadFileFromDisk;
};

/// Writes documents as WordprocessingML. Output depends only on the document
/// and the options: dates come from Metadata::created, so builds are byte-identical.
class DocxWriter {
 public:
  explicit DocxWriter(DocxOptions options = {}) : options_(std::move(options)) {}

  /// Writes a .docx (OPC zip) into `docx_bytes`.
  bool WritePackage(const doc::Document& document, std::string* docx_bytes,
                    std::string* error) const;
  /// Writes a Flat OPC "Word XML Document" (`pkg:package`) into `xml_bytes`.
  bool WriteFlat(const doc::Document& document, std::string* xml_bytes, std::string* error) const;
  /// Writes both forms from parts built once: a build makes both for every
  /// document, and building the parts is most of the work.
  bool WriteBoth(const doc::Document& document, std::string* docx_bytes, std::string* xml_bytes,
                 std::string* error) const;
  /// Builds the parts both forms are packed from.
  bool BuildParts(const doc::Document& document, OpcPackage* package, std::string* error) const;

 private:
  DocxOptions options_;
};

}  // namespace sdgen::docx
