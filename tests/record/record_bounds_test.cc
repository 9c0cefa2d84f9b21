// Bounds on a record's shape, checked before anything walks it: elements
// nested thousands deep once overflowed the reader's stack, and 300,000
// attributes on one element ran for minutes. Both are now RD011, located, at
// once; an attribute written twice (pugixml keeps both) is RD019.

#include <catch2/catch.hpp>
#include <chrono>

#include "hostile_record_support.h"
#include "record/xml_shape.h"

using namespace sdgen;
using namespace sdgen::test;

namespace {

double SecondsToRead(const std::string& xml, std::unique_ptr<ReadResult>& read) {
  auto start = std::chrono::steady_clock::now();
  read = ReadRecordText(xml);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string Repeated(const std::string& piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("19,000 nested elements in a text are a located error, not a crash") {
  std::string harm = Repeated("<b>", 19000) + "x" + Repeated("</b>", 19000);
  std::unique_ptr<ReadResult> read;
  CHECK(SecondsToRead(SmallRecord("", harm), read) < 5.0);
  CHECK_FALSE(read->record);
  CHECK(read->unreadable);
  REQUIRE(read->diagnostics.all().size() == 1);
  // The harm is 4 deep, so the 29th <b> inside it is the 33rd element down.
  CHECK(read->First() == "11:140 RD011 <b> is nested 33 elements deep; records nest at most 32");
}

TEST_CASE("a record nested as deep as the bound is read") {
  // strategy-discussion, mapping, worried-about and harm are 4; this is 32.
  std::string harm = Repeated("<b>", 28) + "x" + Repeated("</b>", 28);
  auto read = ReadRecordText(SmallRecord("", harm));
  CHECK_FALSE(read->unreadable);
  CHECK(read->First().find("RD011") == std::string::npos);
}

TEST_CASE("300,000 attributes on one element are refused at once") {
  std::string attributes;
  for (int i = 0; i < 300000; ++i) attributes += " a" + std::to_string(i) + "=\"1\"";
  std::unique_ptr<ReadResult> read;
  CHECK(SecondsToRead(SmallRecord("", "x", "xml:lang=\"en-GB\"" + attributes), read) < 5.0);
  CHECK_FALSE(read->record);
  CHECK(read->unreadable);
  REQUIRE(read->diagnostics.all().size() == 1);
  CHECK(read->First() ==
        "1:1 RD011 <strategy-discussion> has 300003 attributes; an element of a record has at "
        "most 64");
}

TEST_CASE("an attribute written twice is an error at its second copy") {
  std::string people =
      R"(<person id="p2" relationship="father" share="family" share="restricted"><name>Al</name></person>)";
  auto read = ReadRecordText(SmallRecord(people));
  CHECK_FALSE(read->record);
  CHECK_FALSE(read->unreadable);
  CHECK(read->First() ==
        "8:191 RD019 'share' is written twice on <person>: only one is allowed, and sdgen would "
        "not read this one");
}

TEST_CASE("a second <decision> is an error") {
  std::string xml = SmallRecord();
  xml.insert(xml.find("</strategy-discussion>"),
             "<decision outcome=\"s47\" threshold=\"met\"></decision>\n");
  auto read = ReadRecordText(xml);
  CHECK_FALSE(read->record);
  CHECK(read->First().rfind("13:1 RD019 a second <decision> inside <strategy-discussion>", 0) == 0);
}

TEST_CASE("the shape check walks without recursion and stops at the first element too deep") {
  pugi::xml_document document;
  std::string xml = Repeated("<a x=\"1\" x=\"2\">", 3) + Repeated("</a>", 3);
  REQUIRE(document.load_string(xml.c_str()));
  std::vector<XmlShapeProblem> problems = CheckXmlShape(document.document_element(), {2, 8});
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].kind == XmlShapeProblem::Kind::kDuplicateAttribute);
  CHECK(problems[0].attribute == "x");
  CHECK(problems[0].count == 1);
  CHECK(problems[1].kind == XmlShapeProblem::Kind::kDuplicateAttribute);
  CHECK(problems[2].kind == XmlShapeProblem::Kind::kTooDeep);
  CHECK(problems[2].count == 3);
}
