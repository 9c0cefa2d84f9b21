#pragma once

#include <string>

#include "checks/working_days.h"
#include "cli/plain_language_setup.h"
#include "record/record.h"
#include "template/render_inputs.h"

namespace sdgen::cli {

/// What `sdgen build` hands the templates for `record`: its deadlines, its
/// verification code, whether it is a draft (`record_has_errors`), and glossaries from
/// `language` (null when the dictionary could not be read: no glossary).
/// `sdgen verify` regenerates a sheet from exactly these.
RenderInputs RecordRenderInputs(const Record& record, bool record_has_errors,
                                const DeadlinePolicy& policy, const WorkingCalendar& calendar,
                                PlainLanguageSetup* language);

}  // namespace sdgen::cli
