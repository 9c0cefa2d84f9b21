#pragma once

// SD027, the gate: a family document's rendered text is checked as its one
// reader reads it, just before it is written. Terms are the dictionary's
// family level (an error by default); a spelling families must learn
// ("section 47 enquiry") is not reported where the document explains it, in
// its glossary or in the same sentence. The reading age is one figure for the
// whole document, from its body paragraphs (not headings, labels or table
// cells), against the style's target; sentences over the limit are warnings.
//
// A finding points at where its words came from: the record item that
// reaches the reader (FamilyReaders::Reaches) and holds them, at the exact
// word, or else the template text the caller's locator finds; of the two, the
// place where more of the text around the words agrees with the document.
// The caller marks a failing document as a DRAFT.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostics/diagnostic.h"
#include "document/document.h"
#include "language/plain_language_checker.h"
#include "record/family_readers.h"
#include "record/record.h"

namespace sdgen {

/// A place in a template that may have printed some words, and how many
/// bytes around them agree with the document there.
struct TemplatePlace {
  SourceLocation where;
  size_t agreement = 0;
};

/// Finds the template text a rendered paragraph's bytes [begin, end) came
/// from, or nothing if no template holds them.
using TemplateTextLocator = std::function<std::optional<TemplatePlace>(std::string_view paragraph,
                                                                       size_t begin, size_t end)>;

/// How many bytes before `a_end` and `b_end` are the same, going backwards.
size_t AgreeBefore(std::string_view a, size_t a_end, std::string_view b, size_t b_end);
/// How many bytes from `a_begin` and `b_begin` are the same, going forwards.
size_t AgreeAfter(std::string_view a, size_t a_begin, std::string_view b, size_t b_begin);

/// One family document to check, with what decides how it is read.
struct FamilyDocument {
  const std::string& name;  ///< the output name, such as "family-letter-p1"
  const doc::Document& document;
  const FamilyReader& reader;
  /// A reading age above the target is an error (words and pictures), not a warning.
  bool reading_age_is_error = false;
  /// Where a finding about the whole document (its reading age) points: its
  /// template. Unset: the first word of its body.
  std::optional<SourceLocation> whole;
};

/// Checks `document` for its reader with `checker` (made with the document's
/// reading-age target) and reports SD027 findings; true if any is an error.
bool CheckFamilyDocument(const FamilyDocument& document, const Record& record,
                         const FamilyReaders& readers, PlainLanguageChecker& checker,
                         const TemplateTextLocator& locate, DiagnosticList& diagnostics);

}  // namespace sdgen
