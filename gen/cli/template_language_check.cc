#include "cli/template_language_check.h"

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <tuple>
#include <utility>

#include "language/dictionary_reader.h"
#include "template/template_parser.h"

namespace sdgen::cli {
namespace {

// The template folder's accept list: terms professionals need, one a line with
// its reason after '#'; never applied to text a family reads.
constexpr const char* kProfessionalAcceptList = "plain-language-accept.txt";

// How a file's words are read: by whom, at what reading age, and whether
// the document prints a glossary, which explains the terms families must learn.
struct Readers {
  Readership readership = Readership::kProfessionals;
  double reading_age = kFamilyLetterReadingAge;
  bool glossary = false;

  bool operator==(const Readers& other) const {
    return readership == other.readership && reading_age == other.reading_age &&
           glossary == other.glossary;
  }
  bool operator<(const Readers& other) const {
    return std::tie(readership, reading_age, glossary) <
           std::tie(other.readership, other.reading_age, other.glossary);
  }
};

// The stricter of two: a partial included by a family template and a
// professional one is read as the family reads it.
Readers Strictest(const Readers& a, const Readers& b) {
  Readers out;
  bool family = a.readership == Readership::kFamily || b.readership == Readership::kFamily;
  out.readership = family ? Readership::kFamily : Readership::kProfessionals;
  out.reading_age = std::min(a.reading_age, b.reading_age);
  // Explained only if every document that prints the words has a glossary.
  out.glossary = a.glossary && b.glossary;
  return out;
}

struct ParsedFile {
  TemplateAst ast;
  std::optional<Readers> readers;  // set once something is known to print it
};

// Whether `node` prints a glossary, itself or through a partial it includes.
bool PrintsGlossary(const Node& node, const std::map<std::string, ParsedFile>& files, int depth) {
  if (node.kind == NodeKind::kGlossary) return true;
  // Includes nest a few levels at most; the bound ends a cycle.
  if (node.kind == NodeKind::kInclude && depth < 16) {
    const Attribute* name = node.Find("template");
    auto included = name ? files.find(name->value + ".xml") : files.end();
    if (included != files.end() && PrintsGlossary(included->second.ast.root, files, depth + 1))
      return true;
  }
  for (const Node& child : node.children)
    if (PrintsGlossary(child, files, depth)) return true;
  return false;
}

Readers ReadersOf(const TemplateAst& ast, const std::map<std::string, ParsedFile>& files,
                  const std::map<std::string, int>& reading_ages) {
  const Attribute* audience = ast.root.Find("audience");
  const Attribute* document = ast.root.Find("document");
  Readers readers;
  if (audience && audience->value == "family") readers.readership = Readership::kFamily;
  if (document && document->value == "words-and-pictures") {
    readers.reading_age = kWordsAndPicturesReadingAge;
  }
  auto target = document ? reading_ages.find(document->value) : reading_ages.end();
  if (target != reading_ages.end()) readers.reading_age = target->second;
  readers.glossary = PrintsGlossary(ast.root, files, 0);
  return readers;
}

// Gives every partial that `node` includes (directly or through other
// partials) at least the readers of the including file.
void PassReaders(const Node& node, const Readers& readers,
                 std::map<std::string, ParsedFile>& files) {
  if (node.kind == NodeKind::kInclude) {
    const Attribute* name = node.Find("template");
    auto included = name ? files.find(name->value + ".xml") : files.end();
    if (included != files.end()) {
      std::optional<Readers>& current = included->second.readers;
      Readers next = current ? Strictest(*current, readers) : readers;
      bool changed = !current || !(next == *current);
      current = next;
      // Only a change needs passing on, which also ends include cycles.
      if (changed) PassReaders(included->second.ast.root, next, files);
    }
  }
  for (const Node& child : node.children) PassReaders(child, readers, files);
}

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

// Every entry of the checker's dictionary: a glossary lists whichever the document uses.
std::vector<uint32_t> AllEntries(const PlainLanguageChecker& checker) {
  std::vector<uint32_t> entries(checker.dictionary().entries().size());
  std::iota(entries.begin(), entries.end(), 0u);
  return entries;
}

}  // namespace

void CheckTemplateLanguage(FileOverlay& templates, PlainLanguageSetup& language,
                           const std::map<std::string, int>& reading_ages,
                           DiagnosticList& diagnostics) {
  // Terms professionals need, each with its reason, kept in professional text only.
  std::vector<AcceptedTerm> professional_accept;
  if (const SourceFile* accept = templates.Load(kProfessionalAcceptList))
    professional_accept = ReadAcceptList(*accept);
  std::vector<std::string> names;
  for (const std::string& name : templates.List("", ".xml")) {
    if (name != "labels.xml") names.push_back(name);
  }
  for (const std::string& name : templates.List("partials", ".xml")) {
    names.push_back("partials/" + name);
  }
  std::map<std::string, ParsedFile> files;
  for (const std::string& name : names) {
    const SourceFile* file = templates.Load(name);
    if (!file) continue;
    // Syntax errors are the compiler's to report; a file that does not parse is skipped.
    DiagnosticList parse_diagnostics;
    std::optional<TemplateAst> ast = TemplateParser(parse_diagnostics).Parse(*file);
    if (ast) files.emplace(name, ParsedFile{std::move(*ast), std::nullopt});
  }
  for (auto& [name, parsed] : files) {
    if (parsed.ast.root.kind != NodeKind::kTemplate) continue;
    // A template may also be included by another; it keeps the stricter readers.
    Readers own = ReadersOf(parsed.ast, files, reading_ages);
    parsed.readers = parsed.readers ? Strictest(*parsed.readers, own) : own;
    PassReaders(parsed.ast.root, *parsed.readers, files);
  }
  // One checker per way of reading, so an accept list is resolved (and a
  // misspelt term reported) once.
  std::map<Readers, std::unique_ptr<PlainLanguageChecker>> checkers;
  for (auto& [name, parsed] : files) {
    // A partial nothing includes is still checked, as professional text.
    Readers readers = parsed.readers.value_or(Readers{});
    std::unique_ptr<PlainLanguageChecker>& checker = checkers[readers];
    if (!checker) {
      std::string error;
      bool family = readers.readership == Readership::kFamily;
      checker = language.MakeChecker(family ? std::vector<AcceptedTerm>{} : professional_accept,
                                     readers.reading_age, diagnostics, &error);
      if (!checker) return;
      if (readers.glossary) {
        checker->SetGlossary(AllEntries(*checker));
      }
    }
    CheckNodes(parsed.ast.root, *parsed.ast.file, readers.readership, *checker, diagnostics);
  }
}

}  // namespace sdgen::cli
