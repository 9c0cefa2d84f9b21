#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "record/canonical_form.h"
#include "record/record_reader.h"
#include "test_paths.h"

using namespace sdgen;

namespace {

std::string ExampleXml() {
  std::ifstream in(test::SharedPath("spec/example-record.xml"), std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string Fingerprint(const std::string& xml) {
  SourceFile file("r.xml", xml);
  DiagnosticList diagnostics;
  std::optional<Record> record = RecordReader(diagnostics).Read(file);
  REQUIRE(record);
  return RecordFingerprint(*record);
}

}  // namespace

TEST_CASE("the fingerprint is a SHA-256 in hex and stable") {
  std::string fingerprint = Fingerprint(ExampleXml());
  CHECK(std::regex_match(fingerprint, std::regex("[0-9a-f]{64}")));
  CHECK(Fingerprint(ExampleXml()) == fingerprint);
}

TEST_CASE("layout, attribute quotes, entities and comments do not change the fingerprint") {
  std::string xml = ExampleXml();
  std::string relaid = std::regex_replace(xml, std::regex("\n  +"), "\n\t");
  relaid = std::regex_replace(relaid, std::regex("id=\"x1\""), "id='x1'");
  relaid.replace(relaid.find("Kai Morgan-Price"), 16, "Kai   Morgan&#45;Price");
  relaid.insert(relaid.find("<children>"), "<!-- re-exported -->\n");
  REQUIRE(relaid != xml);
  CHECK(Fingerprint(relaid) == Fingerprint(xml));
}

TEST_CASE("a single changed character changes the fingerprint") {
  std::string xml = ExampleXml();
  std::string original = Fingerprint(xml);
  std::string changed = xml;
  changed.replace(changed.find("about 4 cm long on his left"), 7, "about 5");
  CHECK(Fingerprint(changed) != original);
  std::string reshared = xml;
  reshared.replace(reshared.find("<harm by=\"a3\">"), 14, "<harm by=\"a3\" share=\"family\">");
  CHECK(Fingerprint(reshared) != original);
  std::string retimed = xml;
  retimed.replace(retimed.find("2026-11-20T10:00:00+00:00"), 25, "2026-11-20T10:01:00+00:00");
  CHECK(Fingerprint(retimed) != original);
}

TEST_CASE("the same instant written in another offset is the same record") {
  std::string xml = ExampleXml();
  std::string shifted = xml;
  shifted.replace(shifted.find("<held>2026-11-20T10:00:00+00:00"), 31,
                  "<held>2026-11-20T11:00:00+01:00");
  CHECK(Fingerprint(shifted) == Fingerprint(xml));
}
