#include "checks/reader_rules.h"

#include <algorithm>
#include <memory>

#include "checks/identifying_words.h"
#include "record/family_readers.h"
#include "record/record_schema.h"
#include "record/record_walk.h"

namespace sdgen {
namespace {

// Six words in a row are a sentence of the child's, not a shared turn of phrase.
constexpr size_t kRepeatedVoiceWords = 6;

// How messages name the item holding a text: "<harm>", or "'alt' of <drawing>".
std::string ItemName(const RecordField& field) {
  std::string element = "<" + field.element->name + ">";
  return field.attribute ? "'" + field.attribute->name + "' of " + element : element;
}

std::unique_ptr<WordFolder> Folder(const RuleInput& input, const PracticeRule& rule,
                                   DiagnosticList& diagnostics) {
  std::string error;
  std::unique_ptr<WordFolder> folder = WordFolder::Create(input.record.language, &error);
  if (!folder)
    ReportRule(rule, input.record.where, "cannot compare words: " + error, diagnostics,
               "install ICU with its data");
  return folder;
}

bool LivesWithChildren(const Person& person) { return !person.lives_with.children.empty(); }

// The reader's own name and details, and the children's names: a parent's
// letter names them whatever else it leaves out. What the children call
// someone reaches whom their name reaches, so the finding on the name says it.
bool IsOwnOrChildLabel(const Text* text, const Person& reader, const Record& record) {
  if (text == &reader.name || (reader.address && text == &*reader.address)) return true;
  for (const Person& person : record.people)
    if (person.called && text == &*person.called) return true;
  for (const Child& child : record.children)
    if (text == &child.name || (child.known_as && text == &*child.known_as)) return true;
  return false;
}

// "names someone who lives with them: Nadia Fenwick ('Nadia')".
std::string NamedIn(const IdentifierMatch& match, const std::string& written) {
  const Person& named = *match.who.person;
  std::string who = match.who.name();
  std::string relation =
      LivesWithChildren(named) ? "someone who lives with them" : "another parent";
  if (match.kind == IdentifierKind::kAddress)
    return "gives the address of " + relation + ": " + who + " ('" + written + "')";
  return "names " + relation + ": " + who + (written == who ? "" : " ('" + written + "')");
}

// The other letter readers a text reaches: `to` could keep it for them.
std::string OtherReaders(const FamilyReaders& readers, const Text& text, const Person& apart) {
  std::string ids;
  for (const Person* person : readers.LetterReaders())
    if (person != &apart && readers.Reaches(text.visibility, *person))
      ids += (ids.empty() ? "" : " ") + person->id;
  return ids;
}

void CheckItemsReaching(const Person& apart, const FamilyReaders& readers, WordFolder& folder,
                        const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics) {
  const Record& record = input.record;
  IdentifyingWords household(folder);
  household.Exempt(Someone{nullptr, &apart, nullptr});
  for (const Child& child : record.children) household.Exempt(Someone{&child, nullptr, nullptr});
  for (const Person& person : record.people)
    if (&person != &apart && (person.parental_responsibility || LivesWithChildren(person)))
      household.Add(Someone{nullptr, &person, nullptr},
                    {IdentifierKind::kName, IdentifierKind::kCalled, IdentifierKind::kAddress});
  std::string reader = CollapseWhitespace(apart.name.value);
  ForEachField(record, [&](const RecordField& field) {
    const Text* text = field.text;
    if (!text || !readers.Reaches(text->visibility, apart) ||
        IsOwnOrChildLabel(text, apart, record))
      return;
    std::vector<const Person*> reported;
    for (const IdentifierMatch& match : household.Find(text->value)) {
      const Person& named = *match.who.person;
      if (std::find(reported.begin(), reported.end(), &named) != reported.end()) continue;
      reported.push_back(&named);
      std::string written =
          CollapseWhitespace(text->value.substr(match.begin, match.end - match.begin));
      std::string others = OtherReaders(readers, *text, apart);
      ReportRule(
          rule, text->where,
          ItemName(field) + " reaches " + reader +
              ", a parent living apart from the children, and " + NamedIn(match, written),
          diagnostics,
          "make sure " + reader + " may know who the children live with and where; if not, " +
              (others.empty()
                   ? "leave it out"
                   : "add " + RecordSchema::Get().to.name + "=\"" + others + "\" or leave it out"));
    }
  });
}

bool NeedsWordsAndPictures(const Decision& decision) {
  const auto& outcome = decision.outcome.value;
  return outcome == Outcome::kS47 || outcome == Outcome::kS17Assessment ||
         outcome == Outcome::kPoliceInvestigation;
}

// The first place `text` repeats `voice` for kRepeatedVoiceWords words or
// more: {index in text, how many words}, or {0, 0}.
std::pair<size_t, size_t> FirstRepeat(const std::vector<FoldedWord>& text,
                                      const std::vector<FoldedWord>& voice) {
  // run[j] is how many words match in a row from text[i] and voice[j]; filled
  // from the end so each row needs only the one after it.
  std::vector<size_t> run(voice.size() + 1, 0), next(voice.size() + 1, 0);
  std::pair<size_t, size_t> first{0, 0};
  for (size_t i = text.size(); i-- > 0;) {
    size_t longest = 0;
    for (size_t j = voice.size(); j-- > 0;) {
      run[j] = text[i].folded == voice[j].folded ? next[j + 1] + 1 : 0;
      longest = std::max(longest, run[j]);
    }
    if (longest >= kRepeatedVoiceWords) first = {i, longest};
    std::swap(run, next);
  }
  return first;
}

}  // namespace

void CheckParentLivingApart(const RuleInput& input, const PracticeRule& rule,
                            DiagnosticList& diagnostics) {
  FamilyReaders readers(input.record);
  std::unique_ptr<WordFolder> folder;
  for (const Person* person : readers.LetterReaders()) {
    if (LivesWithChildren(*person)) continue;
    if (!folder && !(folder = Folder(input, rule, diagnostics))) return;
    CheckItemsReaching(*person, readers, *folder, input, rule, diagnostics);
  }
}

void CheckWordsAndPicturesWritten(const RuleInput& input, const PracticeRule& rule,
                                  DiagnosticList& diagnostics) {
  const Record& record = input.record;
  const RecordSchema& s = RecordSchema::Get();
  // A format-1 record cannot hold words and pictures; SD029 and the docs say
  // how to move to format 2.
  if (record.format < s.words_and_pictures.format || !NeedsWordsAndPictures(record.decision))
    return;
  const auto& held = record.meeting.held.value;
  if (!held) return;
  FamilyReaders readers(record);
  for (const Child& child : record.children) {
    if (!child.born.value) continue;
    int age = YearsBetween(*child.born.value, held->LocalDate());
    if (age < input.words_and_pictures_age || !readers.StoriesFor(child).empty()) continue;
    ReportRule(rule, child.where,
               "child '" + child.id + "' is " + std::to_string(age) + ", but no <" +
                   s.words_and_pictures.name + "> is written for them",
               diagnostics,
               "add <" + s.words_and_pictures.name + " " + s.story_for.name + "=\"" + child.id +
                   "\" " + s.story_by.name +
                   "=\"…\"> to tell them, in words they understand, what is happening and why");
  }
}

void CheckVoiceRepeated(const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics) {
  const Record& record = input.record;
  std::unique_ptr<WordFolder> folder;
  for (const Child& child : record.children) {
    if (IsMissing(child.voice)) continue;
    if (!folder && !(folder = Folder(input, rule, diagnostics))) return;
    std::vector<FoldedWord> voice = folder->Words(child.voice->value);
    ForEachField(record, [&](const RecordField& field) {
      const Text* text = field.text;
      // Voices are compared with what is said elsewhere, not with each other:
      // siblings may say alike how they were listened to.
      if (!text || field.element == &RecordSchema::Get().voice ||
          text->visibility.share != Share::kFamily)
        return;
      std::vector<FoldedWord> words = folder->Words(text->value);
      auto [at, count] = FirstRepeat(words, voice);
      if (count == 0) return;
      size_t begin = words[at].begin, end = words[at + count - 1].end;
      ReportRule(rule, text->LocationOf(begin),
                 ItemName(field) + " repeats " + std::to_string(count) +
                     " words in a row from the voice of child '" + child.id + "': '" +
                     CollapseWhitespace(text->value.substr(begin, end - begin)) + "'",
                 diagnostics,
                 "say it in your own words; what a child said reaches the family only through "
                 "their <" +
                     RecordSchema::Get().voice.name + ">, shared on purpose with " +
                     RecordSchema::Get().to.name + "=\"…\"");
    });
  }
}

}  // namespace sdgen
