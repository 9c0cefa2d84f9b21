#include "language/dictionary_reader.h"

#include "record/record.h"

#include <optional>
#include <pugixml.hpp>
#include <string_view>

namespace sdgen {
namespace {

constexpr const char* kRule = "PL020";

std::optional<TermCategory> ParseCategory(std::string_view name) {
  if (name == "acronym") return TermCategory::kAcronym;
  if (name == "jargon") return TermCategory::kJargon;
  if (name == "judgement-laden") return TermCategory::kJudgementLaden;
  if (name == "professionalised") return TermCategory::kProfessionalised;
  if (name == "police") return TermCategory::kPolice;
  return std::nullopt;
}

std::optional<TermLevel> ParseLevel(std::string_view name) {
  if (name == "off") return TermLevel::kOff;
  if (name == "warning") return TermLevel::kWarning;
  if (name == "error") return TermLevel::kError;
  return std::nullopt;
}

class EntryReader {
 public:
  EntryReader(const SourceFile& file, DiagnosticList& diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  // pugixml gives the offset of an element's name; diagnostics point at its "<".
  SourceLocation At(const pugi::xml_node& node) const {
    ptrdiff_t name = node.offset_debug();
    return {&file_, static_cast<size_t>(name > 0 ? name - 1 : 0)};
  }

  // False (after reporting why) when the entry cannot be used.
  bool Read(const pugi::xml_node& node, TermEntry* entry) {
    entry->where = At(node);
    entry->term = CollapseWhitespace(node.attribute("term").value());
    if (entry->term.empty()) return Fail(node, "an entry needs a 'term' attribute");
    const char* category = node.attribute("category").value();
    std::optional<TermCategory> parsed = ParseCategory(category);
    if (!parsed) {
      return Fail(node, "unknown category '" + std::string(category) + "'",
                  "use acronym, jargon, judgement-laden, professionalised or police");
    }
    entry->category = *parsed;
    if (!ReadLevel(node, "family", &entry->family)) return false;
    if (!ReadLevel(node, "professionals", &entry->professionals)) return false;
    std::string_view letter_case = node.attribute("case").value();
    if (!letter_case.empty() && letter_case != "upper" && letter_case != "any") {
      return Fail(node, "unknown case '" + std::string(letter_case) + "'", "use upper or any");
    }
    entry->uppercase_only = letter_case == "upper";
    if (!ReadLearn(node, &entry->learn)) return false;
    return ReadChildren(node, entry);
  }

 private:
  bool ReadLevel(const pugi::xml_node& node, const char* audience, TermLevel* level) {
    pugi::xml_attribute attribute = node.attribute(audience);
    if (!attribute) return true;
    std::optional<TermLevel> parsed = ParseLevel(attribute.value());
    if (!parsed) {
      return Fail(node, "unknown level '" + std::string(attribute.value()) + "' for " + audience,
                  "use error, warning or off");
    }
    *level = *parsed;
    return true;
  }

  // `learn`: whether families must learn the term (all its spellings, or one variant).
  bool ReadLearn(const pugi::xml_node& node, bool* learn) {
    std::string_view value = node.attribute("learn").value();
    if (!value.empty() && value != "yes" && value != "no") {
      return Fail(node, "unknown learn '" + std::string(value) + "'", "use yes or no");
    }
    *learn = value == "yes";
    return true;
  }

  bool ReadChildren(const pugi::xml_node& node, TermEntry* entry) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string_view name = child.name();
      std::string text = CollapseWhitespace(child.child_value());
      if (name == "variant") {
        bool learn = false;
        if (!ReadLearn(child, &learn)) return false;
        if (learn && !text.empty()) entry->learned_variants.push_back(text);
        if (!text.empty()) entry->variants.push_back(std::move(text));
      } else if (name == "plain") {
        entry->plain = std::move(text);
      } else if (name == "explanation") {
        entry->explanation = std::move(text);
      } else {
        diagnostics_.Warning(At(child), kRule, "unknown element '" + std::string(name) + "'",
                             "an entry holds variant, plain and explanation");
      }
    }
    if (entry->plain.empty()) return Fail(node, "'" + entry->term + "' has no plain wording");
    if (entry->explanation.empty()) {
      return Fail(node, "'" + entry->term + "' has no explanation for families");
    }
    return true;
  }

  bool Fail(const pugi::xml_node& node, std::string message, std::string suggestion = {}) {
    diagnostics_.Error(At(node), kRule, std::move(message), std::move(suggestion));
    return false;
  }

  const SourceFile& file_;
  DiagnosticList& diagnostics_;
};

}  // namespace

bool ReadDictionary(const SourceFile& file, TermDictionary& dictionary, TokenFolder& folder,
                    DiagnosticList& diagnostics) {
  pugi::xml_document document;
  const std::string& text = file.text();
  pugi::xml_parse_result parsed = document.load_buffer(text.data(), text.size());
  if (!parsed) {
    diagnostics.Error(
        {&file, static_cast<size_t>(parsed.offset)}, kRule,
        std::string("the dictionary is not well-formed XML: ") + parsed.description());
    return false;
  }
  pugi::xml_node root = document.document_element();
  EntryReader reader(file, diagnostics);
  if (std::string_view(root.name()) != "dictionary") {
    diagnostics.Error(reader.At(root), kRule,
                      "the root element is '" + std::string(root.name()) + "'",
                      "a plain-language dictionary starts with <dictionary format=\"1\">");
    return false;
  }
  for (pugi::xml_node node : root.children()) {
    if (node.type() != pugi::node_element) continue;
    std::string_view name = node.name();
    if (name == "entry") {
      TermEntry entry;
      if (reader.Read(node, &entry)) dictionary.Add(std::move(entry), folder);
    } else if (name == "remove") {
      std::string term = node.attribute("term").value();
      if (!dictionary.Remove(term, folder)) {
        diagnostics.Warning(reader.At(node), kRule,
                            "'" + term + "' is not in the dictionaries read before this one");
      }
    } else {
      diagnostics.Warning(reader.At(node), kRule, "unknown element '" + std::string(name) + "'",
                          "a dictionary holds entry and remove elements");
    }
  }
  return true;
}

std::vector<AcceptedTerm> ReadAcceptList(const SourceFile& file) {
  std::vector<AcceptedTerm> terms;
  const std::string& text = file.text();
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    std::string_view line(text.data() + line_start, line_end - line_start);
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    std::string term = CollapseWhitespace(line);
    if (!term.empty()) {
      size_t indent = line.find_first_not_of(" \t");
      terms.push_back({std::move(term), {&file, line_start + indent}});
    }
    line_start = line_end + 1;
  }
  return terms;
}

}  // namespace sdgen
