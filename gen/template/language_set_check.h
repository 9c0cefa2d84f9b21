#pragma once

// A language's templates (templates/cy/…) must tell its readers everything
// the default templates tell theirs. Each of its documents is compared with
// the default document of the same name: the same kind of document, every
// record field the default prints (TP022), and every label of the default
// labels.xml (TP022). A family document the language lacks is reported too
// (TP023, a warning): its readers get the default one with a translation offer.

#include "diagnostics/diagnostic.h"
#include "template/template_compiler.h"

namespace sdgen {

/// Compares the `tag` set with the default set; every finding is reported.
void CheckLanguageSet(const TemplateSet& defaults, const TemplateSet& language,
                      const std::string& tag, DiagnosticList& diagnostics);

}  // namespace sdgen
