#include "language/plain_language_checker.h"

#include <charconv>

namespace sdgen {
namespace {

const char* RuleOf(TermCategory category) {
  switch (category) {
    case TermCategory::kAcronym:
    case TermCategory::kJargon:
      return "PL001";
    case TermCategory::kJudgementLaden:
      return "PL002";
    case TermCategory::kProfessionalised:
      return "PL003";
    case TermCategory::kPolice:
      return "PL004";
  }
  return "PL001";
}

// The words as written, on one line even if the text wrapped them.
std::string Quote(std::string_view written) {
  std::string out;
  for (char c : written) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return out;
}

std::string MessageFor(const TermEntry& entry, const std::string& written) {
  switch (entry.category) {
    case TermCategory::kAcronym:
    case TermCategory::kJargon:
      return "'" + written + "' is jargon; say '" + entry.plain + "'";
    case TermCategory::kJudgementLaden:
      return "'" + written +
             "' is a judgement, not a behaviour; describe what was seen or heard, such as '" +
             entry.plain + "'";
    case TermCategory::kProfessionalised:
      return "'" + written + "' is professional language; say '" + entry.plain + "'";
    case TermCategory::kPolice:
      return "'" + written + "' is a police term; say '" + entry.plain + "'";
  }
  return "'" + written + "' is jargon";
}

// As printf's "%.1f" would give, without its cost: family text finds one per block.
std::string OneDecimal(double value) {
  char buffer[32];
  auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1);
  return std::string(buffer, written.ptr);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// ASCII-lowercased copy, enough to compare with the English openers below.
std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Where the sentence that goes on at `from` ends: after a full stop,
// question or exclamation mark followed by white space, or at a blank line.
size_t SentenceEnd(std::string_view text, size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      size_t next = text.find_first_not_of(" \t\r", i + 1);
      if (next != std::string_view::npos && text[next] == '\n') return i;
    }
    if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || IsSpace(text[i + 1])))
      return i;
  }
  return text.size();
}

}  // namespace

bool ExplainedInSentence(std::string_view text, size_t term_end) {
  // "X means …", or "X is …" / "X are …" going on to say what it is: "is a",
  // "is when"; not "is needed", which uses the term without explaining it.
  size_t next = term_end;
  while (next < text.size() && IsSpace(text[next])) ++next;
  std::string after = Lower(text.substr(next, 16));
  if (next > term_end) {
    if (after.rfind("means ", 0) == 0) return true;
    for (const char* verb : {"is ", "are "}) {
      if (after.rfind(verb, 0) != 0) continue;
      std::string rest = after.substr(std::string_view(verb).size());
      for (const char* what : {"a ", "an ", "the ", "when ", "where ", "what ", "how ", "who ",
                               "people ", "someone ", "something ", "somewhere "}) {
        if (rest.rfind(what, 0) == 0) return true;
      }
    }
  }
  // "… (this means …)" later in the same sentence.
  std::string sentence = Lower(text.substr(term_end, SentenceEnd(text, term_end) - term_end));
  for (const char* opener :
       {"(this means", "(that means", "(which means", "(this is ", "(that is ", "(meaning "}) {
    if (sentence.find(opener) != std::string::npos) return true;
  }
  return false;
}

std::unique_ptr<PlainLanguageChecker> PlainLanguageChecker::Create(const TermDictionary& dictionary,
                                                                   CheckOptions options,
                                                                   DiagnosticList& diagnostics,
                                                                   std::string* error) {
  std::unique_ptr<WordTokenizer> tokenizer = WordTokenizer::Create(options.language, error);
  if (!tokenizer) return nullptr;
  std::unique_ptr<TokenFolder> folder = TokenFolder::Create(error);
  if (!folder) return nullptr;
  std::unique_ptr<ReadabilityMeter> meter = ReadabilityMeter::Create(options.language, error);
  if (!meter) return nullptr;
  std::unique_ptr<PlainLanguageChecker> checker(new PlainLanguageChecker(
      dictionary, std::move(options), std::move(tokenizer), std::move(folder), std::move(meter)));
  checker->ResolveAcceptList(diagnostics);
  return checker;
}

PlainLanguageChecker::PlainLanguageChecker(const TermDictionary& dictionary, CheckOptions options,
                                           std::unique_ptr<WordTokenizer> tokenizer,
                                           std::unique_ptr<TokenFolder> folder,
                                           std::unique_ptr<ReadabilityMeter> meter)
    : dictionary_(dictionary),
      options_(std::move(options)),
      tokenizer_(std::move(tokenizer)),
      folder_(std::move(folder)),
      meter_(std::move(meter)),
      matcher_(dictionary),
      accepted_(dictionary.entries().size(), false),
      glossary_(dictionary.entries().size(), false) {}

void PlainLanguageChecker::SetGlossary(std::vector<uint32_t> entries) {
  glossary_.assign(dictionary_.entries().size(), false);
  for (uint32_t entry : entries)
    if (entry < glossary_.size()) glossary_[entry] = true;
}

bool PlainLanguageChecker::Explained(std::string_view text, const TermMatch& match) const {
  return match.learn && (glossary_[match.entry] || ExplainedInSentence(text, match.end));
}

void PlainLanguageChecker::ResolveAcceptList(DiagnosticList& diagnostics) {
  for (const AcceptedTerm& accepted : options_.accept) {
    uint32_t entry = dictionary_.Find(accepted.term, *tokenizer_, *folder_);
    if (entry == TermDictionary::kNone) {
      diagnostics.Warning(accepted.where, "PL021",
                          "'" + accepted.term + "' is accepted but is not in the dictionary",
                          "check the spelling; only dictionary terms are reported");
      continue;
    }
    accepted_[entry] = true;
  }
}

Readability PlainLanguageChecker::CheckText(const Text& text, Readership audience,
                                            DiagnosticList& diagnostics, TermUsage* usage) {
  return Check(text, audience, true, diagnostics, usage);
}

void PlainLanguageChecker::CheckTerms(const Text& text, Readership audience,
                                      DiagnosticList& diagnostics, TermUsage* usage) {
  Check(text, audience, false, diagnostics, usage);
}

Readability PlainLanguageChecker::Check(const Text& text, Readership audience, bool scored,
                                        DiagnosticList& diagnostics, TermUsage* usage) {
  std::string_view value = text.value;
  bool family = audience == Readership::kFamily && scored;
  tokenizer_->Reset(value);
  matcher_.Reset(value);
  if (family) meter_->Reset(value, options_.long_sentence_words);
  Token token;
  while (tokenizer_->NextWord(&token)) {
    std::string_view folded = folder_->Fold(value.substr(token.begin, token.end - token.begin));
    matcher_.AddWord(token, folded);
    if (family) meter_->AddWord(token, folded);
  }
  matcher_.Finish();
  for (const TermMatch& match : matcher_.matches()) {
    if (usage) usage->Add(match.entry, value.substr(match.begin, match.end - match.begin));
    if (!accepted_[match.entry] && !Explained(value, match))
      ReportTerm(text, match, audience, diagnostics);
  }
  if (!family) return {};
  const Readability& readability = meter_->Finish();
  ReportReadability(text, readability, diagnostics);
  return readability;
}

void PlainLanguageChecker::ReportTerm(const Text& text, const TermMatch& match, Readership audience,
                                      DiagnosticList& diagnostics) const {
  const TermEntry& entry = dictionary_.entries()[match.entry];
  TermLevel level = audience == Readership::kFamily ? entry.family : entry.professionals;
  if (level == TermLevel::kOff) return;
  std::string written =
      Quote(std::string_view(text.value).substr(match.begin, match.end - match.begin));
  Diagnostic diagnostic;
  diagnostic.severity = level == TermLevel::kError ? Severity::kError : Severity::kWarning;
  diagnostic.where = text.LocationOf(match.begin);
  diagnostic.rule = RuleOf(entry.category);
  diagnostic.message = MessageFor(entry, written);
  diagnostic.suggestion =
      match.learn
          ? "families must learn '" + written + "': explain it in the same sentence, as in '" +
                written + " (this means …)', or print the document's glossary"
          : "to keep '" + written +
                "' on purpose, add it to the accept list; the glossary will explain it";
  diagnostics.Report(std::move(diagnostic));
}

void PlainLanguageChecker::ReportReadability(const Text& text, const Readability& readability,
                                             DiagnosticList& diagnostics) const {
  for (const SentenceSpan& sentence : meter_->long_sentences()) {
    diagnostics.Warning(text.LocationOf(sentence.begin), "PL011",
                        "this sentence has " + std::to_string(sentence.words) +
                            " words; family text keeps to " +
                            std::to_string(options_.long_sentence_words) + " or fewer",
                        "split it into shorter sentences");
  }
  if (!options_.scores_reading_age || readability.words < options_.reading_age_min_words) return;
  double age = readability.ReadingAge();
  if (age <= options_.reading_age_target) return;
  SourceLocation first_word =
      meter_->first_word() < text.value.size() ? text.LocationOf(meter_->first_word()) : text.where;
  diagnostics.Warning(first_word, "PL010",
                      "this text needs a reading age of " + OneDecimal(age) +
                          " years; the target is " + OneDecimal(options_.reading_age_target),
                      "use shorter sentences and everyday words (Flesch reading ease " +
                          OneDecimal(readability.FleschReadingEase()) + ")");
}

}  // namespace sdgen
