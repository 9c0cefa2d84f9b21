#pragma once

// A hostile or broken file can make thousands of findings; past a few
// hundred more of them help nobody and cost the terminal (and a log) dearly.
// sdgen prints at most kMaxFindingsPerFile for one file and says, in a note
// (OUT011), how many more it left out; the counts and the exit status still
// include every one.

#include <cstddef>
#include <map>

#include "diagnostics/diagnostic.h"

namespace sdgen::cli {

/// The most findings sdgen prints for one file in one run.
inline constexpr size_t kMaxFindingsPerFile = 200;

/// Counts findings per file across the chunks of a run.
class FindingCap {
 public:
  /// The findings of `chunk` (in its order) still within their file's cap,
  /// then one note per file saying how many of this chunk's were left out.
  DiagnosticList Apply(const DiagnosticList& chunk);

 private:
  std::map<const SourceFile*, size_t> shown_;  ///< by file, over the whole run
};

}  // namespace sdgen::cli
