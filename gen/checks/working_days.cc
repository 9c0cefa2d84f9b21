#include "checks/working_days.h"

#include <optional>
#include <pugixml.hpp>
#include <string>

namespace sdgen {
namespace {

// Every problem in a bank-holidays file has the same fix: show the one shape.
void ReportDayOff(const SourceFile& file, size_t offset, std::string message,
                  DiagnosticList& diagnostics) {
  diagnostics.Error({&file, offset}, "BH001", std::move(message),
                    "write <holiday date=\"2026-12-25\">Christmas Day</holiday>");
}

// The day a <holiday> or <closure> element names, or nullopt once reported.
std::optional<Date> DayOff(const SourceFile& file, pugi::xml_node node,
                           DiagnosticList& diagnostics) {
  std::string name = node.name();
  std::string written = node.attribute("date").value();
  Date day;
  if (name != "holiday" && name != "closure") {
    ReportDayOff(file, node.offset_debug(), "<" + name + "> is not <holiday> or <closure>",
                 diagnostics);
    return std::nullopt;
  }
  if (ParseDate(written, day) != DateError::kNone) {
    ReportDayOff(file, node.offset_debug(), "'" + written + "' is not a date", diagnostics);
    return std::nullopt;
  }
  return day;
}

}  // namespace

bool WorkingCalendar::AddDaysOff(const SourceFile& file, DiagnosticList& diagnostics) {
  pugi::xml_document document;
  pugi::xml_parse_result parsed = document.load_buffer(
      file.text().data(), file.text().size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed) {
    ReportDayOff(
        file, static_cast<size_t>(parsed.offset),
        std::string("the bank-holidays file is not well-formed XML: ") + parsed.description(),
        diagnostics);
    return false;
  }
  pugi::xml_node root = document.child("bank-holidays");
  if (!root) {
    ReportDayOff(file, 0, "the root element is not <bank-holidays>", diagnostics);
    return false;
  }
  bool ok = true;
  for (pugi::xml_node node : root.children()) {
    if (node.type() != pugi::node_element) continue;
    std::optional<Date> day = DayOff(file, node, diagnostics);
    if (day) AddDayOff(*day);
    ok = ok && day.has_value();
  }
  return ok;
}

void WorkingCalendar::AddDayOff(const Date& day) { days_off_.insert(day.DaysSinceEpoch()); }

bool WorkingCalendar::IsWorkingDay(const Date& day) const {
  return day.Weekday() < 5 && days_off_.count(day.DaysSinceEpoch()) == 0;
}

Date WorkingCalendar::AddWorkingDays(const Date& day, int count) const {
  int64_t current = day.DaysSinceEpoch();
  for (int added = 0; added < count;) {
    ++current;
    if (IsWorkingDay(Date::FromDaysSinceEpoch(current))) ++added;
  }
  return Date::FromDaysSinceEpoch(current);
}

}  // namespace sdgen
