#include "record/record.h"

#include <algorithm>

#include "record/record_schema.h"

namespace sdgen {
namespace {

template <typename E>
const char* Word(const SchemaAttribute& attribute, E value) {
  return attribute.words[static_cast<size_t>(value)].c_str();
}

}  // namespace

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

// The words of each enum are the table's, in the order of the C++ enum.
const char* ToString(MeetingForm value) { return Word(RecordSchema::Get().form, value); }
const char* ToString(RagRating value) { return Word(RecordSchema::Get().rating, value); }
const char* ToString(Relationship value) {
  return Word(RecordSchema::Get().relationship, value);
}
const char* ToString(AttendeeRole value) { return Word(RecordSchema::Get().role, value); }
const char* ToString(Presence value) { return Word(RecordSchema::Get().present, value); }
const char* ToString(Outcome value) { return Word(RecordSchema::Get().outcome, value); }
const char* ToString(Threshold value) { return Word(RecordSchema::Get().threshold, value); }
const char* ToString(Alleged value) { return Word(RecordSchema::Get().alleged, value); }
const char* ToString(AgreementHow value) { return Word(RecordSchema::Get().how, value); }
const char* ToString(Share value) { return Word(RecordSchema::Get().share, value); }

}  // namespace sdgen
