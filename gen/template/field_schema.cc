#include "template/field_schema.h"

#include <algorithm>

// The getters are small lambdas next to the field they read, so each line of
// the schema says in one place what a path means and where its value lives.

namespace sdgen {
namespace {

TypeRef Scalar(ValueKind kind) { return TypeRef{kind, nullptr, nullptr, false}; }
TypeRef Struct(const StructSchema& type) {
  return TypeRef{ValueKind::kStruct, &type, nullptr, false};
}
TypeRef ListOf(const StructSchema& type) {
  return TypeRef{ValueKind::kStruct, &type, nullptr, true};
}
TypeRef Enum(const EnumSchema& type) { return TypeRef{ValueKind::kEnum, nullptr, &type, false}; }

template <typename T>
const T& As(const Value& value) {
  return *static_cast<const T*>(value.entity);
}

Value Missing() { return Value{}; }

Value Present(ValueKind kind, const Visibility* visibility) {
  Value value;
  value.kind = kind;
  value.missing = false;
  value.visibility = visibility;
  return value;
}

Value FromString(std::string text, const Visibility* visibility) {
  Value value = Present(ValueKind::kText, visibility);
  value.text = std::move(text);
  return value;
}

Value FromText(const Text& text) { return FromString(text.value, &text.visibility); }

Value FromText(const std::optional<Text>& text) { return text ? FromText(*text) : Missing(); }

Value FromDateTime(const Field<DateTime>& field, const Visibility* visibility) {
  if (!field.value) return Missing();
  Value value = Present(ValueKind::kDateTime, visibility);
  value.date_time = *field.value;
  return value;
}

Value FromBool(bool flag, const Visibility* visibility) {
  Value value = Present(ValueKind::kBool, visibility);
  value.flag = flag;
  return value;
}

Value FromBool(const Field<bool>& field, const Visibility* visibility) {
  return field.value ? FromBool(*field.value, visibility) : Missing();
}

template <typename E>
Value FromEnum(const Field<E>& field, const Visibility* visibility) {
  if (!field.value) return Missing();
  Value value = Present(ValueKind::kEnum, visibility);
  value.text = ToString(*field.value);
  return value;
}

Value Entity(const void* entity, const Visibility* visibility) {
  Value value = Present(ValueKind::kStruct, visibility);
  value.entity = entity;
  return value;
}

template <typename T, typename VisibilityOf>
Value ListOfEntities(const std::vector<T>& items, VisibilityOf visibility_of) {
  Value list = Present(ValueKind::kStruct, nullptr);
  list.list = true;
  for (const T& item : items) list.items.push_back(Entity(&item, visibility_of(item)));
  return list;
}

Value ChildList(const ChildRefs& refs) {
  Value list = Present(ValueKind::kStruct, nullptr);
  list.list = true;
  for (const Child* child : refs.children) {
    if (child) list.items.push_back(Entity(child, &child->visibility));
  }
  return list;
}

const Visibility* Shared(Share share) { return &FixedVisibility(share); }

// Attendees are listed to families by role and agency (both `family` by
// default), so an attendee is hidden only when its element says so.
const Visibility* AttendeeVisibility(const Attendee& attendee) {
  return attendee.visibility.stated ? &attendee.visibility : Shared(Share::kFamily);
}

bool OwnsFamilyAction(const Record& record, const Attendee* attendee) {
  for (const Action& action : record.actions) {
    if (action.owner.attendee == attendee && action.visibility.share == Share::kFamily) {
      return true;
    }
  }
  return false;
}

// The spec lets family documents name the owner of a family-shared action.
Value AttendeeName(const Attendee& attendee, const EvalContext& context) {
  Value value = FromText(attendee.name);
  if (attendee.name.visibility.share != Share::kFamily &&
      OwnsFamilyAction(context.record, &attendee)) {
    value.visibility = Shared(Share::kFamily);
  }
  return value;
}

Value PartyName(const Value& parent, const EvalContext& context) {
  const PartyRef& party = As<PartyRef>(parent);
  Value value;
  if (party.attendee) value = AttendeeName(*party.attendee, context);
  if (party.person) value = FromText(party.person->name);
  if (parent.named && !value.missing) value.visibility = parent.visibility;
  return value;
}

Value Party(const PartyRef& party, const Visibility* visibility, bool named = false) {
  if (!party.resolved()) return Missing();
  Value value = Entity(&party, visibility);
  value.named = named;
  return value;
}

Value FromDuration(const Duration& duration, const Visibility* visibility) {
  Value value = Present(ValueKind::kDuration, visibility);
  value.duration = duration;
  return value;
}

Value FromDeadline(const std::optional<Deadline>& deadline) {
  return deadline ? Entity(&*deadline, Shared(Share::kProfessionals)) : Missing();
}

}  // namespace

std::string TypeRef::Describe() const {
  std::string name;
  switch (kind) {
    case ValueKind::kText:
      name = "text";
      break;
    case ValueKind::kDate:
      name = "date";
      break;
    case ValueKind::kDateTime:
      name = "date-time";
      break;
    case ValueKind::kInt:
      name = "number";
      break;
    case ValueKind::kBool:
      name = "yes/no";
      break;
    case ValueKind::kEnum:
      name = enum_type ? enum_type->name : "choice";
      break;
    case ValueKind::kDuration:
      name = "duration";
      break;
    case ValueKind::kStruct:
      name = struct_type ? struct_type->name : "item";
      break;
  }
  return list ? "list of " + name : name;
}

const FieldSchema* StructSchema::Find(std::string_view wanted) const {
  for (const FieldSchema& field : fields) {
    if (field.name == wanted) return &field;
  }
  return nullptr;
}

std::vector<std::string> StructSchema::FieldNames() const {
  std::vector<std::string> names;
  for (const FieldSchema& field : fields) names.push_back(field.name);
  return names;
}

const Schema& Schema::Get() {
  static const Schema schema;
  return schema;
}

const StructSchema* Schema::FindStruct(std::string_view name) const {
  for (const StructSchema* type : struct_list_) {
    if (type->name == name) return type;
  }
  return nullptr;
}

Schema::Schema() {
  struct_list_ = {&top_,          &meeting_,   &child_,     &person_,    &attendee_,
                  &party_,        &contact_,   &mapping_,   &statement_, &child_statement_,
                  &scaling_,      &score_,     &decision_,  &yes_no_,    &child_seen_,
                  &lado_,         &deferral_,  &action_,    &sign_off_,  &agreement_,
                  &disagreement_, &signature_, &deadlines_, &deadline_,  &build_};
  AddEnums();
  AddTopFields();
  AddMeetingFields();
  AddFamilyFields();
  AddMappingFields();
  AddDecisionFields();
  AddActionFields();
  AddRunFields();
}

void Schema::AddEnums() {
  meeting_form_ = {"meeting-form", {"meeting", "phone", "virtual"}};
  rag_ = {"rag", {"red", "amber", "green"}};
  relationship_ = {
      "relationship",
      {"mother", "father", "step-parent", "carer", "sibling", "grandparent", "partner", "other"}};
  role_ = {"role",
           {"chair", "social-worker", "manager", "police", "health", "school-nurse",
            "health-visitor", "education", "probation", "lado", "legal", "other"}};
  presence_ = {"present", {"yes", "apologies", "report-only"}};
  outcome_ = {"outcome",
              {"s47", "s17-assessment", "police-investigation", "referral", "disciplinary",
               "no-further-action", "deferred"}};
  threshold_ = {"threshold", {"met", "not-met"}};
  how_ = {"how", {"in-meeting", "email"}};
}

void Schema::AddTopFields() {
  const ShareRule kPublic = ShareRule::kPublic;
  top_.name = "document";
  top_.fields = {
      {"record-id", Scalar(ValueKind::kText), false, kPublic,
       [](const Value&, const EvalContext& c) { return FromString(c.record.id, nullptr); }},
      // A hash says nothing about anyone; 16 hex digits in fours is enough to
      // read over the phone and still practically unique.
      {"verification-code", Scalar(ValueKind::kText), true, kPublic,
       [](const Value&, const EvalContext& c) {
         const std::string& code = c.inputs.verification_code;
         if (code.size() < 16) return Value{};
         std::string grouped;
         for (size_t i = 0; i < 16; i += 4) grouped += (i ? " " : "") + code.substr(i, 4);
         return FromString(grouped, nullptr);
       }},
      {"local-authority", Scalar(ValueKind::kText), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return FromString(c.record.local_authority.value, nullptr);
       }},
      {"meeting", Struct(meeting_), false, kPublic,
       [](const Value&, const EvalContext& c) { return Entity(&c.record.meeting, nullptr); }},
      {"children", ListOf(child_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return ListOfEntities(c.record.children, [](const Child& x) { return &x.visibility; });
       }},
      {"people", ListOf(person_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return ListOfEntities(c.record.people, [](const Person& x) { return &x.visibility; });
       }},
      {"parents", ListOf(person_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         Value list =
             ListOfEntities(c.record.people, [](const Person& x) { return &x.visibility; });
         list.items.erase(std::remove_if(list.items.begin(), list.items.end(),
                                         [](const Value& item) {
                                           return !As<Person>(item).parental_responsibility;
                                         }),
                          list.items.end());
         return list;
       }},
      {"attendees", ListOf(attendee_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return ListOfEntities(c.record.attendees, AttendeeVisibility);
       }},
      {"mapping", Struct(mapping_), false, kPublic,
       [](const Value&, const EvalContext& c) { return Entity(&c.record.mapping, nullptr); }},
      {"decision", Struct(decision_), false, kPublic,
       [](const Value&, const EvalContext& c) { return Entity(&c.record.decision, nullptr); }},
      {"actions", ListOf(action_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return ListOfEntities(c.record.actions, [](const Action& x) { return &x.visibility; });
       }},
      {"sign-off", Struct(sign_off_), false, kPublic,
       [](const Value&, const EvalContext& c) { return Entity(&c.record.sign_off, nullptr); }},
      {"distribution", ListOf(party_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return ListOfEntities(c.record.distribution,
                               [](const PartyRef&) { return Shared(Share::kProfessionals); });
       }},
      {"deadlines", Struct(deadlines_), false, kPublic,
       [](const Value&, const EvalContext& c) { return Entity(&c.inputs.deadlines, nullptr); }},
      {"build", Struct(build_), false, kPublic,
       [](const Value&, const EvalContext&) { return Entity(nullptr, nullptr); }},
  };
}

void Schema::AddMeetingFields() {
  const ShareRule kProf = ShareRule::kProfessionals;
  const ShareRule kOwn = ShareRule::kOwn;
  meeting_.name = "meeting";
  meeting_.fields = {
      {"form", Enum(meeting_form_), true, kProf,
       [](const Value& p, const EvalContext&) {
         const Meeting& m = As<Meeting>(p);
         if (!m.form) return Missing();
         return FromEnum(Field<MeetingForm>{m.form, {}}, Shared(Share::kProfessionals));
       }},
      {"held", Scalar(ValueKind::kDateTime), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromDateTime(As<Meeting>(p).held, Shared(Share::kProfessionals));
       }},
      {"contact-received", Scalar(ValueKind::kDateTime), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromDateTime(As<Meeting>(p).contact_received, Shared(Share::kProfessionals));
       }},
      {"rag", Enum(rag_), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromEnum(As<Meeting>(p).rag, Shared(Share::kProfessionals));
       }},
      {"mash-enquiry-completed", Scalar(ValueKind::kDateTime), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromDateTime(As<Meeting>(p).mash_enquiry_completed, Shared(Share::kProfessionals));
       }},
      {"reason", Scalar(ValueKind::kText), true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Meeting>(p).reason); }},
      {"timing-rationale", Scalar(ValueKind::kText), true, kOwn,
       [](const Value& p, const EvalContext&) {
         return FromText(As<Meeting>(p).timing_rationale);
       }},
      {"previous", Scalar(ValueKind::kText), true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Meeting>(p).previous_id); }},
  };
}

void Schema::AddFamilyFields() {
  const ShareRule kInherit = ShareRule::kInherit;
  const ShareRule kOwn = ShareRule::kOwn;
  const ShareRule kItemText = ShareRule::kItemText;
  const TypeRef text = Scalar(ValueKind::kText);
  child_.name = "child";
  child_.fields = {
      {"id", text, false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromString(As<Child>(p).id, p.visibility);
       }},
      {"name", text, false, kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Child>(p).name); }},
      {"known-as", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Child>(p).known_as); }},
      {"called", text, false, kItemText,
       [](const Value& p, const EvalContext&) {
         const Child& c = As<Child>(p);
         return c.known_as && !c.known_as->IsBlank() ? FromText(*c.known_as) : FromText(c.name);
       }},
      {"born", Scalar(ValueKind::kDate), true, kInherit,
       [](const Value& p, const EvalContext&) {
         const Child& c = As<Child>(p);
         if (!c.born.value) return Missing();
         Value value = Present(ValueKind::kDate, p.visibility);
         value.date = *c.born.value;
         return value;
       }},
      {"age", Scalar(ValueKind::kInt), true, kInherit,
       [](const Value& p, const EvalContext& ctx) {
         const Child& c = As<Child>(p);
         const auto& held = ctx.record.meeting.held.value;
         if (!c.born.value || !held) return Missing();
         Value value = Present(ValueKind::kInt, p.visibility);
         value.number = YearsBetween(*c.born.value, held->LocalDate());
         return value;
       }},
      {"gender", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Child>(p).gender); }},
      {"ethnicity", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Child>(p).ethnicity); }},
      {"first-language", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Child>(p).first_language); }},
      {"school-or-setting", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Child>(p).school_or_setting); }},
      {"needs", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Child>(p).needs); }},
      {"voice", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Child>(p).voice); }},
      {"in-hospital", Scalar(ValueKind::kBool), false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromBool(As<Child>(p).in_hospital, p.visibility);
       }},
  };
  person_.name = "person";
  person_.fields = {
      {"id", text, false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromString(As<Person>(p).id, p.visibility);
       }},
      {"name", text, false, kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Person>(p).name); }},
      {"relationship", Enum(relationship_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromEnum(As<Person>(p).relationship, p.visibility);
       }},
      {"parental-responsibility", Scalar(ValueKind::kBool), false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromBool(As<Person>(p).parental_responsibility, p.visibility);
       }},
      {"lives-with", ListOf(child_), false, kInherit,
       [](const Value& p, const EvalContext&) { return ChildList(As<Person>(p).lives_with); }},
      {"works-with-children", Scalar(ValueKind::kBool), false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromBool(As<Person>(p).works_with_children, p.visibility);
       }},
      {"alleged", Scalar(ValueKind::kBool), false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromBool(As<Person>(p).alleged, p.visibility);
       }},
      {"address", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Person>(p).address); }},
  };
  contact_.name = "contact";
  contact_.fields = {
      {"phone", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Contact>(p).phone); }},
      {"email", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Contact>(p).email); }},
  };
  attendee_.name = "attendee";
  attendee_.fields = {
      {"id", text, false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromString(As<Attendee>(p).id, p.visibility);
       }},
      {"name", text, false, ShareRule::kName,
       [](const Value& p, const EvalContext& c) { return AttendeeName(As<Attendee>(p), c); }},
      {"role", Enum(role_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromEnum(As<Attendee>(p).role, p.visibility);
       }},
      {"agency", text, false, kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Attendee>(p).agency); }},
      {"present", Enum(presence_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromEnum(As<Attendee>(p).present, p.visibility);
       }},
      {"job-title", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Attendee>(p).job_title); }},
      {"contact", Struct(contact_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         const Attendee& a = As<Attendee>(p);
         return a.contact ? Entity(&*a.contact, p.visibility) : Missing();
       }},
  };
  party_.name = "party";
  party_.fields = {
      {"id", text, false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromString(As<PartyRef>(p).id, p.visibility);
       }},
      {"name", text, false, ShareRule::kName, PartyName},
      {"role", Enum(role_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         const PartyRef& r = As<PartyRef>(p);
         return r.attendee ? FromEnum(r.attendee->role, p.visibility) : Missing();
       }},
      {"relationship", Enum(relationship_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         const PartyRef& r = As<PartyRef>(p);
         return r.person ? FromEnum(r.person->relationship, p.visibility) : Missing();
       }},
      {"agency", text, true, kOwn,
       [](const Value& p, const EvalContext&) {
         const PartyRef& r = As<PartyRef>(p);
         return r.attendee ? FromText(r.attendee->agency) : Missing();
       }},
      {"job-title", text, true, kOwn,
       [](const Value& p, const EvalContext&) {
         const PartyRef& r = As<PartyRef>(p);
         return r.attendee ? FromText(r.attendee->job_title) : Missing();
       }},
      {"contact", Struct(contact_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         const PartyRef& r = As<PartyRef>(p);
         if (!r.attendee || !r.attendee->contact) return Missing();
         return Entity(&*r.attendee->contact, p.visibility);
       }},
      {"is-family", Scalar(ValueKind::kBool), false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromBool(As<PartyRef>(p).person != nullptr, p.visibility);
       }},
  };
}

void Schema::AddMappingFields() {
  const ShareRule kPublic = ShareRule::kPublic;
  const ShareRule kOwn = ShareRule::kOwn;
  const ShareRule kInherit = ShareRule::kInherit;
  const TypeRef text = Scalar(ValueKind::kText);
  mapping_.name = "mapping";
  mapping_.fields = {
      {"harms", ListOf(statement_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Mapping>(p).harms,
                               [](const Statement& s) { return &s.text.visibility; });
       }},
      {"complicating-factors", ListOf(statement_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Mapping>(p).complicating_factors,
                               [](const Statement& s) { return &s.text.visibility; });
       }},
      {"strengths", ListOf(statement_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Mapping>(p).strengths,
                               [](const Statement& s) { return &s.text.visibility; });
       }},
      {"safety", ListOf(statement_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Mapping>(p).safety,
                               [](const Statement& s) { return &s.text.visibility; });
       }},
      {"need-to-know", ListOf(statement_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Mapping>(p).need_to_know,
                               [](const Statement& s) { return &s.text.visibility; });
       }},
      {"danger-statement", Struct(child_statement_), true, kOwn,
       [](const Value& p, const EvalContext&) {
         const auto& s = As<Mapping>(p).danger_statement;
         return s ? Entity(&*s, &s->text.visibility) : Missing();
       }},
      {"safety-goal", Struct(child_statement_), true, kOwn,
       [](const Value& p, const EvalContext&) {
         const auto& s = As<Mapping>(p).safety_goal;
         return s ? Entity(&*s, &s->text.visibility) : Missing();
       }},
      {"scaling", Struct(scaling_), true, kPublic,
       [](const Value& p, const EvalContext&) {
         const auto& s = As<Mapping>(p).scaling;
         return s ? Entity(&*s, nullptr) : Missing();
       }},
  };
  statement_.name = "statement";
  statement_.fields = {
      {"text", text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Statement>(p).text); }},
      {"by", Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) { return Party(As<Statement>(p).by, p.visibility); }},
  };
  child_statement_.name = "child-statement";
  child_statement_.fields = {
      {"text", text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<ChildStatement>(p).text); }},
      {"children", ListOf(child_), false, kInherit,
       [](const Value& p, const EvalContext&) {
         return ChildList(As<ChildStatement>(p).children);
       }},
  };
  scaling_.name = "scaling";
  scaling_.fields = {
      {"question", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Scaling>(p).question); }},
      {"zero-means", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Scaling>(p).zero_means); }},
      {"ten-means", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Scaling>(p).ten_means); }},
      {"scores", ListOf(score_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Scaling>(p).scores,
                               [](const Score& s) { return &s.rationale.visibility; });
       }},
      {"one-point-higher", text, true, kOwn,
       [](const Value& p, const EvalContext&) {
         return FromText(As<Scaling>(p).one_point_higher);
       }},
  };
  score_.name = "score";
  score_.fields = {
      {"value", Scalar(ValueKind::kInt), true, kInherit,
       [](const Value& p, const EvalContext&) {
         const Score& s = As<Score>(p);
         if (!s.value.value) return Missing();
         Value value = Present(ValueKind::kInt, p.visibility);
         value.number = *s.value.value;
         return value;
       }},
      {"rationale", text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Score>(p).rationale); }},
      {"by", Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) { return Party(As<Score>(p).by, p.visibility); }},
  };
}

void Schema::AddDecisionFields() {
  const ShareRule kPublic = ShareRule::kPublic;
  const ShareRule kOwn = ShareRule::kOwn;
  const ShareRule kProf = ShareRule::kProfessionals;
  const TypeRef text = Scalar(ValueKind::kText);
  decision_.name = "decision";
  decision_.fields = {
      {"outcome", Enum(outcome_), true, ShareRule::kFamily,
       [](const Value& p, const EvalContext&) {
         return FromEnum(As<Decision>(p).outcome, Shared(Share::kFamily));
       }},
      {"threshold", Enum(threshold_), true, ShareRule::kFamily,
       [](const Value& p, const EvalContext&) {
         return FromEnum(As<Decision>(p).threshold, Shared(Share::kFamily));
       }},
      {"rationale", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Decision>(p).rationale); }},
      {"harm-substantiated", Scalar(ValueKind::kBool), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromBool(As<Decision>(p).harm_substantiated, Shared(Share::kProfessionals));
       }},
      {"child-seen", Struct(child_seen_), true, kPublic,
       [](const Value& p, const EvalContext&) {
         const auto& seen = As<Decision>(p).child_seen;
         return seen ? Entity(&*seen, nullptr) : Missing();
       }},
      {"medical", Struct(yes_no_), true, kOwn,
       [](const Value& p, const EvalContext&) {
         const auto& d = As<Decision>(p).medical;
         return d ? Entity(&*d, &d->reason.visibility) : Missing();
       }},
      {"criminal-investigation", text, true, kOwn,
       [](const Value& p, const EvalContext&) {
         return FromText(As<Decision>(p).criminal_investigation);
       }},
      {"legal-action", Struct(yes_no_), true, kOwn,
       [](const Value& p, const EvalContext&) {
         const auto& d = As<Decision>(p).legal_action;
         return d ? Entity(&*d, &d->reason.visibility) : Missing();
       }},
      {"family-information", text, true, kOwn,
       [](const Value& p, const EvalContext&) {
         return FromText(As<Decision>(p).family_information);
       }},
      {"other-children", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Decision>(p).other_children); }},
      {"lado", Struct(lado_), true, kPublic,
       [](const Value& p, const EvalContext&) {
         const auto& l = As<Decision>(p).lado;
         return l ? Entity(&*l, nullptr) : Missing();
       }},
      {"deferral", Struct(deferral_), true, kPublic,
       [](const Value& p, const EvalContext&) {
         const auto& d = As<Decision>(p).deferral;
         return d ? Entity(&*d, nullptr) : Missing();
       }},
      {"immediate-protection", text, true, kOwn,
       [](const Value& p, const EvalContext&) {
         return FromText(As<Decision>(p).immediate_protection);
       }},
      {"discharge-plan", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Decision>(p).discharge_plan); }},
  };
  yes_no_.name = "yes-no-decision";
  yes_no_.fields = {
      {"required", Scalar(ValueKind::kBool), true, ShareRule::kInherit,
       [](const Value& p, const EvalContext&) {
         return FromBool(As<YesNoDecision>(p).required, p.visibility);
       }},
      {"reason", text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<YesNoDecision>(p).reason); }},
  };
  child_seen_.name = "child-seen";
  child_seen_.fields = {
      {"by", Struct(party_), true, kProf,
       [](const Value& p, const EvalContext&) {
         return Party(As<ChildSeen>(p).by, Shared(Share::kProfessionals));
       }},
      {"at", Scalar(ValueKind::kDateTime), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromDateTime(As<ChildSeen>(p).at, Shared(Share::kProfessionals));
       }},
      {"note", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<ChildSeen>(p).note); }},
  };
  lado_.name = "lado";
  lado_.fields = {
      {"involved", Scalar(ValueKind::kBool), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromBool(As<LadoInvolvement>(p).involved, Shared(Share::kProfessionals));
       }},
      {"informed", Scalar(ValueKind::kDateTime), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromDateTime(As<LadoInvolvement>(p).informed, Shared(Share::kProfessionals));
       }},
      {"note", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<LadoInvolvement>(p).note); }},
  };
  deferral_.name = "deferral";
  deferral_.fields = {
      {"reason", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Deferral>(p).reason); }},
      {"information-required", text, true, kOwn,
       [](const Value& p, const EvalContext&) {
         return FromText(As<Deferral>(p).information_required);
       }},
      {"reconvene", Scalar(ValueKind::kDateTime), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromDateTime(As<Deferral>(p).reconvene, Shared(Share::kProfessionals));
       }},
      {"interim-safety-plan", text, true, kOwn,
       [](const Value& p, const EvalContext&) {
         return FromText(As<Deferral>(p).interim_safety_plan);
       }},
  };
}

void Schema::AddActionFields() {
  const ShareRule kInherit = ShareRule::kInherit;
  const TypeRef text = Scalar(ValueKind::kText);
  action_.name = "action";
  action_.fields = {
      {"id", text, false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromString(As<Action>(p).id, p.visibility);
       }},
      {"owner", Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return Party(As<Action>(p).owner, p.visibility, true);
       },
       true},
      {"due", Scalar(ValueKind::kDateTime), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromDateTime(As<Action>(p).due, p.visibility);
       }},
      {"task", text, true, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Action>(p).task); }},
      {"purpose", text, true, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Action>(p).purpose); }},
  };
  sign_off_.name = "sign-off";
  sign_off_.fields = {
      {"agreements", ListOf(agreement_), false, ShareRule::kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<SignOff>(p).agreements,
                               [](const Agreement&) { return Shared(Share::kProfessionals); });
       }},
      {"disagreements", ListOf(disagreement_), false, ShareRule::kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<SignOff>(p).disagreements,
                               [](const Disagreement& d) { return &d.reason.visibility; });
       }},
      {"signature", Struct(signature_), true, ShareRule::kProfessionals,
       [](const Value& p, const EvalContext&) {
         const auto& s = As<SignOff>(p).signature;
         return s ? Entity(&*s, Shared(Share::kProfessionals)) : Missing();
       }},
  };
  agreement_.name = "agreement";
  agreement_.fields = {
      {"by", Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) { return Party(As<Agreement>(p).by, p.visibility); }},
      {"how", Enum(how_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromEnum(As<Agreement>(p).how, p.visibility);
       }},
      {"at", Scalar(ValueKind::kDateTime), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromDateTime(As<Agreement>(p).at, p.visibility);
       }},
  };
  disagreement_.name = "disagreement";
  disagreement_.fields = {
      {"by", Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return Party(As<Disagreement>(p).by, p.visibility);
       }},
      {"at", Scalar(ValueKind::kDateTime), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromDateTime(As<Disagreement>(p).at, p.visibility);
       }},
      {"escalated", Scalar(ValueKind::kBool), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromBool(As<Disagreement>(p).escalated, p.visibility);
       }},
      {"reason", text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Disagreement>(p).reason); }},
  };
  signature_.name = "signature";
  signature_.fields = {
      {"by", Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) { return Party(As<Signature>(p).by, p.visibility); }},
      {"at", Scalar(ValueKind::kDateTime), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromDateTime(As<Signature>(p).at, p.visibility);
       }},
  };
}

void Schema::AddRunFields() {
  const ShareRule kInherit = ShareRule::kInherit;
  const ShareRule kProf = ShareRule::kProfessionals;
  deadlines_.name = "deadlines";
  deadlines_.fields = {
      {"minutes", Struct(deadline_), true, kProf,
       [](const Value& p, const EvalContext&) { return FromDeadline(As<Deadlines>(p).minutes); }},
      {"actions", Struct(deadline_), true, kProf,
       [](const Value& p, const EvalContext&) { return FromDeadline(As<Deadlines>(p).actions); }},
      {"conference", Struct(deadline_), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromDeadline(As<Deadlines>(p).conference);
       }},
  };
  deadline_.name = "deadline";
  deadline_.fields = {
      {"due", Scalar(ValueKind::kDateTime), false, kInherit,
       [](const Value& p, const EvalContext&) {
         Value value = Present(ValueKind::kDateTime, p.visibility);
         value.date_time = As<Deadline>(p).due;
         return value;
       }},
      {"within", Scalar(ValueKind::kDuration), false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromDuration(As<Deadline>(p).within, p.visibility);
       }},
  };
  build_.name = "build";
  build_.fields = {
      {"draft", Scalar(ValueKind::kBool), false, ShareRule::kPublic,
       [](const Value&, const EvalContext& c) { return FromBool(c.draft, nullptr); }},
      {"record-has-errors", Scalar(ValueKind::kBool), false, ShareRule::kPublic,
       [](const Value&, const EvalContext& c) {
         return FromBool(c.inputs.record_has_errors, nullptr);
       }},
  };
}

bool ItemVisible(const Value& item, const Audience& audience, const EvalContext& context) {
  if (item.missing) return false;
  if (item.visibility && !audience.CanSee(*item.visibility)) return false;
  if (!item.struct_type) return true;
  for (const FieldSchema& field : item.struct_type->fields) {
    if (field.share != ShareRule::kItemText) continue;
    Value part = field.get(item, context);
    if (!part.missing && part.visibility && !audience.CanSee(*part.visibility)) return false;
  }
  return true;
}

}  // namespace sdgen
