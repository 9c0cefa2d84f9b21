#include "cli/build_report.h"

#include <algorithm>

namespace sdgen::cli {
namespace {

std::string Count(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string JoinedNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

void RecordOutcome::AddDraft(const std::string& document, const std::string& reason) {
  auto same = std::find_if(drafts.begin(), drafts.end(),
                           [&](const auto& draft) { return draft.first == reason; });
  if (same == drafts.end()) same = drafts.insert(drafts.end(), {reason, {}});
  same->second.push_back(document);
}

void BuildReport::Starting(size_t index, const std::string& record_path) {
  if (quiet_ || !terminal_ || record_count_ < 2) return;
  // \r and erase-to-end-of-line: the next progress line or report replaces it.
  err_ << "\r\033[K[" << index + 1 << "/" << record_count_ << "] building " << record_path
       << std::flush;
  progress_shown_ = true;
}

void BuildReport::ClearProgress() {
  if (!progress_shown_) return;
  err_ << "\r\033[K" << std::flush;
  progress_shown_ = false;
}

void BuildReport::Finished(const RecordOutcome& outcome) {
  bool nothing = !outcome.nothing_written.empty() || outcome.written.empty();
  if (nothing)
    ++not_written_;
  else if (!outcome.drafts.empty())
    ++drafts_;
  else
    ++written_;
  withheld_ += outcome.withheld.size();
  if (quiet_) return;
  ClearProgress();
  err_ << outcome.record_path << ": ";
  if (nothing) {
    err_ << "nothing written: "
         << (outcome.nothing_written.empty() ? "every document is withheld"
                                             : outcome.nothing_written)
         << "\n";
  } else {
    size_t draft_count = 0;
    for (const auto& draft : outcome.drafts) draft_count += draft.second.size();
    err_ << Count(outcome.written.size(), "document", "documents") << " written to "
         << outcome.folder;
    if (draft_count > 0) err_ << ", " << draft_count << " as DRAFT";
    err_ << "\n";
    for (const auto& [reason, names] : outcome.drafts)
      err_ << "  DRAFT (" << reason << "): " << JoinedNames(names) << "\n";
  }
  for (const auto& [document, why] : outcome.withheld)
    err_ << "  withheld " << document << ": " << why << "\n";
}

void BuildReport::Summarise() {
  ClearProgress();
  err_ << Count(record_count_, "record", "records") << ": " << written_ << " written, "
       << Count(drafts_, "draft", "drafts") << ", " << not_written_ << " not written";
  if (withheld_ > 0) err_ << "; " << Count(withheld_, "document", "documents") << " withheld";
  err_ << "\n";
}

}  // namespace sdgen::cli
