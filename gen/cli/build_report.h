#pragma once

// What `sdgen build` tells its user about each record, as it goes: which
// documents were written, which as DRAFT and why, which were withheld and
// why, or why nothing was written; then one closing line for the batch.
// Findings themselves are diagnostics; this is the account of the outcome,
// so that no record's fate is left to be inferred from silence.

#include <cstddef>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace sdgen::cli {

/// The outcome of one record of a build.
struct RecordOutcome {
  std::string record_path;
  std::string folder;                ///< where its documents go; empty when unknown
  std::vector<std::string> written;  ///< document names, DRAFTs included
  /// Why a document is a DRAFT, by reason, in the order first met.
  std::vector<std::pair<std::string, std::vector<std::string>>> drafts;
  std::vector<std::pair<std::string, std::string>> withheld;  ///< document, why
  std::string nothing_written;  ///< why no document was written; empty when some were

  /// Counts `document` as a DRAFT for `reason`.
  void AddDraft(const std::string& document, const std::string& reason);
};

/// Prints the per-record lines (unless quiet), a progress line on a terminal,
/// and the closing summary, all to the error stream.
class BuildReport {
 public:
  BuildReport(std::ostream& err, bool quiet, bool terminal, size_t record_count)
      : err_(err), quiet_(quiet), terminal_(terminal), record_count_(record_count) {}

  /// Before record `index` (from 0): on a terminal, for a batch, says which
  /// record is being built, on a line the next output overwrites.
  void Starting(size_t index, const std::string& record_path);
  /// After a record: its line, and what the summary counts.
  void Finished(const RecordOutcome& outcome);
  /// The closing line: "200 records: 197 written, 2 drafts, 1 not written".
  void Summarise();
  /// Clears the progress line before something else is printed.
  void ClearProgress();

 private:
  std::ostream& err_;
  bool quiet_;
  bool terminal_;
  size_t record_count_;
  bool progress_shown_ = false;
  size_t written_ = 0;
  size_t drafts_ = 0;
  size_t not_written_ = 0;
  size_t withheld_ = 0;
};

}  // namespace sdgen::cli
