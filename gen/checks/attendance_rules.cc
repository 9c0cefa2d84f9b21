#include "checks/attendance_rules.h"

#include <vector>

#include "checks/phrase_finder.h"

namespace sdgen {
namespace {

// Sending a report counts as taking part; sending apologies does not.
bool TookPart(const Attendee& attendee) {
  return attendee.present.value == Presence::kYes ||
         attendee.present.value == Presence::kReportOnly;
}

bool HasRole(const Attendee& attendee, const std::vector<AttendeeRole>& roles) {
  for (AttendeeRole role : roles)
    if (attendee.role.value == role) return true;
  return false;
}

bool AnyTookPart(const Record& record, const std::vector<AttendeeRole>& roles) {
  for (const Attendee& attendee : record.attendees)
    if (TookPart(attendee) && HasRole(attendee, roles)) return true;
  return false;
}

// Invited: listed among the attendees at all, even with apologies.
bool AnyInvited(const Record& record, AttendeeRole role) {
  for (const Attendee& attendee : record.attendees)
    if (attendee.role.value == role) return true;
  return false;
}

// Job titles (or agencies) that show a hospital or paediatric professional.
bool IsHospitalProfessional(const Attendee& attendee) {
  static const std::vector<std::string_view> kWords = {"paediatr*", "pediatr*", "hospital*",
                                                       "neonat*", "ward*"};
  return attendee.role.value == AttendeeRole::kHealth && TookPart(attendee) &&
         ((attendee.job_title && HasPhrase(attendee.job_title->value, kWords)) ||
          HasPhrase(attendee.agency.value, kWords));
}

}  // namespace

void CheckCoreAgencies(const RuleInput& input, const PracticeRule& rule,
                       DiagnosticList& diagnostics) {
  const Record& record = input.record;
  if (record.attendees.empty()) return;
  struct Need {
    std::vector<AttendeeRole> roles;
    const char* who;
  };
  const Need kNeeds[] = {
      {{AttendeeRole::kSocialWorker}, "social worker"},
      {{AttendeeRole::kManager, AttendeeRole::kChair}, "manager or chair"},
      {{AttendeeRole::kPolice}, "police officer"},
      {{AttendeeRole::kHealth, AttendeeRole::kSchoolNurse, AttendeeRole::kHealthVisitor},
       "health professional"},
  };
  for (const Need& need : kNeeds) {
    if (AnyTookPart(record, need.roles)) continue;
    ReportRule(rule, record.attendees.front().where,
               std::string("no ") + need.who + " took part in the discussion", diagnostics,
               std::string("invite a ") + need.who +
                   " and record them with present=\"yes\" or \"report-only\"");
  }
}

void CheckAgeAgencies(const RuleInput& input, const PracticeRule& rule,
                      DiagnosticList& diagnostics) {
  const Record& record = input.record;
  if (!record.meeting.held.has_value()) return;
  Date on = record.meeting.held.value->LocalDate();
  for (const Child& child : record.children) {
    if (!child.born.has_value()) continue;
    int age = YearsBetween(*child.born.value, on);
    std::string intro = "child '" + child.id + "' is " + std::to_string(age) + ", but no ";
    if (age >= 5) {
      if (!AnyInvited(record, AttendeeRole::kEducation))
        ReportRule(rule, child.where, intro + "school was invited", diagnostics,
                   "invite the school's designated safeguarding lead (role=\"education\")");
      if (!AnyInvited(record, AttendeeRole::kSchoolNurse))
        ReportRule(rule, child.where, intro + "school nurse was invited", diagnostics,
                   "invite the school nurse (role=\"school-nurse\")");
    } else if (!AnyInvited(record, AttendeeRole::kHealthVisitor)) {
      ReportRule(rule, child.where, intro + "health visitor was invited", diagnostics,
                 "invite the health visitor (role=\"health-visitor\")");
    }
  }
}

void CheckHospitalChild(const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics) {
  const Record& record = input.record;
  for (const Child& child : record.children) {
    if (!child.in_hospital) continue;
    if (IsMissing(record.decision.discharge_plan))
      ReportRule(rule, child.where,
                 "child '" + child.id +
                     "' is in hospital but there is no "
                     "<discharge-plan>",
                 diagnostics, "add <discharge-plan> saying how a safe discharge will be secured");
    bool hospital_present = false;
    for (const Attendee& attendee : record.attendees)
      hospital_present = hospital_present || IsHospitalProfessional(attendee);
    if (!hospital_present)
      ReportRule(rule, child.where,
                 "child '" + child.id +
                     "' is in hospital but no "
                     "paediatrician or hospital health professional took part",
                 diagnostics,
                 "invite the paediatrician or the hospital's safeguarding nurse (role=\"health\")");
  }
}

}  // namespace sdgen
