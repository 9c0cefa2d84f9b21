#pragma once

// The plain-language check of one text block: dictionary terms (PL001-PL004)
// and, for text a family will read, readability (PL010 reading age, PL011
// long sentences). One word-break pass feeds both the term matcher and the
// readability meter. Record texts, template literal text and `sdgen lint`
// files all come here as `Text`, so each finding points at the exact line and
// column of the word in its source. Rules: docs/plain-language.md.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "language/dictionary_reader.h"
#include "language/glossary.h"
#include "language/readability.h"
#include "language/term_dictionary.h"
#include "language/term_matcher.h"
#include "language/token_folder.h"
#include "language/word_tokenizer.h"
#include "record/record.h"

namespace sdgen {

/// Whether the sentence holding the term that ends at byte `term_end` of
/// `text` explains it: the term is followed by "means", or by "is" or "are"
/// and what it is ("A section 47 enquiry is when…", not "…is needed"), or
/// the sentence goes on to "(this means…" or the like.
bool ExplainedInSentence(std::string_view text, size_t term_end);

/// Who reads a text: a family (errors, readability) or professionals (warnings).
enum class Readership { kFamily, kProfessionals };

/// The reading age a family letter may need: GOV.UK's target for the public.
inline constexpr double kFamilyLetterReadingAge = 9;
/// The default reading age of a words-and-pictures document (a style may set another).
inline constexpr double kWordsAndPicturesReadingAge = 8;

/// What the checker is told besides the dictionary.
struct CheckOptions {
  std::string language = "en-GB";    ///< BCP 47, for ICU's break rules
  std::vector<AcceptedTerm> accept;  ///< style and record accept lists together
  double reading_age_target = kFamilyLetterReadingAge;
  /// Whether text gets a reading age (PL010): the formula is English's, so
  /// text in another language is measured by its sentence length only.
  bool scores_reading_age = true;
  int long_sentence_words = 25;  ///< longer family sentences are reported
  /// Blocks with fewer words get no reading age: a short label gives a meaningless figure.
  int reading_age_min_words = 10;
};

/// Checks text blocks against one compiled dictionary; reuses its ICU state between blocks.
class PlainLanguageChecker {
 public:
  /// A checker over `dictionary` (which must outlive it); reports accepted terms
  /// the dictionary does not know. Null with `error` set if ICU cannot start.
  static std::unique_ptr<PlainLanguageChecker> Create(const TermDictionary& dictionary,
                                                      CheckOptions options,
                                                      DiagnosticList& diagnostics,
                                                      std::string* error);

  /// Checks `text` as `audience` reads it; adds the terms found to `usage` if
  /// given. Returns the block's readability (counted for family text only).
  Readability CheckText(const Text& text, Readership audience, DiagnosticList& diagnostics,
                        TermUsage* usage = nullptr);
  /// Checks only the terms of `text`: for headings, labels and other lines
  /// that are not scored for readability.
  void CheckTerms(const Text& text, Readership audience, DiagnosticList& diagnostics,
                  TermUsage* usage = nullptr);
  /// The entries a document's glossary explains (indices into the dictionary's
  /// entries()): their must-learn spellings are not reported until the next call.
  void SetGlossary(std::vector<uint32_t> entries);

  /// The dictionary the checker matches.
  const TermDictionary& dictionary() const { return dictionary_; }

  /// The options the checker was made with.
  const CheckOptions& options() const { return options_; }

 private:
  PlainLanguageChecker(const TermDictionary& dictionary, CheckOptions options,
                       std::unique_ptr<WordTokenizer> tokenizer,
                       std::unique_ptr<TokenFolder> folder,
                       std::unique_ptr<ReadabilityMeter> meter);
  void ResolveAcceptList(DiagnosticList& diagnostics);
  Readability Check(const Text& text, Readership audience, bool scored, DiagnosticList& diagnostics,
                    TermUsage* usage);
  bool Explained(std::string_view text, const TermMatch& match) const;
  void ReportTerm(const Text& text, const TermMatch& match, Readership audience,
                  DiagnosticList& diagnostics) const;
  void ReportReadability(const Text& text, const Readability& readability,
                         DiagnosticList& diagnostics) const;

  const TermDictionary& dictionary_;
  CheckOptions options_;
  std::unique_ptr<WordTokenizer> tokenizer_;
  std::unique_ptr<TokenFolder> folder_;
  std::unique_ptr<ReadabilityMeter> meter_;
  TermMatcher matcher_;
  std::vector<bool> accepted_;  // by entry index
  std::vector<bool> glossary_;  // by entry index: the document's glossary explains it
};

}  // namespace sdgen
