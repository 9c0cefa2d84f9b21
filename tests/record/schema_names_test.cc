// The record format's names are spelled once, in the schema table. This scans
// the record and template stages for string literals equal to an element or
// attribute name: each is a second place that says what the format is called,
// and can drift from the table.

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "record/record_schema.h"
#include "test_paths.h"

using namespace sdgen;
using namespace sdgen::test;

namespace {

const char* const kScannedFolders[] = {"gen/record", "gen/template"};

// The table itself, and the typed record it describes.
const char* const kOwners[] = {"gen/record/record_schema.cc", "gen/record/record_schema.h",
                               "gen/record/record.h"};

// Literals that spell a record name but name a part of another format.
struct OtherFormatName {
  const char* file;
  const char* literal;
};
const OtherFormatName kOtherFormatNames[] = {
    // A style's labels.xml: <enum name="..."> holding <label value="...">.
    {"gen/template/labels.cc", "name"},
    {"gen/template/labels.cc", "value"},
    // The template language's own elements and attributes: a template's
    // audience agencies, <item> of a list, <picture name alt>, <signature>,
    // <for each>.
    {"gen/template/template_parser.cc", "agencies"},
    {"gen/template/template_parser.cc", "alt"},
    {"gen/template/template_parser.cc", "for"},
    {"gen/template/template_parser.cc", "item"},
    {"gen/template/template_parser.cc", "name"},
    {"gen/template/template_parser.cc", "signature"},
    // Reads those same template attributes: audience agencies, <picture name alt>,
    // once-per="agency", and <p kind="address">.
    {"gen/template/type_checker.cc", "address"},
    {"gen/template/type_checker.cc", "agency"},
    {"gen/template/type_checker.cc", "agencies"},
    {"gen/template/type_checker.cc", "alt"},
    {"gen/template/type_checker.cc", "name"},
    // The template language's formatter `| called`.
    {"gen/template/formatters.cc", "called"},
    // A word in type messages ("list of item") for a struct without a name.
    {"gen/template/field_schema.cc", "item"},
};

bool IsOtherFormatName(const std::string& file, const std::string& literal) {
  for (const OtherFormatName& other : kOtherFormatNames)
    if (file == other.file && literal == other.literal) return true;
  return false;
}

struct Literal {
  size_t line;
  std::string text;
};

bool IsIdentifierChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The identifier just before `end`, such as the R of R"(...)".
std::string WordBefore(const std::string& source, size_t end) {
  size_t start = end;
  while (start > 0 && IsIdentifierChar(source[start - 1])) --start;
  return source.substr(start, end - start);
}

// Finds the string literals of C++ source, skipping comments and character
// literals, and reading raw strings whole.
class LiteralScanner {
 public:
  explicit LiteralScanner(const std::string& source) : source_(source) {}

  std::vector<Literal> Scan() {
    while (i_ < source_.size()) {
      if (Starts("//"))
        SkipPast("\n");
      else if (Starts("/*"))
        SkipPast("*/");
      else if (source_[i_] == '"')
        ReadString();
      else if (source_[i_] == '\'')
        SkipCharacter();
      else
        Advance(1);
    }
    return literals_;
  }

 private:
  bool Starts(const char* text) const { return source_.compare(i_, std::strlen(text), text) == 0; }

  void Advance(size_t count) {
    for (size_t end = std::min(i_ + count, source_.size()); i_ < end; ++i_)
      if (source_[i_] == '\n') ++line_;
  }

  void SkipPast(const std::string& end) {
    size_t found = source_.find(end, i_ + 1);
    Advance(found == std::string::npos ? source_.size() : found + end.size() - i_);
  }

  // A quote after a digit is a digit separator (1'000), not a character.
  void SkipCharacter() {
    if (i_ > 0 && std::isdigit(static_cast<unsigned char>(source_[i_ - 1]))) return Advance(1);
    Advance(1);
    while (i_ < source_.size() && source_[i_] != '\'') Advance(source_[i_] == '\\' ? 2 : 1);
    Advance(1);
  }

  void ReadString() {
    std::string prefix = WordBefore(source_, i_);
    bool raw = !prefix.empty() && prefix.back() == 'R';
    size_t line = line_;
    Advance(1);
    std::string text;
    if (raw) {
      size_t open = source_.find('(', i_);
      std::string close = ")" + source_.substr(i_, open - i_) + "\"";
      size_t end = source_.find(close, open);
      text = source_.substr(open + 1, end - open - 1);
      Advance(end + close.size() - i_);
    } else {
      while (i_ < source_.size() && source_[i_] != '"') {
        size_t width = source_[i_] == '\\' ? 2 : 1;
        text += source_.substr(i_, width);
        Advance(width);
      }
      Advance(1);
    }
    literals_.push_back({line, text});
  }

  const std::string& source_;
  size_t i_ = 0;
  size_t line_ = 1;
  std::vector<Literal> literals_;
};

std::set<std::string> FormatNames() {
  const RecordSchema& schema = RecordSchema::Get();
  std::set<std::string> names;
  for (const SchemaAttribute* attribute : schema.common_attributes()) names.insert(attribute->name);
  for (const SchemaElement* element : schema.elements()) {
    names.insert(element->name);
    for (const SchemaAttribute* attribute : element->attributes) names.insert(attribute->name);
  }
  return names;
}

std::vector<std::string> ScannedFiles() {
  std::vector<std::string> files;
  for (const char* folder : kScannedFolders) {
    for (const auto& entry : std::filesystem::directory_iterator(SourcePath(folder))) {
      std::string extension = entry.path().extension().string();
      if (extension != ".h" && extension != ".cc") continue;
      std::string relative = std::string(folder) + "/" + entry.path().filename().string();
      if (std::find(std::begin(kOwners), std::end(kOwners), relative) == std::end(kOwners))
        files.push_back(relative);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("the literal scanner finds strings, not comments or characters") {
  std::string source =
      "// \"in a comment\"\n"
      "/* \"in a block\n comment\" */ char quote = '\"'; int n = 1'000;\n"
      "auto a = \"one\", b = R\"x(two \"quoted\")x\";\n"
      "auto c = \"esc\\\"aped\";\n";
  std::vector<Literal> literals = LiteralScanner(source).Scan();
  REQUIRE(literals.size() == 3);
  CHECK(literals[0].line == 4);
  CHECK(literals[0].text == "one");
  CHECK(literals[1].text == "two \"quoted\"");
  CHECK(literals[2].line == 5);
  CHECK(literals[2].text == "esc\\\"aped");
}

TEST_CASE("names of the record format are spelled only in the schema table") {
  std::set<std::string> names = FormatNames();
  REQUIRE(names.count(RecordSchema::Get().root.name) == 1);
  std::vector<std::string> files = ScannedFiles();
  REQUIRE(!files.empty());
  std::string found;
  size_t count = 0;
  for (const std::string& file : files) {
    for (const Literal& literal : LiteralScanner(ReadFile(SourcePath(file))).Scan()) {
      if (!names.count(literal.text) || IsOtherFormatName(file, literal.text)) continue;
      found += "  " + file + ":" + std::to_string(literal.line) + ": \"" + literal.text + "\"\n";
      ++count;
    }
  }
  if (count)
    FAIL_CHECK(count << " string literals spell a name of the record format; take it from "
                        "RecordSchema::Get() (gen/record/record_schema.h) instead:\n"
                     << found);
}
