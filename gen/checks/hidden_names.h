#pragma once

// SD022: a family document names someone its reader may not see. Whom a reader
// may see is VisiblePeople's answer; everyone else of the record is hidden, and
// their names, known-as, what the children call them, address, phone and email
// are looked for (identifying_words.h says how). The build asks here about each
// family document it renders; `sdgen check` asks about each record item.

#include <string>
#include <string_view>
#include <vector>

#include "checks/practice_rule.h"
#include "record/family_readers.h"

namespace sdgen {

/// SD022 for one reader: each record item that reaches `reader` and names
/// someone hidden from them, as an error located at the word in the record.
std::vector<Diagnostic> FindHiddenNamesInRecordItems(const Record& record,
                                                     const FamilyReaders& readers,
                                                     const FamilyReader& reader);

/// The words of `rendered_text` (a document's text or alternative text) that
/// name someone hidden from `reader`, as written there, each once, in order.
/// If the names cannot be looked for (ICU's data is missing), one entry says
/// so, so that the caller withholds the document all the same.
std::vector<std::string> HiddenNamesInText(const Record& record, const FamilyReaders& readers,
                                           const FamilyReader& reader,
                                           std::string_view rendered_text);

/// SD022: no record item that reaches a family reader (a letter reader or a
/// story reader) names someone hidden from them.
void CheckHiddenNames(const RuleInput& input, const PracticeRule& rule,
                      DiagnosticList& diagnostics);

}  // namespace sdgen
