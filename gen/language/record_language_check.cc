#include "language/record_language_check.h"

#include <algorithm>
#include <string_view>

#include "record/record_walk.h"

namespace sdgen {
namespace {

// Names, agencies, job titles and contact details are labels people chose for
// themselves, not statements: "Children's Social Care" or "Designated
// Safeguarding Lead" is how that service or post is called, and stays so.
bool IsLabel(std::string_view path) {
  static constexpr std::string_view kLabels[] = {
      "local-authority",   "child.name",  "child.known-as",   "child.gender",
      "child.ethnicity",   "child.first-language", "child.school-or-setting",
      "person.name",       "person.address", "attendee.agency", "attendee.name",
      "attendee.job-title", "attendee.contact.phone", "attendee.contact.email"};
  return std::find(std::begin(kLabels), std::end(kLabels), path) != std::end(kLabels);
}

}  // namespace

void CheckRecordLanguage(const Record& record, PlainLanguageChecker& checker,
                         DiagnosticList& diagnostics, TermUsage* usage) {
  ForEachText(record, [&](std::string_view path, const Text& text) {
    if (IsLabel(path)) return;
    Readership audience =
        text.visibility.share == Share::kFamily ? Readership::kFamily : Readership::kProfessionals;
    checker.CheckText(text, audience, diagnostics, usage);
  });
}

}  // namespace sdgen
