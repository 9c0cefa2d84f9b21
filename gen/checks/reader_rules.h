#pragma once

// Rules about what each family reader is given (record format 2): a parent
// living apart, a child's own words and pictures, and a child's words kept out
// of what the family reads. Who reads what is FamilyReaders' answer.

#include "checks/practice_rule.h"

namespace sdgen {

/// SD024: an item that reaches a parent living apart (a letter reader who
/// lives with none of the children) names the other parent or someone who
/// lives with the children, by name, what the children call them or address.
void CheckParentLivingApart(const RuleInput& input, const PracticeRule& rule,
                            DiagnosticList& diagnostics);

/// SD025: in a s47, s17-assessment or police-investigation discussion, each
/// child of `input.words_and_pictures_age` or more has words and pictures.
void CheckWordsAndPicturesWritten(const RuleInput& input, const PracticeRule& rule,
                                  DiagnosticList& diagnostics);

/// SD028: family-level text repeats six or more words in a row of a child's voice.
void CheckVoiceRepeated(const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics);

}  // namespace sdgen
