#include "template/template_compiler.h"

#include <algorithm>

#include "diagnostics/closest_name.h"
#include "template/template_parser.h"

namespace sdgen {

std::optional<Labels> TemplateCompiler::LoadLabels() {
  const SourceFile* file = files_.Load("labels.xml");
  if (!file) {
    diagnostics_.Error({}, "TP015", "no labels.xml in the template folders");
    return std::nullopt;
  }
  return Labels::Load(*file, diagnostics_);
}

std::unique_ptr<TemplateSet> TemplateCompiler::CompileAll() {
  size_t errors_before = diagnostics_.error_count();
  std::optional<Labels> labels = LoadLabels();
  if (!labels) return nullptr;
  auto set = std::make_unique<TemplateSet>();
  set->labels = std::move(*labels);
  for (const std::string& name : files_.List("", ".xml")) {
    if (name == "labels.xml") continue;
    const SourceFile* file = files_.Load(name);
    if (!file) {
      diagnostics_.Error({}, "TP020", "cannot read template `" + name + "`");
      continue;
    }
    std::optional<CompiledTemplate> compiled = Compile(*file, set->labels);
    if (compiled) set->templates.push_back(std::move(*compiled));
  }
  // Stable, so that of two templates for one document the first listed is first.
  std::stable_sort(
      set->templates.begin(), set->templates.end(),
      [](const CompiledTemplate& a, const CompiledTemplate& b) { return a.document < b.document; });
  ReportSameDocument(set->templates);
  if (diagnostics_.error_count() > errors_before) return nullptr;
  return set;
}

// Two templates writing one document would overwrite each other's output, so
// one would be lost without a word: a council's copy saved under a new name
// with the document left as it was.
void TemplateCompiler::ReportSameDocument(const std::vector<CompiledTemplate>& sorted) {
  for (size_t i = 1; i < sorted.size(); ++i) {
    const CompiledTemplate& first = sorted[i - 1];
    const CompiledTemplate& second = sorted[i];
    if (first.document != second.document) continue;
    diagnostics_.Report(
        {Severity::kError,
         second.document_where,
         "TP021",
         "two templates make the document `" + second.document + "`",
         "give one of them another `document` name",
         {{first.document_where, "the other template for `" + first.document + "` is here"}}});
  }
}

std::optional<CompiledTemplate> TemplateCompiler::Compile(const SourceFile& file,
                                                          const Labels& labels) {
  // The parser's errors (an unknown or doubled attribute) fail the template too.
  size_t errors_before = diagnostics_.error_count();
  TemplateParser parser(diagnostics_);
  std::optional<TemplateAst> ast = parser.Parse(file);
  if (!ast) return std::nullopt;
  if (ast->root.kind == NodeKind::kPartial) {
    diagnostics_.Error({&file, ast->root.offset}, "TP020",
                       "a partial belongs in the partials folder, not with the documents");
    return std::nullopt;
  }
  TypeChecker checker(labels, style_, *this, diagnostics_);
  std::optional<CompiledTemplate> compiled = checker.Check(*ast);
  if (diagnostics_.error_count() > errors_before) return std::nullopt;
  return compiled;
}

const TemplateAst* TemplateCompiler::FindPartial(const std::string& name, SourceLocation where) {
  auto cached = partials_.find(name);
  if (cached != partials_.end()) return cached->second ? &*cached->second : nullptr;
  std::optional<TemplateAst>& slot = partials_[name];
  bool safe = name.find("..") == std::string::npos && !name.empty() && name[0] != '/';
  const SourceFile* file = safe ? files_.Load(name + ".xml") : nullptr;
  if (!file) {
    std::vector<std::string> known;
    for (const std::string& partial : files_.List("partials", ".xml")) {
      known.push_back("partials/" + partial.substr(0, partial.size() - 4));
    }
    diagnostics_.Error(where, "TP014", "no partial called `" + name + "`", DidYouMean(name, known));
    return nullptr;
  }
  slot = TemplateParser(diagnostics_).Parse(*file);
  return slot ? &*slot : nullptr;
}

}  // namespace sdgen
