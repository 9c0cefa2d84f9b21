// The first promise, tested over every record we have: each family document
// contains exactly what its one reader may read. Every statement of the
// record gets a unique marker word; each family document is rendered in every
// format (plain text, metadata, every DOCX part, the flat XML package and the
// PDF read back by pdftotext) and must contain the marker of every statement
// that reaches its reader and of no other. Names, agencies and contact details
// (labels) may be left out by a template, so for them the test asks only that
// none hidden from the reader appears.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "cli/document_writers.h"
#include "command_run.h"
#include "docx/docx_writer.h"
#include "record/family_readers.h"
#include "record/record_walk.h"
#include "template_test_support.h"
#include "text/text_writer.h"

namespace sdgen::test {
namespace {

struct Marked {
  const Text* text;
  std::string marker;
  bool statement;
};

// Replaces each text of the record with "zqxmNNNNq"; returns the markers.
std::vector<Marked> MarkEveryText(Record& record) {
  std::vector<Marked> marked;
  std::set<const Text*> statements;
  ForEachStatement(record, [&](std::string_view, const Text& text) { statements.insert(&text); });
  ForEachText(record, [&](std::string_view, const Text& text) {
    if (&text == &record.local_authority) return;  // the author of every document
    char marker[16];
    std::snprintf(marker, sizeof marker, "zqxm%04zuq", marked.size());
    // The record is this test's own, so writing through the walk's const view is safe.
    const_cast<Text&>(text).value = marker;
    marked.push_back({&text, marker, statements.count(&text) > 0});
  });
  return marked;
}

std::string MetadataText(const doc::Document& document) {
  const doc::Metadata& metadata = document.metadata;
  std::string text = metadata.title + "\n" + metadata.subtitle + "\n" + metadata.author + "\n" +
                     metadata.subject + "\n" + metadata.record_id + "\n" + metadata.created + "\n" +
                     document.furniture.header_text + "\n" + document.furniture.footer_text + "\n";
  for (const std::string& keyword : metadata.keywords) text += keyword + "\n";
  return text;
}

std::string DocxPartsText(const doc::Document& document) {
  docx::OpcPackage package;
  std::string error;
  INFO(error);
  REQUIRE(docx::DocxWriter().BuildParts(document, &package, &error));
  std::string text;
  for (const docx::OpcPart& part : package.parts()) text += part.bytes + "\n";
  return text;
}

std::string PdfText(const std::string& pdf_bytes) {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("sdgen-reader-leak-" + std::to_string(::getpid()) + ".pdf");
  {
    std::ofstream out(path, std::ios::binary);
    out << pdf_bytes;
  }
  CommandResult result = RunCommand("pdftotext " + ShellQuote(path.string()) + " -");
  std::filesystem::remove(path);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

// Every form a family reader could be handed, joined.
std::map<std::string, std::string> EveryForm(const doc::Document& document,
                                             cli::DocumentWriters& writers) {
  std::vector<cli::RenderedFile> files;
  DiagnosticList diagnostics;
  std::string error;
  INFO(error);
  REQUIRE(writers.Render(document, &files, diagnostics, &error));
  std::map<std::string, std::string> forms;
  forms["text and metadata"] = WritePlainText(document) + MetadataText(document);
  forms["DOCX parts"] = DocxPartsText(document);
  for (const cli::RenderedFile& file : files) {
    if (file.extension == ".flat.xml") forms["flat XML"] = file.bytes;
    if (file.extension == ".pdf") forms["PDF"] = PdfText(file.bytes);
  }
  REQUIRE(forms.size() == 4);
  return forms;
}

}  // namespace

TEST_CASE("each family document holds exactly what reaches its reader, for any record",
          "[leak][audience][readers]") {
  cli::DocumentWriters writers;
  size_t letters = 0, stories = 0;
  for (const auto& [name, path] : AllRecordFiles()) {
    INFO(name);
    {
      LoadedRecord loaded = ReadRecordFile(path);
      Record& record = *loaded.record;
      std::vector<Marked> marked = MarkEveryText(record);
      REQUIRE_FALSE(marked.empty());
      FamilyReaders readers(record);
      std::string professional_text;
      for (const RenderedDocument& rendered : RenderShipped(record)) {
        if (!rendered.reader.person && !rendered.reader.child) {
          professional_text += WritePlainText(rendered.document);
          continue;
        }
        (rendered.reader.person ? letters : stories)++;
        for (const auto& [form, text] : EveryForm(rendered.document, writers)) {
          for (const Marked& item : marked) {
            bool reaches = readers.Reaches(item.text->visibility, rendered.reader);
            bool shown = text.find(item.marker) != std::string::npos;
            INFO(rendered.name << " (" << form << "), " << item.marker << ": "
                               << (reaches ? "reaches the reader" : "hidden from the reader"));
            if (item.statement) CHECK(shown == reaches);
            else if (!reaches) CHECK_FALSE(shown);
          }
        }
      }
      // The markers do reach the professionals' documents, so the checks are not vacuous.
      CHECK(professional_text.find("zqxm") != std::string::npos);
    }
  }
  // The records between them have letters and stories to check.
  CHECK(letters >= 10);
  CHECK(stories >= 5);
}

}  // namespace sdgen::test
