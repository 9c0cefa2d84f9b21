#pragma once

// Renders a record's documents on every core. Each worker has its own
// writers (ICU breakers and libharu documents are per worker; font and image
// files are read once and shared), documents are handed out one at a time, and the results come
// back in the documents' order, so what is written and said does not depend
// on which worker made what.

#include <memory>
#include <string>
#include <vector>

#include "cli/document_writers.h"
#include "diagnostics/diagnostic.h"
#include "document/document.h"

namespace sdgen::cli {

class WriterPool {
 public:
  /// `jobs` workers, at least one.
  explicit WriterPool(unsigned jobs);

  /// One document's files in every format, or why they could not be made.
  struct Rendered {
    bool ok = false;
    std::string error;
    std::vector<RenderedFile> files;
    DiagnosticList diagnostics;  ///< the writers' warnings for this document
  };

  /// Renders each of `documents` in every format, in parallel.
  std::vector<Rendered> Render(const std::vector<const doc::Document*>& documents);

  /// The number of workers the machine's cores allow.
  static unsigned DefaultJobs();

 private:
  std::vector<std::unique_ptr<DocumentWriters>> writers_;
};

}  // namespace sdgen::cli
