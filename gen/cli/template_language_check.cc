#include "cli/template_language_check.h"

#include "template/template_parser.h"

namespace sdgen::cli {
namespace {

void CheckNodes(const Node& node, const SourceFile& file, Readership readership,
                PlainLanguageChecker& checker, DiagnosticList& diagnostics) {
  if (node.kind == NodeKind::kText) {
    Text text;
    text.value = node.text;
    text.where = {&file, node.offset};
    text.checkpoints = {{0, node.offset}};
    checker.CheckText(text, readership, diagnostics);
  }
  for (const Node& child : node.children) CheckNodes(child, file, readership, checker, diagnostics);
}

void CheckFile(const SourceFile& file, PlainLanguageSetup& language, DiagnosticList& diagnostics) {
  // Syntax errors are the compiler's to report; here a file that does not
  // parse is simply skipped.
  DiagnosticList parse_diagnostics;
  std::optional<TemplateAst> ast = TemplateParser(parse_diagnostics).Parse(file);
  if (!ast) return;
  const Attribute* audience = ast->root.Find("audience");
  const Attribute* document = ast->root.Find("document");
  bool family = audience && audience->value == "family";
  bool for_children = document && document->value == "words-and-pictures";
  std::string error;
  std::unique_ptr<PlainLanguageChecker> checker = language.MakeChecker(
      {}, for_children ? kWordsAndPicturesReadingAge : kFamilyLetterReadingAge, diagnostics,
      &error);
  if (!checker) return;
  CheckNodes(ast->root, file, family ? Readership::kFamily : Readership::kProfessionals,
             *checker, diagnostics);
}

}  // namespace

void CheckTemplateLanguage(FileOverlay& templates, PlainLanguageSetup& language,
                           DiagnosticList& diagnostics) {
  std::vector<std::string> files;
  for (const std::string& name : templates.List("", ".xml")) {
    if (name != "labels.xml") files.push_back(name);
  }
  for (const std::string& name : templates.List("partials", ".xml"))
    files.push_back("partials/" + name);
  for (const std::string& name : files) {
    if (const SourceFile* file = templates.Load(name)) CheckFile(*file, language, diagnostics);
  }
}

}  // namespace sdgen::cli
