#include "checks/hidden_names.h"

#include <algorithm>
#include <map>
#include <memory>

#include "checks/identifying_words.h"
#include "checks/reader_visibility.h"
#include "record/record_schema.h"
#include "record/record_walk.h"

namespace sdgen {
namespace {

const PracticeRule& Rule() { return *FindPracticeRule("SD022"); }

const std::vector<IdentifierKind> kEveryDetail = {IdentifierKind::kName,   IdentifierKind::kKnownAs,
                                                  IdentifierKind::kCalled, IdentifierKind::kAddress,
                                                  IdentifierKind::kPhone,  IdentifierKind::kEmail};

// Everyone of the record hidden from one reader, ready to be looked for.
class HiddenNameFinder {
 public:
  static std::unique_ptr<HiddenNameFinder> Create(const Record& record,
                                                  const FamilyReaders& readers,
                                                  const FamilyReader& reader, std::string* error) {
    std::unique_ptr<WordFolder> folder = WordFolder::Create(record.language, error);
    if (!folder) return nullptr;
    return std::unique_ptr<HiddenNameFinder>(
        new HiddenNameFinder(std::move(folder), VisiblePeople(record, readers, reader), record));
  }

  std::vector<IdentifierMatch> Find(std::string_view text) { return words_.Find(text); }

 private:
  HiddenNameFinder(std::unique_ptr<WordFolder> folder, const VisiblePeople& visible,
                   const Record& record)
      : folder_(std::move(folder)), words_(*folder_) {
    for (const Child& child : record.children)
      Add(Someone{&child, nullptr, nullptr}, visible.Sees(child));
    for (const Person& person : record.people)
      Add(Someone{nullptr, &person, nullptr}, visible.Sees(person));
    for (const Attendee& attendee : record.attendees)
      Add(Someone{nullptr, nullptr, &attendee}, visible.Sees(attendee));
  }

  // Someone hidden is looked for; what someone visible goes by is never a hit.
  void Add(const Someone& who, bool visible) {
    if (visible)
      words_.Exempt(who);
    else
      words_.Add(who, kEveryDetail);
  }

  std::unique_ptr<WordFolder> folder_;
  IdentifyingWords words_;
};

// Image paths are read from, never printed.
bool IsPrinted(const RecordField& field) {
  const RecordSchema& s = RecordSchema::Get();
  return field.attribute != &s.drawing_image && field.attribute != &s.signature_image;
}

// Words a letter (or a story) could use instead of a hidden person's name.
std::string Description(const Someone& who, bool for_child) {
  if (who.child) return "another child";
  if (who.person) {
    static const std::map<Relationship, std::pair<const char*, const char*>> kWords = {
        {Relationship::kMother, {"the children's mother", "your mum"}},
        {Relationship::kFather, {"the children's father", "your dad"}},
        {Relationship::kStepParent, {"the children's step-parent", "your step-parent"}},
        {Relationship::kCarer, {"the children's carer", "your carer"}},
        {Relationship::kSibling, {"the children's brother or sister", "your brother or sister"}},
        {Relationship::kGrandparent, {"the children's grandparent", "your grandparent"}},
        {Relationship::kPartner, {"a parent's partner", "a grown-up at home"}},
    };
    auto words = who.person->relationship.value ? kWords.find(*who.person->relationship.value)
                                                : kWords.end();
    if (words == kWords.end())
      return for_child ? "a grown-up you know" : "someone the family knows";
    return for_child ? words->second.second : words->second.first;
  }
  static const std::map<AttendeeRole, std::pair<const char*, const char*>> kRoles = {
      {AttendeeRole::kChair, {"the chair of the meeting", "a grown-up whose job is to help"}},
      {AttendeeRole::kSocialWorker, {"the social worker", "your social worker"}},
      {AttendeeRole::kManager, {"the team manager", "a grown-up whose job is to help"}},
      {AttendeeRole::kPolice, {"a police officer", "a police officer"}},
      {AttendeeRole::kHealth, {"a health worker", "a doctor or nurse"}},
      {AttendeeRole::kSchoolNurse, {"the school nurse", "the school nurse"}},
      {AttendeeRole::kHealthVisitor, {"the health visitor", "the health visitor"}},
      {AttendeeRole::kEducation, {"the school", "your teacher"}},
      {AttendeeRole::kProbation, {"the probation officer", "a grown-up whose job is to help"}},
  };
  const auto& role = who.attendee->role.value;
  auto words = role ? kRoles.find(*role) : kRoles.end();
  if (words == kRoles.end())
    return for_child ? "a grown-up whose job is to help" : "a professional";
  return for_child ? words->second.second : words->second.first;
}

std::string WhatIsGiven(const IdentifierMatch& match, const std::string& written) {
  std::string who = match.who.name();
  std::string quoted = " ('" + written + "')";
  switch (match.kind) {
    case IdentifierKind::kAddress:
      return "would give " + who + "'s address" + quoted;
    case IdentifierKind::kPhone:
      return "would give " + who + "'s phone number" + quoted;
    case IdentifierKind::kEmail:
      return "would give " + who + "'s email address" + quoted;
    default:
      return "would name " + who + (written == who ? "" : quoted);
  }
}

std::string InsteadOfIt(const IdentifierMatch& match, const FamilyReader& reader) {
  switch (match.kind) {
    case IdentifierKind::kAddress:
      return "leave the address out";
    case IdentifierKind::kPhone:
      return "leave the phone number out";
    case IdentifierKind::kEmail:
      return "leave the email address out";
    default:
      return "write '" + Description(match.who, reader.child != nullptr) + "' instead of the name";
  }
}

bool Sees(const VisiblePeople& visible, const Someone& who) {
  return who.child    ? visible.Sees(*who.child)
         : who.person ? visible.Sees(*who.person)
                      : visible.Sees(*who.attendee);
}

// The other letter readers `text` reaches who may see `who`: `to` could keep
// the item for them. A story's readers are its children, so it is not offered there.
std::string ReadersWhoMayKnow(const Record& record, const FamilyReaders& readers,
                              const FamilyReader& reader, const Text& text, const Someone& who) {
  if (text.visibility.story) return {};
  std::string ids;
  for (const Person* person : readers.LetterReaders()) {
    if (person == reader.person || !readers.Reaches(text.visibility, *person)) continue;
    VisiblePeople visible(record, readers, FamilyReader{person, nullptr});
    if (Sees(visible, who)) ids += (ids.empty() ? "" : " ") + person->id;
  }
  return ids;
}

Diagnostic HiddenNameFinding(const Record& record, const FamilyReaders& readers,
                             const FamilyReader& reader, const Text& text,
                             const IdentifierMatch& match) {
  std::string written = CollapseWhitespace(text.value.substr(match.begin, match.end - match.begin));
  std::string message = FamilyDocumentName(reader) + " " + WhatIsGiven(match, written) + ", whom " +
                        ReaderName(reader) + " may not be told about";
  std::string suggestion = InsteadOfIt(match, reader);
  std::string ids = ReadersWhoMayKnow(record, readers, reader, text, match.who);
  if (!ids.empty())
    suggestion = "add " + RecordSchema::Get().to.name + "=\"" + ids +
                 "\" so only those who may know " + match.who.name() + " see it, or " + suggestion;
  return RuleFinding(Rule(), text.LocationOf(match.begin), std::move(message),
                     std::move(suggestion));
}

}  // namespace

std::vector<Diagnostic> FindHiddenNamesInRecordItems(const Record& record,
                                                     const FamilyReaders& readers,
                                                     const FamilyReader& reader) {
  std::string error;
  std::unique_ptr<HiddenNameFinder> finder =
      HiddenNameFinder::Create(record, readers, reader, &error);
  if (!finder)
    return {
        RuleFinding(Rule(), record.where,
                    "cannot look for hidden names in " + FamilyDocumentName(reader) + ": " + error,
                    "install ICU with its data")};
  std::vector<Diagnostic> findings;
  ForEachField(record, [&](const RecordField& field) {
    if (!field.text || !IsPrinted(field) || !readers.Reaches(field.text->visibility, reader))
      return;
    for (const IdentifierMatch& match : finder->Find(field.text->value))
      findings.push_back(HiddenNameFinding(record, readers, reader, *field.text, match));
  });
  return findings;
}

std::vector<std::string> HiddenNamesInText(const Record& record, const FamilyReaders& readers,
                                           const FamilyReader& reader,
                                           std::string_view rendered_text) {
  std::string error;
  std::unique_ptr<HiddenNameFinder> finder =
      HiddenNameFinder::Create(record, readers, reader, &error);
  if (!finder) return {"(hidden names could not be looked for: " + error + ")"};
  std::vector<std::string> found;
  for (const IdentifierMatch& match : finder->Find(rendered_text)) {
    std::string written(rendered_text.substr(match.begin, match.end - match.begin));
    if (std::find(found.begin(), found.end(), written) == found.end()) found.push_back(written);
  }
  return found;
}

void CheckHiddenNames(const RuleInput& input, const PracticeRule& rule,
                      DiagnosticList& diagnostics) {
  (void)rule;  // the findings carry SD022 themselves, as the build gets them
  const Record& record = input.record;
  FamilyReaders readers(record);
  std::vector<FamilyReader> family;
  for (const Person* person : readers.LetterReaders()) family.push_back({person, nullptr});
  for (const Child* child : readers.StoryReaders()) family.push_back({nullptr, child});
  // A format-1 record cannot say who is told what, so it cannot be held to
  // it: the finding warns, and the build still withholds the document.
  bool warn_only = record.format < 2;
  for (const FamilyReader& reader : family)
    for (Diagnostic& finding : FindHiddenNamesInRecordItems(record, readers, reader)) {
      if (warn_only) finding.severity = Severity::kWarning;
      diagnostics.Report(std::move(finding));
    }
}

}  // namespace sdgen
