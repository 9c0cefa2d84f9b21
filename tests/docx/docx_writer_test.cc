// Structure of the packages, checked part by part without any client.

#include "docx/docx_writer.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "docx/package_files.h"
#include "docx/png_fixture.h"
#include "docx/png_image.h"
#include "png_metadata.h"
#include "docx/sample_documents.h"

namespace sdgen::docx::testing {
namespace {

std::string Docx(const doc::Document& document) {
  std::string bytes, error;
  REQUIRE(DocxWriter(SampleWriterOptions()).WritePackage(document, &bytes, &error));
  return bytes;
}

std::string Flat(const doc::Document& document) {
  std::string bytes, error;
  REQUIRE(DocxWriter(SampleWriterOptions()).WriteFlat(document, &bytes, &error));
  return bytes;
}

doc::Document Sample(const std::string& name) {
  for (SampleDocument& sample : SampleDocuments()) {
    if (sample.name == name) return sample.document;
  }
  FAIL("no sample " << name);
  return {};
}

// One part of a sample's .docx, parsed.
struct Part {
  pugi::xml_document xml;
  Part(const std::string& sample, const std::string& name) {
    const auto entries = ReadZipEntries(Docx(Sample(sample)));
    REQUIRE(entries.count(name) == 1);
    REQUIRE(xml.load_string(entries.at(name).c_str()));
  }
  pugi::xpath_node_set Select(const char* xpath) const { return xml.select_nodes(xpath); }
  std::string Value(const char* xpath) const { return xml.select_node(xpath).attribute().value(); }
};

TEST_CASE("two builds are byte-identical, in both forms") {
  for (const SampleDocument& sample : SampleDocuments()) {
    INFO(sample.name);
    CHECK(Docx(sample.document) == Docx(sample.document));
    CHECK(Flat(sample.document) == Flat(sample.document));
  }
}

TEST_CASE("the flat package holds exactly the parts of the docx") {
  for (const SampleDocument& sample : SampleDocuments()) {
    INFO(sample.name);
    auto entries = ReadZipEntries(Docx(sample.document));
    const std::string content_types = entries.at("[Content_Types].xml");
    entries.erase("[Content_Types].xml");
    const std::vector<FoundPart> parts = ReadFlatParts(Flat(sample.document));
    CHECK(parts.size() == entries.size());
    for (const FoundPart& part : parts) {
      INFO(part.name);
      REQUIRE(entries.count(part.name) == 1);
      CHECK(part.bytes == entries.at(part.name));
      CHECK(part.content_type == ContentTypeOf(content_types, part.name));
    }
  }
}

TEST_CASE("the flat package is a Word XML document") {
  const std::string flat = Flat(Sample("minutes"));
  CHECK(flat.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                   "<?mso-application progid=\"Word.Document\"?><pkg:package",
                   0) == 0);
}

TEST_CASE("heading styles carry outline levels and Word's built-in names") {
  Part styles("minutes", "word/styles.xml");
  for (int level = 1; level <= 3; ++level) {
    const std::string id = "Heading" + std::to_string(level);
    const std::string base = "//w:style[@w:styleId='" + id + "']";
    CHECK(styles.Value((base + "/w:name/@w:val").c_str()) == "heading " + std::to_string(level));
    CHECK(styles.Value((base + "/w:pPr/w:outlineLvl/@w:val").c_str()) == std::to_string(level - 1));
  }
  CHECK(styles.Value("//w:style[@w:styleId='Title']/w:name/@w:val") == "Title");
  CHECK(styles.Value("//w:style[@w:styleId='ListNumber']/w:name/@w:val") == "List Number");
  CHECK(styles.Value("//w:style[@w:styleId='Caption']/w:name/@w:val") == "caption");
}

TEST_CASE("fonts, sizes and colours come from the look") {
  Part styles("minutes", "word/styles.xml");
  CHECK(styles.Value("//w:docDefaults//w:rFonts/@w:ascii") == "Liberation Sans");
  CHECK(styles.Value("//w:docDefaults//w:sz/@w:val") == "22");
  CHECK(styles.Value("//w:style[@w:styleId='Heading1']/w:rPr/w:sz/@w:val") == "36");
  CHECK(styles.Value("//w:style[@w:styleId='Heading1']/w:rPr/w:color/@w:val") == "1D3D6B");
  CHECK(styles.Value("//w:style[@w:styleId='Title']/w:rPr/w:sz/@w:val") == "44");
  CHECK(styles.Value("//w:docDefaults//w:spacing/@w:line") == "312");
}

TEST_CASE("the document language is set in the style defaults and core properties") {
  Part styles("words-and-pictures", "word/styles.xml");
  CHECK(styles.Value("//w:docDefaults//w:lang/@w:val") == "cy-GB");
  Part core("words-and-pictures", "docProps/core.xml");
  CHECK(std::string(core.xml.select_node("//dc:language").node().text().get()) == "cy-GB");
}

TEST_CASE("lists use numbering definitions and numbered lists restart") {
  Part document("minutes", "word/document.xml");
  const auto numbered =
      document.Select("//w:p[w:pPr/w:pStyle/@w:val='ListNumber']/w:pPr/w:numPr/w:numId/@w:val");
  REQUIRE(numbered.size() == 3);
  CHECK(std::string(numbered[0].attribute().value()) == numbered[1].attribute().value());
  CHECK(std::string(numbered[0].attribute().value()) != numbered[2].attribute().value());
  CHECK(document.Select("//w:p[w:pPr/w:pStyle/@w:val='ListBullet']/w:pPr/w:numPr").size() == 3);
  Part numbering("minutes", "word/numbering.xml");
  CHECK(numbering.Select("//w:num").size() == 3);
  CHECK(numbering.Select("//w:num/w:lvlOverride/w:startOverride[@w:val='1']").size() == 2);
  CHECK(numbering.Value("//w:abstractNum[@w:abstractNumId='1']//w:numFmt/@w:val") == "decimal");
}

TEST_CASE("table header rows repeat and columns follow the relative widths") {
  Part document("decision-sheet", "word/document.xml");
  const auto rows = document.Select("//w:tbl/w:tr");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].node().select_node("w:trPr/w:tblHeader"));
  CHECK_FALSE(rows[1].node().select_node("w:trPr/w:tblHeader"));
  const auto columns = document.Select("//w:tbl/w:tblGrid/w:gridCol/@w:w");
  REQUIRE(columns.size() == 3);
  // Text width 595.276 - 128 = 467.276 pt = 9345.5 twips, split 2:3:2.
  CHECK(columns[0].attribute().as_int() == 2670);
  CHECK(columns[1].attribute().as_int() == 4005);
  CHECK(document.Value("//w:tbl/w:tblPr/w:tblStyle/@w:val") == "SdgenTable");
}

TEST_CASE("page size and margins come from the page settings in twips") {
  Part document("minutes", "word/document.xml");
  CHECK(document.Value("//w:sectPr/w:pgSz/@w:w") == "11906");
  CHECK(document.Value("//w:sectPr/w:pgSz/@w:h") == "16838");
  CHECK(document.Value("//w:sectPr/w:pgMar/@w:top") == "1440");
  CHECK(document.Value("//w:sectPr/w:pgMar/@w:left") == "1280");
}

TEST_CASE("the footer numbers pages as fields") {
  Part footer("minutes", "word/footer1.xml");
  CHECK(footer.Select("//w:instrText[.=' PAGE ']").size() == 1);
  CHECK(footer.Select("//w:instrText[.=' NUMPAGES ']").size() == 1);
  Part letter_footer("family-letter", "word/footer1.xml");
  CHECK(letter_footer.Select("//w:instrText").empty());
}

TEST_CASE("images are embedded with their alternative text and scaled size") {
  Part document("words-and-pictures", "word/document.xml");
  CHECK(document.Value("//wp:inline/wp:docPr/@descr") == "Tŷ gyda drws glas");
  // 320 x 240 px at 96 dpi is 240 x 180 pt; max_width_pt 200 scales it to 200 x 150.
  CHECK(document.Value("//wp:inline/wp:extent/@cx") == std::to_string(200 * 12700));
  CHECK(document.Value("//wp:inline/wp:extent/@cy") == std::to_string(150 * 12700));
  Part header("words-and-pictures", "word/header1.xml");
  CHECK(header.Value("//wp:inline/wp:docPr/@descr") == "Logo'r cyngor");
  const auto entries = ReadZipEntries(Docx(Sample("words-and-pictures")));
  CHECK(entries.at("word/media/image1.png") == SampleImages().at("/images/logo.png"));
  CHECK(entries.count("word/_rels/header1.xml.rels") == 1);
}

TEST_CASE("a signature image is placed in the signature block") {
  Part document("family-letter", "word/document.xml");
  CHECK(document.Value("//w:p[w:pPr/w:pStyle/@w:val='Signature']//wp:docPr/@descr") ==
        "Signature of Gwenllian ap Dafydd");
}

TEST_CASE("a draft says DRAFT in the body, the header and a watermark") {
  Part document("decision-sheet", "word/document.xml");
  const pugi::xml_node first = document.xml.select_node("//w:body/w:p[1]").node();
  CHECK(std::string(first.select_node("w:pPr/w:pStyle/@w:val").attribute().value()) == "Status");
  CHECK(std::string(first.select_node("w:r/w:t").node().text().get()) == "DRAFT");
  Part header("decision-sheet", "word/header1.xml");
  CHECK(header.Select("//w:t[.='DRAFT']").size() == 1);
  CHECK(header.Value("//v:textpath/@string") == "DRAFT");
  Part core("decision-sheet", "docProps/core.xml");
  CHECK(std::string(core.xml.select_node("//cp:contentStatus").node().text().get()) == "Draft");

  Part final_header("family-letter", "word/header1.xml");
  CHECK(final_header.Select("//v:shape").empty());
  CHECK(final_header.Select("//w:t[.='DRAFT']").empty());
}

TEST_CASE("core properties take their dates from the metadata") {
  doc::Document document = Sample("family-letter");
  document.metadata.created = "2026-11-20T11:00:00+01:00";
  const auto entries = ReadZipEntries(Docx(document));
  pugi::xml_document core;
  REQUIRE(core.load_string(entries.at("docProps/core.xml").c_str()));
  CHECK(std::string(core.select_node("//dcterms:created").node().text().get()) ==
        "2026-11-20T10:00:00Z");
  CHECK(std::string(core.select_node("//dcterms:modified").node().text().get()) ==
        "2026-11-20T10:00:00Z");
  CHECK(std::string(core.select_node("//dc:title").node().text().get()) == "Letter to the family");
}

TEST_CASE("markup characters in text are escaped by the XML library") {
  const auto entries = ReadZipEntries(Docx(Sample("family-letter")));
  const std::string& document = entries.at("word/document.xml");
  CHECK(document.find("Łucja &amp; Ŵyn &lt;safety&gt;.") != std::string::npos);
}

TEST_CASE("characters XML 1.0 forbids are refused, not written") {
  doc::Document document = Sample("family-letter");
  document.blocks.push_back(doc::Paragraph{{{"bell \x07 here"}}});
  std::string bytes, error;
  CHECK_FALSE(DocxWriter(SampleWriterOptions()).WritePackage(document, &bytes, &error));
  CHECK(error == "part 'word/document.xml' would hold U+0007, a character xml 1.0 forbids");
  document.blocks.back() = doc::Paragraph{{{"broken \xC5 utf-8"}}};
  CHECK_FALSE(DocxWriter(SampleWriterOptions()).WritePackage(document, &bytes, &error));
  CHECK(error == "part 'word/document.xml' would hold a malformed utf-8 sequence");
}

TEST_CASE("an unreadable image is an error naming the file") {
  doc::Document document = Sample("danger-statement");
  document.blocks.push_back(doc::Image{"/nonexistent/picture.png", "a picture", 0});
  std::string bytes, error;
  CHECK_FALSE(DocxWriter().WritePackage(document, &bytes, &error));
  CHECK(error == "cannot open image '/nonexistent/picture.png'");
}

TEST_CASE("a file that is not a PNG is refused") {
  DocxOptions options;
  options.read_file = [](const std::string&, std::string* bytes, std::string*) {
    *bytes = "GIF89a...";
    return true;
  };
  doc::Document document = Sample("danger-statement");
  document.blocks.push_back(doc::Image{"cat.gif", "a cat", 0});
  std::string bytes, error;
  CHECK_FALSE(DocxWriter(options).WritePackage(document, &bytes, &error));
  CHECK(error == "image 'cat.gif' is a GIF: save it as PNG");
}

}  // namespace
TEST_CASE("a drawing's metadata never reaches the docx") {
  const std::string marker = "SECRET-CAMERA-OWNER-Jo-Lane";
  const std::string plain = MakePng(4, 3, 200, 40, 40);
  const std::string tagged = sdgen::test::WithMetadata(plain, marker);
  PngImage image;
  std::string error;
  REQUIRE(ParsePng(tagged, "drawing.png", &image, &error));
  CHECK(image.bytes == plain);  // the pixels' chunks, byte for byte

  doc::Document document = Sample("decision-sheet");
  document.blocks.push_back(doc::Image{"drawing.png", "A drawing", 0});
  DocxOptions options = SampleWriterOptions();
  FileReader samples = options.read_file;
  options.read_file = [&](const std::string& path, std::string* bytes, std::string* why) {
    if (path != "drawing.png") return samples(path, bytes, why);
    *bytes = tagged;
    return true;
  };
  std::string docx;
  REQUIRE(DocxWriter(options).WritePackage(document, &docx, &error));
  bool has_media = false;
  for (const auto& [name, bytes] : ReadZipEntries(docx)) {
    INFO(name);
    CHECK(bytes.find(marker) == std::string::npos);
    has_media = has_media || name.rfind("word/media/", 0) == 0;
  }
  CHECK(has_media);
}

TEST_CASE("a look that keeps paragraphs whole asks Word to keep their lines together") {
  doc::Document document = Sample("decision-sheet");
  const auto styles_of = [](const doc::Document& d) {
    return ReadZipEntries(Docx(d)).at("word/styles.xml");
  };
  CHECK(styles_of(document).find("<w:pPrDefault><w:pPr><w:keepLines") == std::string::npos);
  document.look.keep_paragraphs_whole = true;
  CHECK(styles_of(document).find("<w:pPrDefault><w:pPr><w:keepLines") != std::string::npos);
}

}  // namespace sdgen::docx::testing
