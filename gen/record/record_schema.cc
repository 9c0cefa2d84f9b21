#include "record/record_schema.h"

// The table is written as data, one Describe* function per part of the
// record, in the order the parts appear in a record. Enum words are listed in
// the order of the C++ enums in record.h; a test checks every enum round-trips.

namespace sdgen {
namespace {

const Share kFamily = Share::kFamily;
const Share kProfessionals = Share::kProfessionals;

void Define(SchemaElement& element, const char* name, FieldKind kind, Need need, Share share,
            const char* model, const char* meaning) {
  element.name = name;
  element.kind = kind;
  element.need = need;
  element.share = share;
  element.model = model;
  element.meaning = meaning;
  element.missing = std::string("<") + name + "> element";
}

void Define(SchemaAttribute& attribute, const char* name, FieldKind kind, Need need,
            const char* model, const char* meaning) {
  attribute.name = name;
  attribute.kind = kind;
  attribute.need = need;
  attribute.model = model;
  attribute.meaning = meaning;
  attribute.missing = std::string("'") + name + "' attribute";
  if (kind == FieldKind::kYesNo) attribute.words = {"yes", "no"};
}

void Enum(SchemaAttribute& attribute, const char* name, Need need, std::vector<std::string> words,
          const char* model, const char* meaning) {
  Define(attribute, name, FieldKind::kEnum, need, model, meaning);
  attribute.words = std::move(words);
}

void Reference(SchemaAttribute& attribute, const char* name, FieldKind kind, Need need,
               const char* refers_to, const char* model, const char* meaning) {
  Define(attribute, name, kind, need, model, meaning);
  attribute.refers_to = refers_to;
}

void YesNoDefaultNo(SchemaAttribute& attribute, const char* name, const char* model,
                    const char* meaning) {
  Define(attribute, name, FieldKind::kYesNo, Need::kOptional, model, meaning);
  attribute.default_value = "no";
}

}  // namespace

std::string SchemaAttribute::WordList() const {
  std::string list;
  for (size_t i = 0; i < words.size(); ++i) list += (i ? ", " : "") + words[i];
  return list;
}

std::string SchemaElement::Path() const {
  return parent && parent->parent ? parent->Path() + "/" + name : name;
}

std::vector<std::string> SchemaElement::AttributeNames() const {
  std::vector<std::string> names;
  for (const SchemaAttribute* attribute : attributes) names.push_back(attribute->name);
  for (const SchemaAttribute* attribute : RecordSchema::Get().common_attributes())
    names.push_back(attribute->name);
  return names;
}

std::vector<std::string> SchemaElement::ChildNames() const {
  std::vector<std::string> names;
  for (const SchemaElement* child : children) names.push_back(child->name);
  return names;
}

const RecordSchema& RecordSchema::Get() {
  static const RecordSchema schema;
  return schema;
}

RecordSchema::RecordSchema() {
  Enum(share, "share", Need::kOptional, {"family", "professionals", "restricted"},
       "Visibility::share",
       "who may read the element and everything inside it that does not say otherwise");
  Define(agencies, "agencies", FieldKind::kTokens, Need::kConditional, "Visibility::agencies",
         "the agencies that may read a restricted element");
  agencies.condition = "with share=\"restricted\"";
  Reference(to, "to", FieldKind::kIdList, Need::kOptional, "person or child", "Visibility::to",
            "on a family-level item: exactly the family readers it reaches");
  to.format = 2;
  DescribeRoot();
  DescribeMeeting();
  DescribeFamily();
  DescribeAttendees();
  DescribeMapping();
  DescribeDecision();
  DescribeActionsAndSignOff();
  DescribeWordsAndPictures();
  Link(root, {&local_authority, &meeting, &children, &people, &attendees, &mapping,
              &words_and_pictures, &decision, &actions, &sign_off, &distribution,
              &plain_language});
  Collect(root);
}

void RecordSchema::Link(SchemaElement& element, std::vector<SchemaElement*> parts) {
  for (SchemaElement* part : parts) {
    part->parent = &element;
    element.children.push_back(part);
  }
}

void RecordSchema::Collect(const SchemaElement& element) {
  elements_.push_back(&element);
  for (const SchemaElement* child : element.children) Collect(*child);
}

void RecordSchema::DescribeRoot() {
  Define(root, "strategy-discussion", FieldKind::kContainer, Need::kRequired, kProfessionals,
         "Record", "the record of one strategy discussion");
  Define(record_id, "id", FieldKind::kRecordId, Need::kRequired, "Record::id",
         "the record's reference; output file names are made from it");
  record_id.missing = "'id' attribute (the record's reference)";
  Define(format, "format", FieldKind::kFixed, Need::kRequired, "(checked, not kept)",
         "the format version");
  format.words = {"1", "2"};
  Define(language, "xml:lang", FieldKind::kLanguage, Need::kOptional, "Record::language",
         "the language of the free text");
  language.default_value = "en-GB";
  Define(xmlns, "xmlns", FieldKind::kText, Need::kOptional, "(accepted, not kept)",
         "a default namespace declaration, accepted so that exports may carry one");
  root.attributes = {&record_id, &format, &language, &xmlns};
  Define(local_authority, "local-authority", FieldKind::kText, Need::kRequired, kFamily,
         "Record::local_authority", "the council holding the discussion");
  local_authority.label = true;
  Define(plain_language, "plain-language", FieldKind::kContainer, Need::kOptional,
         kProfessionals, "Record::accepted_terms",
         "terms this record uses on purpose, which the plain-language check accepts");
  Define(accept, "accept", FieldKind::kEmpty, Need::kOptional, kProfessionals,
         "Record::accepted_terms[]", "one accepted term");
  accept.repeats = true;
  Define(accept_term, "term", FieldKind::kText, Need::kRequired, "Record::accepted_terms[]",
         "the term, as written in the record's text");
  accept.attributes = {&accept_term};
  Link(plain_language, {&accept});
}

void RecordSchema::DescribeMeeting() {
  Define(meeting, "meeting", FieldKind::kContainer, Need::kRequired, kProfessionals,
         "Record::meeting", "how and when the discussion took place");
  Enum(form, "form", Need::kRequired, {"meeting", "phone", "virtual"}, "Meeting::form",
       "how it was held: in person, by phone or by video call");
  form.has_share = true;
  form.share = kFamily;
  meeting.attributes = {&form};
  auto date_time = [](SchemaElement& element, const char* name, Need need, const char* model,
                      const char* meaning) {
    Define(element, name, FieldKind::kDateTime, need, kProfessionals, model, meaning);
    element.missing = std::string("<") + name + "> date-time";
  };
  date_time(held, "held", Need::kRequired, "Meeting::held",
            "when the discussion started; all deadlines count from here");
  held.share = kFamily;
  date_time(contact_received, "contact-received", Need::kRequired, "Meeting::contact_received",
            "when the contact or referral came in");
  Define(rag, "rag", FieldKind::kEmpty, Need::kRequired, kProfessionals, "Meeting::rag",
         "the front door's RAG rating; the enquiry is due 4, 24 or 72 hours after the contact");
  rag.missing = "<rag rating=\"...\"> element";
  Enum(rating, "rating", Need::kRequired, {"red", "amber", "green"}, "Meeting::rag",
       "red, amber or green");
  rag.attributes = {&rating};
  date_time(mash_enquiry_completed, "mash-enquiry-completed", Need::kOptional,
            "Meeting::mash_enquiry_completed", "when the front door's enquiry finished");
  Define(reason, "reason", FieldKind::kText, Need::kRequired, kProfessionals, "Meeting::reason",
         "why the discussion is being held");
  Define(timing_rationale, "timing-rationale", FieldKind::kText, Need::kWarn, kProfessionals,
         "Meeting::timing_rationale", "why it was held when it was");
  Define(previous, "previous", FieldKind::kText, Need::kOptional, kProfessionals,
         "Meeting::previous_note", "the earlier discussion this one reconvenes, and optionally "
         "what it decided");
  Define(previous_id, "id", FieldKind::kRecordId, Need::kRequired, "Meeting::previous_id",
         "the earlier discussion's record id");
  previous_id.missing = "'id' attribute naming the earlier record";
  previous.attributes = {&previous_id};
  Link(meeting, {&held, &contact_received, &rag, &mash_enquiry_completed, &reason,
                 &timing_rationale, &previous});
}

void RecordSchema::DescribeFamily() {
  Define(children, "children", FieldKind::kContainer, Need::kRequired, kProfessionals,
         "Record::children", "the children the discussion is about");
  Define(child, "child", FieldKind::kContainer, Need::kRequired, kFamily, "Child",
         "one child");
  child.repeats = true;
  child.min_count = 1;
  child.missing = "<child> element: a record is about at least one child";
  Define(child_id, "id", FieldKind::kId, Need::kRequired, "Child::id", "unique id");
  YesNoDefaultNo(in_hospital, "in-hospital", "Child::in_hospital",
                 "yes when the child is a hospital patient now");
  Define(child_language, "language", FieldKind::kLanguage, Need::kOptional, "Child::language",
         "the language the child's own documents are written in; default the record's");
  child_language.format = 2;
  child.attributes = {&child_id, &in_hospital, &child_language};
  auto text = [](SchemaElement& element, const char* name, Share share, bool label,
                 const char* model, const char* meaning) {
    Define(element, name, FieldKind::kText, Need::kOptional, share, model, meaning);
    element.label = label;
  };
  text(child_name, "name", kFamily, true, "Child::name", "the child's full name");
  child_name.need = Need::kRequired;
  text(known_as, "known-as", kFamily, true, "Child::known_as",
       "the name used for the child in documents");
  Define(born, "born", FieldKind::kDate, Need::kOptional, kProfessionals, "Child::born",
         "date of birth, for the age rules");
  text(gender, "gender", kProfessionals, true, "Child::gender", "gender");
  text(ethnicity, "ethnicity", kProfessionals, true, "Child::ethnicity", "ethnicity");
  text(first_language, "first-language", kProfessionals, true, "Child::first_language",
       "first language");
  text(school_or_setting, "school-or-setting", kProfessionals, true, "Child::school_or_setting",
       "school, nursery or other setting");
  text(needs, "needs", kProfessionals, false, "Child::needs",
       "health, disability or learning needs");
  text(voice, "voice", kProfessionals, false, "Child::voice",
       "what the child has said, or how their views will be sought; evidence, so it reaches a "
       "family document only when shared on purpose, with `to`");
  voice.need = Need::kWarn;
  voice.slot = SlotOf<Child, &Child::voice>();
  Link(children, {&child});
  Link(child, {&child_name, &known_as, &born, &gender, &ethnicity, &first_language,
               &school_or_setting, &needs, &voice});

  Define(people, "people", FieldKind::kContainer, Need::kOptional, kProfessionals,
         "Record::people", "the family and network around the children");
  Define(person, "person", FieldKind::kContainer, Need::kOptional, kFamily, "Person",
         "one person of the family or network");
  person.repeats = true;
  Define(person_id, "id", FieldKind::kId, Need::kRequired, "Person::id", "unique id");
  Enum(relationship, "relationship", Need::kRequired,
       {"mother", "father", "step-parent", "carer", "sibling", "grandparent", "partner", "other"},
       "Person::relationship", "how the person is related to the children");
  YesNoDefaultNo(parental_responsibility, "parental-responsibility",
                 "Person::parental_responsibility", "whether they have parental responsibility");
  Reference(lives_with, "lives-with", FieldKind::kIdList, Need::kOptional, "child",
            "Person::lives_with", "the children they live with; may be empty");
  YesNoDefaultNo(works_with_children, "works-with-children", "Person::works_with_children",
                 "paid or voluntary work with children");
  Enum(alleged, "alleged", Need::kConditional, {"yes", "no", "unknown"}, "Person::alleged",
       "whether they are alleged to have caused harm; unknown counts as yes");
  alleged.condition = "for a person with parental responsibility, in format 2";
  alleged.default_value = "no (format 1)";
  Define(called, "called", FieldKind::kText, Need::kOptional, "Person::called",
         "what the children call this person");
  called.format = 2;
  Define(person_language, "language", FieldKind::kLanguage, Need::kOptional, "Person::language",
         "the language their letter is written in; default the record's");
  person_language.format = 2;
  person.attributes = {&person_id, &relationship, &parental_responsibility, &lives_with,
                       &works_with_children, &alleged, &called, &person_language};
  text(person_name, "name", kFamily, true, "Person::name",
       "the person's name; family by default for family members, professionals for "
       "relationship other");
  person_name.need = Need::kRequired;
  text(address, "address", kFamily, true, "Person::address",
       "where a family letter to them goes, one line per address line");
  Link(people, {&person});
  Define(person_born, "born", FieldKind::kDate, Need::kOptional, kProfessionals, "Person::born",
         "date of birth: a person under 18 at the meeting gets no letter");
  person_born.format = 2;
  Link(person, {&person_name, &address, &person_born});
}

void RecordSchema::DescribeAttendees() {
  Define(attendees, "attendees", FieldKind::kContainer, Need::kRequired, kProfessionals,
         "Record::attendees", "everyone invited, whether or not they took part");
  Define(attendee, "attendee", FieldKind::kContainer, Need::kRequired, kFamily, "Attendee",
         "one professional");
  attendee.repeats = true;
  attendee.min_count = 1;
  Define(attendee_id, "id", FieldKind::kId, Need::kRequired, "Attendee::id", "unique id");
  Enum(role, "role", Need::kRequired,
       {"chair", "social-worker", "manager", "police", "health", "school-nurse",
        "health-visitor", "education", "probation", "lado", "legal", "other"},
       "Attendee::role", "their part in the discussion");
  role.has_share = true;
  role.share = kFamily;
  Define(agency, "agency", FieldKind::kText, Need::kRequired, "Attendee::agency",
         "the agency they speak for");
  agency.has_share = true;
  agency.share = kFamily;
  Enum(present, "present", Need::kRequired, {"yes", "apologies", "report-only"},
       "Attendee::present", "whether they took part, sent apologies or sent a report only");
  attendee.attributes = {&attendee_id, &role, &agency, &present};
  Define(attendee_name, "name", FieldKind::kText, Need::kRequired, kProfessionals,
         "Attendee::name", "their name");
  attendee_name.label = true;
  Define(job_title, "job-title", FieldKind::kText, Need::kComplete, kProfessionals,
         "Attendee::job_title", "their job title");
  job_title.label = true;
  Define(contact, "contact", FieldKind::kEmpty, Need::kOptional, kProfessionals,
         "Attendee::contact", "how a family may reach them, where the record shares it");
  Define(phone, "phone", FieldKind::kText, Need::kOptional, "Contact::phone", "phone number");
  Define(email, "email", FieldKind::kText, Need::kOptional, "Contact::email", "email address");
  contact.attributes = {&phone, &email};
  Link(attendees, {&attendee});
  Link(attendee, {&attendee_name, &job_title, &contact});
}

void RecordSchema::DescribeMapping() {
  Define(mapping, "mapping", FieldKind::kContainer, Need::kRequired, kProfessionals,
         "Record::mapping", "the Signs of Safety mapping");
  Define(worried_about, "worried-about", FieldKind::kContainer, Need::kRequired, kProfessionals,
         "Mapping", "what we are worried about");
  worried_about.missing = "<worried-about> section";
  Reference(raised_by, "by", FieldKind::kIdRef, Need::kRequired, "attendee", "Statement::by",
            "who raised it");
  raised_by.missing = "'by' attribute saying who";
  auto statement = [this](SchemaElement& element, const char* name, const char* model,
                          const char* meaning) {
    Define(element, name, FieldKind::kText, Need::kOptional, kProfessionals, model, meaning);
    element.repeats = true;
    element.attributes = {&raised_by};
  };
  statement(harm, "harm", "Mapping::harms", "harmful behaviour that has happened and its impact");
  harm.need = Need::kRequired;
  harm.min_count = 1;
  harm.missing = "<harm>: say what has happened and its impact";
  statement(complicating_factor, "complicating-factor", "Mapping::complicating_factors",
            "worries with no evidence of harm yet");
  complicating_factor.title = "complicating factor";
  Define(working_well, "working-well", FieldKind::kContainer, Need::kOptional, kProfessionals,
         "Mapping", "what is working well");
  statement(strength, "strength", "Mapping::strengths", "existing strengths");
  statement(safety, "safety", "Mapping::safety",
            "what people did that kept the child safe when the worry was happening");
  Define(need_to_know, "need-to-know", FieldKind::kContainer, Need::kOptional, kProfessionals,
         "Mapping", "what we still need to know");
  statement(need_item, "item", "Mapping::need_to_know", "a grey area or unknown");
  need_item.title = "need-to-know item";
  Reference(about_children, "children", FieldKind::kIdList, Need::kOptional, "child",
            "ChildStatement::children", "the children it is about");
  auto child_statement = [this](SchemaElement& element, const char* name, const char* model,
                                const char* meaning) {
    Define(element, name, FieldKind::kText, Need::kWarn, kFamily, model, meaning);
    element.attributes = {&about_children};
  };
  child_statement(danger_statement, "danger-statement", "Mapping::danger_statement",
                  "what we worry will happen if nothing changes");
  child_statement(safety_goal, "safety-goal", "Mapping::safety_goal",
                  "what we will see when we are no longer worried");
  danger_statement.title = "danger statement";
  safety_goal.title = "safety goal";
  Define(scaling, "scaling", FieldKind::kContainer, Need::kOptional, kProfessionals,
         "Mapping::scaling", "the scaling question and each agency's score");
  auto scaling_text = [](SchemaElement& element, const char* name, const char* model,
                         const char* meaning) {
    Define(element, name, FieldKind::kText, Need::kOptional, kFamily, model, meaning);
  };
  scaling_text(question, "question", "Scaling::question", "the scaling question");
  scaling_text(zero_means, "zero-means", "Scaling::zero_means", "what 0 means");
  scaling_text(ten_means, "ten-means", "Scaling::ten_means", "what 10 means");
  Define(score, "score", FieldKind::kText, Need::kOptional, kProfessionals, "Scaling::scores",
         "one score, with its rationale as text");
  score.repeats = true;
  Reference(score_by, "by", FieldKind::kIdRef, Need::kRequired, "attendee", "Score::by",
            "who gave the score");
  score_by.missing = "'by' attribute saying who";
  Define(score_value, "value", FieldKind::kInteger, Need::kRequired, "Score::value",
         "the score, a whole number");
  score_value.min = 0;
  score_value.max = 10;
  score.attributes = {&score_by, &score_value};
  scaling_text(one_point_higher, "one-point-higher", "Scaling::one_point_higher",
               "what would move the score up by one");
  Link(mapping, {&worried_about, &working_well, &need_to_know, &danger_statement, &safety_goal,
                 &scaling});
  Link(worried_about, {&harm, &complicating_factor});
  Link(working_well, {&strength, &safety});
  Link(need_to_know, {&need_item});
  Link(scaling, {&question, &zero_means, &ten_means, &score, &one_point_higher});
}

void RecordSchema::DescribeDecision() {
  Define(decision, "decision", FieldKind::kContainer, Need::kRequired, kProfessionals,
         "Record::decision", "the decision");
  Enum(outcome, "outcome", Need::kComplete,
       {"s47", "s17-assessment", "police-investigation", "referral", "disciplinary",
        "no-further-action", "deferred"},
       "Decision::outcome", "what happens next");
  outcome.has_share = true;
  outcome.share = kFamily;
  Enum(threshold, "threshold", Need::kComplete, {"met", "not-met", "undecided"},
       "Decision::threshold",
       "whether there is reasonable cause to suspect significant harm; undecided (format 2) "
       "while deferred");
  threshold.has_share = true;
  threshold.share = kFamily;
  decision.attributes = {&outcome, &threshold};
  auto text = [](SchemaElement& element, const char* name, Need need, const char* model,
                 const char* meaning) {
    Define(element, name, FieldKind::kText, need, kProfessionals, model, meaning);
  };
  text(rationale, "rationale", Need::kComplete, "Decision::rationale", "why this outcome");
  Define(harm_substantiated, "harm-substantiated", FieldKind::kYesNo, Need::kOptional,
         kProfessionals, "Decision::harm_substantiated",
         "for s47 enquiries: whether significant harm was found, as yes or no");
  text(child_seen, "child-seen", Need::kConditional, "Decision::child_seen",
       "who sees the child and when, with an optional note");
  child_seen.condition = "for s47";
  Reference(seen_by, "by", FieldKind::kIdRef, Need::kRequired, "attendee or person",
            "ChildSeen::by", "who sees the child");
  seen_by.missing = "'by' attribute saying who";
  Define(seen_at, "at", FieldKind::kDateTime, Need::kRequired, "ChildSeen::at",
         "when the child is seen");
  seen_at.missing = "'at' date-time";
  child_seen.attributes = {&seen_by, &seen_at};
  Define(required, "required", FieldKind::kYesNo, Need::kRequired, "YesNoDecision::required",
         "yes or no");
  text(medical, "medical", Need::kComplete, "Decision::medical",
       "whether a child protection medical is needed, and why");
  medical.attributes = {&required};
  text(criminal_investigation, "criminal-investigation", Need::kOptional,
       "Decision::criminal_investigation", "how and when any police investigation is run");
  criminal_investigation.share = Share::kRestricted;
  criminal_investigation.agencies = {"police"};
  text(legal_action, "legal-action", Need::kComplete, "Decision::legal_action",
       "whether legal action is needed, and why");
  legal_action.attributes = {&required};
  text(family_information, "family-information", Need::kComplete,
       "Decision::family_information", "what a family reader is told (its text), when and by whom");
  family_information.share = kFamily;
  family_information.repeats = true;
  Reference(told_by, "by", FieldKind::kIdRef, Need::kOptional, "attendee", "FamilyInformation::by",
            "the attendee who tells them: their contact in the letter");
  told_by.format = 2;
  Define(told_at, "at", FieldKind::kDateTime, Need::kOptional, "FamilyInformation::at",
         "when they are told");
  told_at.format = 2;
  Define(police_agreed, "police-agreed", FieldKind::kYesNo, Need::kConditional,
         "FamilyInformation::police_agreed",
         "whether the police agreed to this being shared now");
  police_agreed.condition = "under a police investigation, for anything to be written";
  police_agreed.format = 2;
  family_information.attributes = {&told_by, &told_at, &police_agreed};
  text(other_children, "other-children", Need::kWarn, "Decision::other_children",
       "brothers, sisters and other children considered");
  text(lado, "lado", Need::kConditional, "Decision::lado", "LADO involvement, with a note");
  lado.condition = "when a person works with children and is alleged to have caused harm";
  Define(involved, "involved", FieldKind::kYesNo, Need::kRequired, "LadoInvolvement::involved",
         "whether the LADO is involved");
  Define(informed, "informed", FieldKind::kDateTime, Need::kOptional,
         "LadoInvolvement::informed", "when the LADO was told");
  informed.missing = "'informed' date-time";
  lado.attributes = {&involved, &informed};
  Define(deferral, "deferral", FieldKind::kContainer, Need::kConditional, kProfessionals,
         "Decision::deferral", "why the decision waits, and what happens meanwhile");
  deferral.condition = "when the outcome is deferred";
  text(deferral_reason, "reason", Need::kComplete, "Deferral::reason", "why it is deferred");
  text(information_required, "information-required", Need::kComplete,
       "Deferral::information_required", "what is needed to decide");
  Define(reconvene, "reconvene", FieldKind::kDateTime, Need::kComplete, kProfessionals,
         "Deferral::reconvene", "when the discussion meets again, within 72 hours");
  reconvene.missing = "<reconvene> date-time";
  text(interim_safety_plan, "interim-safety-plan", Need::kComplete,
       "Deferral::interim_safety_plan", "how the child is kept safe meanwhile, and when seen");
  text(immediate_protection, "immediate-protection", Need::kOptional,
       "Decision::immediate_protection", "what must happen now");
  text(discharge_plan, "discharge-plan", Need::kConditional, "Decision::discharge_plan",
       "how the child's safe discharge from hospital is secured");
  discharge_plan.condition = "when a child is in hospital";
  Link(decision, {&rationale, &harm_substantiated, &child_seen, &medical, &criminal_investigation,
                  &legal_action, &family_information, &other_children, &lado, &deferral,
                  &immediate_protection, &discharge_plan});
  Link(deferral, {&deferral_reason, &information_required, &reconvene, &interim_safety_plan});
}

void RecordSchema::DescribeWordsAndPictures() {
  Define(words_and_pictures, "words-and-pictures", FieldKind::kContainer, Need::kOptional, kFamily,
         "Record::words_and_pictures",
         "a story for the children it names, written for them; one document per child");
  words_and_pictures.repeats = true;
  words_and_pictures.format = 2;
  Reference(story_for, "for", FieldKind::kIdList, Need::kRequired, "child",
            "WordsAndPictures::for_children", "the children the story is for");
  story_for.format = 2;
  Reference(story_by, "by", FieldKind::kIdRef, Need::kOptional, "attendee",
            "WordsAndPictures::by", "who goes through it with the child");
  story_by.format = 2;
  story_police_agreed = police_agreed;
  story_police_agreed.model = "WordsAndPictures::police_agreed";
  words_and_pictures.attributes = {&story_for, &story_by, &story_police_agreed};
  auto section = [](SchemaElement& element, const char* name, Need need, const char* model,
                    const char* meaning) {
    Define(element, name, FieldKind::kText, need, kFamily, model, meaning);
    element.part_of_item = true;
    element.format = 2;
  };
  section(who_is_worried, "who-is-worried", Need::kRequired, "WordsAndPictures::who_is_worried",
          "who is worried and what their job is");
  section(what_happened, "what-happened", Need::kRequired, "WordsAndPictures::what_happened",
          "what happened, told for the child");
  section(worries, "worries", Need::kRequired, "WordsAndPictures::worries",
          "what the grown-ups are worried about");
  section(going_well, "going-well", Need::kRequired, "WordsAndPictures::going_well",
          "what is going well");
  section(what_happens_next, "what-happens-next", Need::kRequired,
          "WordsAndPictures::what_happens_next", "what happens next");
  section(story_safety_goal, "safety-goal", Need::kOptional, "WordsAndPictures::safety_goal",
          "what everyone wants for the child");
  section(how_safe, "how-safe", Need::kOptional, "WordsAndPictures::how_safe",
          "how safe things are, with the number on the scale");
  Define(how_safe_value, "value", FieldKind::kInteger, Need::kRequired, "HowSafe::value",
         "the number, a whole number");
  how_safe_value.min = 0;
  how_safe_value.max = 10;
  how_safe_value.format = 2;
  how_safe.attributes = {&how_safe_value};
  Define(drawing, "drawing", FieldKind::kEmpty, Need::kOptional, kFamily,
         "WordsAndPictures::drawing", "a drawing, PNG or JPEG, inside the record's folder");
  drawing.part_of_item = true;
  drawing.format = 2;
  Define(drawing_image, "image", FieldKind::kText, Need::kRequired, "Drawing::image",
         "the file, relative to the record");
  drawing_image.format = 2;
  Define(drawing_alt, "alt", FieldKind::kText, Need::kRequired, "Drawing::alt",
         "what the drawing shows, in words");
  drawing_alt.format = 2;
  drawing.attributes = {&drawing_image, &drawing_alt};
  Link(words_and_pictures, {&who_is_worried, &what_happened, &worries, &going_well,
                            &what_happens_next, &story_safety_goal, &how_safe, &drawing});
}

void RecordSchema::DescribeActionsAndSignOff() {
  Define(actions, "actions", FieldKind::kContainer, Need::kConditional, kProfessionals,
         "Record::actions", "the SMART actions");
  actions.condition = "unless the outcome is no-further-action";
  Define(action, "action", FieldKind::kContainer, Need::kOptional, kProfessionals, "Action",
         "one action: who does what, by when and why");
  action.repeats = true;
  Define(action_id, "id", FieldKind::kId, Need::kRequired, "Action::id", "unique id");
  Reference(owner, "owner", FieldKind::kIdRef, Need::kComplete, "attendee or person",
            "Action::owner", "who does it");
  Define(due, "due", FieldKind::kDateTime, Need::kComplete, "Action::due", "by when");
  action.attributes = {&action_id, &owner, &due};
  Define(task, "task", FieldKind::kText, Need::kComplete, kProfessionals, "Action::task",
         "what is to be done");
  task.part_of_item = true;
  Define(purpose, "purpose", FieldKind::kText, Need::kOptional, kProfessionals,
         "Action::purpose", "why");
  purpose.part_of_item = true;
  Link(actions, {&action});
  Link(action, {&task, &purpose});

  Define(sign_off, "sign-off", FieldKind::kContainer, Need::kOptional, kProfessionals,
         "Record::sign_off", "agreement with the decision sheet, and the chair's signature");
  Define(agreement, "agreement", FieldKind::kEmpty, Need::kOptional, kProfessionals,
         "SignOff::agreements", "an agency agreeing the decision sheet");
  agreement.repeats = true;
  Reference(agreement_by, "by", FieldKind::kIdRef, Need::kRequired, "attendee", "Agreement::by",
            "the agency's attendee");
  agreement_by.missing = "'by' attribute saying who";
  Enum(how, "how", Need::kRequired, {"in-meeting", "email"}, "Agreement::how",
       "in the meeting or by email");
  Define(agreement_at, "at", FieldKind::kDateTime, Need::kRequired, "Agreement::at", "when");
  agreement_at.missing = "'at' date-time";
  agreement.attributes = {&agreement_by, &how, &agreement_at};
  Define(disagreement, "disagreement", FieldKind::kText, Need::kOptional, kProfessionals,
         "SignOff::disagreements", "an agency that does not agree: what and why");
  disagreement.repeats = true;
  disagreement_by = agreement_by;
  disagreement_by.model = "Disagreement::by";
  disagreement_by.meaning = "the disagreeing agency's attendee";
  disagreement_at = agreement_at;
  disagreement_at.model = "Disagreement::at";
  Define(escalated, "escalated", FieldKind::kYesNo, Need::kOptional, "Disagreement::escalated",
         "whether the professional disagreement procedure was started");
  disagreement.attributes = {&disagreement_by, &disagreement_at, &escalated};
  Define(signature, "signature", FieldKind::kEmpty, Need::kOptional, kProfessionals,
         "SignOff::signature", "the chair's signature");
  signature_by = agreement_by;
  signature_by.model = "Signature::by";
  signature_by.meaning = "the chair";
  signature_at = agreement_at;
  signature_at.model = "Signature::at";
  Define(signature_image, "image", FieldKind::kText, Need::kOptional, "Signature::image",
         "a PNG of the signature, relative to the record");
  signature.attributes = {&signature_by, &signature_at, &signature_image};
  Link(sign_off, {&agreement, &disagreement, &signature});

  Define(distribution, "distribution", FieldKind::kContainer, Need::kOptional, kProfessionals,
         "Record::distribution", "who receives the minutes");
  Define(distribution_to, "to", FieldKind::kEmpty, Need::kOptional, kProfessionals,
         "Record::distribution[]", "one recipient");
  distribution_to.repeats = true;
  distribution_to.title = "distribution";
  recipient = agreement_by;
  recipient.model = "Record::distribution[]";
  recipient.meaning = "the attendee who receives the minutes";
  distribution_to.attributes = {&recipient};
  Link(distribution, {&distribution_to});
}

}  // namespace sdgen
