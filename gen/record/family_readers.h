#pragma once

// Who reads what in the family. A family is not one reader: each adult with
// parental responsibility may get a letter and each child a story, and a
// strategy discussion decides what each of them is told. This is the one
// place that decides whether an item reaches a reader (record format 2,
// docs/record-format.md "Readers"); templates, checks and tests ask here.

#include <string>
#include <vector>

#include "record/record.h"

namespace sdgen {

/// The reader of one family document: an adult with parental responsibility
/// (a letter) or a child (words and pictures).
struct FamilyReader {
  const Person* person = nullptr;
  const Child* child = nullptr;

  const std::string& id() const { return person ? person->id : child->id; }
};

class FamilyReaders {
 public:
  explicit FamilyReaders(const Record& record);

  /// Adults with parental responsibility: no date of birth, or 18 or over at the meeting.
  const std::vector<const Person*>& adults() const { return adults_; }
  /// Whether `person` is an adult: no date of birth, or 18 or over at the meeting.
  bool IsAdult(const Person& person) const;
  /// Whether a family item without `to` reaches `person`: an adult with
  /// parental responsibility, not alleged, living with a child of the record.
  bool IsDefaultReader(const Person& person) const;
  /// Whether an item with `visibility` reaches `reader`.
  bool Reaches(const Visibility& visibility, const FamilyReader& reader) const;
  bool Reaches(const Visibility& visibility, const Person& person) const;

  /// The family information that reaches `person` (what they are told).
  std::vector<const FamilyInformation*> ToldTo(const Person& person) const;
  /// The words-and-pictures blocks written for `child`.
  std::vector<const WordsAndPictures*> StoriesFor(const Child& child) const;
  /// The adults who get a letter: those reached by some family information.
  std::vector<const Person*> LetterReaders() const;
  /// The children who get a story: those some block is written for.
  std::vector<const Child*> StoryReaders() const;
  /// Whether a police investigation is recorded: a criminal investigation,
  /// or the outcome police-investigation.
  bool UnderPoliceInvestigation() const;


 private:
  const Record& record_;
  std::vector<const Person*> adults_;
};

/// Fills in what readers always see, whatever `to` says: each person their
/// own name, address and what the children call them; each child their own
/// name and what they call the adults they live with (not one alleged to
/// have caused harm); the adults with parental responsibility, and anyone living with a
/// child, that child's name; each reader of a family information the name and
/// contact of the professional who tells them, unless the record states a
/// narrower level on them. An attendee's agency then
/// reaches exactly whom their name reaches. Called once by the reader.
void MarkAlwaysVisible(Record& record);

}  // namespace sdgen
