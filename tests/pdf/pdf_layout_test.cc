// Unit tests of the pieces under the writer: CMap text, dates, pagination rules.

#include <catch2/catch.hpp>

#include "pdf/paginator.h"
#include "pdf/pdf_date.h"
#include "pdf/to_unicode_cmap.h"

namespace sdgen::pdf {
namespace {

Slab Line(double height, bool keep = false) {
  Slab slab;
  slab.height = height;
  slab.keep_with_next = keep;
  slab.items.push_back(TextLine{});
  return slab;
}

}  // namespace

TEST_CASE("ToUnicode ranges never cross a last-byte boundary") {
  std::string cmap = BuildToUnicodeCMap({u'A', u'B', u'C', 0x00FF, 0x0100, 0x0141});
  CHECK(cmap.find("3 beginbfrange\n<0041> <0043> <0041>\n<00FF> <0100>") == std::string::npos);
  CHECK(cmap.find("<0041> <0043> <0041>\n<00FF> <00FF> <00FF>\n<0100> <0100> <0100>\n"
                  "<0141> <0141> <0141>\n") != std::string::npos);
  CHECK(cmap.find("4 beginbfrange") != std::string::npos);
  CHECK(cmap.find("cidrange") == std::string::npos);
}

TEST_CASE("ToUnicode blocks hold at most 100 entries") {
  std::set<char16_t> codes;
  for (char16_t c = 0x100; c < 0x100 + 2 * 150; c += 2) codes.insert(c);  // 150 separate ranges
  std::string cmap = BuildToUnicodeCMap(codes);
  CHECK(cmap.find("100 beginbfrange") != std::string::npos);
  CHECK(cmap.find("50 beginbfrange") != std::string::npos);
}

TEST_CASE("record dates become PDF dates") {
  HPDF_Date date;
  REQUIRE(ParsePdfDate("2026-11-20T11:05:09+01:30", &date));
  CHECK(date.year == 2026);
  CHECK(date.month == 11);
  CHECK(date.seconds == 9);
  CHECK(date.ind == '+');
  CHECK(date.off_hour == 1);
  CHECK(date.off_minutes == 30);
  CHECK(ParsePdfDate("2026-11-20T11:05:09Z", &date));
  CHECK_FALSE(ParsePdfDate("20 November 2026", &date));
}

TEST_CASE("a heading moves to the next page with the lines that follow it") {
  std::vector<Slab> slabs;
  for (int i = 0; i < 9; ++i) slabs.push_back(Line(10));
  slabs.push_back(Line(10, true));  // heading at y 90..100
  slabs.push_back(Line(10, true));
  slabs.push_back(Line(10));
  LaidOutDocument laid_out = Paginator(0, 105).Paginate(slabs);
  REQUIRE(laid_out.pages.size() == 2);
  CHECK(laid_out.pages[0].items.size() == 9);
  CHECK(laid_out.pages[1].items.size() == 3);
}

TEST_CASE("a chain taller than a page is split rather than lost") {
  std::vector<Slab> slabs;
  for (int i = 0; i < 30; ++i) slabs.push_back(Line(10, true));
  LaidOutDocument laid_out = Paginator(0, 100).Paginate(slabs);
  REQUIRE(laid_out.pages.size() == 3);
  size_t total = 0;
  for (const auto& page : laid_out.pages) total += page.items.size();
  CHECK(total == 30);
}

TEST_CASE("a table header is repeated on each page the rows reach") {
  auto header = std::make_shared<std::vector<Slab>>(std::vector<Slab>{Line(10, true)});
  std::vector<Slab> slabs = *header;
  for (int i = 0; i < 25; ++i) {
    slabs.push_back(Line(10));
    slabs.back().repeat_header = header;
  }
  LaidOutDocument laid_out = Paginator(0, 100).Paginate(slabs);
  REQUIRE(laid_out.pages.size() == 3);
  CHECK(laid_out.pages[0].items.size() == 10);  // header + 9 rows
  CHECK(laid_out.pages[1].items.size() == 10);  // repeated header + 9 rows
  CHECK(laid_out.pages[2].items.size() == 8);   // repeated header + 7 rows
}

}  // namespace sdgen::pdf
