// The TrueType subsetter against the font it cuts down: every glyph kept has
// the original outline (composites pointing at the renumbered components) and
// metrics, the file's checksums hold, and a restrictive licence is refused.
// That viewers draw the result the same is checked on whole PDFs elsewhere.

#include "test_paths.h"
#include "pdf/true_type_subset.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "pdf/true_type_font.h"

namespace sdgen::pdf {
using sdgen::test::ReadFile;

namespace {

const char* const kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

uint32_t Be(std::string_view bytes, size_t at, int size) {
  uint32_t value = 0;
  for (int i = 0; i < size; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

// Just enough of a TrueType reader to compare two fonts glyph by glyph.
struct Font {
  explicit Font(std::string_view bytes) : bytes(bytes) {
    for (uint32_t i = 0, n = Be(bytes, 4, 2); i < n; ++i) {
      size_t entry = 12 + 16 * i;
      tables[std::string(bytes.substr(entry, 4))] =
          bytes.substr(Be(bytes, entry + 8, 4), Be(bytes, entry + 12, 4));
      checksums[std::string(bytes.substr(entry, 4))] = Be(bytes, entry + 4, 4);
    }
  }
  uint32_t Glyphs() const { return Be(tables.at("maxp"), 4, 2); }
  std::string_view Glyph(uint32_t id) const {
    bool long_loca = Be(tables.at("head"), 50, 2) == 1;
    std::string_view loca = tables.at("loca");
    size_t begin = long_loca ? Be(loca, 4 * id, 4) : 2 * Be(loca, 2 * id, 2);
    size_t end = long_loca ? Be(loca, 4 * id + 4, 4) : 2 * Be(loca, 2 * id + 2, 2);
    return tables.at("glyf").substr(begin, end - begin);
  }
  uint32_t Advance(uint32_t id) const {
    uint32_t long_metrics = Be(tables.at("hhea"), 34, 2);
    return Be(tables.at("hmtx"), 4 * std::min(id, long_metrics - 1), 2);
  }

  std::string_view bytes;
  std::map<std::string, std::string_view> tables;
  std::map<std::string, uint32_t> checksums;
};

uint32_t Sum(std::string_view data) {
  uint32_t sum = 0;
  for (size_t i = 0; i < data.size(); i += 4) {
    uint32_t word = 0;
    for (size_t k = 0; k < 4; ++k) {
      word = word << 8 | (i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0u);
    }
    sum += word;
  }
  return sum;
}

// DejaVu Sans glyph ids, read off the font: "H", "e", "l", "o" and "é",
// which is a composite of "e" and the acute accent.
constexpr uint16_t kH = 43, kE = 72, kL = 79, kO = 82, kEAcute = 171;

TEST_CASE("a subset keeps the outlines and advances of the glyphs asked for, renumbered") {
  std::string original_bytes = ReadFile(kFont);
  REQUIRE(!original_bytes.empty());
  Font original(original_bytes);
  REQUIRE(static_cast<int16_t>(Be(original.Glyph(kEAcute), 0, 2)) < 0);  // a composite

  TrueTypeSubset subset;
  std::string error;
  REQUIRE(SubsetTrueType(original_bytes, {kH, kE, kL, kO, kEAcute}, &subset, &error));
  Font cut(subset.bytes);
  // .notdef, the five glyphs, and the accent that "é" is built from.
  CHECK(cut.Glyphs() == 7);
  CHECK(cut.tables.count("cmap") == 0);
  CHECK(cut.tables.count("name") == 0);
  CHECK(subset.bytes.size() < original_bytes.size() / 20);
  CHECK(subset.new_glyph_id[0] == 0);
  CHECK(subset.new_glyph_id[kL] != 0);
  CHECK(subset.new_glyph_id[kL + 1] == 0);  // "m" was not asked for

  for (uint16_t id : {uint16_t{0}, kH, kE, kL, kO}) {
    INFO("glyph " << id);
    CHECK(cut.Glyph(subset.new_glyph_id[id]).substr(0, original.Glyph(id).size()) ==
          original.Glyph(id));
    CHECK(cut.Advance(subset.new_glyph_id[id]) == original.Advance(id));
  }
  // The composite's components now name the new ids of "e" and the accent.
  std::string_view composite = cut.Glyph(subset.new_glyph_id[kEAcute]);
  std::string_view source = original.Glyph(kEAcute);
  uint32_t first = Be(source, 12, 2);
  CHECK(Be(composite, 12, 2) == subset.new_glyph_id[first]);
  CHECK(subset.new_glyph_id[first] != 0);
}

TEST_CASE("a subset's table checksums and whole-file checksum hold") {
  std::string original_bytes = ReadFile(kFont);
  TrueTypeSubset subset;
  std::string error;
  REQUIRE(SubsetTrueType(original_bytes, {kH, kE}, &subset, &error));
  Font cut(subset.bytes);
  for (const auto& [tag, data] : cut.tables) {
    INFO(tag);
    if (tag == "head") {
      std::string head(data);
      head.replace(8, 4, std::string(4, '\0'));
      CHECK(Sum(head) == cut.checksums[tag]);
    } else {
      CHECK(Sum(data) == cut.checksums[tag]);
    }
    CHECK(static_cast<size_t>(data.data() - subset.bytes.data()) % 4 == 0);
  }
  CHECK(Sum(subset.bytes) == 0xB1B0AFBA);
}

TEST_CASE("a font whose licence forbids embedding, or that is not TrueType, is refused") {
  std::string bytes = ReadFile(kFont);
  Font font(bytes);
  size_t os2 = static_cast<size_t>(font.tables.at("OS/2").data() - bytes.data());
  bytes[os2 + 9] = 0x02;  // fsType: restricted licence embedding
  TrueTypeSubset subset;
  std::string error;
  CHECK_FALSE(SubsetTrueType(bytes, {kH}, &subset, &error));
  CHECK(error == "the font's licence does not allow it to be subset and embedded");
  CHECK_FALSE(SubsetTrueType("OTTO and then some", {kH}, &subset, &error));
  CHECK(error == "only TrueType fonts with glyf outlines can be embedded");
  CHECK_FALSE(SubsetTrueType(bytes.substr(0, 200), {kH}, &subset, &error));
}

// A style may name any file as a font: damaged ones must be refused or read,
// never read past their end. (Run under a sanitizer to see a stray read.)
TEST_CASE("damaged fonts are refused or read, without reading past their tables") {
  const std::string original = ReadFile(kFont);
  Font font(original);
  uint64_t state = 20261201;
  auto next = [&state](size_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33) % bound;
  };
  int read = 0, subset_made = 0, refused = 0;
  for (int trial = 0; trial < 300; ++trial) {
    std::string bytes = original;
    // Damage the directory, a table's start, or anywhere.
    const char* tags[] = {"cmap", "loca", "glyf", "hmtx", "maxp", "name"};
    std::string_view table = font.tables.at(tags[trial % 6]);
    size_t base = static_cast<size_t>(table.data() - original.data());
    for (int k = 0; k < 8; ++k) {
      size_t at =
          trial % 3 == 0 ? next(12 + 16 * 22) : base + next(std::min<size_t>(table.size(), 64));
      bytes[at] = static_cast<char>(next(256));
    }
    if (trial % 10 == 0) bytes.resize(next(bytes.size()));
    TrueTypeFont metrics;
    TrueTypeSubset subset;
    std::string error;
    read += ReadTrueTypeFont(bytes, &metrics, &error);
    if (SubsetTrueType(bytes, {kH, kE, kEAcute, 3000}, &subset, &error)) {
      // What is made from a damaged font is still a whole, well-formed file.
      ++subset_made;
      CHECK(Sum(subset.bytes) == 0xB1B0AFBA);
      CHECK(Font(subset.bytes).Glyphs() >= 1);
    } else {
      ++refused;
      CHECK(!error.empty());
    }
  }
  CHECK(read > 0);
  CHECK(subset_made > 0);
  CHECK(refused > 0);
}

}  // namespace
}  // namespace sdgen::pdf
