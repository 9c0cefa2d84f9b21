// The zip container the .docx is packed in, read back by libzip and by
// Info-ZIP's unzip, which check every CRC and the central directory.

#include "docx/zip_archive.h"

#include <zip.h>

#include <catch2/catch.hpp>
#include <map>
#include <memory>

#include "docx/package_files.h"

namespace sdgen::docx::testing {
namespace {

std::string Archive(const std::vector<std::pair<std::string, std::string>>& entries) {
  ZipArchive archive(/*dos_date=*/(46 << 9) | (6 << 5) | 9, /*dos_time=*/(13 << 11) | (5 << 5));
  std::string error;
  for (const auto& [name, bytes] : entries) REQUIRE(archive.Add(name, bytes, &error));
  return archive.Finish();
}

TEST_CASE("a zip archive holds its entries in order, with their bytes") {
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "<w:p>paragraph " + std::to_string(i) + "</w:p>";
  const std::string zip = Archive({{"[Content_Types].xml", "<Types/>"},
                                   {"word/document.xml", big},
                                   {"word/empty.xml", ""},
                                   {"docProps/caf\xC3\xA9.xml", "\x01\x02\x03"}});
  CHECK(zip.size() < big.size() / 4);  // deflated, not stored

  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(zip.data(), zip.size(), 0, &error);
  struct Discard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
  };
  std::unique_ptr<zip_t, Discard> archive(zip_open_from_source(source, ZIP_CHECKCONS, &error));
  REQUIRE(archive);
  REQUIRE(zip_get_num_entries(archive.get(), 0) == 4);
  CHECK(std::string(zip_get_name(archive.get(), 0, 0)) == "[Content_Types].xml");
  CHECK(std::string(zip_get_name(archive.get(), 1, 0)) == "word/document.xml");
  CHECK(std::string(zip_get_name(archive.get(), 3, ZIP_FL_ENC_RAW)) == "docProps/caf\xC3\xA9.xml");
  zip_stat_t stat;
  REQUIRE(zip_stat_index(archive.get(), 1, 0, &stat) == 0);
  CHECK(stat.comp_method == ZIP_CM_DEFLATE);

  std::map<std::string, std::string> entries = ReadZipEntries(zip);
  CHECK(entries["word/document.xml"] == big);
  CHECK(entries["word/empty.xml"].empty());
  CHECK(entries["docProps/caf\xC3\xA9.xml"] == "\x01\x02\x03");
}

TEST_CASE("unzip finds no error in a zip archive and reads its date") {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/a.zip", Archive({{"a.xml", "<a/>"}, {"b/c.xml", std::string(5000, 'x')}}));
  int status = -1;
  const std::string test = RunCommand("unzip -t " + dir + "/a.zip", &status);
  CHECK(status == 0);
  CHECK(test.find("No errors detected") != std::string::npos);
  const std::string listing = RunCommand("unzip -l " + dir + "/a.zip", &status);
  CHECK(listing.find("13:05") != std::string::npos);
  CHECK(listing.find("2026") != std::string::npos);
  RemoveTempDir(dir);
}

TEST_CASE("two zip archives of the same entries are byte-identical") {
  CHECK(Archive({{"a", "one"}, {"b", "two"}}) == Archive({{"a", "one"}, {"b", "two"}}));
  CHECK(Archive({{"a", "one"}, {"b", "two"}}) != Archive({{"a", "one"}, {"b", "tw0"}}));
}

}  // namespace
}  // namespace sdgen::docx::testing
