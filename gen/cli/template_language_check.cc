#include "cli/template_language_check.h"

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <tuple>
#include <utility>

#include "language/dictionary_reader.h"

namespace sdgen::cli {
namespace {

// The template folder's accept list: terms professionals need, one a line with
// its reason after '#'; never applied to text a family reads.
constexpr const char* kProfessionalAcceptList = "plain-language-accept.txt";

// How words are read: by whom, at what reading age, and whether the document
// prints a glossary, which explains the terms families must learn.
struct Readers {
  Readership readership = Readership::kProfessionals;
  double reading_age = 0;
  bool glossary = false;

  bool operator<(const Readers& other) const {
    return std::tie(readership, reading_age, glossary) <
           std::tie(other.readership, other.reading_age, other.glossary);
  }
};

// The stricter of two: words a family template and a professional one both
// print are read as the family reads them.
Readers Strictest(const Readers& a, const Readers& b) {
  Readers out;
  bool family = a.readership == Readership::kFamily || b.readership == Readership::kFamily;
  out.readership = family ? Readership::kFamily : Readership::kProfessionals;
  out.reading_age = std::min(a.reading_age, b.reading_age);
  // Explained only if every document that prints the words has a glossary.
  out.glossary = a.glossary && b.glossary;
  return out;
}

bool PrintsGlossary(const std::vector<CompiledNode>& nodes) {
  return std::any_of(nodes.begin(), nodes.end(), [](const CompiledNode& node) {
    return node.kind == OpKind::kGlossary || PrintsGlossary(node.children) ||
           PrintsGlossary(node.else_children);
  });
}

Readers ReadersOf(const CompiledTemplate& compiled, const Style& style) {
  Readers readers;
  if (compiled.audience.kind == AudienceKind::kFamily) readers.readership = Readership::kFamily;
  readers.reading_age =
      ReadingAgeFor(style, compiled.document, compiled.once_per == OncePer::kChild);
  readers.glossary = PrintsGlossary(compiled.body);
  return readers;
}

// Words a template prints, where they are written. Only literal text is scored
// for reading age: a title, an entry key, an `otherwise` or a label is a
// heading or part of a sentence, whose score alone means nothing.
struct Printed {
  Text text;
  Readers readers;
  bool scored = false;
};

// Every place words are written, once, with the strictest readers of the
// documents that print them: a partial's words are read once for all its includes.
class PrintedWords {
 public:
  explicit PrintedWords(const Labels& labels) : labels_(labels) {}

  void AddTemplate(const CompiledTemplate& compiled, const Readers& readers) {
    Add(compiled.title, compiled.title_where, readers);
    AddNodes(compiled.body, readers);
  }

  /// The words and their readers, by place.
  const std::map<std::pair<const SourceFile*, size_t>, Printed>& all() const { return words_; }

 private:
  void AddNodes(const std::vector<CompiledNode>& nodes, const Readers& readers) {
    for (const CompiledNode& node : nodes) {
      Add(node.text, node.where, readers, node.kind == OpKind::kText);
      if (node.kind == OpKind::kValue) AddValueWords(node.expression, readers);
      AddNodes(node.children, readers);
      AddNodes(node.else_children, readers);
    }
  }

  // A value prints its `otherwise` text, and `| label` prints labels.xml's words.
  void AddValueWords(const CompiledExpression& expression, const Readers& readers) {
    if (expression.otherwise) Add(*expression.otherwise, expression.otherwise_where, readers);
    for (const CompiledFormatter& formatter : expression.formatters) {
      if (formatter.id != FormatterId::kLabel) continue;
      std::string name = formatter.enum_type ? formatter.enum_type->name : "yes-no";
      for (const LabelText* label : labels_.Set(name, formatter.argument))
        Add(label->words, label->where, readers);
    }
  }

  void Add(const std::string& words, SourceLocation where, const Readers& readers,
           bool scored = false) {
    if (words.empty() || !where.file) return;
    auto [found, added] = words_.try_emplace({where.file, where.offset});
    Printed& printed = found->second;
    if (!added) {
      printed.readers = Strictest(printed.readers, readers);
      return;
    }
    printed.text.value = words;
    printed.text.where = where;
    printed.text.checkpoints = {{0, where.offset}};
    printed.readers = readers;
    printed.scored = scored;
  }

  const Labels& labels_;
  std::map<std::pair<const SourceFile*, size_t>, Printed> words_;
};

// Every entry of the checker's dictionary: a glossary lists whichever the document uses.
std::vector<uint32_t> AllEntries(const PlainLanguageChecker& checker) {
  std::vector<uint32_t> entries(checker.dictionary().entries().size());
  std::iota(entries.begin(), entries.end(), 0u);
  return entries;
}

}  // namespace

void CheckTemplateLanguage(const TemplateSet& templates, const Style& style,
                           FileOverlay& template_files, const PlainLanguageSetup& language,
                           DiagnosticList& diagnostics) {
  // Terms professionals need, each with its reason, kept in professional text only.
  std::vector<AcceptedTerm> professional_accept;
  if (const SourceFile* accept = template_files.Load(kProfessionalAcceptList))
    professional_accept = ReadAcceptList(*accept);
  PrintedWords printed(templates.labels);
  for (const CompiledTemplate& compiled : templates.templates)
    printed.AddTemplate(compiled, ReadersOf(compiled, style));
  // One checker per way of reading, so an accept list is resolved (and a
  // misspelt term reported) once.
  std::map<Readers, std::unique_ptr<PlainLanguageChecker>> checkers;
  for (const auto& [place, words] : printed.all()) {
    const Readers& readers = words.readers;
    std::unique_ptr<PlainLanguageChecker>& checker = checkers[readers];
    if (!checker) {
      std::string error;
      bool family = readers.readership == Readership::kFamily;
      checker = language.MakeChecker(family ? std::vector<AcceptedTerm>{} : professional_accept,
                                     readers.reading_age, diagnostics, &error);
      if (!checker) return;
      if (readers.glossary) checker->SetGlossary(AllEntries(*checker));
    }
    if (words.scored) {
      checker->CheckText(words.text, readers.readership, diagnostics);
    } else {
      checker->CheckTerms(words.text, readers.readership, diagnostics);
    }
  }
}

}  // namespace sdgen::cli
