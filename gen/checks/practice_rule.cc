#include "checks/practice_rule.h"

#include "checks/action_rules.h"
#include "checks/attendance_rules.h"
#include "checks/decision_rules.h"
#include "checks/family_rules.h"
#include "checks/hidden_names.h"
#include "checks/lado_rules.h"
#include "checks/mapping_rules.h"
#include "checks/police_rules.h"
#include "checks/reader_rules.h"
#include "checks/scaling_rules.h"
#include "checks/sign_off_rules.h"
#include "checks/timeliness_rules.h"

namespace sdgen {
namespace {

// The guidance each rule comes from, in the words of docs/rules.md.
constexpr const char* kBriefing = "multi-agency seven-minute briefing on strategy discussions";
constexpr const char* kManagement = "council management guidance on strategy discussions";
constexpr const char* kAudit = "multi-agency audit of strategy discussions";
constexpr const char* kSignsOfSafety = "Signs of Safety mapping guidance";
// The rules about family readers (record format 2) all come back to this.
#define SDGEN_WORKING_TOGETHER                                                      \
  "Working Together to Safeguard Children 2023: a strategy discussion agrees what " \
  "information will be shared with the family, when and by whom, unless this may "  \
  "jeopardise a police investigation or place the child at risk"

// SD027 reads the rendered documents, which exist only at build: `sdgen
// build` runs it (gen/language/family_document_check.h), not the record pass.
void CheckFamilyDocumentsAtBuild(const RuleInput&, const PracticeRule&, DiagnosticList&) {}

}  // namespace

const std::vector<PracticeRule>& PracticeRules() {
  using S = Severity;
  static const std::vector<PracticeRule> kRules = {
      {"SD001", S::kError,
       "every action has an owner, a due date-time and a task (who, what, by when)",
       "seven-minute briefing (SMART actions); audit of strategy discussions",
       CheckActionsAreSmart},
      {"SD002", S::kError,
       "a deferral gives its reason, the information needed, a reconvene time within 72 hours "
       "and an interim safety plan saying when the child is seen",
       kManagement, CheckDeferral},
      {"SD003", S::kError,
       "a s47 decision says who sees the child; with harm substantiated, within 24 hours",
       kManagement, CheckChildSeenInTime},
      {"SD004", S::kWarning, "a social worker, a manager or chair, police and health take part",
       kAudit, CheckCoreAgencies},
      {"SD005", S::kWarning,
       "a school-age child's school and school nurse are invited; a younger child's health "
       "visitor is",
       kAudit, CheckAgeAgencies},
      {"SD006", S::kWarning,
       "the MASH enquiry is completed within its RAG window and a timing rationale is recorded",
       "council management guidance (RAG timescales); audit of strategy discussions",
       CheckMashTimeliness},
      {"SD007", S::kError, "scaling scores are whole numbers from 0 to 10, each with a rationale",
       "Signs of Safety guidance on scaling questions", CheckScalingScores},
      {"SD008", S::kWarning, "a danger statement and a safety goal exist, each naming the children",
       kSignsOfSafety, CheckDangerAndGoalExist},
      {"SD009", S::kWarning, "each child's voice is recorded", kBriefing, CheckChildVoices},
      {"SD010", S::kWarning,
       "fathers are considered: a father is listed, or the record says why not", kBriefing,
       CheckFatherConsidered},
      {"SD011", S::kWarning, "other children are considered",
       "seven-minute briefing; council management guidance", CheckOtherChildren},
      {"SD012", S::kError, "the decision records what will be shared with the family",
       "council management guidance; audit of strategy discussions", CheckFamilyInformation},
      {"SD013", S::kError, "the LADO is involved where an alleged person works with children",
       kManagement, CheckLadoInvolved},
      {"SD014", S::kError, "the decision has an outcome, a threshold and a rationale",
       "council management guidance (the seven outcomes); audit (explicit s47 decisions)",
       CheckOutcomeExplicit},
      {"SD015", S::kError, "the medical and legal-action decisions are explicit",
       "seven-minute briefing; council management guidance", CheckMedicalAndLegal},
      {"SD016", S::kError,
       "the chair signs the decision sheet and every agency present agrees or records a "
       "disagreement",
       "council management guidance (the decision sheet)", CheckDecisionSheetSigned},
      {"SD017", S::kWarning,
       "a danger statement says who is worried, what the children might experience and 'if "
       "nothing changes'; a safety goal names the children",
       "Signs of Safety partner session and guidance", CheckDangerAndGoalWording},
      {"SD018", S::kWarning,
       "an injury described in harm with no child protection medical planned needs a reason",
       "seven-minute briefing; local child protection medical procedures",
       CheckInjuryWithoutMedical},
      {"SD019", S::kWarning,
       "where an alleged person works with children, the LADO is told within 1 working day",
       "council management guidance; local LADO procedures", CheckLadoInformedInTime},
      {"SD020", S::kWarning, "a disagreement gives its reason and whether escalation was started",
       "Cumbria partner guidance; seven-minute briefing", CheckDisagreements},
      {"SD021", S::kWarning,
       "a child in hospital has a discharge plan and a paediatrician or hospital health "
       "professional takes part",
       "council management guidance; audit of strategy discussions", CheckHospitalChild},
      {"SD022", S::kError, "a family document names nobody its reader may not see",
       SDGEN_WORKING_TOGETHER
       "; council management guidance (what the family is told is decided, and the details "
       "of the discussion are not necessarily shared). A reader may see: themselves; the "
       "children they have parental responsibility for or live with; the people and attendees "
       "whose name reaches them; the owners of actions that reach them; whoever tells them "
       "their family information; and, in a child's words and pictures, whom the non-alleged "
       "adults the child lives with may see. Every word of anyone else's name (titles such as "
       "DS or Mrs excepted), their known-as, what the children call them, their address (first "
       "line, street and postcode), phone and email are looked for as whole words, with case "
       "and accents ignored and a trailing 's dropped; a word shared with someone the reader "
       "may see does not count. Found in a record item, the document is not written",
       CheckHiddenNames},
      {"SD023", S::kError,
       "family information for an alleged person has police-agreed=\"yes\" while a police "
       "investigation is recorded",
       SDGEN_WORKING_TOGETHER "; council management guidance (a police investigation)",
       CheckAllegedToldWithoutPolice},
      {"SD024", S::kWarning,
       "an item that reaches a parent living apart does not name the other parent or the "
       "children's household",
       SDGEN_WORKING_TOGETHER "; seven-minute briefing (fathers who live apart are considered, "
                              "which is not the same as being told where the children live)",
       CheckParentLivingApart},
      {"SD025", S::kWarning,
       "a child aged 4 or more (a style setting) in a s47, s17-assessment or "
       "police-investigation discussion has words and pictures of their own",
       "Signs of Safety partner session (words and pictures explain to children what is "
       "happening); seven-minute briefing (the voice of the child)",
       CheckWordsAndPicturesWritten},
      {"SD026", S::kError,
       "the outcome does not contradict the record (no further action with a medical, a child "
       "seen or a criminal investigation; a deferred decision whose threshold is decided)",
       "council management guidance (the seven outcomes; deferral); audit of strategy "
       "discussions (explicit decisions)",
       CheckOutcomeMatchesRecord},
      {"SD027", S::kError,
       "a family document passes the plain-language check as its reader reads it: no jargon "
       "(a term families must learn, such as section 47 enquiry, only where the document "
       "explains it), a reading age within the style's target (an error for words and "
       "pictures, a warning for letters), sentences of 25 words or fewer (a warning); one that "
       "fails is built as a DRAFT",
       "Signs of Safety guidance (every statement in language the family understands, "
       "describing what people did, not labels); GOV.UK content design (a reading age of 9 "
       "for the public)",
       CheckFamilyDocumentsAtBuild},
      {"SD028", S::kWarning,
       "family text does not repeat six or more words in a row of a child's voice",
       SDGEN_WORKING_TOGETHER "; seven-minute briefing (the voice of the child): what a child "
                              "disclosed is evidence, shared with the family only on purpose",
       CheckVoiceRepeated},
      {"SD029", S::kWarning,
       "a police investigation holds back a family document until the family information or "
       "words and pictures it is made from has police-agreed=\"yes\"",
       SDGEN_WORKING_TOGETHER "; council management guidance (a police investigation)",
       CheckPoliceHoldBack},
  };
  return kRules;
}

const PracticeRule* FindPracticeRule(const std::string& id) {
  for (const PracticeRule& rule : PracticeRules())
    if (id == rule.id) return &rule;
  return nullptr;
}

void RunPracticeRules(const Record& record, const WorkingCalendar& calendar,
                      DiagnosticList& diagnostics) {
  RunPracticeRules(RuleInput{record, calendar}, diagnostics);
}

void RunPracticeRules(const RuleInput& input, DiagnosticList& diagnostics) {
  for (const PracticeRule& rule : PracticeRules()) rule.check(input, rule, diagnostics);
}

bool IsMissing(const std::optional<Text>& text) { return !text || text->IsBlank(); }

Diagnostic RuleFinding(const PracticeRule& rule, SourceLocation where, std::string message,
                       std::string suggestion) {
  return {rule.severity, where, rule.id, std::move(message), std::move(suggestion), {}};
}

void ReportRule(const PracticeRule& rule, SourceLocation where, std::string message,
                DiagnosticList& diagnostics, std::string suggestion) {
  diagnostics.Report(RuleFinding(rule, where, std::move(message), std::move(suggestion)));
}

}  // namespace sdgen
