// Family documents' file names say whom they are for, in ASCII.

#include "template/file_name_spelling.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "command_run.h"
#include "test_paths.h"

namespace sdgen::test {

TEST_CASE("a reader's name is spelt in lower-case ASCII words joined by hyphens", "[names]") {
  FileNameSpelling spelling;
  CHECK(spelling.Spell("Siân Morgan") == "sian-morgan");
  CHECK(spelling.Spell("Kai Morgan-Price") == "kai-morgan-price");
  CHECK(spelling.Spell("Jędrzej Śliwiński") == "jedrzej-sliwinski");
  CHECK(spelling.Spell("Llŷr ap Gwilym") == "llyr-ap-gwilym");
  CHECK(spelling.Spell("Łucja Żółć") == "lucja-zolc");
  CHECK(spelling.Spell("Дмитрий Орлов") == "dmitrij-orlov");
  CHECK(spelling.Spell("  O'Brien,  Seán  ") == "o-brien-sean");
  CHECK(spelling.Spell("../etc/passwd") == "etc-passwd");
  CHECK(spelling.Spell("— ?") == "");
}

TEST_CASE("sdgen build names each family document after its reader", "[names][cli]") {
  std::string out = MakeTemporaryFolder();
  CommandResult result =
      RunCommand(ShellQuote(BinaryPath()) + " build -o " + ShellQuote(out) + " " +
                 ShellQuote(SourcePath(
                     "fixtures/police-investigation-online-contact-polish-family-virtual.xml")));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  std::string folder = out + "/SD-2026-0915/";
  for (const char* name :
       {"family-letter-p1-agnieszka-sliwinska", "family-letter-p2-michal-sliwinski",
        "words-and-pictures-c1-zofia-sliwinska", "words-and-pictures-c2-jedrzej-sliwinski"}) {
    INFO(name);
    for (const char* extension : {".pdf", ".docx", ".flat.xml", ".txt"})
      CHECK(std::filesystem::is_regular_file(folder + name + extension));
  }
  CHECK_FALSE(std::filesystem::exists(folder + "family-letter-p1.pdf"));
  std::filesystem::remove_all(out);
}

}  // namespace sdgen::test
