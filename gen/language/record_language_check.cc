#include "language/record_language_check.h"

#include "record/record_walk.h"

namespace sdgen {

void CheckRecordLanguage(const Record& record, PlainLanguageChecker& checker,
                         DiagnosticList& diagnostics, TermUsage* usage) {
  ForEachStatement(record, [&](std::string_view, const Text& text) {
    Readership audience =
        text.visibility.share == Share::kFamily ? Readership::kFamily : Readership::kProfessionals;
    checker.CheckText(text, audience, diagnostics, usage);
  });
}

}  // namespace sdgen
