#include "checks/reader_visibility.h"

#include <algorithm>

namespace sdgen {
namespace {

bool LivesWith(const Person& person, const Child& child) {
  const auto& children = person.lives_with.children;
  return std::find(children.begin(), children.end(), &child) != children.end();
}

}  // namespace

VisiblePeople::VisiblePeople(const Record& record, const FamilyReaders& readers,
                             const FamilyReader& reader)
    : record_(record), readers_(readers) {
  if (reader.person) {
    AddSeenByAdult(*reader.person);
    return;
  }
  const Child& child = *reader.child;
  AddSeenBy(reader);
  children_.insert(&child);
  for (const WordsAndPictures* story : readers.StoriesFor(child)) Add(story->by);
  // A story is read with the family: what the safe adults at home may be told,
  // the child may be told too.
  for (const Person& person : record.people)
    if (LivesWith(person, child) && !person.alleged && readers.IsAdult(person))
      AddSeenByAdult(person);
}

void VisiblePeople::AddSeenByAdult(const Person& person) {
  FamilyReader reader{&person, nullptr};
  AddSeenBy(reader);
  people_.insert(&person);
  for (const Child& child : record_.children)
    if (person.parental_responsibility || LivesWith(person, child)) children_.insert(&child);
  for (const Action& action : record_.actions)
    if (readers_.Reaches(action.visibility, reader)) Add(action.owner);
  for (const FamilyInformation* told : readers_.ToldTo(person)) Add(told->by);
}

// Everyone whose name reaches `reader`.
void VisiblePeople::AddSeenBy(const FamilyReader& reader) {
  for (const Child& child : record_.children)
    if (readers_.Reaches(child.name.visibility, reader)) children_.insert(&child);
  for (const Person& person : record_.people)
    if (readers_.Reaches(person.name.visibility, reader)) people_.insert(&person);
  for (const Attendee& attendee : record_.attendees)
    if (readers_.Reaches(attendee.name.visibility, reader)) attendees_.insert(&attendee);
}

// Reached as an owner or a teller; a narrower level stated on their name
// still keeps it out of the document (the template prints its `otherwise`).
void VisiblePeople::Add(const PartyRef& party) {
  auto closed = [](const Text& name) {
    return name.visibility.stated && name.visibility.share != Share::kFamily;
  };
  if (party.person && !closed(party.person->name)) people_.insert(party.person);
  if (party.attendee && !closed(party.attendee->name)) attendees_.insert(party.attendee);
}

std::string ReaderName(const FamilyReader& reader) {
  return CollapseWhitespace(reader.person ? reader.person->name.value : reader.child->name.value);
}

std::string FamilyDocumentName(const FamilyReader& reader) {
  return (reader.person ? "the letter to " : "the words and pictures for ") + ReaderName(reader);
}

}  // namespace sdgen
