// The writer against real clients: qpdf --check, pdffonts, pdftotext (with
// stderr captured: poppler must not warn), pdfinfo, and byte comparison.

#include "pdf/pdf_writer.h"

#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "pdf/pdf_fixture.h"
#include "png_metadata.h"

namespace sdgen::pdf {
namespace {

namespace fs = std::filesystem;

struct CommandResult {
  int status = -1;
  std::string out;
  std::string err;
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

CommandResult Run(const std::string& command, const std::string& dir) {
  std::string err_path = dir + "/stderr.txt";
  CommandResult result;
  FILE* pipe = popen((command + " 2>" + err_path).c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), n);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = ReadAll(err_path);
  return result;
}

fs::path TempDir() {
  fs::path dir = fs::temp_directory_path() / ("sdgen-pdf-test-" + std::to_string(getpid()));
  fs::create_directories(dir);
  return dir;
}

std::string Render(PdfWriter& writer, const doc::Document& document, DiagnosticList* diagnostics,
                   const fs::path& path) {
  std::string bytes;
  std::string error;
  bool ok = writer.Write(document, &bytes, *diagnostics, &error);
  INFO(error);
  REQUIRE(ok);
  std::ofstream(path, std::ios::binary) << bytes;
  return bytes;
}

// True when `expected` appears, in order, within `actual`.
bool IsSubsequence(const std::vector<std::string>& expected, const std::vector<std::string>& actual,
                   std::string* first_missing) {
  size_t at = 0;
  for (const std::string& word : expected) {
    while (at < actual.size() && actual[at] != word) ++at;
    if (at == actual.size()) {
      *first_missing = word;
      return false;
    }
    ++at;
  }
  return true;
}

bool HasRule(const DiagnosticList& diagnostics, const std::string& rule) {
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.rule == rule) return true;
  }
  return false;
}

void CheckWithClients(const fs::path& pdf, const doc::Document& document) {
  std::string dir = pdf.parent_path().string();
  CommandResult check = Run("qpdf --check '" + pdf.string() + "'", dir);
  CHECK(check.status == 0);
  CHECK(check.out.find("No syntax or stream encoding errors") != std::string::npos);

  CommandResult fonts = Run("pdffonts '" + pdf.string() + "'", dir);
  CHECK(fonts.err.empty());
  std::vector<std::string> lines;
  std::istringstream in(fonts.out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  REQUIRE(lines.size() > 2);
  for (size_t i = 2; i < lines.size(); ++i) {
    INFO(lines[i]);
    CHECK(lines[i].find("Identity-H       yes yes yes") != std::string::npos);
  }

  // The embedded fonts are our own subsets: poppler must draw them without a
  // complaint, and the first page must come out with ink on it.
  CommandResult render = Run("pdftoppm -r 40 -gray -singlefile '" + pdf.string() + "' '" +
                                 (pdf.parent_path() / "page").string() + "'",
                             dir);
  CHECK(render.status == 0);
  CHECK(render.err.empty());
  std::ifstream page_file((pdf.parent_path() / "page.pgm").string(), std::ios::binary);
  std::string page((std::istreambuf_iterator<char>(page_file)), std::istreambuf_iterator<char>());
  size_t dark = 0;
  for (char c : page) dark += static_cast<unsigned char>(c) < 100;
  CHECK(dark > 500);

  CommandResult text = Run("pdftotext -raw '" + pdf.string() + "' -", dir);
  CHECK(text.status == 0);
  CHECK(text.err.empty());  // poppler warns about a broken ToUnicode map here
  std::vector<std::string> words = testing::Words(text.out);
  std::string missing;
  bool all_there = IsSubsequence(testing::ModelWords(document, false), words, &missing);
  INFO("first missing word: " << missing);
  CHECK(all_there);
  // Table text comes band by band (line k of every cell), so compare as a multiset.
  std::multiset<std::string> found(words.begin(), words.end());
  for (const std::string& word : testing::TableWords(document)) {
    auto it = found.find(word);
    INFO("table word missing: " << word);
    REQUIRE(it != found.end());
    found.erase(it);
  }
}

}  // namespace

TEST_CASE("sample document passes qpdf, pdffonts and pdftotext with every word") {
  fs::path dir = TempDir();
  doc::Document document = testing::SampleDocument(dir.string());
  PdfWriter writer({});
  DiagnosticList diagnostics;
  Render(writer, document, &diagnostics, dir / "sample.pdf");
  CheckWithClients(dir / "sample.pdf", document);
  CHECK(diagnostics.all().empty());
  CommandResult text = Run("pdftotext '" + (dir / "sample.pdf").string() + "' -", dir.string());
  CHECK(text.out.find("Łucja Żółć") != std::string::npos);
  CHECK(text.out.find("Dŵr Llŷr Ŵyn") != std::string::npos);
  CHECK(text.out.find("Þórunn Guðmundsdóttir") != std::string::npos);
  CHECK(text.out.find("Page 1 of ") != std::string::npos);
}

TEST_CASE("words and pictures in Andika pass the same checks") {
  fs::path dir = TempDir();
  doc::Document document = testing::SampleDocument(dir.string());
  document.look = testing::ChildLook();
  PdfWriter writer({});
  DiagnosticList diagnostics;
  Render(writer, document, &diagnostics, dir / "child.pdf");
  CheckWithClients(dir / "child.pdf", document);
}

TEST_CASE("document information, language, bookmarks and id are written") {
  fs::path dir = TempDir();
  doc::Document document = testing::SampleDocument(dir.string());
  document.metadata.language = "cy-GB";
  PdfWriter writer({false});
  DiagnosticList diagnostics;
  std::string bytes = Render(writer, document, &diagnostics, dir / "info.pdf");
  CommandResult info = Run("pdfinfo '" + (dir / "info.pdf").string() + "'", dir.string());
  CHECK(info.err.empty());
  CHECK(info.out.find("Title:           Strategy discussion: Llŷr and Łucja Żółć") !=
        std::string::npos);
  CHECK(info.out.find("Author:          Cyngor Sir Ynys Môn") != std::string::npos);
  CHECK(info.out.find("SD-2026-0042") != std::string::npos);
  CHECK(info.out.find("CreationDate:    Fri Nov 20 11:00:00 2026 UTC") != std::string::npos);
  CHECK(bytes.find("/Lang (cy-GB)") != std::string::npos);
  CHECK(bytes.find("/ID [") != std::string::npos);
  CHECK(bytes.find("/Outlines") != std::string::npos);
  CommandResult outline =
      Run("qpdf --json --json-key=outlines '" + (dir / "info.pdf").string() + "'", dir.string());
  CHECK(outline.out.find("\"title\": \"Children and family\"") != std::string::npos);
  CHECK(outline.out.find("\"title\": \"Decisions\"") != std::string::npos);
}

TEST_CASE("a 300-row table repeats its header and numbers every page") {
  fs::path dir = TempDir();
  doc::Document document = testing::LongTableDocument(300);
  PdfWriter writer({});
  DiagnosticList diagnostics;
  Render(writer, document, &diagnostics, dir / "long.pdf");
  CheckWithClients(dir / "long.pdf", document);
  CommandResult info = Run("pdfinfo '" + (dir / "long.pdf").string() + "'", dir.string());
  size_t at = info.out.find("Pages:");
  REQUIRE(at != std::string::npos);
  int pages = std::atoi(info.out.c_str() + at + 6);
  CHECK(pages > 5);
  for (int page = 1; page <= pages; ++page) {
    CommandResult text = Run("pdftotext -raw -f " + std::to_string(page) + " -l " +
                                 std::to_string(page) + " '" + (dir / "long.pdf").string() + "' -",
                             dir.string());
    INFO("page " << page);
    CHECK(text.out.find("When What happened Who") != std::string::npos);
    CHECK(text.out.find("Page " + std::to_string(page) + " of " + std::to_string(pages)) !=
          std::string::npos);
  }
}

TEST_CASE("two builds are byte-identical, with one writer or two") {
  fs::path dir = TempDir();
  doc::Document document = testing::SampleDocument(dir.string());
  DiagnosticList diagnostics;
  PdfWriter writer({});
  std::string first = Render(writer, document, &diagnostics, dir / "a.pdf");
  std::string second = Render(writer, document, &diagnostics, dir / "b.pdf");
  PdfWriter other({});
  std::string third = Render(other, document, &diagnostics, dir / "c.pdf");
  CHECK(first == second);
  CHECK(first == third);
  document.metadata.title += " (amended)";
  std::string changed = Render(writer, document, &diagnostics, dir / "d.pdf");
  size_t id = first.find("/ID [");
  REQUIRE(id != std::string::npos);
  CHECK(changed.find(first.substr(id, 80)) == std::string::npos);
}

TEST_CASE("emoji, missing glyphs and right-to-left text warn and stay visible") {
  fs::path dir = TempDir();
  doc::Document document = testing::LongTableDocument(1);
  doc::Paragraph paragraph;
  paragraph.runs.push_back({"Smile \xF0\x9F\x98\x80 here, 中 there, שלום end", false, false});
  document.blocks.push_back(paragraph);
  PdfWriter writer({});
  DiagnosticList diagnostics;
  Render(writer, document, &diagnostics, dir / "warn.pdf");
  CHECK(HasRule(diagnostics, "PDF001"));
  CHECK(HasRule(diagnostics, "PDF002"));
  CHECK(HasRule(diagnostics, "PDF003"));
  CHECK_FALSE(diagnostics.HasErrors());
  CommandResult text = Run("pdftotext -raw '" + (dir / "warn.pdf").string() + "' -", dir.string());
  CHECK(text.err.empty());
  CHECK(text.out.find("Smile \xEF\xBF\xBD here") != std::string::npos);  // U+FFFD
}

TEST_CASE("a word longer than the line is broken, and nothing is lost") {
  fs::path dir = TempDir();
  doc::Document document = testing::LongTableDocument(1);
  std::string word(300, 'x');
  document.blocks.push_back(doc::Paragraph{{{word, false, false}}});
  PdfWriter writer({});
  DiagnosticList diagnostics;
  Render(writer, document, &diagnostics, dir / "long-word.pdf");
  CommandResult text =
      Run("pdftotext -raw '" + (dir / "long-word.pdf").string() + "' -", dir.string());
  std::string joined;
  for (char c : text.out) {
    if (c == 'x') joined += c;
  }
  CHECK(joined.size() == 300);
  CHECK(text.out.find(word) == std::string::npos);  // it did need breaking
}

TEST_CASE("a draft carries a watermark") {
  fs::path dir = TempDir();
  doc::Document document = testing::LongTableDocument(3);
  document.draft = true;
  PdfWriter writer({false});
  DiagnosticList diagnostics;
  std::string bytes = Render(writer, document, &diagnostics, dir / "draft.pdf");
  // Diagonal text, which pdftotext skips; look for it in the content stream.
  CHECK(bytes.find("<00440052004100460054> Tj") != std::string::npos);
  document.draft = false;
  bytes = Render(writer, document, &diagnostics, dir / "final.pdf");
  CHECK(bytes.find("<00440052004100460054> Tj") == std::string::npos);
}

// pdfimages decodes each image the way a viewer does; what comes out must be
// the pixels of the PNG, whether its data went in unchanged (grey, RGB,
// palette) or was decoded by libharu (RGBA, which needs a separate mask).
TEST_CASE("images come out of the PDF with the PNG's own pixels") {
  fs::path dir = TempDir();
  // Type 12: RGB again, but stored uncompressed, which is compressed for the PDF.
  for (int colour_type : {0, 2, 3, 6, 12}) {
    INFO("PNG colour type " << colour_type);
    bool stored = colour_type == 12;
    if (stored) colour_type = 2;
    std::string png =
        (dir / ("type" + std::to_string(colour_type) + (stored ? "s" : "") + ".png")).string();
    REQUIRE(testing::WriteTestPng(png, 37, 21, colour_type, !stored));
    doc::Document document = testing::LongTableDocument(1);
    document.blocks.push_back(doc::Image{png, "Bands", 0});
    PdfWriter writer({});
    DiagnosticList diagnostics;
    fs::path pdf = dir / ("type" + std::to_string(colour_type) + (stored ? "s" : "") + ".pdf");
    Render(writer, document, &diagnostics, pdf);
    CHECK(diagnostics.all().empty());
    fs::path prefix = dir / ("extracted" + std::to_string(colour_type) + (stored ? "s" : ""));
    CommandResult images =
        Run("pdfimages '" + pdf.string() + "' '" + prefix.string() + "'", dir.string());
    CHECK(images.status == 0);
    CHECK(images.err.empty());
    std::string extracted = ReadAll(prefix.string() + "-000.ppm");
    if (extracted.empty()) extracted = ReadAll(prefix.string() + "-000.pgm");
    std::string expected = testing::TestPngPixels(37, 21, colour_type);
    if (colour_type == 0 && extracted.compare(0, 2, "P6") == 0) {
      std::string rgb;  // poppler writes grey images as RGB
      for (char grey : expected) rgb.append(3, grey);
      expected = rgb;
    }
    REQUIRE(extracted.size() > expected.size());
    // A PNM file is a short text header, then the samples.
    CHECK(extracted.substr(extracted.size() - expected.size()) == expected);
  }
}

TEST_CASE("an unreadable image warns and prints its description") {
  fs::path dir = TempDir();
  doc::Document document = testing::LongTableDocument(1);
  document.blocks.push_back(doc::Image{"/nonexistent/picture.png", "The garden", 0});
  PdfWriter writer({});
  DiagnosticList diagnostics;
  Render(writer, document, &diagnostics, dir / "no-image.pdf");
  CHECK(HasRule(diagnostics, "PDF004"));
  CommandResult text = Run("pdftotext '" + (dir / "no-image.pdf").string() + "' -", dir.string());
  CHECK(text.out.find("[The garden]") != std::string::npos);
}

TEST_CASE("a drawing's metadata never reaches the PDF") {
  fs::path dir = TempDir();
  std::string png = (dir / "plain.png").string();
  REQUIRE(testing::WriteTestPng(png, 37, 21, 2, true));
  std::string marker = "SECRET-CAMERA-OWNER-Jo-Lane";
  std::ofstream((dir / "tagged.png").string(), std::ios::binary)
      << test::WithMetadata(ReadAll(png), marker);
  doc::Document document = testing::LongTableDocument(1);
  document.blocks.push_back(doc::Image{(dir / "tagged.png").string(), "A drawing", 0});
  PdfWriter writer({/*compress=*/false, "sdgen test"});
  DiagnosticList diagnostics;
  std::string bytes = Render(writer, document, &diagnostics, dir / "tagged.pdf");
  CHECK(diagnostics.all().empty());
  CHECK(bytes.find(marker) == std::string::npos);
  CHECK(bytes.find("/Subtype /Image") != std::string::npos);
}

// The page each of `words` is on (0 when on none), from pdftotext page by page.
std::vector<int> PagesOf(const fs::path& pdf, int pages, const std::vector<std::string>& words) {
  std::vector<int> found(words.size(), 0);
  for (int page = 1; page <= pages; ++page) {
    std::string text = Run("pdftotext -raw -f " + std::to_string(page) + " -l " +
                               std::to_string(page) + " '" + pdf.string() + "' -",
                           pdf.parent_path().string())
                           .out;
    for (size_t i = 0; i < words.size(); ++i) {
      if (text.find(words[i]) != std::string::npos) found[i] = page;
    }
  }
  return found;
}

int PageCount(const fs::path& pdf) {
  std::string info = Run("pdfinfo '" + pdf.string() + "'", pdf.parent_path().string()).out;
  size_t at = info.find("Pages:");
  return at == std::string::npos ? 0 : std::atoi(info.c_str() + at + 6);
}

doc::Paragraph TextParagraph(const std::string& text) {
  doc::Paragraph paragraph;
  paragraph.runs.push_back(doc::Run{text});
  return paragraph;
}

// Lines of filler push a heading, its picture and a six-line paragraph
// across every position of the page end in turn.
TEST_CASE("in the children's look a heading, its picture and its paragraph stay together") {
  fs::path dir = TempDir();
  std::string png = (dir / "section.png").string();
  REQUIRE(testing::WriteTestPng(png, 300, 200, 2, true));
  std::string kept;
  for (int i = 0; i < 14; ++i) kept += "word ";
  kept = "Keptstart " + kept + kept + kept + kept + kept + "Keptend";
  PdfWriter writer({});
  bool moved = false;
  for (int filler = 0; filler <= 28; ++filler) {
    doc::Document document;
    document.metadata.title = "Story";
    document.look = testing::ChildLook();
    document.look.keep_paragraphs_whole = true;
    for (int i = 0; i < filler; ++i) {
      document.blocks.push_back(TextParagraph("Filler " + std::to_string(i)));
    }
    document.blocks.push_back(doc::Heading{1, "Keptheading"});
    document.blocks.push_back(doc::Image{png, "A picture", 0});
    document.blocks.push_back(TextParagraph(kept));
    DiagnosticList diagnostics;
    fs::path pdf = dir / "kept.pdf";
    Render(writer, document, &diagnostics, pdf);
    int pages = PageCount(pdf);
    std::vector<int> at = PagesOf(pdf, pages, {"Keptheading", "Keptstart", "Keptend"});
    INFO("filler lines: " << filler);
    CHECK(at[0] != 0);
    CHECK(at[0] == at[1]);
    CHECK(at[1] == at[2]);
    std::string images = Run("pdfimages -list -f " + std::to_string(at[0]) + " -l " +
                                 std::to_string(at[0]) + " '" + pdf.string() + "'",
                             dir.string())
                             .out;
    CHECK(images.find("image") != std::string::npos);
    moved = moved || at[0] == 2;
  }
  CHECK(moved);  // the page end was crossed
}

}  // namespace sdgen::pdf

namespace sdgen::pdf {
namespace {

std::string Flat(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Joined(const doc::Paragraph& paragraph) { return Flat(paragraph.PlainText()); }

std::string WithLanguage(const std::string& role, const std::string& language,
                         const doc::Document& document) {
  return language.empty() || language == document.metadata.language ? role
                                                                     : role + "[" + language + "]";
}

// What a screen reader should meet, derived from the model on its own terms:
// one "ROLE: text" line per structure leaf, in the model's order.
std::vector<std::string> ExpectedLeaves(const doc::Document& document) {
  std::vector<std::string> leaves;
  const doc::Paragraph* address = doc::AddressBlock(document);
  if (!document.metadata.title.empty()) {
    leaves.push_back("H1: " + Flat(document.metadata.title));
    if (!document.metadata.subtitle.empty()) leaves.push_back("P: " + Flat(document.metadata.subtitle));
  }
  if (address) leaves.push_back(WithLanguage("P", address->language, document) + ": " + Joined(*address));
  auto cell = [&](const std::string& role, const doc::TableCell& c) {
    if (c.paragraphs.size() == 1 && c.paragraphs[0].language.empty()) {
      leaves.push_back(role + ": " + Joined(c.paragraphs[0]));
      return;
    }
    for (const doc::Paragraph& p : c.paragraphs) {
      leaves.push_back(WithLanguage("P", p.language, document) + ": " + Joined(p));
    }
  };
  for (const doc::Block& block : document.blocks) {
    if (const auto* h = std::get_if<doc::Heading>(&block)) {
      leaves.push_back(WithLanguage("H" + std::to_string(h->level + 1), h->language, document) +
                       ": " + Flat(h->text));
    } else if (const auto* p = std::get_if<doc::Paragraph>(&block)) {
      if (p != address) leaves.push_back(WithLanguage("P", p->language, document) + ": " + Joined(*p));
    } else if (const auto* list = std::get_if<doc::List>(&block)) {
      for (size_t i = 0; i < list->items.size(); ++i) {
        leaves.push_back(std::string("Lbl: ") + (list->numbered ? std::to_string(i + 1) + "." : "\xE2\x80\xA2"));
        leaves.push_back("LBody: " + Joined(list->items[i]));
      }
    } else if (const auto* table = std::get_if<doc::Table>(&block)) {
      for (const doc::TableCell& c : table->header) cell("TH/Column", c);
      for (const auto& row : table->rows) {
        for (const doc::TableCell& c : row) cell("TD", c);
      }
    } else if (const auto* kv = std::get_if<doc::KeyValueList>(&block)) {
      for (const auto& entry : kv->entries) {
        leaves.push_back("TH/Row: " + Flat(entry.key));
        leaves.push_back(WithLanguage("TD", entry.value.language, document) + ": " + Joined(entry.value));
      }
    } else if (const auto* callout = std::get_if<doc::Callout>(&block)) {
      if (!callout->title.empty()) leaves.push_back("P: " + Flat(callout->title));
      for (const doc::Paragraph& p : callout->paragraphs) {
        leaves.push_back(WithLanguage("P", p.language, document) + ": " + Joined(p));
      }
    } else if (const auto* image = std::get_if<doc::Image>(&block)) {
      if (!image->decorative) leaves.push_back("Figure:");
    } else if (const auto* signature = std::get_if<doc::SignatureBlock>(&block)) {
      leaves.push_back("P: " + Flat(signature->label));
      if (!signature->image_path.empty()) leaves.push_back("Figure:");
      for (const std::string* text : {&signature->name, &signature->role, &signature->status}) {
        if (!text->empty()) leaves.push_back("P: " + Flat(*text));
      }
    }
  }
  return leaves;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("the structure tree gives every block its role and language in the model's order") {
  fs::path dir = TempDir();
  doc::Document document = testing::SampleDocument(dir.string());
  doc::Paragraph welsh{{{"Annwyl Siân, diolch am ddod i'r cyfarfod.", false, false}}};
  welsh.language = "cy";
  document.blocks.insert(document.blocks.begin() + 1, welsh);
  doc::Image ornament{(dir / "picture.png").string(), "", 40};
  ornament.decorative = true;
  document.blocks.push_back(ornament);
  PdfWriter writer({});
  DiagnosticList diagnostics;
  fs::path pdf = dir / "tagged.pdf";
  Render(writer, document, &diagnostics, pdf);

  std::string checker = std::string(SDGEN_SOURCE_DIR) + "/tests/pdf/tagged_pdf_check.py";
  CommandResult checked = Run("/usr/bin/python3 '" + checker + "' '" + pdf.string() + "'", dir.string());
  INFO(checked.out);
  CHECK(checked.status == 0);
  CommandResult leaves = Run("/usr/bin/python3 '" + checker + "' --text '" + pdf.string() + "'", dir.string());
  REQUIRE(leaves.status == 0);
  std::vector<std::string> got = Lines(leaves.out);
  for (std::string& line : got) line = Flat(line);
  CHECK(got == ExpectedLeaves(document));

  // poppler reads the same structure: tagged, the title first, the Welsh paragraph marked.
  CommandResult info = Run("pdfinfo '" + pdf.string() + "'", dir.string());
  CHECK(info.out.find("Tagged:          yes") != std::string::npos);
  CommandResult structure = Run("pdfinfo -struct-text '" + pdf.string() + "'", dir.string());
  CHECK(structure.out.rfind("Document\n  H1", 0) == 0);
  CHECK(structure.out.find("Annwyl Siân") != std::string::npos);
}

}  // namespace sdgen::pdf

namespace sdgen::pdf {

// pdftotext without -layout guesses columns from the gaps between words; the
// cells' padding must leave gaps it reads as columns, or copied text
// interleaves the lines of neighbouring cells.
TEST_CASE("text copied from a table with wrapped cells follows the cells") {
  fs::path dir = TempDir();
  doc::Document document = testing::LongTableDocument(0);
  // Cells of many lengths, so that some lines end right at a cell's edge
  // beside a short cell, as "Westmere Community Health" beside "present" did.
  const std::vector<std::string> words = {"Westmere", "Community", "Health", "Detective",
                                          "Constable", "Child", "Abuse", "Team", "Investigation",
                                          "present", "Paediatrician", "Social", "Care", "Manager"};
  doc::Table table;
  table.header = {{{doc::Paragraph{{{"Name", false, false}}}}},
                  {{doc::Paragraph{{{"Job", false, false}}}}},
                  {{doc::Paragraph{{{"Agency", false, false}}}}},
                  {{doc::Paragraph{{{"Attendance", false, false}}}}}};
  std::vector<std::string> cells;
  for (size_t r = 0; r < 40; ++r) {
    std::vector<doc::TableCell> row;
    for (size_t c = 0; c < 4; ++c) {
      size_t count = c == 3 ? 1 : 1 + (r * 7 + c * 3) % 4;
      std::string text;
      for (size_t w = 0; w < count; ++w) {
        text += (w ? " " : "") + words[(r * 5 + c * 11 + w * 3) % words.size()];
      }
      text += std::to_string(r * 4 + c);
      cells.push_back(text);
      row.push_back({{doc::Paragraph{{{text, false, false}}}}});
    }
    table.rows.push_back(row);
  }
  document.blocks = {table};
  PdfWriter writer({});
  DiagnosticList diagnostics;
  fs::path pdf = dir / "wrapped-table.pdf";
  Render(writer, document, &diagnostics, pdf);
  CommandResult text = Run("pdftotext '" + pdf.string() + "' -", dir.string());
  std::string flat = Flat(text.out);
  for (const std::string& cell : cells) {
    INFO(cell);
    CHECK(flat.find(cell) != std::string::npos);
  }
}

}  // namespace sdgen::pdf
