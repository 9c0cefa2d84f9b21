// What a screen reader in Word finds: a description on every picture, none
// on a decorative one (marked so, the Office way), header rows marked, the
// document's and each paragraph's language, and the title. Checked in the XML
// of both forms, then by python-docx.

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "docx/docx_writer.h"
#include "docx/package_files.h"
#include "docx/sample_documents.h"

namespace sdgen::docx::testing {
namespace {

constexpr const char* kDecorativeUri = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";

doc::Paragraph Text(const std::string& text, const std::string& language = "") {
  doc::Paragraph paragraph;
  paragraph.runs = {{text}};
  paragraph.language = language;
  return paragraph;
}

// A Welsh letter with an English heading and paragraph, a border picture
// that says nothing, a picture that does, and a table with a header row.
doc::Document BilingualLetter() {
  doc::Document document;
  document.metadata.title = "Llythyr i'r teulu";
  document.metadata.language = "cy-GB";
  document.metadata.created = "2026-11-20T11:00:00+00:00";
  document.look.logo_path = "/images/logo.png";
  document.look.logo_alt_text = "Logo'r cyngor";
  document.blocks.push_back(doc::Image{"/images/signature.png", "", 100, true});
  document.blocks.push_back(Text("Annwyl Siân,"));
  document.blocks.push_back(doc::Heading{1, "Letter in English", "en-GB"});
  document.blocks.push_back(Text("Dear Siân,", "en-GB"));
  document.blocks.push_back(doc::Image{"/images/house.png", "Tŷ gyda drws glas", 200});
  doc::Table table;
  table.header = {{{Text("Pwy")}}, {{Text("Beth")}}};
  table.rows = {{{{Text("Siôn")}}, {{Text("Ymweld")}}}};
  document.blocks.push_back(table);
  return document;
}

std::string Package(const doc::Document& document) {
  std::string bytes, error;
  REQUIRE(DocxWriter(SampleWriterOptions()).WritePackage(document, &bytes, &error));
  return bytes;
}

std::string FlatPackage(const doc::Document& document) {
  std::string bytes, error;
  REQUIRE(DocxWriter(SampleWriterOptions()).WriteFlat(document, &bytes, &error));
  return bytes;
}

// The parts of both forms: the .docx's, then the flat package's.
std::vector<std::map<std::string, std::string>> BothForms(const doc::Document& document) {
  std::map<std::string, std::string> flat;
  for (const FoundPart& part : ReadFlatParts(FlatPackage(document))) flat[part.name] = part.bytes;
  return {ReadZipEntries(Package(document)), flat};
}

pugi::xml_document Parsed(const std::map<std::string, std::string>& parts,
                          const std::string& name) {
  pugi::xml_document xml;
  REQUIRE(parts.count(name) == 1);
  REQUIRE(xml.load_string(parts.at(name).c_str()));
  return xml;
}

TEST_CASE("a decorative picture is marked decorative the Office way, with an empty description",
          "[accessibility]") {
  for (const auto& parts : BothForms(BilingualLetter())) {
    pugi::xml_document body = Parsed(parts, "word/document.xml");
    pugi::xpath_node_set pictures = body.select_nodes("//wp:inline/wp:docPr");
    REQUIRE(pictures.size() == 2);
    pugi::xml_node border = pictures[0].node();
    CHECK(border.attribute("descr"));
    CHECK(std::string(border.attribute("descr").value()).empty());
    pugi::xml_node mark =
        border.select_node("a:extLst/a:ext/adec:decorative").node();
    REQUIRE(mark);
    CHECK(std::string(mark.parent().attribute("uri").value()) == kDecorativeUri);
    CHECK(std::string(mark.attribute("val").value()) == "1");
    CHECK(std::string(mark.attribute("xmlns:adec").value()) ==
          "http://schemas.microsoft.com/office/drawing/2017/decorative");
    pugi::xml_node house = pictures[1].node();
    CHECK(std::string(house.attribute("descr").value()) == "Tŷ gyda drws glas");
    CHECK_FALSE(house.child("a:extLst"));
    pugi::xml_document header = Parsed(parts, "word/header1.xml");
    CHECK(std::string(header.select_node("//wp:docPr/@descr").attribute().value()) ==
          "Logo'r cyngor");
  }
}

TEST_CASE("a paragraph or heading in its own language carries w:lang on its runs",
          "[accessibility]") {
  for (const auto& parts : BothForms(BilingualLetter())) {
    pugi::xml_document body = Parsed(parts, "word/document.xml");
    pugi::xpath_node_set english =
        body.select_nodes("//w:r[w:t='Dear Siân,' or w:t='Letter in English']");
    REQUIRE(english.size() == 2);
    for (const pugi::xpath_node& run : english) {
      pugi::xml_node lang = run.node().select_node("w:rPr/w:lang").node();
      CHECK(std::string(lang.attribute("w:val").value()) == "en-GB");
      // Neither an East Asian nor a right-to-left language: Word's own stay.
      CHECK_FALSE(lang.attribute("w:eastAsia"));
      CHECK_FALSE(lang.attribute("w:bidi"));
    }
    // The document's language is set once, in the defaults, not on each run.
    CHECK(body.select_node("//w:r[w:t='Annwyl Siân,']/w:rPr/w:lang") == pugi::xpath_node());
    pugi::xml_document styles = Parsed(parts, "word/styles.xml");
    CHECK(std::string(
              styles.select_node("//w:docDefaults//w:lang/@w:val").attribute().value()) ==
          "cy-GB");
    pugi::xml_document settings = Parsed(parts, "word/settings.xml");
    CHECK(std::string(settings.select_node("//w:themeFontLang/@w:val").attribute().value()) ==
          "cy-GB");
  }
}

TEST_CASE("a right-to-left or East Asian paragraph language fills the matching slot",
          "[accessibility]") {
  doc::Document document = BilingualLetter();
  document.blocks.push_back(Text("سلام", "ur-PK"));
  document.blocks.push_back(Text("你好", "zh-Hans-CN"));
  const auto parts = ReadZipEntries(Package(document));
  pugi::xml_document body = Parsed(parts, "word/document.xml");
  pugi::xml_node urdu = body.select_node("//w:r[w:t='سلام']/w:rPr/w:lang").node();
  CHECK(std::string(urdu.attribute("w:val").value()) == "ur-PK");
  CHECK(std::string(urdu.attribute("w:bidi").value()) == "ur-PK");
  pugi::xml_node chinese = body.select_node("//w:r[w:t='你好']/w:rPr/w:lang").node();
  CHECK(std::string(chinese.attribute("w:eastAsia").value()) == "zh-Hans-CN");
}

// One line per file: the title, each picture's description and whether it
// is decorative, whether each table's first row repeats, the default
// language and every run language python-docx reads from the XML.
constexpr const char* kReadAccessibility = R"PY(
import sys, docx
from docx.oxml.ns import qn
DECORATIVE = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
for path in sys.argv[1:]:
    d = docx.Document(path)
    print("TITLE\t" + d.core_properties.title)
    for inline in d.inline_shapes:
        pr = inline._inline.docPr
        ext = pr.find(qn("a:extLst"))
        decorative = ext is not None and any(e.get("uri") == DECORATIVE for e in ext)
        print("PICTURE\t%s\t%s" % (decorative, pr.get("descr")))
    for t in d.tables:
        trPr = t.rows[0]._tr.trPr
        print("HEADER\t%s" % (trPr is not None and trPr.find(qn("w:tblHeader")) is not None))
    rpr = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    print("DEFAULT\t" + rpr.find(qn("w:lang")).get(qn("w:val")))
    for p in d.paragraphs:
        for r in p.runs:
            lang = r._r.rPr.find(qn("w:lang")) if r._r.rPr is not None else None
            if lang is not None:
                print("LANG\t%s\t%s" % (lang.get(qn("w:val")), r.text))
)PY";

TEST_CASE("python-docx finds the descriptions, header rows, languages and title",
          "[accessibility]") {
  const std::string dir = MakeTempDir();
  const doc::Document document = BilingualLetter();
  WriteFile(dir + "/letter.docx", Package(document));
  WriteFile(dir + "/letter-flat.docx", RepackAsZip(ReadFlatParts(FlatPackage(document))));
  WriteFile(dir + "/read.py", kReadAccessibility);
  int status = 0;
  const std::string output = RunCommand("/usr/bin/python3 " + dir + "/read.py " + dir +
                                            "/letter.docx " + dir + "/letter-flat.docx 2>&1",
                                        &status);
  INFO(output);
  REQUIRE(status == 0);
  const std::string expected =
      "TITLE\tLlythyr i'r teulu\n"
      "PICTURE\tTrue\t\n"
      "PICTURE\tFalse\tTŷ gyda drws glas\n"
      "HEADER\tTrue\n"
      "DEFAULT\tcy-GB\n"
      "LANG\ten-GB\tLetter in English\n"
      "LANG\ten-GB\tDear Siân,\n";
  CHECK(output == expected + expected);
  RemoveTempDir(dir);
}

}  // namespace
}  // namespace sdgen::docx::testing
