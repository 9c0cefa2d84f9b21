#include "cli/template_text_finder.h"

namespace sdgen::cli {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

TemplateTextFinder::TemplateTextFinder(FileOverlay& templates) {
  std::vector<std::string> names = templates.List("", ".xml");
  for (const std::string& name : templates.List("partials", ".xml"))
    names.push_back("partials/" + name);
  for (const std::string& name : names) {
    const SourceFile* file = templates.Load(name);
    if (!file) continue;
    Collapsed collapsed{file, name, {}, {}};
    const std::string& text = file->text();
    for (size_t i = 0; i < text.size(); ++i) {
      if (IsSpace(text[i])) {
        if (!collapsed.text.empty() && collapsed.text.back() == ' ') continue;
        collapsed.text += ' ';
      } else {
        collapsed.text += text[i];
      }
      collapsed.source.push_back(i);
    }
    files_.push_back(std::move(collapsed));
  }
}

std::optional<TemplatePlace> TemplateTextFinder::Find(const std::string& document,
                                                      std::string_view paragraph, size_t begin,
                                                      size_t end) const {
  std::string_view needle = paragraph.substr(begin, end - begin);
  if (needle.empty()) return std::nullopt;
  std::optional<TemplatePlace> best;
  bool best_own = false;
  for (const Collapsed& file : files_) {
    bool own = file.name == document + ".xml";
    for (size_t at = file.text.find(needle); at != std::string::npos;
         at = file.text.find(needle, at + 1)) {
      size_t score = needle.size() + AgreeBefore(paragraph, begin, file.text, at) +
                     AgreeAfter(paragraph, end, file.text, at + needle.size());
      if (best && (score < best->agreement || (score == best->agreement && (best_own || !own))))
        continue;
      best = TemplatePlace{{file.file, file.source[at]}, score};
      best_own = own;
    }
  }
  return best;
}

std::optional<SourceLocation> TemplateTextFinder::Root(const std::string& document) const {
  for (const Collapsed& file : files_) {
    if (file.name != document + ".xml") continue;
    size_t root = file.file->text().find("<template");
    return SourceLocation{file.file, root == std::string::npos ? 0 : root};
  }
  return std::nullopt;
}

}  // namespace sdgen::cli
