#include "docx/package_timestamp.h"

#include <catch2/catch.hpp>

namespace sdgen::docx {
namespace {

TEST_CASE("package timestamps are converted to UTC") {
  PackageTimestamp when;
  REQUIRE(PackageTimestamp::Parse("2026-11-20T11:00:00+00:00", &when));
  CHECK(when.ToW3cdtf() == "2026-11-20T11:00:00Z");
  REQUIRE(PackageTimestamp::Parse("2026-01-01T00:30:00+01:00", &when));
  CHECK(when.ToW3cdtf() == "2025-12-31T23:30:00Z");
  REQUIRE(PackageTimestamp::Parse("2026-03-01T23:00:00-02:00", &when));
  CHECK(when.ToW3cdtf() == "2026-03-02T01:00:00Z");
  REQUIRE(PackageTimestamp::Parse("2024-02-29T12:00:00Z", &when));
  CHECK(when.ToW3cdtf() == "2024-02-29T12:00:00Z");
}

TEST_CASE("malformed timestamps are refused and leave the default") {
  PackageTimestamp when;
  CHECK_FALSE(PackageTimestamp::Parse("", &when));
  CHECK_FALSE(PackageTimestamp::Parse("20 November 2026", &when));
  CHECK_FALSE(PackageTimestamp::Parse("2026-11-20T11:00:00", &when));
  CHECK(when.ToW3cdtf() == "1980-01-01T00:00:00Z");
}

TEST_CASE("zip entries get MS-DOS date and time") {
  PackageTimestamp when;
  REQUIRE(PackageTimestamp::Parse("2026-11-20T11:00:07Z", &when));
  CHECK(when.DosDate() == ((2026 - 1980) << 9 | 11 << 5 | 20));
  CHECK(when.DosTime() == (11 << 11 | 0 << 5 | 3));
  CHECK(PackageTimestamp{}.DosDate() == (1 << 5 | 1));
}

}  // namespace
}  // namespace sdgen::docx
