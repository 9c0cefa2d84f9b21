#include <catch2/catch.hpp>

#include "record/date_time.h"

using namespace sdgen;

TEST_CASE("date-times keep their offset and compare as instants") {
  DateTime summer, winter;
  REQUIRE(ParseDateTime("2026-10-25T00:30:00+01:00", summer) == DateError::kNone);
  REQUIRE(ParseDateTime("2026-10-27T23:30:00+00:00", winter) == DateError::kNone);
  CHECK(summer.offset_minutes == 60);
  // 72 hours across the end of British Summer Time, not 73.
  CHECK(winter.utc_seconds - summer.utc_seconds == 72 * 3600);
  CHECK(summer.Iso() == "2026-10-25T00:30:00+01:00");
  CHECK(summer.LocalDate().Iso() == "2026-10-25");
}

TEST_CASE("Z and negative offsets are read") {
  DateTime z, minus;
  REQUIRE(ParseDateTime("2026-11-20T10:00Z", z) == DateError::kNone);
  REQUIRE(ParseDateTime("2026-11-20T05:00:00-05:00", minus) == DateError::kNone);
  CHECK(z == minus);
  CHECK(minus.Iso() == "2026-11-20T05:00:00-05:00");
}

TEST_CASE("date-times without an offset are refused") {
  DateTime value;
  CHECK(ParseDateTime("2026-11-20T10:00:00", value) == DateError::kNoOffset);
  CHECK(ParseDateTime("2026-11-20", value) == DateError::kNoOffset);
}

TEST_CASE("impossible dates are told apart from bad syntax") {
  Date date;
  CHECK(ParseDate("2019-02-30", date) == DateError::kImpossible);
  CHECK(ParseDate("2019-13-01", date) == DateError::kImpossible);
  CHECK(ParseDate("2024-02-29", date) == DateError::kNone);
  CHECK(ParseDate("2023-02-29", date) == DateError::kImpossible);
  CHECK(ParseDate("2019-4-2", date) == DateError::kSyntax);
  CHECK(ParseDate("02/04/2019", date) == DateError::kSyntax);
  DateTime value;
  CHECK(ParseDateTime("2026-11-20T25:00:00+00:00", value) == DateError::kImpossible);
  CHECK(ParseDateTime("2026-11-20T10:00:00+0000", value) == DateError::kSyntax);
}

TEST_CASE("weekdays and ages") {
  Date date;
  REQUIRE(ParseDate("2026-11-20", date) == DateError::kNone);
  CHECK(date.Weekday() == 4);  // a Friday
  CHECK(Date::FromDaysSinceEpoch(date.DaysSinceEpoch()) == date);
  Date born;
  REQUIRE(ParseDate("2019-04-02", born) == DateError::kNone);
  CHECK(YearsBetween(born, date) == 7);
  Date day_before;
  REQUIRE(ParseDate("2026-04-01", day_before) == DateError::kNone);
  CHECK(YearsBetween(born, day_before) == 6);
}
