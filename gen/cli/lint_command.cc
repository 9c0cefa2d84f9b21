// `sdgen lint`: reads the dictionaries of a style, then checks each plain-text
// file paragraph by paragraph (a blank line ends a paragraph), so that reading
// ages are given per block as they are for record texts.

#include "cli/lint_command.h"

#include <cstdlib>
#include <deque>
#include <memory>
#include <optional>

#include "cli/diagnostic_output.h"
#include "cli/input_file.h"
#include "language/dictionary_reader.h"
#include "language/plain_language_checker.h"

namespace sdgen::cli {

const char* const kLintUsage =
    "usage: sdgen lint [--style DIR] [--dictionary FILE]... [--accept TERM]...\n"
    "                  [--audience family|professionals] [--reading-age YEARS] FILE...\n"
    "\n"
    "Checks plain text (a letter drafted elsewhere) for jargon, acronyms,\n"
    "judgement-laden labels, long sentences and reading age, as `sdgen check`\n"
    "does for the free text of records. The dictionary is the default style's,\n"
    "overlaid by DIR/dictionary.xml and each --dictionary FILE; DIR/plain-language-accept.txt\n"
    "and --accept keep terms on purpose. The text is read as a family would read it\n"
    "(terms are errors) unless --audience professionals (terms are warnings).\n"
    "--reading-age sets the target reading age (default 9, GOV.UK's; 8 for words and pictures).\n"
    "\n"
    "Exit status: 0 no errors, 1 errors found, 2 a file could not be read.\n";

namespace {

constexpr size_t kMaxLintBytes = 64 * 1024 * 1024;

struct LintArguments {
  std::string style;
  std::vector<std::string> dictionaries;
  std::vector<std::string> accept;
  Audience audience = Audience::kFamily;
  double reading_age = kFamilyLetterReadingAge;
  std::vector<std::string> files;
};

// Parses the options; false with `error` set on a bad one.
bool ParseArguments(const std::vector<std::string>& args, LintArguments* parsed,
                    std::string* error) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    bool takes_value = arg == "--style" || arg == "--dictionary" || arg == "--accept" ||
                       arg == "--audience" || arg == "--reading-age";
    if (!takes_value) {
      if (arg.size() > 1 && arg[0] == '-') {
        *error = "unknown option '" + arg + "'";
        return false;
      }
      parsed->files.push_back(arg);
      continue;
    }
    if (i + 1 >= args.size()) {
      *error = arg + " needs a value";
      return false;
    }
    const std::string& value = args[++i];
    if (arg == "--style") parsed->style = value;
    if (arg == "--dictionary") parsed->dictionaries.push_back(value);
    if (arg == "--accept") parsed->accept.push_back(value);
    if (arg == "--audience") {
      if (value != "family" && value != "professionals") {
        *error = "unknown audience '" + value + "'; use family or professionals";
        return false;
      }
      parsed->audience = value == "family" ? Audience::kFamily : Audience::kProfessionals;
    }
    if (arg == "--reading-age") {
      char* end = nullptr;
      parsed->reading_age = std::strtod(value.c_str(), &end);
      if (end == value.c_str() || *end != '\0' || parsed->reading_age <= 0) {
        *error = "--reading-age needs a number of years, not '" + value + "'";
        return false;
      }
    }
  }
  if (parsed->files.empty()) *error = "no file given";
  return error->empty();
}

// Keeps the files read in one place, since diagnostics point into them.
class LintRun {
 public:
  explicit LintRun(DiagnosticList& diagnostics) : diagnostics_(diagnostics) {}

  // The file's SourceFile, or null (reported) if it cannot be read. A missing
  // optional file is skipped quietly.
  const SourceFile* Read(const std::string& path, bool optional) {
    std::string text, error;
    if (ReadInputFile(path, kMaxLintBytes, &text, &error) != InputFileStatus::kRead) {
      if (!optional) {
        // An empty SourceFile gives the diagnostic the path to print.
        diagnostics_.Error({&files_.emplace_back(path, ""), 0}, "PL022", error);
        unreadable_ = true;
      }
      return nullptr;
    }
    return &files_.emplace_back(path, std::move(text));
  }

  bool unreadable() const { return unreadable_; }

 private:
  DiagnosticList& diagnostics_;
  std::deque<SourceFile> files_;
  bool unreadable_ = false;
};

// The default dictionary, overlaid by the style's and the extra ones; false if
// one that must exist cannot be read.
bool LoadDictionary(const LintArguments& arguments, LintRun& run, TokenFolder& folder,
                    TermDictionary& dictionary, DiagnosticList& diagnostics) {
  std::string shipped = ShippedStylesDirectory() + "/default/dictionary.xml";
  std::vector<std::pair<std::string, bool>> paths{{shipped, false}};
  if (!arguments.style.empty()) paths.emplace_back(arguments.style + "/dictionary.xml", true);
  for (const std::string& path : arguments.dictionaries) paths.emplace_back(path, false);
  for (const auto& [path, optional] : paths) {
    const SourceFile* file = run.Read(path, optional);
    if (!file && !optional) return false;
    if (file && !ReadDictionary(*file, dictionary, folder, diagnostics)) return false;
  }
  return true;
}

std::vector<AcceptedTerm> AcceptList(const LintArguments& arguments, LintRun& run) {
  std::vector<AcceptedTerm> accept;
  if (!arguments.style.empty()) {
    if (const SourceFile* file = run.Read(arguments.style + "/plain-language-accept.txt", true)) {
      accept = ReadAcceptList(*file);
    }
  }
  for (const std::string& term : arguments.accept) accept.push_back({term, {}});
  return accept;
}

// Checks a file paragraph by paragraph: a blank line ends a paragraph.
void LintFile(const SourceFile& file, Audience audience, PlainLanguageChecker& checker,
              DiagnosticList& diagnostics) {
  const std::string& text = file.text();
  Text paragraph;
  paragraph.visibility.share =
      audience == Audience::kFamily ? Share::kFamily : Share::kProfessionals;
  size_t start = std::string::npos, end = 0, line = 0;
  auto flush = [&]() {
    if (start == std::string::npos) return;
    paragraph.value.assign(text, start, end - start);
    paragraph.where = {&file, start};
    paragraph.checkpoints = {{0, start}};
    checker.CheckText(paragraph, audience, diagnostics);
    start = std::string::npos;
  };
  while (line < text.size()) {
    size_t line_end = text.find('\n', line);
    if (line_end == std::string::npos) line_end = text.size();
    bool blank = text.find_first_not_of(" \t\r", line) >= line_end;
    if (blank) {
      flush();
    } else {
      if (start == std::string::npos) start = line;
      end = line_end;
    }
    line = line_end + 1;
  }
  flush();
}

}  // namespace

int RunLintCommand(CommandContext& context) {
  LintArguments arguments;
  std::string error;
  if (!ParseArguments(context.args, &arguments, &error)) {
    context.err << "sdgen lint: " << error << "\n" << kLintUsage;
    return kExitUnreadable;
  }
  DiagnosticList diagnostics;
  LintRun run(diagnostics);
  std::unique_ptr<TokenFolder> folder = TokenFolder::Create(&error);
  std::unique_ptr<WordTokenizer> tokenizer =
      folder ? WordTokenizer::Create("en-GB", &error) : nullptr;
  if (!tokenizer) {
    context.err << "sdgen lint: " << error << "\n";
    return kExitUnreadable;
  }
  TermDictionary dictionary;
  if (!LoadDictionary(arguments, run, *folder, dictionary, diagnostics)) {
    PrintDiagnostics(diagnostics, context);
    return kExitUnreadable;
  }
  dictionary.Compile(*tokenizer, *folder, diagnostics);
  CheckOptions options;
  options.accept = AcceptList(arguments, run);
  options.reading_age_target = arguments.reading_age;
  std::unique_ptr<PlainLanguageChecker> checker =
      PlainLanguageChecker::Create(dictionary, std::move(options), diagnostics, &error);
  if (!checker) {
    context.err << "sdgen lint: " << error << "\n";
    return kExitUnreadable;
  }
  for (const std::string& path : arguments.files) {
    if (const SourceFile* file = run.Read(path, false)) {
      LintFile(*file, arguments.audience, *checker, diagnostics);
    }
  }
  PrintDiagnostics(diagnostics, context);
  if (run.unreadable()) return kExitUnreadable;
  return diagnostics.HasErrors() ? kExitErrors : kExitOk;
}

}  // namespace sdgen::cli
