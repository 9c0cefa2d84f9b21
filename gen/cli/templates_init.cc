#include "cli/templates_init.h"

#include <filesystem>

#include "cli/atomic_file.h"
#include "cli/input_file.h"
#include "cli/word_wrap.h"

namespace sdgen::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage = "usage: sdgen templates init DIR\n";
constexpr size_t kMaxShippedFileBytes = 64 * 1024 * 1024;

// The docs page that explains a shipped file, by its name.
std::string DocsFor(const fs::path& relative, bool style) {
  std::string name = relative.filename().string();
  if (name == "dictionary.xml" || name == "plain-language-accept.txt")
    return "docs/plain-language.md";
  if (name == "bank-holidays.xml") return "docs/rules.md (how time is counted)";
  return style ? "docs/style.md" : "docs/templates.md";
}

std::string Guidance(const fs::path& relative, bool style) {
  return "Copied by `sdgen templates init` from sdgen's shipped " +
         std::string(style ? "style" : "templates") +
         ", for your council to change. How: docs/council-guide.md; every detail: " +
         DocsFor(relative, style) +
         ". A file you leave unchanged may be deleted: sdgen then uses its own, with its "
         "updates. After each change run: sdgen templates check templates --style style "
         "(from the folder that holds both).";
}

// `text` with the guidance as its first comment: after the XML declaration
// of an XML file, as `#` lines at the top of a text list. Other files (the
// pictures) are copied as they are.
std::string WithGuidance(const std::string& text, const fs::path& relative, bool style) {
  std::string extension = relative.extension().string();
  std::vector<std::string> lines = WrapWords(Guidance(relative, style), 76);
  std::string comment;
  if (extension == ".txt") {
    for (const std::string& line : lines) comment += "# " + line + "\n";
    return comment + text;
  }
  if (extension != ".xml") return text;
  comment = "<!--\n";
  for (const std::string& line : lines) comment += "  " + line + "\n";
  comment += "-->\n";
  size_t declaration_end = text.rfind("<?xml", 0) == 0 ? text.find("?>") : std::string::npos;
  if (declaration_end == std::string::npos) return comment + text;
  size_t line_end = text.find('\n', declaration_end);
  size_t at = line_end == std::string::npos ? text.size() : line_end + 1;
  return text.substr(0, at) + comment + text.substr(at);
}

// Copies every file under `from` to `to`; counts them into `copied`.
bool CopyShipped(const fs::path& from, const fs::path& to, bool style, size_t& copied,
                 std::string* error) {
  std::error_code ec;
  for (fs::recursive_directory_iterator it(from, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    fs::path relative = fs::relative(it->path(), from);
    std::string text;
    if (ReadInputFile(it->path().string(), kMaxShippedFileBytes, &text, error) !=
        InputFileStatus::kRead)
      return false;
    if (!WriteFileAtomically((to / relative).string(), WithGuidance(text, relative, style), error))
      return false;
    ++copied;
  }
  if (ec) *error = "cannot read '" + from.string() + "': " + ec.message();
  return !ec;
}

bool IsMissingOrEmptyFolder(const fs::path& folder) {
  std::error_code ec;
  if (!fs::exists(folder, ec)) return true;
  return fs::is_directory(folder, ec) && fs::is_empty(folder, ec);
}

}  // namespace

int RunTemplatesInit(CommandContext& context) {
  const std::vector<std::string>& args = context.args;
  if (args.size() != 2 || args[1].empty() || args[1][0] == '-') {
    context.err << "sdgen templates init: give one folder to make\n" << kUsage;
    return kExitUnreadable;
  }
  fs::path folder = args[1];
  if (!IsMissingOrEmptyFolder(folder)) {
    context.err << "sdgen templates init: '" << folder.string()
                << "' exists and is not empty; nothing is overwritten: give a new or empty "
                   "folder\n";
    return kExitErrors;
  }
  size_t templates = 0, style = 0;
  std::string error;
  if (!context.data.found()) {
    context.err << "sdgen templates init: " << context.data.problem() << "\n";
    return kExitUnreadable;
  }
  if (!CopyShipped(context.data.templates_folder(), folder / "templates", false, templates,
                   &error) ||
      !CopyShipped(context.data.style_folder(), folder / "style", true, style, &error)) {
    context.err << "sdgen templates init: " << error << "\n";
    return kExitErrors;
  }
  context.out << "wrote " << templates << " files to " << (folder / "templates").string() << " and "
              << style << " to " << (folder / "style").string() << "\n"
              << "change them (see docs/council-guide.md), then check and build with:\n"
              << "  sdgen templates check " << (folder / "templates").string() << " --style "
              << (folder / "style").string() << "\n"
              << "  sdgen build --templates " << (folder / "templates").string() << " --style "
              << (folder / "style").string() << " -o OUT RECORD.xml\n";
  return kExitOk;
}

}  // namespace sdgen::cli
