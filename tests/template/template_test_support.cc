#include "template_test_support.h"

#include "cli/plain_language_setup.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <deque>
#include <fstream>
#include <sstream>

#include "command_run.h"
#include "diagnostics/diagnostic_renderer.h"
#include "record/record_reader.h"
#include "style/file_overlay.h"
#include "style/style_loader.h"
#include "template/template_compiler.h"
#include "test_paths.h"

namespace sdgen::test {

LoadedRecord ReadRecordText(const std::string& path, std::string text) {
  LoadedRecord loaded;
  loaded.file = std::make_unique<SourceFile>(path, std::move(text));
  DiagnosticList diagnostics;
  RecordReader reader(diagnostics);
  std::optional<Record> record = reader.Read(*loaded.file);
  INFO(RenderText(diagnostics));
  REQUIRE(record);
  loaded.record = std::make_unique<Record>(std::move(*record));
  return loaded;
}

LoadedRecord ReadRecordFile(const std::string& path) {
  std::optional<std::string> text = ReadWholeFile(path);
  REQUIRE(text);
  return ReadRecordText(path, std::move(*text));
}

std::vector<std::pair<std::string, std::string>> AllRecordFiles() {
  std::vector<std::pair<std::string, std::string>> files = {
      {"example-record", SharedPath("spec/example-record.xml")},
      {"example-record-format2", SharedPath("spec/example-record-format2.xml")}};
  std::vector<std::filesystem::path> fixtures;
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath("fixtures"))) {
    if (entry.path().extension() == ".xml") fixtures.push_back(entry.path());
  }
  std::sort(fixtures.begin(), fixtures.end());
  // Tests loop over these; an empty folder must fail them, not pass them.
  REQUIRE(fixtures.size() >= 9);
  for (const auto& path : fixtures) files.push_back({path.stem().string(), path.string()});
  return files;
}

const DocumentBuilder& ShippedBuilder() {
  // Built once: compiling is what the tests check elsewhere; here it is setup.
  static DiagnosticList diagnostics;
  static std::unique_ptr<DocumentBuilder> builder =
      DocumentBuilder::Create({ShippedTemplatesFolder()}, {ShippedStyleFolder()}, diagnostics);
  INFO(RenderText(diagnostics));
  REQUIRE(builder->ready());
  return *builder;
}

SnippetResult CompileSnippet(const std::string& xml,
                             const std::vector<std::pair<std::string, std::string>>& partials) {
  std::string folder = MakeTemporaryFolder();
  for (const auto& [name, text] : partials) {
    std::filesystem::create_directories(std::filesystem::path(folder + "/" + name).parent_path());
    std::ofstream(folder + "/" + name) << text;
  }
  DiagnosticList diagnostics;
  FileOverlay style_files({ShippedStyleFolder()});
  std::optional<Style> style = LoadStyle(style_files, diagnostics);
  REQUIRE(style);
  FileOverlay template_files({folder, ShippedTemplatesFolder()});
  TemplateCompiler compiler(template_files, *style, diagnostics);
  std::optional<Labels> labels = compiler.LoadLabels();
  REQUIRE(labels);
  SourceFile file("snippet.xml", xml);
  SnippetResult result;
  result.compiled = compiler.Compile(file, *labels).has_value();
  result.diagnostics = RenderText(diagnostics);
  result.error_count = diagnostics.error_count();
  std::filesystem::remove_all(folder);
  return result;
}

std::vector<RenderedDocument> RenderShipped(const Record& record) {
  DiagnosticList diagnostics;
  std::string holidays_path = ShippedStyleFolder() + "/bank-holidays.xml";
  std::ifstream holidays(holidays_path, std::ios::binary);
  std::ostringstream holidays_text;
  holidays_text << holidays.rdbuf();
  SourceFile holidays_file(holidays_path, holidays_text.str());
  WorkingCalendar calendar;
  calendar.AddDaysOff(holidays_file, diagnostics);
  RenderInputs inputs;
  inputs.deadlines = PrintedDeadlines(record, ShippedBuilder().style().deadlines, calendar);
  // The same glossary `sdgen build` gives, from the shipped dictionary.
  static std::deque<SourceFile> dictionary_files;
  static cli::PlainLanguageSetup language;
  static const bool language_loaded = [] {
    DiagnosticList ignored;
    std::string error;
    cli::CouncilFolders shipped{{ShippedTemplatesFolder()}, {ShippedStyleFolder()}};
    return language.Load(shipped, {}, dictionary_files, ignored, &error);
  }();
  REQUIRE(language_loaded);
  inputs.glossary_for = [](const std::string& text, const std::string& language_tag) {
    return language.GlossaryFor(text, language_tag);
  };
  std::vector<RenderedDocument> documents = ShippedBuilder().RenderAll(record, inputs, diagnostics);
  INFO(RenderText(diagnostics));
  CHECK(diagnostics.all().empty());
  return documents;
}

}  // namespace sdgen::test
