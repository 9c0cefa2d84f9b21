#include "language/record_language_check.h"

#include "record/record_walk.h"

namespace sdgen {

void CheckRecordLanguage(const Record& record, PlainLanguageChecker& checker,
                         DiagnosticList& diagnostics, TermUsage* usage) {
  ForEachText(record, [&](std::string_view, const Text& text) {
    Audience audience =
        text.visibility.share == Share::kFamily ? Audience::kFamily : Audience::kProfessionals;
    checker.CheckText(text, audience, diagnostics, usage);
  });
}

}  // namespace sdgen
