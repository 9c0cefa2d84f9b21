#include "checks/police_rules.h"

#include "checks/reader_visibility.h"
#include "record/record_schema.h"

namespace sdgen {
namespace {

bool PoliceAgreed(const Field<bool>& agreed) { return agreed.value.value_or(false); }

std::string PoliceAgreedYes() { return RecordSchema::Get().police_agreed.name + "=\"yes\""; }

// The alleged people a family information's `to` names.
std::vector<const Person*> AllegedTold(const Record& record, const FamilyInformation& told) {
  std::vector<const Person*> alleged;
  if (!told.text.visibility.to) return alleged;
  for (const std::string& id : *told.text.visibility.to)
    if (const Person* person = record.FindPerson(id); person && person->alleged)
      alleged.push_back(person);
  return alleged;
}

std::optional<Diagnostic> AllegedToldFinding(const PracticeRule& rule, const Record& record,
                                             const FamilyReaders& readers,
                                             const FamilyInformation& told) {
  if (!readers.UnderPoliceInvestigation() || PoliceAgreed(told.police_agreed)) return {};
  std::vector<const Person*> alleged = AllegedTold(record, told);
  if (alleged.empty()) return {};
  std::string named;
  for (size_t i = 0; i < alleged.size(); ++i)
    named += (i == 0                    ? ""
              : i + 1 == alleged.size() ? " and "
                                        : ", ") +
             CollapseWhitespace(alleged[i]->name.value) + " ('" + alleged[i]->id + "')";
  const RecordSchema& s = RecordSchema::Get();
  return RuleFinding(rule, told.where,
                     "<" + s.family_information.name + "> tells " + named +
                         (alleged.size() == 1 ? ", who is" : ", who are") +
                         " alleged to have caused harm, but has no " + PoliceAgreedYes() +
                         " while a police investigation is recorded",
                     "record " + PoliceAgreedYes() + " once the police agree, or tell them later");
}

// "the letter to A", "the letters to A and B", "the words and pictures for C".
std::string Documents(const std::vector<FamilyReader>& readers) {
  std::string names;
  for (size_t i = 0; i < readers.size(); ++i)
    names += (i == 0 ? "" : i + 1 == readers.size() ? " and " : ", ") + ReaderName(readers[i]);
  if (readers[0].child) return "the words and pictures for " + names;
  return (readers.size() == 1 ? "the letter to " : "the letters to ") + names;
}

// "the letter to A is", "the letters to A and B are", "the words and pictures for C are".
std::string DocumentsAre(const std::vector<FamilyReader>& held) {
  return Documents(held) + (held.size() == 1 && held[0].person ? " is" : " are");
}

std::string HeldBackMessage(const std::string& block, const std::vector<FamilyReader>& held) {
  return "a police investigation is recorded and this <" + block + "> has no " + PoliceAgreedYes() +
         ", so " + DocumentsAre(held) + " held back";
}

std::string HeldBackSuggestion() {
  return "record " + PoliceAgreedYes() +
         " once the police agree what may be said; the record stays valid and can be signed";
}

// A format-1 record cannot say the police agreed, so all its letters wait.
Diagnostic FormatOneHoldBack(const Record& record, const std::vector<FamilyReader>& held) {
  const RecordSchema& s = RecordSchema::Get();
  return RuleFinding(
      *FindPracticeRule("SD029"), record.decision.where,
      "a police investigation is recorded and a format-" + std::to_string(record.format) +
          " record cannot say that the police agreed what the family is told, so " +
          DocumentsAre(held) + " held back",
      "write " + s.format.name + "=\"" + std::to_string(s.police_agreed.format) + "\" and " +
          PoliceAgreedYes() + " on each <" + s.family_information.name + "> once the police agree");
}

bool RecordsPoliceAgreement(const Record& record) {
  return record.format >= RecordSchema::Get().police_agreed.format;
}

}  // namespace

void CheckAllegedToldWithoutPolice(const RuleInput& input, const PracticeRule& rule,
                                   DiagnosticList& diagnostics) {
  FamilyReaders readers(input.record);
  for (const FamilyInformation& told : input.record.decision.family_information)
    if (auto finding = AllegedToldFinding(rule, input.record, readers, told))
      diagnostics.Report(std::move(*finding));
}

void CheckPoliceHoldBack(const RuleInput& input, const PracticeRule& rule,
                         DiagnosticList& diagnostics) {
  const Record& record = input.record;
  FamilyReaders readers(record);
  if (!readers.UnderPoliceInvestigation()) return;
  const RecordSchema& s = RecordSchema::Get();
  if (!RecordsPoliceAgreement(record)) {
    std::vector<FamilyReader> held;
    for (const Person* person : readers.LetterReaders()) held.push_back({person, nullptr});
    if (!held.empty()) diagnostics.Report(FormatOneHoldBack(record, held));
    return;
  }
  for (const FamilyInformation& told : record.decision.family_information) {
    if (PoliceAgreed(told.police_agreed)) continue;
    std::vector<FamilyReader> held;
    for (const Person* person : readers.LetterReaders())
      if (readers.Reaches(told.text.visibility, *person)) held.push_back({person, nullptr});
    if (!held.empty())
      ReportRule(rule, told.where, HeldBackMessage(s.family_information.name, held), diagnostics,
                 HeldBackSuggestion());
  }
  for (const WordsAndPictures& story : record.words_and_pictures) {
    if (PoliceAgreed(story.police_agreed)) continue;
    std::vector<FamilyReader> held;
    for (const Child* child : readers.StoryReaders())
      if (readers.Reaches(story.visibility, FamilyReader{nullptr, child}))
        held.push_back({nullptr, child});
    if (!held.empty())
      ReportRule(rule, story.where, HeldBackMessage(s.words_and_pictures.name, held), diagnostics,
                 HeldBackSuggestion());
  }
}

std::vector<Diagnostic> AllegedToldWithoutPolice(const Record& record, const FamilyReaders& readers,
                                                 const FamilyReader& reader) {
  std::vector<Diagnostic> findings;
  if (!reader.person) return findings;
  const PracticeRule& rule = *FindPracticeRule("SD023");
  for (const FamilyInformation* told : readers.ToldTo(*reader.person))
    if (auto finding = AllegedToldFinding(rule, record, readers, *told))
      findings.push_back(std::move(*finding));
  return findings;
}

std::optional<Diagnostic> PoliceHoldBack(const Record& record, const FamilyReaders& readers,
                                         const FamilyReader& reader) {
  if (!readers.UnderPoliceInvestigation()) return {};
  const RecordSchema& s = RecordSchema::Get();
  const PracticeRule& rule = *FindPracticeRule("SD029");
  if (reader.person) {
    std::vector<const FamilyInformation*> told = readers.ToldTo(*reader.person);
    if (told.empty()) return {};
    if (!RecordsPoliceAgreement(record)) return FormatOneHoldBack(record, {reader});
    for (const FamilyInformation* information : told)
      if (!PoliceAgreed(information->police_agreed))
        return RuleFinding(rule, information->where,
                           HeldBackMessage(s.family_information.name, {reader}),
                           HeldBackSuggestion());
    return {};
  }
  for (const WordsAndPictures* story : readers.StoriesFor(*reader.child))
    if (!PoliceAgreed(story->police_agreed))
      return RuleFinding(rule, story->where, HeldBackMessage(s.words_and_pictures.name, {reader}),
                         HeldBackSuggestion());
  return {};
}

}  // namespace sdgen
