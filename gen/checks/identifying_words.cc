#include "checks/identifying_words.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace sdgen {
namespace {

// Titles and ranks go with many names; "Mrs" alone names nobody.
const std::set<std::string> kTitles = {"ds",   "dc",  "di",   "dci", "pc",   "sgt",
                                       "dr",   "mr",  "mrs",  "ms",  "miss", "mx",
                                       "prof", "rev", "revd", "sir", "dame"};

// Words that say which home in a building, not which street.
const std::set<std::string> kHomeInBuilding = {"flat", "apartment", "apt", "unit", "room", "floor"};

bool StartsWithDigit(const std::string& word) {
  return !word.empty() && std::isdigit(static_cast<unsigned char>(word[0]));
}

bool IsNameWord(const std::string& word) {
  return word.size() > 1 && !StartsWithDigit(word) && !kTitles.count(word);
}

std::vector<std::string> Folded(const std::vector<FoldedWord>& words) {
  std::vector<std::string> folded;
  for (const FoldedWord& word : words) folded.push_back(word.folded);
  return folded;
}

std::vector<std::string_view> AddressParts(std::string_view address) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= address.size(); ++i) {
    if (i < address.size() && address[i] != ',' && address[i] != '\n' && address[i] != ';')
      continue;
    parts.push_back(address.substr(start, i - start));
    start = i + 1;
  }
  return parts;
}

// A UK postcode at the end of an address part, lowercase without its space
// ("AG4 7PL" -> "ag47pl"), or empty.
std::string PostcodeAtEnd(std::string_view part) {
  static const std::regex kPostcode(
      "(?:^|[^A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)\\s*([0-9][A-Za-z]{2})\\s*$");
  std::match_results<std::string_view::const_iterator> match;
  if (!std::regex_search(part.begin(), part.end(), match, kPostcode)) return {};
  std::string compact = match[1].str() + match[2].str();
  for (char& c : compact) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return compact;
}

// A phone number's digits, "+44" or "0044" written as the "0" dialled at home.
std::string DialledDigits(std::string digits, bool plus) {
  if (plus && digits.rfind("44", 0) == 0) return "0" + digits.substr(2);
  if (digits.rfind("0044", 0) == 0) return "0" + digits.substr(4);
  return digits;
}

bool IsPhoneSeparator(char c) { return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'; }

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Runs of digits that may be one phone number: digits with only spaces,
// dashes, dots or brackets between them. `at[i]` is where digit i was written.
struct DigitRun {
  std::string digits;
  std::vector<size_t> at;
};

std::vector<DigitRun> DigitRuns(std::string_view text) {
  std::vector<DigitRun> runs;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    bool plus = i > 0 && text[i - 1] == '+';
    DigitRun run;
    std::string raw;
    std::vector<size_t> raw_at;
    while (i < text.size()) {
      if (IsDigit(text[i])) {
        raw += text[i];
        raw_at.push_back(i++);
        continue;
      }
      size_t next = i;
      while (next < text.size() && IsPhoneSeparator(text[next])) ++next;
      if (next == i || next >= text.size() || !IsDigit(text[next])) break;
      i = next;
    }
    run.digits = DialledDigits(raw, plus);
    // "+44" or "0044" became the one "0": it stands where the prefix began.
    size_t replaced = raw.size() - run.digits.size();
    run.at.push_back(replaced > 0 && plus ? raw_at[0] - 1 : raw_at[0]);
    run.at.insert(run.at.end(), raw_at.begin() + replaced + 1, raw_at.end());
    runs.push_back(std::move(run));
  }
  return runs;
}

bool IsEmailByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '%' ||
         c == '+' || c == '-';
}

std::string AsciiLower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

bool IsWhiteSpace(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}

// How many words from `i` spell `phrase` (all of it, or none).
size_t PhraseLength(const std::vector<FoldedWord>& words, size_t i,
                    const std::vector<std::string>& phrase) {
  if (i + phrase.size() > words.size()) return 0;
  for (size_t k = 0; k < phrase.size(); ++k)
    if (words[i + k].folded != phrase[k]) return 0;
  return phrase.size();
}

// How many words from `i` spell a postcode, written with or without its space.
size_t PostcodeLength(const std::vector<FoldedWord>& words, size_t i, const std::string& compact) {
  if (words[i].folded == compact) return 1;
  if (i + 1 < words.size() && words[i].folded + words[i + 1].folded == compact) return 2;
  return 0;
}

bool IsNameKind(IdentifierKind kind) {
  return kind == IdentifierKind::kName || kind == IdentifierKind::kKnownAs ||
         kind == IdentifierKind::kCalled;
}

}  // namespace

const std::string& Someone::id() const {
  return child ? child->id : person ? person->id : attendee->id;
}

std::string Someone::name() const {
  const Text& text = child ? child->name : person ? person->name : attendee->name;
  return CollapseWhitespace(text.value);
}

void IdentifyingWords::Add(const Someone& who, const std::vector<IdentifierKind>& kinds) {
  for (Identifier& identifier : IdentifiersOf(who))
    if (std::find(kinds.begin(), kinds.end(), identifier.kind) != kinds.end())
      identifiers_.push_back(std::move(identifier));
}

void IdentifyingWords::Exempt(const Someone& who) {
  for (const Identifier& identifier : IdentifiersOf(who)) {
    exempt_keys_.insert(Key(identifier));
    if (IsNameKind(identifier.kind))
      exempt_words_.insert(identifier.words.begin(), identifier.words.end());
  }
}

std::vector<IdentifyingWords::Identifier> IdentifyingWords::IdentifiersOf(const Someone& who) {
  std::vector<Identifier> out;
  const Text& name = who.child    ? who.child->name
                     : who.person ? who.person->name
                                  : who.attendee->name;
  for (const FoldedWord& word : folder_.Words(name.value))
    if (IsNameWord(word.folded)) out.push_back({who, IdentifierKind::kName, {word.folded}, {}});
  if (who.child && who.child->known_as)
    AddPhrase(out, who, IdentifierKind::kKnownAs, who.child->known_as->value);
  if (who.person && who.person->called)
    AddPhrase(out, who, IdentifierKind::kCalled, who.person->called->value);
  if (who.person && who.person->address) AddAddress(out, who, who.person->address->value);
  if (who.attendee && who.attendee->contact) {
    const Contact& contact = *who.attendee->contact;
    if (contact.phone) {
      std::string digits;
      for (char c : contact.phone->value)
        if (IsDigit(c)) digits += c;
      bool plus = contact.phone->value.find('+') != std::string::npos;
      digits = DialledDigits(digits, plus);
      // Too few digits to be a phone number is an extension, not an identity.
      if (digits.size() >= 6) out.push_back({who, IdentifierKind::kPhone, {}, digits});
    }
    if (contact.email && contact.email->value.find('@') != std::string::npos)
      out.push_back(
          {who, IdentifierKind::kEmail, {}, AsciiLower(CollapseWhitespace(contact.email->value))});
  }
  return out;
}

void IdentifyingWords::AddPhrase(std::vector<Identifier>& out, const Someone& who,
                                 IdentifierKind kind, std::string_view text) {
  std::vector<std::string> words = Folded(folder_.Words(text));
  if (!words.empty()) out.push_back({who, kind, std::move(words), {}});
}

void IdentifyingWords::AddAddress(std::vector<Identifier>& out, const Someone& who,
                                  std::string_view address) {
  bool first_line = true;
  for (std::string_view part : AddressParts(address)) {
    std::vector<std::string> words = Folded(folder_.Words(part));
    bool names_a_place = std::any_of(words.begin(), words.end(), [](const std::string& word) {
      return !StartsWithDigit(word) && !kHomeInBuilding.count(word);
    });
    if (first_line && names_a_place) {
      first_line = false;
      out.push_back({who, IdentifierKind::kAddress, words, {}});
      auto street = std::find_if(words.begin(), words.end(), [](const std::string& word) {
        return !StartsWithDigit(word) && !kHomeInBuilding.count(word);
      });
      if (street != words.begin() && words.end() - street >= 2)
        out.push_back({who, IdentifierKind::kAddress, {street, words.end()}, {}});
    }
    std::string postcode = PostcodeAtEnd(part);
    if (!postcode.empty()) out.push_back({who, IdentifierKind::kAddress, {}, postcode});
  }
}

std::string IdentifyingWords::Key(const Identifier& identifier) {
  if (identifier.words.empty()) return "#" + identifier.compact;
  std::string key;
  for (const std::string& word : identifier.words) key += (key.empty() ? "" : " ") + word;
  return key;
}

bool IdentifyingWords::IsExempt(const Identifier& identifier) const {
  if (exempt_keys_.count(Key(identifier))) return true;
  return IsNameKind(identifier.kind) && identifier.words.size() == 1 &&
         exempt_words_.count(identifier.words[0]);
}

std::vector<IdentifierMatch> IdentifyingWords::Find(std::string_view text) {
  std::vector<IdentifierMatch> found;
  FindWords(folder_.Words(text), found);
  FindPhones(text, found);
  FindEmails(text, found);
  std::stable_sort(found.begin(), found.end(),
                   [](const IdentifierMatch& a, const IdentifierMatch& b) {
                     return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
                   });
  std::vector<IdentifierMatch> merged;
  for (const IdentifierMatch& match : found) {
    if (!merged.empty() && match.end <= merged.back().end) continue;  // inside a longer one
    IdentifierMatch* last = merged.empty() ? nullptr : &merged.back();
    if (last && last->who == match.who && IsNameKind(last->kind) && IsNameKind(match.kind) &&
        match.begin >= last->end && IsWhiteSpace(text.substr(last->end, match.begin - last->end))) {
      last->end = match.end;
      continue;
    }
    merged.push_back(match);
  }
  return merged;
}

void IdentifyingWords::FindWords(const std::vector<FoldedWord>& words,
                                 std::vector<IdentifierMatch>& found) const {
  for (const Identifier& identifier : identifiers_) {
    bool by_words = !identifier.words.empty() || identifier.kind == IdentifierKind::kAddress;
    if (!by_words || IsExempt(identifier)) continue;  // phones and emails are not words
    for (size_t i = 0; i < words.size(); ++i) {
      size_t length = identifier.words.empty() ? PostcodeLength(words, i, identifier.compact)
                                               : PhraseLength(words, i, identifier.words);
      if (length > 0)
        found.push_back(
            {words[i].begin, words[i + length - 1].end, identifier.who, identifier.kind});
    }
  }
}

void IdentifyingWords::FindPhones(std::string_view text,
                                  std::vector<IdentifierMatch>& found) const {
  std::vector<DigitRun> runs;
  for (const Identifier& identifier : identifiers_) {
    if (identifier.kind != IdentifierKind::kPhone || IsExempt(identifier)) continue;
    if (runs.empty()) runs = DigitRuns(text);
    const std::string& digits = identifier.compact;
    for (const DigitRun& run : runs)
      for (size_t at = run.digits.find(digits); at != std::string::npos;
           at = run.digits.find(digits, at + 1))
        found.push_back(
            {run.at[at], run.at[at + digits.size() - 1] + 1, identifier.who, identifier.kind});
  }
}

void IdentifyingWords::FindEmails(std::string_view text,
                                  std::vector<IdentifierMatch>& found) const {
  std::string lower;
  for (const Identifier& identifier : identifiers_) {
    if (identifier.kind != IdentifierKind::kEmail || IsExempt(identifier)) continue;
    if (lower.empty()) lower = AsciiLower(text);
    const std::string& email = identifier.compact;
    for (size_t at = lower.find(email); at != std::string::npos; at = lower.find(email, at + 1)) {
      size_t end = at + email.size();
      bool starts = at == 0 || !IsEmailByte(lower[at - 1]);
      // A full stop after the address ends the sentence, not the address.
      bool ends = end == lower.size() || !IsEmailByte(lower[end]) ||
                  (lower[end] == '.' && (end + 1 == lower.size() || !IsEmailByte(lower[end + 1])));
      if (starts && ends) found.push_back({at, end, identifier.who, identifier.kind});
    }
  }
}

}  // namespace sdgen
