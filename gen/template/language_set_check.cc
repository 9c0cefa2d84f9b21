#include "template/language_set_check.h"

#include <map>

#include "record/record_schema.h"

namespace sdgen {
namespace {

// The record fields a compiled template reads, by their path from the top
// ("decision.family-information.text"), each with the first place it is read.
class FieldsRead {
 public:
  explicit FieldsRead(const CompiledTemplate& compiled) {
    if (compiled.once_per_slot >= 0)
      slots_[compiled.once_per_slot] =
          compiled.once_per == OncePer::kChild ? RecordSchema::Get().child.name : "parent";
    Walk(compiled.body);
  }
  const std::map<std::string, SourceLocation>& fields() const { return fields_; }

 private:
  void Walk(const std::vector<CompiledNode>& nodes) {
    for (const CompiledNode& node : nodes) {
      std::string path = Read(node.expression);
      if (node.kind == OpKind::kFor && node.slot >= 0) slots_[node.slot] = path;
      Walk(node.children);
      Walk(node.else_children);
    }
  }

  // Only fields that carry what the record says count: `then` and other
  // words sdgen makes (share kPublic) are the template's own business.
  std::string Read(const CompiledExpression& expression) {
    if (expression.literal) return "";
    auto slot = slots_.find(expression.path.slot);
    std::string path = slot == slots_.end() ? "" : slot->second;
    for (const FieldSchema* field : expression.path.fields) {
      path += (path.empty() ? "" : ".") + field->name;
      if (field->share != ShareRule::kPublic) fields_.emplace(path, expression.where);
    }
    return path;
  }

  std::map<int, std::string> slots_;
  std::map<std::string, SourceLocation> fields_;
};

const CompiledTemplate* FindDocument(const TemplateSet& set, const std::string& document) {
  for (const CompiledTemplate& compiled : set.templates)
    if (compiled.document == document) return &compiled;
  return nullptr;
}

void CompareDocument(const CompiledTemplate& fallback, const CompiledTemplate& own,
                     const std::string& tag, DiagnosticList& diagnostics) {
  const std::string name = "the `" + tag + "` " + own.document;
  if (own.audience.kind != fallback.audience.kind || own.once_per != fallback.once_per) {
    diagnostics.Report({Severity::kError,
                        own.document_where,
                        "TP023",
                        name + " is not for the same readers as the default one",
                        "give it the default template's `audience` and `once-per`",
                        {{fallback.document_where, "the default template is here"}}});
    return;
  }
  FieldsRead own_fields(own);
  FieldsRead fallback_fields(fallback);
  for (const auto& [path, where] : fallback_fields.fields()) {
    if (own_fields.fields().count(path)) continue;
    diagnostics.Report({Severity::kError,
                        own.document_where,
                        "TP022",
                        name + " never prints `" + path + "`, which the default one prints",
                        "print it as the default template does, so these readers are told it too",
                        {{where, "the default template prints it here"}}});
  }
}

}  // namespace

void CheckLanguageSet(const TemplateSet& defaults, const TemplateSet& language,
                      const std::string& tag, DiagnosticList& diagnostics) {
  for (const CompiledTemplate& own : language.templates) {
    const CompiledTemplate* fallback = FindDocument(defaults, own.document);
    if (!fallback) {
      diagnostics.Error(own.document_where, "TP023",
                        "the `" + tag + "` templates make `" + own.document +
                            "`, which the default templates do not make",
                        "a language folder translates default documents; name it as the default "
                        "template it translates");
      continue;
    }
    CompareDocument(*fallback, own, tag, diagnostics);
  }
  for (const CompiledTemplate& fallback : defaults.templates) {
    bool family = fallback.once_per == OncePer::kParent || fallback.once_per == OncePer::kChild;
    if (!family || FindDocument(language, fallback.document)) continue;
    diagnostics.Warning(fallback.document_where, "TP023",
                        "the `" + tag + "` templates have no `" + fallback.document + "`: its `" +
                            tag +
                            "` readers get this one, in the record's language, with the "
                            "style's translation offer");
  }
  // One finding for each choice (and label set) the language lacks words for.
  std::map<std::pair<std::string, std::string>, std::vector<const LabelText*>> lacking;
  std::map<std::pair<std::string, std::string>, std::string> values;
  for (const auto& [key, text] : defaults.labels.all()) {
    const auto& [enum_name, set, value] = key;
    if (language.labels.Find(enum_name, set, value)) continue;
    lacking[{enum_name, set}].push_back(&text);
    std::string& list = values[{enum_name, set}];
    list += (list.empty() ? "`" : ", `") + value + "`";
  }
  for (const auto& [choice, texts] : lacking) {
    const auto& [enum_name, set] = choice;
    diagnostics.Report({Severity::kError,
                        {},
                        "TP022",
                        "the `" + tag + "` labels.xml has no words for " + values[choice] +
                            " of `" + enum_name + "`" + (set.empty() ? "" : " (set `" + set + "`)"),
                        "add them, in `" + tag + "`",
                        {{texts.front()->where, "the default labels are here"}}});
  }
}

}  // namespace sdgen
