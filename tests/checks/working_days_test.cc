// Working days: weekends and the England and Wales bank holidays in
// styles/default/bank-holidays.xml, which a council extends with closure days.

#include "checks/working_days.h"

#include <catch2/catch.hpp>

#include "rule_fixture.h"

using sdgen::Date;
using sdgen::WorkingCalendar;
using namespace sdgen::test;

namespace {

Date D(int year, int month, int day) { return Date{year, month, day}; }

}  // namespace

TEST_CASE("weekends are not working days") {
  WorkingCalendar calendar;
  CHECK(calendar.IsWorkingDay(D(2026, 11, 20)));   // Friday
  CHECK(!calendar.IsWorkingDay(D(2026, 11, 21)));  // Saturday
  CHECK(!calendar.IsWorkingDay(D(2026, 11, 22)));  // Sunday
  CHECK(calendar.AddWorkingDays(D(2026, 11, 20), 1) == D(2026, 11, 23));
  CHECK(calendar.AddWorkingDays(D(2026, 11, 21), 1) == D(2026, 11, 23));
  CHECK(calendar.AddWorkingDays(D(2026, 11, 20), 0) == D(2026, 11, 20));
}

TEST_CASE("the default table has the England and Wales bank holidays with substitute days") {
  WorkingCalendar calendar = DefaultCalendar();
  for (Date day :
       {D(2024, 3, 29), D(2025, 4, 21), D(2026, 5, 25), D(2026, 8, 31), D(2026, 12, 25),
        D(2026, 12, 28), D(2027, 12, 27), D(2027, 12, 28), D(2028, 1, 3), D(2030, 4, 19)}) {
    INFO(day.Iso());
    CHECK(!calendar.IsWorkingDay(day));
  }
  CHECK(calendar.IsWorkingDay(D(2026, 12, 29)));
  CHECK(calendar.IsWorkingDay(D(2028, 1, 4)));
}

TEST_CASE("counting working days skips Christmas and Easter bank holidays") {
  WorkingCalendar calendar = DefaultCalendar();
  // Thursday 24 December 2026: Friday 25 and the substitute Monday 28 are off.
  CHECK(calendar.AddWorkingDays(D(2026, 12, 24), 1) == D(2026, 12, 29));
  // Thursday 2 April 2026: Good Friday 3 and Easter Monday 6 are off.
  CHECK(calendar.AddWorkingDays(D(2026, 4, 2), 1) == D(2026, 4, 7));
}

TEST_CASE("a council adds its own closure days") {
  WorkingCalendar calendar = DefaultCalendar();
  sdgen::SourceFile council("council.xml",
                            "<bank-holidays><closure date=\"2026-12-29\">Offices closed"
                            "</closure></bank-holidays>");
  sdgen::DiagnosticList diagnostics;
  REQUIRE(calendar.AddDaysOff(council, diagnostics));
  CHECK(calendar.AddWorkingDays(D(2026, 12, 24), 1) == D(2026, 12, 30));
}

TEST_CASE("a bad day in a bank-holidays file is reported with its place") {
  sdgen::SourceFile file("bad.xml",
                         "<bank-holidays>\n  <holiday date=\"2026-02-30\">Nope</holiday>\n"
                         "  <holday date=\"2026-03-01\"/>\n</bank-holidays>");
  sdgen::DiagnosticList diagnostics;
  WorkingCalendar calendar;
  CHECK(!calendar.AddDaysOff(file, diagnostics));
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].message == "'2026-02-30' is not a date");
  CHECK(file.Locate(diagnostics.all()[0].where.offset).line == 2);
  CHECK(diagnostics.all()[1].message == "<holday> is not <holiday> or <closure>");
  CHECK(diagnostics.all()[1].rule == "BH001");
}
