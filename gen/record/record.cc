#include "record/record.h"

#include <algorithm>

namespace sdgen {

SourceLocation Text::LocationOf(size_t index) const {
  auto after = std::upper_bound(
      checkpoints.begin(), checkpoints.end(), index,
      [](size_t i, const Checkpoint& checkpoint) { return i < checkpoint.text_index; });
  if (after == checkpoints.begin()) return where;
  const Checkpoint& checkpoint = *(after - 1);
  return {where.file, checkpoint.source_offset + (index - checkpoint.text_index)};
}

bool Text::IsBlank() const {
  return std::all_of(value.begin(), value.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  });
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string Record::OutputName() const {
  std::string name = id;
  std::replace(name.begin(), name.end(), '/', '-');
  return name;
}

const Attendee* Record::FindAttendee(const std::string& wanted) const {
  for (const Attendee& attendee : attendees) {
    if (attendee.id == wanted) return &attendee;
  }
  return nullptr;
}

const Person* Record::FindPerson(const std::string& wanted) const {
  for (const Person& person : people) {
    if (person.id == wanted) return &person;
  }
  return nullptr;
}

const Child* Record::FindChild(const std::string& wanted) const {
  for (const Child& child : children) {
    if (child.id == wanted) return &child;
  }
  return nullptr;
}

const char* ToString(MeetingForm value) {
  static const char* const kNames[] = {"meeting", "phone", "virtual"};
  return kNames[static_cast<int>(value)];
}

const char* ToString(RagRating value) {
  static const char* const kNames[] = {"red", "amber", "green"};
  return kNames[static_cast<int>(value)];
}

const char* ToString(Relationship value) {
  static const char* const kNames[] = {"mother",      "father",  "step-parent", "carer",
                                       "sibling",     "grandparent", "partner", "other"};
  return kNames[static_cast<int>(value)];
}

const char* ToString(AttendeeRole value) {
  static const char* const kNames[] = {
      "chair",         "social-worker", "manager",   "police",    "health", "school-nurse",
      "health-visitor", "education",    "probation", "lado",      "legal",  "other"};
  return kNames[static_cast<int>(value)];
}

const char* ToString(Presence value) {
  static const char* const kNames[] = {"yes", "apologies", "report-only"};
  return kNames[static_cast<int>(value)];
}

const char* ToString(Outcome value) {
  static const char* const kNames[] = {"s47",      "s17-assessment",    "police-investigation",
                                       "referral", "disciplinary",      "no-further-action",
                                       "deferred"};
  return kNames[static_cast<int>(value)];
}

const char* ToString(Threshold value) { return value == Threshold::kMet ? "met" : "not-met"; }

const char* ToString(AgreementHow value) {
  return value == AgreementHow::kInMeeting ? "in-meeting" : "email";
}

const char* ToString(Share value) {
  static const char* const kNames[] = {"family", "professionals", "restricted"};
  return kNames[static_cast<int>(value)];
}

}  // namespace sdgen
