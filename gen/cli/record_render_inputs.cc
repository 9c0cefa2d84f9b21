#include "cli/record_render_inputs.h"

#include "record/canonical_form.h"

namespace sdgen::cli {

RenderInputs RecordRenderInputs(const Record& record, bool record_has_errors,
                                const DeadlinePolicy& policy, const WorkingCalendar& calendar,
                                PlainLanguageSetup* language) {
  RenderInputs inputs;
  inputs.deadlines = PrintedDeadlines(record, policy, calendar);
  inputs.record_has_errors = record_has_errors;
  inputs.verification_code = RecordFingerprint(record);
  if (language != nullptr)
    inputs.glossary_for = [language](const std::string& text, const std::string& in_language) {
      return language->GlossaryFor(text, in_language);
    };
  return inputs;
}

}  // namespace sdgen::cli
