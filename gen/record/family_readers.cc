#include "record/family_readers.h"

#include <algorithm>

namespace sdgen {
namespace {

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void Grant(Visibility& visibility, const std::string& id) {
  if (!Contains(visibility.also, id)) visibility.also.push_back(id);
}

void Grant(std::optional<Text>& text, const std::string& id) {
  if (text) Grant(text->visibility, id);
}

// The professional who tells a reader is known to them by default; a level
// the record states on their name or contact (a restricted phone number, say)
// narrows that, as stated levels always do, and the template's `otherwise`
// text stands in for it.
void GrantUnlessClosed(Visibility& visibility, const std::string& id) {
  if (visibility.stated && visibility.share != Share::kFamily) return;
  Grant(visibility, id);
}

void GrantUnlessClosed(std::optional<Text>& text, const std::string& id) {
  if (text) GrantUnlessClosed(text->visibility, id);
}

constexpr int kAdultAge = 18;

// The record's own copy of someone a reference points at, to mark who sees them.
template <typename T>
T* Mutable(std::vector<T>& all, const T* wanted) {
  for (T& each : all)
    if (&each == wanted) return &each;
  return nullptr;
}
Attendee* Mutable(Record& record, const Attendee* wanted) { return Mutable(record.attendees, wanted); }
Person* Mutable(Record& record, const Person* wanted) { return Mutable(record.people, wanted); }

}  // namespace

FamilyReaders::FamilyReaders(const Record& record) : record_(record) {
  for (const Person& person : record.people)
    if (person.parental_responsibility && IsAdult(person)) adults_.push_back(&person);
}

bool FamilyReaders::IsAdult(const Person& person) const {
  const auto& held = record_.meeting.held.value;
  return !person.born.value || !held ||
         YearsBetween(*person.born.value, held->LocalDate()) >= kAdultAge;
}

bool FamilyReaders::IsDefaultReader(const Person& person) const {
  bool adult = std::find(adults_.begin(), adults_.end(), &person) != adults_.end();
  return adult && !person.alleged && !person.lives_with.children.empty();
}

bool FamilyReaders::Reaches(const Visibility& visibility, const FamilyReader& reader) const {
  if (Contains(visibility.also, reader.id())) return true;
  if (visibility.share != Share::kFamily) return false;
  if (visibility.fixed) return true;
  // A child reads only what was written for them, in their own story.
  if (reader.child) return visibility.story && visibility.to && Contains(*visibility.to, reader.id());
  if (visibility.to) return Contains(*visibility.to, reader.id());
  return !visibility.story && IsDefaultReader(*reader.person);
}

bool FamilyReaders::Reaches(const Visibility& visibility, const Person& person) const {
  return Reaches(visibility, FamilyReader{&person, nullptr});
}

std::vector<const FamilyInformation*> FamilyReaders::ToldTo(const Person& person) const {
  std::vector<const FamilyInformation*> told;
  for (const FamilyInformation& information : record_.decision.family_information) {
    if (Reaches(information.text.visibility, person)) told.push_back(&information);
  }
  return told;
}

std::vector<const WordsAndPictures*> FamilyReaders::StoriesFor(const Child& child) const {
  std::vector<const WordsAndPictures*> stories;
  for (const WordsAndPictures& story : record_.words_and_pictures) {
    if (Reaches(story.visibility, FamilyReader{nullptr, &child})) stories.push_back(&story);
  }
  return stories;
}

std::vector<const Person*> FamilyReaders::LetterReaders() const {
  std::vector<const Person*> readers;
  for (const Person* person : adults_) {
    if (!ToldTo(*person).empty()) readers.push_back(person);
  }
  return readers;
}

std::vector<const Child*> FamilyReaders::StoryReaders() const {
  std::vector<const Child*> readers;
  for (const Child& child : record_.children) {
    if (!StoriesFor(child).empty()) readers.push_back(&child);
  }
  return readers;
}

bool FamilyReaders::UnderPoliceInvestigation() const {
  return record_.decision.criminal_investigation.has_value() ||
         record_.decision.outcome.value == Outcome::kPoliceInvestigation;
}

void MarkAlwaysVisible(Record& record) {
  for (Person& person : record.people) {
    Grant(person.name.visibility, person.id);
    Grant(person.address, person.id);
    Grant(person.called, person.id);
  }
  for (Child& child : record.children) {
    std::vector<std::string> household = {child.id};
    for (const Person& person : record.people) {
      const auto& lives_with = person.lives_with.children;
      bool lives_here = std::find(lives_with.begin(), lives_with.end(), &child) != lives_with.end();
      if (person.parental_responsibility || lives_here) household.push_back(person.id);
    }
    for (const std::string& id : household) {
      Grant(child.visibility, id);
      Grant(child.name.visibility, id);
      Grant(child.known_as, id);
    }
    // A child knows the adults at home by what they call them ("Mum"); what
    // they call someone alleged to have hurt them is left to their story's words.
    for (Person& person : record.people) {
      const auto& lives_with = person.lives_with.children;
      if (!person.alleged &&
          std::find(lives_with.begin(), lives_with.end(), &child) != lives_with.end())
        Grant(person.called, child.id);
    }
  }
  FamilyReaders readers(record);
  for (const FamilyInformation& information : record.decision.family_information) {
    Attendee* teller = Mutable(record, information.by.attendee);
    if (!teller) continue;
    for (const Person* person : readers.adults()) {
      if (!readers.Reaches(information.text.visibility, *person)) continue;
      GrantUnlessClosed(teller->name.visibility, person->id);
      GrantUnlessClosed(teller->job_title, person->id);
      if (teller->contact) {
        GrantUnlessClosed(teller->contact->phone, person->id);
        GrantUnlessClosed(teller->contact->email, person->id);
      }
    }
  }
  // Who will do what is part of what a reader is told: an action's owner is
  // named to each adult the action reaches.
  for (const Action& action : record.actions) {
    Visibility* owner_name = nullptr;
    if (Attendee* attendee = Mutable(record, action.owner.attendee)) owner_name = &attendee->name.visibility;
    if (Person* person = Mutable(record, action.owner.person)) owner_name = &person->name.visibility;
    if (!owner_name) continue;
    for (const Person* person : readers.adults())
      if (readers.Reaches(action.visibility, *person)) GrantUnlessClosed(*owner_name, person->id);
  }
  // A professional's role and agency say who they are as much as their name.
  for (Attendee& attendee : record.attendees) attendee.agency.visibility = attendee.name.visibility;
}

}  // namespace sdgen
