#pragma once

#include <map>
#include <string>

#include "cli/plain_language_setup.h"
#include "diagnostics/diagnostic.h"
#include "style/file_overlay.h"

namespace sdgen::cli {

/// Checks the literal words of every template and partial in `templates` for
/// jargon, acronyms and judgement-laden labels: a family template's words, and
/// those of every partial it includes, as a family reads them (errors, and
/// reading age against the document's target), everything else as
/// professionals do (warnings). Locations point into the template files. Terms
/// named in the template folder's plain-language-accept.txt (professionals need
/// them; each line gives its reason) are kept in professional text only. A
/// term families must learn is not reported in a template whose documents all
/// print a glossary, which explains it, as at build (SD027).
/// A family document's reading age is scored against the style's target for
/// it (`reading_ages`, by document name), or the default for letters and stories.
void CheckTemplateLanguage(FileOverlay& templates, PlainLanguageSetup& language,
                           const std::map<std::string, int>& reading_ages,
                           DiagnosticList& diagnostics);

}  // namespace sdgen::cli
