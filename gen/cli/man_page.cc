#include "cli/man_page.h"

#include <cctype>
#include <sstream>

namespace sdgen::cli {
namespace {

std::vector<std::vector<std::string>> Paragraphs(const std::string& text) {
  std::vector<std::vector<std::string>> paragraphs(1);
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (!paragraphs.back().empty()) paragraphs.emplace_back();
    } else {
      paragraphs.back().push_back(line);
    }
  }
  if (paragraphs.back().empty()) paragraphs.pop_back();
  return paragraphs;
}

// Text safe in roff: backslashes escaped, every '-' a minus sign (so options
// can be copied from the page), `code` in bold, and a line that would start
// with a control character guarded.
std::string Roff(const std::string& text) {
  std::string out;
  bool bold = false;
  for (char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else if (c == '`') {
      out += bold ? "\\fR" : "\\fB";
      bold = !bold;
    } else
      out += c;
  }
  if (bold) out += "\\fR";
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

std::string Trim(const std::string& text) {
  size_t start = text.find_first_not_of(' ');
  return start == std::string::npos ? "" : text.substr(start);
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// "usage: sdgen check ..." and its continuation lines, kept as written.
void WriteSynopsis(const std::vector<std::string>& lines, std::ostream& out) {
  out << ".SH SYNOPSIS\n.nf\n";
  for (const std::string& line : lines) {
    std::string text = line.rfind("usage: ", 0) == 0 ? line.substr(7) : Trim(line);
    out << Roff(text) << "\n";
  }
  out << ".fi\n";
}

// "commands:" then "  build   make every document": a section of tagged entries.
bool IsList(const std::vector<std::string>& lines) {
  if (lines.size() < 2 || lines[0].back() != ':' || lines[0][0] == ' ') return false;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].rfind("  ", 0) != 0 || lines[i].find("  ", 2) == std::string::npos) return false;
  }
  return true;
}

void WriteList(const std::vector<std::string>& lines, std::ostream& out) {
  out << ".SH " << Roff(Upper(lines[0].substr(0, lines[0].size() - 1))) << "\n";
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string entry = Trim(lines[i]);
    size_t gap = entry.find("  ");
    out << ".TP\n\\fB" << Roff(entry.substr(0, gap)) << "\\fR\n"
        << Roff(Trim(entry.substr(gap))) << "\n";
  }
}

// Paragraphs under one heading, in the order written.
void WriteProse(const char* heading, const std::vector<const std::vector<std::string>*>& paragraphs,
                std::ostream& out) {
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    out << (i == 0 ? std::string(".SH ") + heading : std::string(".PP")) << "\n";
    for (const std::string& line : *paragraphs[i]) out << Roff(line) << "\n";
  }
}

}  // namespace

std::string ManPage(const ManPageSource& source) {
  std::ostringstream out;
  out << ".\\\" Made by `sdgen help --man` from the help text; do not edit.\n"
      << ".TH " << Roff(Upper(source.name)) << " 1 \"\" \"sdgen " << Roff(source.version)
      << "\" \"sdgen manual\"\n"
      << ".SH NAME\n"
      << Roff(source.name) << " \\- " << Roff(source.summary) << "\n";
  // Sections in man(7)'s order, whatever the help text's order.
  std::vector<const std::vector<std::string>*> prose, lists, exit_status;
  std::vector<std::vector<std::string>> paragraphs = Paragraphs(source.help);
  for (const std::vector<std::string>& lines : paragraphs) {
    if (lines[0].rfind("usage: ", 0) == 0)
      WriteSynopsis(lines, out);
    else if (lines[0].rfind("Exit status:", 0) == 0)
      exit_status.push_back(&lines);
    else if (IsList(lines))
      lists.push_back(&lines);
    else
      prose.push_back(&lines);
  }
  WriteProse("DESCRIPTION", prose, out);
  for (const std::vector<std::string>* lines : lists) WriteList(*lines, out);
  WriteProse("EXIT STATUS", exit_status, out);
  if (!source.see_also.empty()) {
    out << ".SH SEE ALSO\n";
    for (size_t i = 0; i < source.see_also.size(); ++i) {
      const std::string& page = source.see_also[i];
      size_t paren = page.find('(');
      out << ".BR " << Roff(page.substr(0, paren)) << " " << page.substr(paren)
          << (i + 1 < source.see_also.size() ? "," : "") << "\n";
    }
  }
  return out.str();
}

}  // namespace sdgen::cli
