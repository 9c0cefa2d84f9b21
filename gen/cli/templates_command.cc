#include "cli/templates_command.h"

#include "cli/diagnostic_output.h"
#include "template/document_builder.h"

namespace sdgen::cli {

constexpr const char* kUsage = "usage: sdgen templates check [--style DIR] TEMPLATE_DIR\n";

int RunTemplatesCommand(CommandContext& context) {
  const std::vector<std::string>& args = context.args;
  if (args.empty() || args[0] != "check") {
    context.err << "sdgen templates: expected `check`\n" << kUsage;
    return kExitUnreadable;
  }
  std::vector<std::string> template_folders;
  std::vector<std::string> style_folders;
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--style" && i + 1 < args.size()) {
      style_folders.push_back(args[++i]);
    } else if (!args[i].empty() && args[i][0] != '-' && template_folders.empty()) {
      template_folders.push_back(args[i]);
    } else {
      context.err << "sdgen templates check: unexpected " << args[i] << "\n" << kUsage;
      return kExitUnreadable;
    }
  }
  if (template_folders.empty()) {
    context.err << "sdgen templates check: no template folder given\n" << kUsage;
    return kExitUnreadable;
  }
  template_folders.push_back(DefaultTemplatesFolder());
  style_folders.push_back(DefaultStyleFolder());
  DiagnosticList diagnostics;
  std::unique_ptr<DocumentBuilder> builder =
      DocumentBuilder::Create(template_folders, style_folders, diagnostics);
  if (builder->ready()) {
    context.out << "compiled " << builder->templates().templates.size() << " templates\n";
  }
  PrintDiagnostics(diagnostics, context);
  return diagnostics.HasErrors() ? kExitErrors : kExitOk;
}

}  // namespace sdgen::cli
