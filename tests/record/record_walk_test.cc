// The one walk over the record meets every entry of the schema table: read
// every good fixture and the shared example, walk each, and ask that every
// element holding a value and every attribute was met at least once. A field
// added to the table but not to the walk would be left out of the
// verification code and the plain-language pass; this test says which.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "record/record_reader.h"
#include "record/record_schema.h"
#include "record/record_walk.h"
#include "test_paths.h"

using namespace sdgen;
using sdgen::test::ReadFile;

namespace {

std::vector<std::string> GoodRecords() {
  std::vector<std::string> paths = {test::SharedPath("spec/example-record.xml")};
  for (const auto& entry : std::filesystem::directory_iterator(test::SourcePath("fixtures"))) {
    if (entry.path().extension() == ".xml") paths.push_back(entry.path().string());
  }
  return paths;
}

// The optional parts no fixture needs, added to a copy of one fixture.
std::string WithEveryOptionalPart(std::string xml) {
  auto replace = [&](const std::string& from, const std::string& to) {
    size_t at = xml.find(from);
    REQUIRE(at != std::string::npos);
    xml.replace(at, from.size(), to);
  };
  replace("<previous id=\"SD-2026-0598\"/>",
          "<previous id=\"SD-2026-0598\">The first discussion waited for police checks.</previous>");
  replace("<signature by=\"a1\"", "<signature image=\"signature.png\" by=\"a1\"");
  replace("<name>Danielle Marsh</name>", "<name>Danielle Marsh</name><born>1992-03-04</born>");
  replace("will make a plan to keep you safe. The school nurse will meet you and Mum to see how you "
          "are.</what-happens-next>",
          "will make a plan to keep you safe. The school nurse will meet you and Mum to see how you "
          "are.</what-happens-next><drawing image=\"leo.png\" alt=\"Leo's drawing of his house\"/>");
  replace("</strategy-discussion>",
          "<plain-language><accept term=\"core group\"/></plain-language></strategy-discussion>");
  return xml;
}

// The record with every optional part lives in a folder of its own, next to
// the drawing and signature it names, since each must be a PNG in the record's folder.
std::string OptionalPartsRecordPath() {
  namespace fs = std::filesystem;
  fs::path folder = fs::temp_directory_path() / "sdgen-record-walk";
  fs::create_directories(folder);
  fs::copy_file(test::SourcePath("styles/default/pictures/home.png"), folder / "leo.png",
                fs::copy_options::overwrite_existing);
  fs::copy_file(test::SourcePath("styles/default/pictures/home.png"), folder / "signature.png",
                fs::copy_options::overwrite_existing);
  return (folder / "with-every-optional-part.xml").string();
}

bool HoldsValue(const SchemaElement& element) {
  return element.kind != FieldKind::kContainer && element.kind != FieldKind::kEmpty;
}

}  // namespace

TEST_CASE("the record walk meets every element and attribute of the schema") {
  const RecordSchema& schema = RecordSchema::Get();
  std::set<std::pair<const SchemaElement*, const SchemaAttribute*>> met;
  std::vector<std::string> paths = GoodRecords();
  REQUIRE(paths.size() > 5);
  std::string richest = test::SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml");
  paths.push_back(richest + " (with every optional part)");
  for (const std::string& path : paths) {
    bool optional_parts = path.back() == ')';
    SourceFile file(optional_parts ? OptionalPartsRecordPath() : path,
                    optional_parts ? WithEveryOptionalPart(ReadFile(richest)) : ReadFile(path));
    DiagnosticList diagnostics;
    std::optional<Record> record = RecordReader(diagnostics).Read(file);
    INFO(path);
    REQUIRE(record);
    ForEachField(*record, [&](const RecordField& field) {
      met.insert({field.element, field.attribute});
      for (const SchemaAttribute* joined : field.joined) met.insert({field.element, joined});
    });
  }
  // Checked when read and kept nowhere: the format number and a namespace declaration.
  std::set<const SchemaAttribute*> not_kept = {&schema.format, &schema.xmlns};
  std::vector<std::string> missed;
  for (const SchemaElement* element : schema.elements()) {
    if (HoldsValue(*element) && !met.count({element, nullptr})) missed.push_back(element->Path());
    for (const SchemaAttribute* attribute : element->attributes) {
      if (not_kept.count(attribute) || met.count({element, attribute})) continue;
      missed.push_back(element->Path() + "@" + attribute->name);
    }
  }
  std::string list;
  for (const std::string& path : missed) list += "\n  " + path;
  INFO("not met by the walk over every fixture (add it to gen/record/record_walk.cc, "
       "or to a fixture):" + list);
  CHECK(missed.empty());
}

TEST_CASE("every enum word of the schema reads back as itself") {
  const RecordSchema& schema = RecordSchema::Get();
  auto words = [](const SchemaAttribute& attribute, auto last) {
    std::vector<std::string> spelled;
    for (int i = 0; i <= static_cast<int>(last); ++i)
      spelled.push_back(ToString(static_cast<decltype(last)>(i)));
    CHECK(spelled == attribute.words);
  };
  words(schema.form, MeetingForm::kVirtual);
  words(schema.rating, RagRating::kGreen);
  words(schema.relationship, Relationship::kOther);
  words(schema.role, AttendeeRole::kOther);
  words(schema.present, Presence::kReportOnly);
  words(schema.outcome, Outcome::kDeferred);
  words(schema.threshold, Threshold::kUndecided);
  words(schema.alleged, Alleged::kUnknown);
  words(schema.how, AgreementHow::kEmail);
  words(schema.share, Share::kRestricted);
}
