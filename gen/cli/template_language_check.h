#pragma once

#include "cli/plain_language_setup.h"
#include "diagnostics/diagnostic.h"
#include "style/file_overlay.h"
#include "style/style.h"
#include "template/template_compiler.h"

namespace sdgen::cli {

/// Checks the words the compiled `templates` print for jargon, acronyms and
/// judgement-laden labels: literal text, the words of attributes (titles,
/// entry keys, descriptions), `otherwise` texts and the labels.xml words a
/// template prints, each where it is written, in whichever partial, however
/// deep. What is checked is what builds. Words a family document prints are
/// read as the family reads them (errors, and reading age against the style's
/// target for the document, ReadingAgeFor); everything else as professionals
/// do (warnings). Words printed by several documents are read by the strictest
/// of their readers. Terms named in the template folders' plain-language-accept.txt
/// (professionals need them; each line gives its reason) are kept in
/// professional text only. A term families must learn is not reported in words
/// whose documents all print a glossary, which explains it, as at build (SD027).
void CheckTemplateLanguage(const TemplateSet& templates, const Style& style,
                           FileOverlay& template_files, const PlainLanguageSetup& language,
                           DiagnosticList& diagnostics);

}  // namespace sdgen::cli
