#include "cli/templates_command.h"

#include <deque>

#include "cli/command_options.h"
#include "cli/council_folders.h"
#include "cli/diagnostic_output.h"
#include "cli/plain_language_setup.h"
#include "cli/template_language_check.h"
#include "cli/templates_init.h"
#include "template/document_builder.h"

namespace sdgen::cli {

constexpr const char* kUsage =
    "usage: sdgen templates check [--style DIR] TEMPLATE_DIR\n"
    "       sdgen templates init DIR\n";

int RunTemplatesCommand(CommandContext& context) {
  const std::vector<std::string>& args = context.args;
  if (!args.empty() && args[0] == "init") return RunTemplatesInit(context);
  if (args.empty() || args[0] != "check") {
    context.err << "sdgen templates: expected `check` or `init`\n" << kUsage;
    return kExitUnreadable;
  }
  CommandOptions options;
  std::string error;
  if (!options.Parse("templates check", {{"--style", "DIR"}}, {args.begin() + 1, args.end()},
                     error)) {
    context.err << error << "\n" << kUsage;
    return kExitUnreadable;
  }
  const std::vector<std::string>& operands = options.operands();
  if (operands.size() != 1) {
    context.err << "sdgen templates check: "
                << (operands.empty() ? "no template folder given"
                                     : "unexpected '" + operands[1] + "'; give one folder")
                << "\n"
                << kUsage;
    return kExitUnreadable;
  }
  CouncilFolders folders;
  if (!ReadCouncilFolders("templates check", options, context.data, folders, error)) {
    context.err << error << "\n";
    return kExitUnreadable;
  }
  std::string problem = FolderProblem(operands[0]);
  if (!problem.empty()) {
    context.err << "sdgen templates check: template folder " << problem << "\n";
    return kExitUnreadable;
  }
  folders.templates.insert(folders.templates.begin(), operands[0]);
  DiagnosticList diagnostics;
  std::unique_ptr<DocumentBuilder> builder =
      DocumentBuilder::Create(folders.templates, folders.style, diagnostics);
  // Other programs read JSON and SARIF from the output: nothing else goes there.
  if (builder->ready() && context.diagnostic_format == DiagnosticFormat::kText) {
    context.out << "compiled " << builder->templates().templates.size() << " templates\n";
  }
  // A council's own wording is checked like record text; the shipped
  // dictionary, overlaid by the council's style when it has one.
  std::deque<SourceFile> files;
  PlainLanguageSetup language;
  FileOverlay templates(folders.templates);
  if (builder->compiled() && language.Load(folders, {}, files, diagnostics, &error)) {
    CheckTemplateLanguage(builder->templates(), builder->style(), templates, language, diagnostics);
    // Each language's words with its own dictionary, never the English one.
    for (const LanguageTemplates& set : builder->languages()) {
      const PlainLanguageSetup* own = language.ForLanguage(set.tag);
      if (own && set.templates)
        CheckTemplateLanguage(*set.templates, set.style, *set.files, *own, diagnostics);
    }
  }
  PrintDiagnostics(diagnostics, context);
  return diagnostics.HasErrors() ? kExitErrors : kExitOk;
}

}  // namespace sdgen::cli
