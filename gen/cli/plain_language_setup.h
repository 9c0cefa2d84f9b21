#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/council_folders.h"
#include "diagnostics/diagnostic.h"
#include "language/plain_language_checker.h"

namespace sdgen::cli {

/// The plain-language dictionary of a style, read and compiled once per run
/// and shared by every record or file the run checks.
class PlainLanguageSetup {
 public:
  /// Reads the shipped style's dictionary, then the council style's
  /// dictionary.xml and plain-language-accept.txt when present, then each of
  /// `extra`. Files are kept in `files` (diagnostics point into them). False if
  /// one that must exist cannot be read or ICU cannot start; the problem is
  /// reported or in `error`.
  /// Each folder of the style named by a language tag (`cy/dictionary.xml`)
  /// gives that language its own setup, read the same way (ForLanguage).
  bool Load(const CouncilFolders& folders, const std::vector<std::string>& extra,
            std::deque<SourceFile>& files, DiagnosticList& diagnostics, std::string* error);

  /// The dictionary terms in `text` with their plain meanings, in dictionary
  /// order: what a document's glossary lists. Needs a successful Load().
  std::vector<GlossaryEntry> GlossaryFor(const std::string& text);
  /// The same for text in `language` (empty: the default dictionary's): the
  /// language's own dictionary, or nothing when it has none, since an
  /// explanation in another language would not help the reader.
  std::vector<GlossaryEntry> GlossaryFor(const std::string& text, const std::string& language);

  /// The setup for text in `language` (its tag, else its language subtag):
  /// this one for an empty tag, null when the style has no dictionary for it.
  const PlainLanguageSetup* ForLanguage(const std::string& language) const;

  /// A checker accepting the style's terms and `accept`.
  std::unique_ptr<PlainLanguageChecker> MakeChecker(std::vector<AcceptedTerm> accept,
                                                    double reading_age,
                                                    DiagnosticList& diagnostics,
                                                    std::string* error) const;

 private:
  /// Reads one language's dictionaries and accept list (Load's work).
  bool LoadOne(const CouncilFolders& folders, const std::vector<std::string>& extra,
               std::deque<SourceFile>& files, DiagnosticList& diagnostics, std::string* error);

  std::unique_ptr<TokenFolder> folder_;
  std::unique_ptr<WordTokenizer> tokenizer_;
  TermDictionary dictionary_;
  std::vector<AcceptedTerm> style_accept_;
  // Finds terms for glossaries; accepts none, since an accepted term still
  // needs explaining to a reader.
  std::unique_ptr<PlainLanguageChecker> glossary_checker_;
  std::map<std::string, std::unique_ptr<PlainLanguageSetup>> languages_;  // by tag
  std::string language_;  // this setup's language tag; empty: the default dictionary's
};

/// A record's own accept list, in the checker's terms.
std::vector<AcceptedTerm> RecordAcceptList(const Record& record);

}  // namespace sdgen::cli
