#pragma once

// Whom a family reader may see named (record format 2, SD022). FamilyReaders
// decides whether an item reaches a reader; this gathers, from those answers,
// the children, people and attendees a reader's document may name. Everyone
// else of the record is hidden from that reader.

#include <set>
#include <string>

#include "record/family_readers.h"
#include "record/record.h"

namespace sdgen {

/// The children, people and attendees of the record one family reader may see named.
class VisiblePeople {
 public:
  /// Visible to a reader: the reader; the children they have parental
  /// responsibility for or live with; everyone whose name reaches them; the
  /// owners of actions that reach them; the professional who tells them their
  /// family information (for a child, who goes through their story with them).
  /// A child also sees whom the non-alleged adults they live with see.
  VisiblePeople(const Record& record, const FamilyReaders& readers, const FamilyReader& reader);

  bool Sees(const Child& child) const { return children_.count(&child) > 0; }
  bool Sees(const Person& person) const { return people_.count(&person) > 0; }
  bool Sees(const Attendee& attendee) const { return attendees_.count(&attendee) > 0; }

 private:
  void AddSeenBy(const FamilyReader& reader);
  void AddSeenByAdult(const Person& person);
  void Add(const PartyRef& party);

  const Record& record_;
  const FamilyReaders& readers_;
  std::set<const Child*> children_;
  std::set<const Person*> people_;
  std::set<const Attendee*> attendees_;
};

/// How messages name the one document a family reader gets: "the letter to
/// Nadia Bright" or "the words and pictures for Oscar Bright".
std::string FamilyDocumentName(const FamilyReader& reader);

/// The reader's name, with runs of white space made one space.
std::string ReaderName(const FamilyReader& reader);

}  // namespace sdgen
