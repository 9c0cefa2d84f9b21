// Golden plain-text renderings of every document of every record, in
// tests/golden/text/<record>/<document>.txt. Regenerate after an intended
// change with SDGEN_UPDATE_GOLDEN=1 and review the diff.

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "style/file_overlay.h"
#include "template_test_support.h"
#include "test_paths.h"
#include "text/text_writer.h"

namespace sdgen::test {

TEST_CASE("every template renders every record as its golden text", "[golden]") {
  const char* update = std::getenv("SDGEN_UPDATE_GOLDEN");
  bool updating = update && std::string(update) == "1";
  for (const auto& [name, path] : AllRecordFiles()) {
    DYNAMIC_SECTION(name) {
      LoadedRecord loaded = ReadRecordFile(path);
      std::filesystem::path folder = SourcePath("tests/golden/text/" + name);
      std::set<std::string> rendered_names;
      for (const RenderedDocument& rendered : RenderShipped(*loaded.record)) {
        rendered_names.insert(rendered.name + ".txt");
        std::string text = WritePlainText(rendered.document);
        std::string golden_path = (folder / (rendered.name + ".txt")).string();
        if (updating) {
          std::filesystem::create_directories(folder);
          std::ofstream(golden_path, std::ios::binary) << text;
          continue;
        }
        std::optional<std::string> golden = ReadWholeFile(golden_path);
        INFO("missing " << golden_path << ": run with SDGEN_UPDATE_GOLDEN=1");
        REQUIRE(golden);
        INFO(golden_path);
        CHECK(text == *golden);
      }
      // A golden file for a document no longer made would hide that it went.
      if (!updating && std::filesystem::is_directory(folder)) {
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
          INFO(entry.path().string() << " is no longer rendered: delete it");
          CHECK(rendered_names.count(entry.path().filename().string()) == 1);
        }
      }
    }
  }
}

}  // namespace sdgen::test
