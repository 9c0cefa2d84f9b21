#pragma once

#include "checks/practice_rule.h"

namespace sdgen {

/// SD004: a social worker, a manager or chair, police and health take part.
void CheckCoreAgencies(const RuleInput& input, const PracticeRule& rule,
                       DiagnosticList& diagnostics);

/// SD005: a school-age child's school and school nurse are invited; a younger
/// child's health visitor is.
void CheckAgeAgencies(const RuleInput& input, const PracticeRule& rule,
                      DiagnosticList& diagnostics);

/// SD021: a child in hospital has a discharge plan, and a paediatrician or
/// hospital health professional takes part.
void CheckHospitalChild(const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics);

}  // namespace sdgen
