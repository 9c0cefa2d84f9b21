// `sdgen lint`: reads the dictionaries of a style, then checks each plain-text
// file paragraph by paragraph (a blank line ends a paragraph), so that reading
// ages are given per block as they are for record texts. The lines of a
// paragraph are joined before it is scored: ICU ends a sentence at every line
// feed, so a hard-wrapped sentence would otherwise count as several.

#include "cli/lint_command.h"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <memory>
#include <optional>
#include <regex>

#include "cli/command_options.h"
#include "cli/council_folders.h"
#include "cli/diagnostic_output.h"
#include "cli/input_file.h"
#include "cli/plain_language_setup.h"
#include "style/style_loader.h"

namespace sdgen::cli {

const char* const kLintUsage =
    "usage: sdgen lint [--style DIR] [--dictionary FILE]... [--accept TERM]...\n"
    "                  [--audience family|professionals] [--reading-age YEARS]\n"
    "                  [--skip-lines PATTERN]... FILE...\n"
    "\n"
    "Checks plain text (a letter drafted elsewhere) for jargon, acronyms,\n"
    "judgement-laden labels, long sentences and reading age, as `sdgen check`\n"
    "does for the free text of records. The dictionary is the default style's,\n"
    "overlaid by DIR/dictionary.xml and each --dictionary FILE; DIR/plain-language-accept.txt\n"
    "and --accept keep terms on purpose. The text is read as a family would read it\n"
    "(terms are errors) unless --audience professionals (terms are warnings).\n"
    "--reading-age sets the target reading age (default: the style's for a family letter,\n"
    "9 in the shipped style, GOV.UK's).\n"
    "A paragraph's lines are joined, so wrapping does not change its score. Headings\n"
    "(lines starting with #) and lines matching a --skip-lines PATTERN (an ECMAScript\n"
    "regular expression, such as '^Page [0-9]+') are checked for terms but not scored.\n"
    "A FILE of - is read from standard input and named <stdin> in findings.\n"
    "\n"
    "Exit status: 0 no errors, 1 errors found, 2 a file could not be read,\n"
    "or an option or folder is wrong.\n";

namespace {

constexpr size_t kMaxLintBytes = 64 * 1024 * 1024;

struct LintArguments {
  CommandOptions options;  ///< as given, for the --style folders
  std::vector<std::string> dictionaries;
  std::vector<std::string> accept;
  Readership audience = Readership::kFamily;
  std::optional<double> reading_age;  ///< the style's target for letters when not given
  std::vector<std::regex> skip_lines;
  std::vector<std::string> files;
};

// Parses the options; false with `error` set on a bad one.
bool ParseArguments(const std::vector<std::string>& args, LintArguments* parsed,
                    std::string* error) {
  CommandOptions& options = parsed->options;
  if (!options.Parse("lint",
                     {{"--style", "DIR"},
                      {"--dictionary", "FILE"},
                      {"--accept", "TERM"},
                      {"--audience", "family|professionals"},
                      {"--reading-age", "YEARS"},
                      {"--skip-lines", "PATTERN"}},
                     args, *error))
    return false;
  parsed->dictionaries = options.Values("--dictionary");
  parsed->accept = options.Values("--accept");
  parsed->files = options.operands();
  for (const std::string& value : options.Values("--skip-lines")) {
    try {
      parsed->skip_lines.emplace_back(value, std::regex::ECMAScript);
    } catch (const std::regex_error&) {
      *error = "sdgen lint: --skip-lines needs a regular expression, not '" + value + "'";
      return false;
    }
  }
  if (options.Has("--audience")) {
    std::string value = options.Last("--audience");
    if (value != "family" && value != "professionals") {
      *error = "sdgen lint: unknown audience '" + value + "'; use family or professionals";
      return false;
    }
    parsed->audience = value == "family" ? Readership::kFamily : Readership::kProfessionals;
  }
  if (options.Has("--reading-age")) {
    std::string value = options.Last("--reading-age");
    char* end = nullptr;
    double years = std::strtod(value.c_str(), &end);
    if (end == value.c_str() || *end != '\0' || !(years > 0)) {
      *error = "sdgen lint: --reading-age needs a number of years, not '" + value + "'";
      return false;
    }
    parsed->reading_age = years;
  }
  if (parsed->files.empty()) *error = "sdgen lint: no file given";
  return error->empty();
}

// Whether a line is left out of the scores: a Markdown heading or a line
// matching a --skip-lines pattern.
bool SkippedLine(std::string_view line, const std::vector<std::regex>& skip_lines) {
  size_t first = line.find_first_not_of(" \t");
  if (first != std::string_view::npos && line[first] == '#') return true;
  return std::any_of(skip_lines.begin(), skip_lines.end(), [&](const std::regex& pattern) {
    return std::regex_search(line.begin(), line.end(), pattern);
  });
}

// A block of the file as the checker reads it: its bytes keep their offsets,
// so findings point at the file's own lines and columns.
Text BlockText(const SourceFile& file, Readership audience, size_t begin, std::string value) {
  Text text;
  text.visibility.share = audience == Readership::kFamily ? Share::kFamily : Share::kProfessionals;
  text.value = std::move(value);
  text.where = {&file, begin};
  text.checkpoints = {{0, begin}};
  return text;
}

// Checks a file paragraph by paragraph: a blank line ends a paragraph. Line
// ends inside one become spaces (same length, so offsets hold) and skipped
// lines become blanks, checked for terms on their own.
// Each paragraph's findings are printed as soon as it is checked.
void LintFile(const SourceFile& file, const LintArguments& arguments, PlainLanguageChecker& checker,
              DiagnosticStream& stream) {
  const std::string& text = file.text();
  std::string paragraph;
  size_t start = std::string::npos;
  DiagnosticList diagnostics;  // the current paragraph's
  auto flush = [&]() {
    if (start == std::string::npos) return;
    checker.CheckText(BlockText(file, arguments.audience, start, std::move(paragraph)),
                      arguments.audience, diagnostics);
    stream.Print(diagnostics);
    paragraph.clear();
    start = std::string::npos;
  };
  size_t line = 0;
  while (line < text.size()) {
    size_t line_end = text.find('\n', line);
    if (line_end == std::string::npos) line_end = text.size();
    std::string_view content(text.data() + line, line_end - line);
    if (content.find_first_not_of(" \t\r") == std::string_view::npos) {
      flush();
    } else {
      if (start == std::string::npos) start = line;
      if (SkippedLine(content, arguments.skip_lines)) {
        checker.CheckTerms(BlockText(file, arguments.audience, line, std::string(content)),
                           arguments.audience, diagnostics);
        paragraph.append(content.size(), ' ');
      } else {
        paragraph.append(content);
      }
      if (!paragraph.empty() && paragraph.back() == '\r') paragraph.back() = ' ';
      if (line_end < text.size()) paragraph += ' ';
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
    context.err << error << "\n" << kLintUsage;
    return kExitUnreadable;
  }
  CouncilFolders folders;
  if (!ReadCouncilFolders("lint", arguments.options, context.data, folders, error)) {
    context.err << error << "\n";
    return kExitUnreadable;
  }
  DiagnosticList diagnostics;
  std::deque<SourceFile> files;  // diagnostics point into these until printed
  FileOverlay style_files(folders.style);
  std::optional<Style> style = LoadStyle(style_files, diagnostics);
  if (!style) {
    PrintDiagnostics(diagnostics, context);
    return kExitErrors;
  }
  PlainLanguageSetup setup;
  if (!setup.Load(folders, arguments.dictionaries, files, diagnostics, &error)) {
    if (!error.empty()) context.err << "sdgen lint: " << error << "\n";
    PrintDiagnostics(diagnostics, context);
    return kExitUnreadable;
  }
  std::vector<AcceptedTerm> accept;
  for (const std::string& term : arguments.accept) accept.push_back({term, {}});
  std::unique_ptr<PlainLanguageChecker> checker = setup.MakeChecker(
      std::move(accept),
      arguments.reading_age.value_or(ReadingAgeFor(*style, "family-letter", false)), diagnostics,
      &error);
  if (!checker) {
    context.err << "sdgen lint: " << error << "\n";
    return kExitUnreadable;
  }
  // Findings are printed as they are found: the set-up's first, then each
  // file's in the order of their names, as a sorted list would have them.
  DiagnosticStream stream(context);
  stream.Print(diagnostics);
  std::vector<std::string> paths = arguments.files;
  std::stable_sort(paths.begin(), paths.end());
  bool unreadable = false;
  for (const std::string& path : paths) {
    std::string text;
    if (ReadInput(path, context.in, kMaxLintBytes, &text, &error) != InputFileStatus::kRead) {
      DiagnosticList unread;
      unread.Error({&files.emplace_back(InputName(path), ""), 0}, "PL022", error);
      stream.Print(unread);
      unreadable = true;
      continue;
    }
    LintFile(files.emplace_back(InputName(path), std::move(text)), arguments, *checker, stream);
    if (!stream.Keeps()) files.pop_back();  // its findings are printed; its text is not needed
  }
  stream.Finish();
  if (unreadable) return kExitUnreadable;
  return stream.HasErrors() ? kExitErrors : kExitOk;
}

}  // namespace sdgen::cli
