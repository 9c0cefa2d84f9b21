// Every document of every fixture, built by the real binary once, then read
// back by real clients: qpdf, pdffonts and pdftotext for PDF; python-docx and
// LibreOffice for DOCX. The plain-text rendering of the same model is the
// reference for the words each must give back.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;
namespace fs = std::filesystem;

namespace {

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string BuildAll(const std::string& out) {
  std::string records = ShellQuote(SharedPath("spec/example-record.xml"));
  for (const auto& entry : fs::directory_iterator(SourcePath("fixtures"))) {
    if (entry.path().extension() == ".xml") records += " " + ShellQuote(entry.path().string());
  }
  CommandResult result =
      RunCommand(ShellQuote(BinaryPath()) + " build " + records + " -o " + ShellQuote(out));
  REQUIRE(result.exit_code == 0);
  return out;
}

// Built once for every test in this file: the build is the costly part.
const std::string& Outputs() {
  static const std::string folder = BuildAll(MakeTemporaryFolder());
  return folder;
}

std::vector<fs::path> FilesEndingIn(const std::string& ending) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(Outputs())) {
    std::string name = entry.path().filename().string();
    if (name.size() >= ending.size() && name.compare(name.size() - ending.size(), ending.size(),
                                                    ending) == 0)
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Words of two or more letters or digits; bytes of multi-byte UTF-8
// characters count as letters, so "Llŷr" and "Żółć" stay whole.
std::multiset<std::string> Words(const std::string& text) {
  std::multiset<std::string> words;
  std::string word;
  auto flush = [&]() {
    if (word.size() >= 2) words.insert(word);
    word.clear();
  };
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) word += c;
    else flush();
  }
  flush();
  return words;
}

// The words of the model as the text writer prints them, less what only that
// writer adds: picture descriptions (other writers show the picture itself).
// The text rendering's words, less its picture and page-break markers.
std::set<std::string> ModelWords(const fs::path& txt) {
  std::string text = std::regex_replace(ReadFile(txt), std::regex("\\[picture: [^\\]]*\\]"), "");
  text = std::regex_replace(text, std::regex("\\(new page\\)"), "");
  std::multiset<std::string> words = Words(text);
  return {words.begin(), words.end()};
}

std::vector<std::string> Missing(const std::set<std::string>& wanted, const std::string& text) {
  std::multiset<std::string> have = Words(text);
  std::vector<std::string> missing;
  for (const std::string& word : wanted) {
    if (!have.count(word)) missing.push_back(word);
  }
  return missing;
}

// The model's words less the page header (the text rendering's first line),
// the footer (after its last rule) and the bullets, which LibreOffice's
// XHTML export gives as markup.
std::set<std::string> BodyWords(const fs::path& txt) {
  std::string text = ReadFile(txt);
  text = text.substr(text.find('\n') + 1);
  size_t rule = text.rfind("\n____");
  if (rule != std::string::npos) text.erase(rule);
  text = std::regex_replace(text, std::regex("\\[picture: [^\\]]*\\]"), "");
  text = std::regex_replace(text, std::regex("\xE2\x80\xA2|\\(new page\\)"), " ");
  std::multiset<std::string> words = Words(text);
  return {words.begin(), words.end()};
}

fs::path TextTwin(fs::path path, const std::string& ending) {
  std::string name = path.filename().string();
  return path.replace_filename(name.substr(0, name.size() - ending.size()) + ".txt");
}

}  // namespace

TEST_CASE("every document of every fixture is written in every format") {
  CHECK(FilesEndingIn(".pdf").size() >= 55);
  CHECK(FilesEndingIn(".pdf").size() == FilesEndingIn(".docx").size());
  CHECK(FilesEndingIn(".pdf").size() == FilesEndingIn(".flat.xml").size());
  CHECK(FilesEndingIn(".pdf").size() == FilesEndingIn(".txt").size());
}

TEST_CASE("every PDF passes qpdf, embeds its fonts and gives back its words") {
  for (const fs::path& pdf : FilesEndingIn(".pdf")) {
    INFO(pdf.string());
    CommandResult qpdf = RunCommand("qpdf --check " + ShellQuote(pdf.string()));
    CHECK(qpdf.exit_code == 0);
    CommandResult fonts = RunCommand("pdffonts " + ShellQuote(pdf.string()));
    std::istringstream lines(fonts.out);
    std::string line;
    int font_lines = 0;
    for (int n = 0; std::getline(lines, line); ++n) {
      if (n < 2) continue;  // the heading and the rule under it
      ++font_lines;
      CHECK(std::regex_search(line, std::regex(" yes +yes +yes ")));
    }
    CHECK(font_lines >= 1);
    // -layout keeps a word hyphenated at a line end as written; without it
    // poppler joins the halves ("call-" "outs" -> "callouts").
    CommandResult text = RunCommand("pdftotext -layout " + ShellQuote(pdf.string()) + " -");
    CHECK(text.exit_code == 0);
    CHECK(text.err.empty());
    CHECK(Missing(ModelWords(TextTwin(pdf, ".pdf")), text.out) == std::vector<std::string>{});
  }
}

// Whitespace runs as one space, and the "| " a callout's lines start with in
// the text rendering dropped: how a paragraph reads, whatever its wrapping.
std::string Flattened(const std::string& text) {
  std::string lines = std::regex_replace(text, std::regex("(^|\n)\\| "), "$1");
  std::string out;
  for (char c : lines) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

TEST_CASE("every PDF is tagged: all it paints is in the structure tree or an artifact") {
  std::string checker = ShellQuote(SourcePath("tests/pdf/tagged_pdf_check.py"));
  for (const fs::path& pdf : FilesEndingIn(".pdf")) {
    INFO(pdf.string());
    CommandResult info = RunCommand("pdfinfo " + ShellQuote(pdf.string()));
    CHECK(std::regex_search(info.out, std::regex("Tagged: +yes")));
    CommandResult checked = RunCommand("/usr/bin/python3 " + checker + " " + ShellQuote(pdf.string()));
    CHECK(checked.out == "tagged\n");
    CHECK(checked.exit_code == 0);
  }
}

// The structure is read in the model's order: each leaf's text is found in
// the text rendering of the same model after the one before it. Column
// headers are left out: the text rendering repeats them in every row.
TEST_CASE("every PDF's structure reads the model's text in the model's order") {
  std::string checker = ShellQuote(SourcePath("tests/pdf/tagged_pdf_check.py"));
  for (const fs::path& pdf : FilesEndingIn(".pdf")) {
    INFO(pdf.string());
    std::string model = Flattened(ReadFile(TextTwin(pdf, ".pdf")));
    CommandResult leaves =
        RunCommand("/usr/bin/python3 " + checker + " --text " + ShellQuote(pdf.string()));
    REQUIRE(leaves.exit_code == 0);
    std::istringstream lines(leaves.out);
    std::string line;
    size_t at = 0;
    size_t count = 0;
    while (std::getline(lines, line)) {
      size_t colon = line.find(": ");
      if (colon == std::string::npos || line.rfind("TH/Column", 0) == 0) continue;
      std::string text = Flattened(line.substr(colon + 2));
      if (text.empty() || text == " ") continue;
      if (text.back() == ' ') text.pop_back();
      size_t found = model.find(text, at);
      INFO(line);
      CHECK(found != std::string::npos);
      if (found != std::string::npos) at = found + text.size();
      ++count;
    }
    CHECK(count > 0);
    // poppler's own reading of the structure gives the same text in the same order.
    CommandResult poppler = RunCommand("pdfinfo -struct-text " + ShellQuote(pdf.string()));
    REQUIRE(poppler.exit_code == 0);
    std::string poppler_text, our_text;
    std::smatch quoted;
    std::string rest = poppler.out;
    while (std::regex_search(rest, quoted, std::regex("\"([^\n]*)\"\n"))) {
      poppler_text += quoted[1].str();
      rest = quoted.suffix();
    }
    std::istringstream again(leaves.out);
    while (std::getline(again, line)) {
      size_t colon = line.find(": ");
      if (colon != std::string::npos) our_text += line.substr(colon + 2);
    }
    auto no_spaces = [](std::string text) {
      text.erase(std::remove_if(text.begin(), text.end(),
                                [](unsigned char c) { return std::isspace(c) != 0; }),
                 text.end());
      return text;
    };
    CHECK_FALSE(poppler_text.empty());
    CHECK(no_spaces(poppler_text) == no_spaces(our_text));
  }
}

TEST_CASE("Welsh and Polish names come back from the PDFs exactly") {
  std::string all;
  for (const fs::path& pdf : FilesEndingIn("minutes.pdf"))
    all += RunCommand("pdftotext " + ShellQuote(pdf.string()) + " -").out;
  for (const char* name : {"Llŷr", "Siân", "Łucja", "Śliwińska", "Jędrzej", "Ćwikła"}) {
    INFO(name);
    CHECK(all.find(name) != std::string::npos);
  }
}

TEST_CASE("a Welsh reader's letter is Welsh in the PDF and the Word file", "[language]") {
  std::vector<fs::path> pdfs;
  for (const fs::path& pdf : FilesEndingIn(".pdf"))
    if (pdf.string().find("SD-2026-0112/family-letter-") != std::string::npos) pdfs.push_back(pdf);
  REQUIRE(pdfs.size() == 2);
  for (const fs::path& pdf : pdfs) {
    INFO(pdf.string());
    // The catalog says the document's language; the words are Welsh.
    CommandResult catalog = RunCommand("qpdf --json=2 --json-key=qpdf " + ShellQuote(pdf.string()));
    CHECK(catalog.out.find("\"/Lang\": \"u:cy\"") != std::string::npos);
    std::string text = RunCommand("pdftotext " + ShellQuote(pdf.string()) + " -").out;
    CHECK(text.find("Annwyl") != std::string::npos);
    CHECK(text.find("13 Ionawr 2026") != std::string::npos);
    fs::path docx = pdf;
    docx.replace_extension(".docx");
    std::string styles =
        RunCommand("unzip -p " + ShellQuote(docx.string()) + " word/styles.xml").out;
    CHECK(styles.find("w:lang w:val=\"cy\"") != std::string::npos);
  }
}

TEST_CASE("the 300-action record paginates with repeated headers and page numbers") {
  fs::path pdf = fs::path(Outputs()) / "SD-2026-0999" / "minutes.pdf";
  CommandResult info = RunCommand("pdfinfo " + ShellQuote(pdf.string()));
  std::smatch match;
  REQUIRE(std::regex_search(info.out, match, std::regex("Pages: +([0-9]+)")));
  int pages = std::stoi(match[1]);
  CHECK(pages >= 10);
  std::vector<bool> has_header;
  for (int page = 1; page <= pages; ++page) {
    std::string text = RunCommand("pdftotext -layout -f " + std::to_string(page) + " -l " +
                                  std::to_string(page) + " " + ShellQuote(pdf.string()) + " -")
                           .out;
    INFO("page " << page);
    CHECK(text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)) !=
          std::string::npos);
    has_header.push_back(text.find("What and why") != std::string::npos);
  }
  // From the page the actions table starts on to the one it ends on, every
  // page repeats its header row.
  auto first = std::find(has_header.begin(), has_header.end(), true);
  auto last = std::find(has_header.rbegin(), has_header.rend(), true).base();
  REQUIRE(first != has_header.end());
  CHECK(std::count(first, last, true) == last - first);
  CHECK(last - first >= 8);
}

// A child's story carries no case number in its header or footer; every
// other document does, in its header.
TEST_CASE("python-docx opens every .docx, finds its headings styled and its running header") {
  std::string paths;
  for (const fs::path& docx : FilesEndingIn(".docx")) paths += " " + ShellQuote(docx.string());
  CommandResult result = RunCommand(
      "/usr/bin/python3 -c " +
      ShellQuote("import docx,sys\n"
                 "for p in sys.argv[1:]:\n"
                 "  d = docx.Document(p)\n"
                 "  styles = {q.style.name for q in d.paragraphs}\n"
                 "  if not ('Title' in styles and any(s.startswith('Heading') for s in styles)):\n"
                 "    print('no styled headings: ' + p)\n"
                 "  header = ' '.join(q.text for q in d.sections[0].header.paragraphs)\n"
                 "  footer = ' '.join(q.text for q in d.sections[0].footer.paragraphs)\n"
                 "  story = p.split('/')[-1].startswith('words-and-pictures')\n"
                 "  if not story and p.split('/')[-2] not in header:\n"
                 "    print('no record id in the header: ' + p)\n"
                 "  if story and p.split('/')[-2] in header + footer:\n"
                 "    print('the record id in a story header or footer: ' + p)\n") +
      paths);
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
}

// What Word's accessibility checker and a screen reader look for: a
// description on every picture unless it is marked decorative (then none),
// header rows marked as such (every shipped table has one), the document's
// language and its title.
TEST_CASE("python-docx finds every .docx accessible: descriptions, header rows, language, title",
          "[accessibility]") {
  std::string paths;
  for (const fs::path& docx : FilesEndingIn(".docx")) paths += " " + ShellQuote(docx.string());
  CommandResult result = RunCommand(
      "/usr/bin/python3 -c " +
      ShellQuote("import docx,sys\n"
                 "from docx.oxml.ns import qn\n"
                 "DECORATIVE = '{C183D7F6-B498-43B3-948B-1728B52AA6E4}'\n"
                 "for p in sys.argv[1:]:\n"
                 "  d = docx.Document(p)\n"
                 "  parts = [d.element] + [s.header._element for s in d.sections]\n"
                 "  pictures = [e for part in parts for e in part.iter(qn('wp:docPr'))]\n"
                 "  for pr in pictures:\n"
                 "    ext = pr.find(qn('a:extLst'))\n"
                 "    decorative = ext is not None and any(e.get('uri') == DECORATIVE for e in ext)\n"
                 "    if decorative != (pr.get('descr') == ''):\n"
                 "      print('picture %s has description %r, decorative %s: %s' %\n"
                 "            (pr.get('id'), pr.get('descr'), decorative, p))\n"
                 "  for t in d.tables:\n"
                 "    trPr = t.rows[0]._tr.trPr\n"
                 "    if trPr is None or trPr.find(qn('w:tblHeader')) is None:\n"
                 "      print('a table without a header row: ' + p)\n"
                 "  rpr = d.styles.element.find(qn('w:docDefaults')).find(qn('w:rPrDefault'))\n"
                 "  lang = rpr.find(qn('w:rPr')).find(qn('w:lang'))\n"
                 "  if lang is None or not lang.get(qn('w:val')) or\\\n"
                 "      lang.get(qn('w:val')) != d.core_properties.language:\n"
                 "    print('no document language: ' + p)\n"
                 "  if not d.core_properties.title:\n"
                 "    print('no title: ' + p)\n"
                 "  print('read %d pictures, %d tables' % (len(pictures), len(d.tables)))\n") +
      paths);
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  std::istringstream lines(result.out);
  size_t files = 0, pictures = 0, tables = 0;
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (!std::regex_match(line, match, std::regex("read ([0-9]+) pictures, ([0-9]+) tables"))) {
      FAIL_CHECK(line);
      continue;
    }
    ++files;
    pictures += std::stoul(match[1]);
    tables += std::stoul(match[2]);
  }
  CHECK(files == FilesEndingIn(".docx").size());
  // Each story has its pictures, each signed sheet its signature images.
  CHECK(pictures >= 20);
  CHECK(tables >= 20);
}

TEST_CASE("LibreOffice converts every .docx and gives back the model's words") {
  std::vector<fs::path> documents = FilesEndingIn(".docx");
  std::string converted = MakeTemporaryFolder();
  std::string paths;
  for (const fs::path& docx : documents) {
    // Names repeat across records, so each gets a unique copy name.
    std::string unique = docx.parent_path().filename().string() + "--" + docx.filename().string();
    fs::copy_file(docx, fs::path(converted) / unique);
    paths += " " + ShellQuote(unique);
  }
  // A fresh profile and HOME: LibreOffice runs that share one lose files.
  // XHTML, not plain text: LibreOffice's text export leaves out the text of
  // frames, and a letter's address is in one.
  CommandResult result = RunCommand(
      "cd " + ShellQuote(converted) + " && HOME=" + ShellQuote(converted) +
      " soffice --headless -env:UserInstallation=file://" + converted +
      "/profile --convert-to 'html:XHTML Writer File:UTF8' --outdir out" + paths + " >/dev/null");
  REQUIRE(result.exit_code == 0);
  for (const fs::path& docx : documents) {
    INFO(docx.string());
    std::string unique = docx.parent_path().filename().string() + "--" + docx.filename().string();
    fs::path html = fs::path(converted) / "out" / (unique.substr(0, unique.size() - 5) + ".html");
    std::string text = ReadFile(html);
    REQUIRE_FALSE(text.empty());
    text = text.substr(std::min(text.find("<body"), text.size()));
    text = std::regex_replace(text, std::regex("<[^>]*>"), " ");
    text = std::regex_replace(text, std::regex("&[a-z]+;|&#[0-9]+;"), " ");
    CHECK(Missing(BodyWords(TextTwin(docx, ".docx")), text).empty());
  }
}

TEST_CASE("building again gives byte-identical files") {
  std::string again = BuildAll(MakeTemporaryFolder());
  size_t compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(Outputs())) {
    if (!entry.is_regular_file()) continue;
    fs::path twin = fs::path(again) / fs::relative(entry.path(), Outputs());
    INFO(entry.path().string());
    CHECK(ReadFile(entry.path()) == ReadFile(twin));
    ++compared;
  }
  CHECK(compared >= 220);
}
