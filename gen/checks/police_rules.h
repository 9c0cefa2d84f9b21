#pragma once

// Rules for what the family is told while the police investigate (Working
// Together 2023: information is shared with the family unless that may
// jeopardise a police investigation). Under a police investigation every
// family information and words-and-pictures block a family document is made
// from needs police-agreed="yes" (record format 2).

#include <optional>
#include <vector>

#include "checks/practice_rule.h"
#include "record/family_readers.h"

namespace sdgen {

/// SD023: a family information whose `to` names an alleged person has
/// police-agreed="yes" while a police investigation is recorded.
void CheckAllegedToldWithoutPolice(const RuleInput& input, const PracticeRule& rule,
                                   DiagnosticList& diagnostics);

/// SD029: under a police investigation, each family information or
/// words-and-pictures block without police-agreed="yes" holds back the
/// documents made from it (every letter of a format-1 record, which cannot
/// record the police's agreement).
void CheckPoliceHoldBack(const RuleInput& input, const PracticeRule& rule,
                         DiagnosticList& diagnostics);

/// SD023 for one reader: the family information their letter is made from
/// that tells an alleged person without the police's agreement.
std::vector<Diagnostic> AllegedToldWithoutPolice(const Record& record, const FamilyReaders& readers,
                                                 const FamilyReader& reader);

/// SD029 for one reader: the warning saying why a police investigation holds
/// back their document, or nothing if it may be written.
std::optional<Diagnostic> PoliceHoldBack(const Record& record, const FamilyReaders& readers,
                                         const FamilyReader& reader);

}  // namespace sdgen
