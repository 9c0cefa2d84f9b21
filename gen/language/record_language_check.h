#pragma once

#include "diagnostics/diagnostic.h"
#include "language/glossary.h"
#include "language/plain_language_checker.h"
#include "record/record.h"

namespace sdgen {

/// Checks every free-text statement of `record` (not names, agencies, job
/// titles or contact details, which are labels): text shared with the family as a family
/// reads it (errors, readability), the rest as professionals do (warnings).
/// Adds each term found to `usage` if given.
void CheckRecordLanguage(const Record& record, PlainLanguageChecker& checker,
                         DiagnosticList& diagnostics, TermUsage* usage = nullptr);

}  // namespace sdgen
