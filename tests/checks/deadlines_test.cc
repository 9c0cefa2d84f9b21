// The deadlines printed on the documents, from records/base.xml with its
// meeting moved to the days that make counting hard.

#include "checks/deadlines.h"

#include <catch2/catch.hpp>

#include "record/record_reader.h"
#include "rule_fixture.h"

using namespace sdgen;
using namespace sdgen::test;

namespace {

// The base record held at `held`, with outcome `outcome`, and its deadlines.
DiscussionDeadlines DeadlinesFor(const std::string& held, const std::string& outcome,
                                 const DeadlinePolicy& policy = {}) {
  std::string text =
      Edit(BaseRecord(), "<held>2026-11-20T10:00:00+00:00</held>", "<held>" + held + "</held>");
  text = Edit(text, "outcome=\"s47\"", "outcome=\"" + outcome + "\"");
  SourceFile file("base.xml", text);
  DiagnosticList diagnostics;
  std::optional<Record> record = RecordReader(diagnostics).Read(file);
  REQUIRE(record);
  std::optional<DiscussionDeadlines> deadlines =
      ComputeDeadlines(*record, policy, DefaultCalendar());
  REQUIRE(deadlines);
  return *deadlines;
}

}  // namespace

TEST_CASE("minutes are due 24 hours after the meeting, across the clock change") {
  // Saturday 24 October 2026 10:00 BST; the clocks go back overnight, so 24
  // hours later is 09:00 GMT on Sunday, not 10:00.
  DiscussionDeadlines deadlines = DeadlinesFor("2026-10-24T10:00:00+01:00", "s47");
  REQUIRE(deadlines.minutes_due.instant);
  DateTime expected;
  REQUIRE(ParseDateTime("2026-10-25T09:00:00+00:00", expected) == DateError::kNone);
  CHECK(deadlines.minutes_due.instant->utc_seconds == expected.utc_seconds);
  CHECK(deadlines.minutes_due.day == Date{2026, 10, 25});
}

TEST_CASE("a style may make minutes due in working days") {
  DeadlinePolicy policy;
  policy.minutes_due_working_days = 5;
  DiscussionDeadlines deadlines = DeadlinesFor("2026-12-24T10:00:00+00:00", "s47", policy);
  CHECK(!deadlines.minutes_due.instant);
  // 29, 30, 31 December, (1 January off), 4, 5 January.
  CHECK(deadlines.minutes_due.day == Date{2027, 1, 5});
}

TEST_CASE("actions are sent within 1 working day, skipping bank holidays") {
  CHECK(DeadlinesFor("2026-12-24T10:00:00+00:00", "s47").actions_sent_by == Date{2026, 12, 29});
  CHECK(DeadlinesFor("2026-11-20T10:00:00+00:00", "s47").actions_sent_by == Date{2026, 11, 23});
}

TEST_CASE("a s47 outcome sets the latest conference date 15 working days on") {
  DiscussionDeadlines deadlines = DeadlinesFor("2026-12-24T10:00:00+00:00", "s47");
  REQUIRE(deadlines.icpc_latest);
  // 29-31 Dec (3), 1 Jan off, 4-8 Jan (8), 11-15 Jan (13), 18 and 19 Jan (15).
  CHECK(*deadlines.icpc_latest == Date{2027, 1, 19});
  // Over Easter 2027: Good Friday 26 March and Easter Monday 29 March are off.
  CHECK(*DeadlinesFor("2027-03-22T10:00:00+00:00", "s47").icpc_latest == Date{2027, 4, 14});
}

TEST_CASE("other outcomes have no conference date") {
  CHECK(!DeadlinesFor("2026-11-20T10:00:00+00:00", "s17-assessment").icpc_latest);
}
