// The audience guarantee, tested over every record we have: every Text a
// family may not see is replaced by a unique marker word, every family
// document is rendered, and no marker may appear in its text or metadata,
// nor in any part of its DOCX package.

#include <catch2/catch.hpp>
#include <set>

#include "docx/docx_writer.h"
#include "record/record_walk.h"
#include "template_test_support.h"
#include "text/text_writer.h"

namespace sdgen::test {
namespace {

// The spec lets a family document name the owner of a family-shared action.
std::set<const Text*> NamesOfFamilyActionOwners(const Record& record) {
  std::set<const Text*> names;
  for (const Action& action : record.actions) {
    if (action.visibility.share != Share::kFamily) continue;
    if (action.owner.attendee) names.insert(&action.owner.attendee->name);
    if (action.owner.person) names.insert(&action.owner.person->name);
  }
  return names;
}

// Replaces each non-family text with "zqxmarkerNNN"; returns the markers.
std::vector<std::string> MarkHiddenTexts(Record& record) {
  std::set<const Text*> exempt = NamesOfFamilyActionOwners(record);
  exempt.insert(&record.local_authority);  // the author of every document, about no one
  std::vector<std::string> markers;
  ForEachText(record, [&](std::string_view, const Text& text) {
    if (text.visibility.share == Share::kFamily || exempt.count(&text)) return;
    std::string marker = "zqxmarker" + std::to_string(markers.size() + 100);
    // The record is this test's own, so writing through the walk's const view is safe.
    const_cast<Text&>(text).value = marker + " " + marker;
    markers.push_back(marker);
  });
  return markers;
}

std::string MetadataText(const doc::Document& document) {
  const doc::Metadata& metadata = document.metadata;
  std::string text = metadata.title + "\n" + metadata.subtitle + "\n" + metadata.author + "\n" +
                     metadata.subject + "\n" + metadata.record_id + "\n" + metadata.created + "\n" +
                     document.furniture.header_text + "\n" + document.furniture.footer_text + "\n";
  for (const std::string& keyword : metadata.keywords) text += keyword + "\n";
  return text;
}

// Every part of the document's DOCX package (body, headers, footers, core
// properties), joined: what a Word user or a filing system could read.
std::string DocxPartsText(const doc::Document& document) {
  docx::OpcPackage package;
  std::string error;
  INFO(error);
  REQUIRE(docx::DocxWriter().BuildParts(document, &package, &error));
  std::string text;
  for (const docx::OpcPart& part : package.parts()) text += part.bytes + "\n";
  return text;
}

bool IsFamilyDocument(const std::string& name) {
  for (const CompiledTemplate& compiled : ShippedBuilder().templates().templates) {
    if (name.rfind(compiled.document, 0) == 0 && compiled.audience.kind == AudienceKind::kFamily) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("no family document shows text its family may not see, for any record",
          "[leak][audience]") {
  for (const auto& [name, path] : AllRecordFiles()) {
    DYNAMIC_SECTION(name) {
      LoadedRecord loaded = ReadRecordFile(path);
      std::vector<std::string> markers = MarkHiddenTexts(*loaded.record);
      REQUIRE_FALSE(markers.empty());
      std::string professional_text;
      size_t family_documents = 0;
      for (const RenderedDocument& rendered : RenderShipped(*loaded.record)) {
        std::string text = WritePlainText(rendered.document) + MetadataText(rendered.document);
        if (!IsFamilyDocument(rendered.name)) {
          professional_text += text + DocxPartsText(rendered.document);
          continue;
        }
        ++family_documents;
        std::string docx = DocxPartsText(rendered.document);
        for (const std::string& marker : markers) {
          INFO(rendered.name << " shows hidden text " << marker);
          CHECK(text.find(marker) == std::string::npos);
          CHECK(docx.find(marker) == std::string::npos);
        }
      }
      CHECK(family_documents >= 2);
      // The markers do reach professional documents, in text and in DOCX, so
      // the checks above are not vacuous.
      CHECK(professional_text.find("zqxmarker") != std::string::npos);
      CHECK(professional_text.find("<w:t>zqxmarker") != std::string::npos);
    }
  }
}

}  // namespace sdgen::test
