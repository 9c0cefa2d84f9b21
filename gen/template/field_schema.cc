#include "template/field_schema.h"

#include <algorithm>
#include <type_traits>

#include "record/family_readers.h"
#include "record/record_schema.h"

// Two kinds of rows. A plain row is one element or attribute of the record,
// read as it is: PlainRows makes it from the record schema's entry (name,
// type, whether it may be missing, how its share is found), and only where the
// typed record keeps the value is written here. Every other row is derived
// (a name to call a child by, a list, a party, a deadline) and written by hand
// as a small lambda next to its name, so each line says in one place what a
// path means and where its value lives. Names that mirror the record come from
// the record schema too.

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

// ----- plain rows -----

// How the typed record keeps a value, as a template value. Text carries the
// visibility the reader resolved for it; other values are given one.
Value ValueOf(const Text& text, const Visibility*) { return FromText(text); }
Value ValueOf(const std::optional<Text>& text, const Visibility*) { return FromText(text); }
Value ValueOf(const std::string& id, const Visibility* visibility) {
  return FromString(id, visibility);
}
Value ValueOf(bool flag, const Visibility* visibility) { return FromBool(flag, visibility); }
Value ValueOf(const Field<bool>& field, const Visibility* visibility) {
  return FromBool(field, visibility);
}
Value ValueOf(const Field<int>& field, const Visibility* visibility) {
  if (!field.value) return Missing();
  Value value = Present(ValueKind::kInt, visibility);
  value.number = *field.value;
  return value;
}
Value ValueOf(const Field<Date>& field, const Visibility* visibility) {
  if (!field.value) return Missing();
  Value value = Present(ValueKind::kDate, visibility);
  value.date = *field.value;
  return value;
}
Value ValueOf(const Field<DateTime>& field, const Visibility* visibility) {
  return FromDateTime(field, visibility);
}
template <typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
Value ValueOf(const Field<E>& field, const Visibility* visibility) {
  return FromEnum(field, visibility);
}
template <typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
Value ValueOf(const std::optional<E>& value, const Visibility* visibility) {
  return FromEnum(Field<E>{value, {}}, visibility);
}

/// The level an element stated for its value, narrowing its default; null
/// when none was stated or the value keeps no level.
template <typename T>
const Visibility* StatedLevel(const Field<T>& field) {
  return field.level.stated ? &field.level : nullptr;
}
template <typename Member>
const Visibility* StatedLevel(const Member&) {
  return nullptr;
}

/// Free text, which keeps a visibility of its own.
template <typename Member>
constexpr bool kIsText =
    std::is_same_v<Member, Text> || std::is_same_v<Member, std::optional<Text>>;

/// A value the typed record holds even when the record lacks it: a required
/// name's Text, an id, a yes/no with a default.
template <typename Member>
constexpr bool kAlwaysHeld = std::is_same_v<Member, Text> || std::is_same_v<Member, std::string> ||
                             std::is_same_v<Member, bool>;

TypeRef TypeOf(FieldKind kind, const EnumSchema* words) {
  switch (kind) {
    case FieldKind::kDateTime:
      return Scalar(ValueKind::kDateTime);
    case FieldKind::kDate:
      return Scalar(ValueKind::kDate);
    case FieldKind::kYesNo:
      return Scalar(ValueKind::kBool);
    case FieldKind::kInteger:
      return Scalar(ValueKind::kInt);
    case FieldKind::kEnum:
      return Enum(*words);
    default:
      return Scalar(ValueKind::kText);
  }
}

bool HasDefault(const SchemaElement&) { return false; }
bool HasDefault(const SchemaAttribute& attribute) { return !attribute.default_value.empty(); }

/// How a value with no visibility of its own is shown: at a fixed level. No
/// fixed level names agencies, so a value restricted by default is treated as
/// carrying its own share, and its fixed visibility shows it to no one.
ShareRule FixedRule(Share share) {
  switch (share) {
    case Share::kFamily:
      return ShareRule::kFamily;
    case Share::kProfessionals:
      return ShareRule::kProfessionals;
    case Share::kRestricted:
      break;
  }
  return ShareRule::kOwn;
}

/// Makes the plain rows of the struct that stands for one element of the record.
class PlainRows {
 public:
  /// For a struct whose values carry their element's visibility (a child, an
  /// action): the values of its attributes are shown wherever the item is.
  static PlainRows OfItem(const SchemaElement& element) { return PlainRows(element, true); }
  /// For a struct whose values carry none (the meeting, the decision): values
  /// without a visibility of their own are shown at their default level.
  static PlainRows Of(const SchemaElement& element) { return PlainRows(element, false); }

  /// The row of `entry`, whose value the typed record keeps in `member`; an
  /// enum names its template type, made from the same entry's words.
  template <typename Entry, typename Owner, typename Member>
  FieldSchema operator()(const Entry& entry, Member Owner::*member,
                         const EnumSchema* words = nullptr) const {
    FieldSchema field;
    field.name = entry.name;
    field.type = TypeOf(entry.kind, words);
    // A required value may still be missing from a record with errors, which
    // is drafted all the same, unless the typed record always holds one.
    bool always_there = entry.need == Need::kRequired || HasDefault(entry);
    field.optional = !(always_there && kAlwaysHeld<Member>);
    const Visibility* fixed = nullptr;
    if (kIsText<Member>) {
      field.share = ShareRule::kOwn;
    } else if (std::is_same_v<Entry, SchemaAttribute> && item_) {
      field.share = ShareRule::kInherit;
    } else {
      Share level = DefaultShare(entry);
      field.share = FixedRule(level);
      fixed = Shared(level);
    }
    field.get = [member, fixed](const Value& parent, const EvalContext&) {
      // As the format has it, a level stated on the item holds for what is
      // inside it; only a value of an unstated item falls back to its default.
      // A value written as an element's content may state a narrower level.
      const auto& held = As<Owner>(parent).*member;
      if (const Visibility* own = StatedLevel(held)) return ValueOf(held, own);
      bool stated = parent.visibility && parent.visibility->stated;
      return ValueOf(held, fixed && !stated ? fixed : parent.visibility);
    };
    return field;
  }

  /// A text that is the item's own words: a loop yields only the items where
  /// it may be shown.
  template <typename Entry, typename Owner, typename Member>
  FieldSchema ItemText(const Entry& entry, Member Owner::*member) const {
    static_assert(kIsText<Member>, "an item's words are free text");
    FieldSchema field = (*this)(entry, member);
    field.share = ShareRule::kItemText;
    return field;
  }

 private:
  PlainRows(const SchemaElement& element, bool item) : element_(element), item_(item) {}

  // An element's own default; an attribute's own where the table gives it
  // one, or else its element's.
  Share DefaultShare(const SchemaElement& element) const { return element.share; }
  Share DefaultShare(const SchemaAttribute& attribute) const {
    return attribute.has_share ? attribute.share : element_.share;
  }

  const SchemaElement& element_;
  bool item_;
};

/// The rows of the optional texts the table binds to a slot of `Owner`
/// (record_schema.h): nothing here names them, so a text field added to the
/// table that way reaches templates as it is.
template <typename Owner>
std::vector<FieldSchema> SlotRows(const SchemaElement& element) {
  std::vector<FieldSchema> rows;
  for (const SchemaElement* part : element.children) {
    if (!part->slot.template Of<Owner>()) continue;
    TextSlot slot = part->slot;
    rows.push_back({part->name, Scalar(ValueKind::kText), true,
                    part->part_of_item ? ShareRule::kItemText : ShareRule::kOwn,
                    [slot](const Value& p, const EvalContext&) {
                      return FromText(slot.in(const_cast<void*>(p.entity)));
                    }});
  }
  return rows;
}

/// Appends `rows` to a struct's fields.
void Append(StructSchema& type, std::vector<FieldSchema> rows) {
  for (FieldSchema& row : rows) type.fields.push_back(std::move(row));
}

/// The field named for a list of repeated elements: `harm` gives `harms`.
std::string Plural(const SchemaElement& element) { return element.name + "s"; }

EnumSchema Words(const SchemaAttribute& attribute) { return {attribute.name, attribute.words}; }

// ----- derived rows -----

// An attendee's role and agency say who they are as much as their name
// does, so an attendee reaches a reader exactly where their name does.
const Visibility* AttendeeVisibility(const Attendee& attendee) { return &attendee.name.visibility; }

// A person's or attendee's own level decides whether their name is shown,
// however a document comes to them (an owner, a `by`, a signature).
Value PartyName(const Value& parent, const EvalContext&) {
  const PartyRef& party = As<PartyRef>(parent);
  if (party.attendee) return FromText(party.attendee->name);
  if (party.person) return FromText(party.person->name);
  return Missing();
}

Value Party(const PartyRef& party, const Visibility* visibility) {
  if (!party.resolved()) return Missing();
  return Entity(&party, visibility);
}

Value FromDuration(const Duration& duration, const Visibility* visibility) {
  Value value = Present(ValueKind::kDuration, visibility);
  value.duration = duration;
  return value;
}

Value FromDeadline(const std::optional<Deadline>& deadline) {
  return deadline ? Entity(&*deadline, Shared(Share::kProfessionals)) : Missing();
}

std::string FirstWord(const std::string& text) {
  size_t start = text.find_first_not_of(" \t\n");
  if (start == std::string::npos) return "";
  size_t end = text.find_first_of(" \t\n", start);
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// ----- letter rows -----

/// What the reader of this copy is told, in the record's order; nothing
/// outside a letter.
std::vector<const FamilyInformation*> ToldToReader(const EvalContext& c) {
  if (!c.readers || !c.reader || !c.reader->person) return {};
  return c.readers->ToldTo(*c.reader->person);
}

/// Whether a value with `visibility` reaches the reader of this copy; any
/// value does outside a family document, where the audience decides.
bool ReachesReader(const Visibility& visibility, const EvalContext& c) {
  if (!c.readers || !c.reader) return true;
  return c.readers->Reaches(visibility, *c.reader);
}

/// The first attendee with `role` whose name reaches the reader, other than `skip`.
const Attendee* NamedAttendee(AttendeeRole role, const Attendee* skip, const EvalContext& c) {
  for (const Attendee& attendee : c.record.attendees) {
    if (attendee.role.value != role || &attendee == skip) continue;
    if (ReachesReader(attendee.name.visibility, c)) return &attendee;
  }
  return nullptr;
}

const Attendee* Sender(const EvalContext& c) {
  for (const FamilyInformation* told : ToldToReader(c)) {
    if (told->by.attendee) return told->by.attendee;
  }
  return nullptr;
}

/// Who took part, as a family reads it: the council's own people (chair,
/// social worker, manager) are one service; every other role is its own.
AttendeeRole ServiceOf(AttendeeRole role) {
  bool council = role == AttendeeRole::kChair || role == AttendeeRole::kManager;
  return council ? AttendeeRole::kSocialWorker : role;
}

/// One attendee for each service that took part (not those who sent
/// apologies) and that the reader may know of: a service reaches a reader
/// only where an attendee's name does.
std::vector<const Attendee*> Services(const EvalContext& c) {
  std::vector<const Attendee*> services;
  for (const Attendee& attendee : c.record.attendees) {
    if (!attendee.role.value || attendee.present.value == Presence::kApologies) continue;
    if (!ReachesReader(attendee.name.visibility, c)) continue;
    AttendeeRole service = ServiceOf(*attendee.role.value);
    bool seen = std::any_of(services.begin(), services.end(), [&](const Attendee* other) {
      return ServiceOf(*other->role.value) == service;
    });
    if (!seen) services.push_back(&attendee);
  }
  return services;
}

Value FromSupport(const std::string& text) {
  return text.empty() ? Missing() : FromString(text, nullptr);
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
  struct_list_ = {&top_,          &meeting_,        &child_,     &person_,    &attendee_,
                  &party_,        &contact_,        &mapping_,   &statement_, &child_statement_,
                  &scaling_,      &score_,          &decision_,  &yes_no_,    &child_seen_,
                  &lado_,         &deferral_,       &action_,    &sign_off_,  &agreement_,
                  &disagreement_, &signature_,      &deadlines_, &deadline_,  &build_,
                  &told_,         &story_,          &how_safe_,  &letter_,    &took_part_,
                  &support_,      &support_contact_, &drawing_};
  AddEnums();
  AddTopFields();
  AddMeetingFields();
  AddFamilyFields();
  AddMappingFields();
  AddDecisionFields();
  AddStoryFields();
  AddActionFields();
  AddRunFields();
  AddLetterFields();
  AddSlotFields();
}

void Schema::AddSlotFields() {
  const RecordSchema& schema = RecordSchema::Get();
  Append(meeting_, SlotRows<Meeting>(schema.meeting));
  Append(child_, SlotRows<Child>(schema.child));
  Append(person_, SlotRows<Person>(schema.person));
  Append(attendee_, SlotRows<Attendee>(schema.attendee));
  Append(scaling_, SlotRows<Scaling>(schema.scaling));
  Append(decision_, SlotRows<Decision>(schema.decision));
  Append(deferral_, SlotRows<Deferral>(schema.deferral));
  Append(story_, SlotRows<WordsAndPictures>(schema.words_and_pictures));
  Append(action_, SlotRows<Action>(schema.action));
}

void Schema::AddEnums() {
  const RecordSchema& schema = RecordSchema::Get();
  // Named after their attribute, except the two that templates and labels.xml
  // know by the part of the meeting they describe.
  meeting_form_ = {schema.meeting.name + "-" + schema.form.name, schema.form.words};
  rag_ = {schema.rag.name, schema.rating.words};
  relationship_ = Words(schema.relationship);
  role_ = Words(schema.role);
  presence_ = Words(schema.present);
  outcome_ = Words(schema.outcome);
  threshold_ = Words(schema.threshold);
  how_ = Words(schema.how);
  alleged_ = Words(schema.alleged);
}

void Schema::AddTopFields() {
  const RecordSchema& schema = RecordSchema::Get();
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
      // The council is about no one: every document names it.
      {schema.local_authority.name, Scalar(ValueKind::kText), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return FromString(c.record.local_authority.value, nullptr);
       }},
      {schema.meeting.name, Struct(meeting_), false, kPublic,
       [](const Value&, const EvalContext& c) { return Entity(&c.record.meeting, nullptr); }},
      {schema.children.name, ListOf(child_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return ListOfEntities(c.record.children, [](const Child& x) { return &x.visibility; });
       }},
      {schema.people.name, ListOf(person_), false, kPublic,
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
      {schema.attendees.name, ListOf(attendee_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return ListOfEntities(c.record.attendees, AttendeeVisibility);
       }},
      {schema.mapping.name, Struct(mapping_), false, kPublic,
       [](const Value&, const EvalContext& c) { return Entity(&c.record.mapping, nullptr); }},
      // The words-and-pictures blocks: in a child's story, those written for that child.
      {"stories", ListOf(story_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return ListOfEntities(c.record.words_and_pictures,
                               [](const WordsAndPictures& w) { return &w.visibility; });
       }},
      {schema.decision.name, Struct(decision_), false, kPublic,
       [](const Value&, const EvalContext& c) { return Entity(&c.record.decision, nullptr); }},
      {schema.actions.name, ListOf(action_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return ListOfEntities(c.record.actions, [](const Action& x) { return &x.visibility; });
       }},
      {schema.sign_off.name, Struct(sign_off_), false, kPublic,
       [](const Value&, const EvalContext& c) { return Entity(&c.record.sign_off, nullptr); }},
      {schema.distribution.name, ListOf(party_), false, kPublic,
       [](const Value&, const EvalContext& c) {
         return ListOfEntities(c.record.distribution,
                               [](const PartyRef&) { return Shared(Share::kProfessionals); });
       }},
      {"deadlines", Struct(deadlines_), false, kPublic,
       [](const Value&, const EvalContext& c) { return Entity(&c.inputs.deadlines, nullptr); }},
      {"build", Struct(build_), false, kPublic,
       [](const Value&, const EvalContext&) { return Entity(nullptr, nullptr); }},
      {"letter", Struct(letter_), false, kPublic,
       [](const Value&, const EvalContext&) { return Entity(nullptr, nullptr); }},
      {"support", Struct(support_), false, kPublic,
       [](const Value&, const EvalContext&) { return Entity(nullptr, nullptr); }},
  };
}

void Schema::AddMeetingFields() {
  const RecordSchema& schema = RecordSchema::Get();
  const PlainRows plain = PlainRows::Of(schema.meeting);
  // The RAG rating goes by its element's name; its value is the one attribute.
  FieldSchema rag = PlainRows::Of(schema.rag)(schema.rating, &Meeting::rag, &rag_);
  rag.name = schema.rag.name;
  meeting_.name = schema.meeting.name;
  meeting_.fields = {
      plain(schema.form, &Meeting::form, &meeting_form_),
      plain(schema.held, &Meeting::held),
      plain(schema.contact_received, &Meeting::contact_received),
      rag,
      plain(schema.mash_enquiry_completed, &Meeting::mash_enquiry_completed),
      plain(schema.reason, &Meeting::reason),
      plain(schema.timing_rationale, &Meeting::timing_rationale),
      // `previous` names the earlier record by its id; its text, what that
      // discussion decided, is the note.
      {schema.previous.name, Scalar(ValueKind::kText), true, ShareRule::kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Meeting>(p).previous_id); }},
      {schema.previous.name + "-note", Scalar(ValueKind::kText), true, ShareRule::kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Meeting>(p).previous_note); }},
  };
}

void Schema::AddFamilyFields() {
  const RecordSchema& schema = RecordSchema::Get();
  const ShareRule kInherit = ShareRule::kInherit;
  const ShareRule kOwn = ShareRule::kOwn;
  const TypeRef text = Scalar(ValueKind::kText);
  const PlainRows child = PlainRows::OfItem(schema.child);
  // The age tells the date of birth, so it is shown wherever that is.
  const FieldSchema born = child(schema.born, &Child::born);
  child_.name = schema.child.name;
  child_.fields = {
      child(schema.child_id, &Child::id),
      child.ItemText(schema.child_name, &Child::name),
      child(schema.known_as, &Child::known_as),
      // What a child is called: their known-as, or else their name; named as
      // what the children call a person is.
      {schema.called.name, text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) {
         const Child& c = As<Child>(p);
         return c.known_as && !c.known_as->IsBlank() ? FromText(*c.known_as) : FromText(c.name);
       }},
      // What this child calls the grown-ups they live with ("Mum", "Nana"),
      // never one alleged to have caused harm. Each reaches whom its person's
      // `called` reaches; the child always (FamilyReaders grants it).
      {"calls-at-home", TypeRef{ValueKind::kText, nullptr, nullptr, true}, false, ShareRule::kPublic,
       [](const Value& p, const EvalContext& c) {
         const Child& child = As<Child>(p);
         Value list = Present(ValueKind::kText, nullptr);
         list.list = true;
         for (const Person& person : c.record.people) {
           const auto& with = person.lives_with.children;
           if (person.alleged || !person.called || person.called->IsBlank() ||
               std::find(with.begin(), with.end(), &child) == with.end())
             continue;
           list.items.push_back(FromText(*person.called));
         }
         return list;
       }},
      born,
      {"age", Scalar(ValueKind::kInt), true, born.share,
       [read_born = born.get](const Value& p, const EvalContext& ctx) {
         Value birth = read_born(p, ctx);
         const auto& held = ctx.record.meeting.held.value;
         if (birth.missing || !held) return Missing();
         Value value = Present(ValueKind::kInt, birth.visibility);
         value.number = YearsBetween(birth.date, held->LocalDate());
         return value;
       }},
      child(schema.gender, &Child::gender),
      child(schema.ethnicity, &Child::ethnicity),
      child(schema.first_language, &Child::first_language),
      child(schema.school_or_setting, &Child::school_or_setting),
      child(schema.needs, &Child::needs),
      child(schema.in_hospital, &Child::in_hospital),
  };

  const PlainRows person = PlainRows::OfItem(schema.person);
  person_.name = schema.person.name;
  person_.fields = {
      person(schema.person_id, &Person::id),
      person.ItemText(schema.person_name, &Person::name),
      // What a letter calls its reader: the first word of their name, shown
      // wherever the name is.
      {"given-name", text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) {
         const Text& name = As<Person>(p).name;
         return FromString(FirstWord(name.value), &name.visibility);
       }},
      person(schema.relationship, &Person::relationship, &relationship_),
      person(schema.parental_responsibility, &Person::parental_responsibility),
      {schema.lives_with.name, ListOf(child_), false, kInherit,
       [](const Value& p, const EvalContext&) { return ChildList(As<Person>(p).lives_with); }},
      person(schema.works_with_children, &Person::works_with_children),
      person(schema.alleged, &Person::alleged_as_written, &alleged_),
      person(schema.address, &Person::address),
      person(schema.called, &Person::called),
  };

  const PlainRows contact = PlainRows::OfItem(schema.contact);
  contact_.name = schema.contact.name;
  contact_.fields = {
      contact(schema.phone, &Contact::phone),
      contact(schema.email, &Contact::email),
  };
  const PlainRows attendee = PlainRows::OfItem(schema.attendee);
  attendee_.name = schema.attendee.name;
  attendee_.fields = {
      attendee(schema.attendee_id, &Attendee::id),
      attendee.ItemText(schema.attendee_name, &Attendee::name),
      attendee(schema.role, &Attendee::role, &role_),
      attendee.ItemText(schema.agency, &Attendee::agency),
      attendee(schema.present, &Attendee::present, &presence_),
      attendee(schema.job_title, &Attendee::job_title),
      {schema.contact.name, Struct(contact_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         const Attendee& a = As<Attendee>(p);
         return a.contact ? Entity(&*a.contact, p.visibility) : Missing();
       }},
  };
  // A party is the attendee or person a `by` or `owner` names, and its fields
  // are named as the attendee's are.
  party_.name = "party";
  party_.fields = {
      {schema.attendee_id.name, text, false, kInherit,
       [](const Value& p, const EvalContext&) {
         return FromString(As<PartyRef>(p).id, p.visibility);
       }},
      {schema.attendee_name.name, text, false, kOwn, PartyName},
      {schema.role.name, Enum(role_), true, kOwn,
       [](const Value& p, const EvalContext&) {
         const PartyRef& r = As<PartyRef>(p);
         return r.attendee ? FromEnum(r.attendee->role, AttendeeVisibility(*r.attendee))
                           : Missing();
       }},
      {schema.relationship.name, Enum(relationship_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         const PartyRef& r = As<PartyRef>(p);
         return r.person ? FromEnum(r.person->relationship, p.visibility) : Missing();
       }},
      {schema.agency.name, text, true, kOwn,
       [](const Value& p, const EvalContext&) {
         const PartyRef& r = As<PartyRef>(p);
         return r.attendee ? FromText(r.attendee->agency) : Missing();
       }},
      {schema.job_title.name, text, true, kOwn,
       [](const Value& p, const EvalContext&) {
         const PartyRef& r = As<PartyRef>(p);
         return r.attendee ? FromText(r.attendee->job_title) : Missing();
       }},
      {schema.contact.name, Struct(contact_), true, kInherit,
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
  const RecordSchema& schema = RecordSchema::Get();
  const ShareRule kPublic = ShareRule::kPublic;
  const ShareRule kOwn = ShareRule::kOwn;
  const ShareRule kInherit = ShareRule::kInherit;
  const TypeRef text = Scalar(ValueKind::kText);
  mapping_.name = schema.mapping.name;
  mapping_.fields = {
      {Plural(schema.harm), ListOf(statement_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Mapping>(p).harms,
                               [](const Statement& s) { return &s.text.visibility; });
       }},
      {Plural(schema.complicating_factor), ListOf(statement_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Mapping>(p).complicating_factors,
                               [](const Statement& s) { return &s.text.visibility; });
       }},
      {Plural(schema.strength), ListOf(statement_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Mapping>(p).strengths,
                               [](const Statement& s) { return &s.text.visibility; });
       }},
      {schema.safety.name, ListOf(statement_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Mapping>(p).safety,
                               [](const Statement& s) { return &s.text.visibility; });
       }},
      {schema.need_to_know.name, ListOf(statement_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Mapping>(p).need_to_know,
                               [](const Statement& s) { return &s.text.visibility; });
       }},
      {schema.danger_statement.name, Struct(child_statement_), true, kOwn,
       [](const Value& p, const EvalContext&) {
         const auto& s = As<Mapping>(p).danger_statement;
         return s ? Entity(&*s, &s->text.visibility) : Missing();
       }},
      {schema.safety_goal.name, Struct(child_statement_), true, kOwn,
       [](const Value& p, const EvalContext&) {
         const auto& s = As<Mapping>(p).safety_goal;
         return s ? Entity(&*s, &s->text.visibility) : Missing();
       }},
      {schema.scaling.name, Struct(scaling_), true, kPublic,
       [](const Value& p, const EvalContext&) {
         const auto& s = As<Mapping>(p).scaling;
         return s ? Entity(&*s, nullptr) : Missing();
       }},
  };
  statement_.name = "statement";
  statement_.fields = {
      {"text", text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Statement>(p).text); }},
      {schema.raised_by.name, Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) { return Party(As<Statement>(p).by, p.visibility); }},
  };
  child_statement_.name = "child-statement";
  child_statement_.fields = {
      {"text", text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<ChildStatement>(p).text); }},
      {schema.about_children.name, ListOf(child_), false, kInherit,
       [](const Value& p, const EvalContext&) {
         return ChildList(As<ChildStatement>(p).children);
       }},
  };
  const PlainRows scaling = PlainRows::Of(schema.scaling);
  scaling_.name = schema.scaling.name;
  scaling_.fields = {
      scaling(schema.question, &Scaling::question),
      scaling(schema.zero_means, &Scaling::zero_means),
      scaling(schema.ten_means, &Scaling::ten_means),
      {Plural(schema.score), ListOf(score_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Scaling>(p).scores,
                               [](const Score& s) { return &s.rationale.visibility; });
       }},
      scaling(schema.one_point_higher, &Scaling::one_point_higher),
  };
  const PlainRows score = PlainRows::OfItem(schema.score);
  score_.name = schema.score.name;
  score_.fields = {
      score(schema.score_value, &Score::value),
      // A score's text is its rationale, named as the decision's is.
      {schema.rationale.name, text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Score>(p).rationale); }},
      {schema.score_by.name, Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) { return Party(As<Score>(p).by, p.visibility); }},
  };
}

void Schema::AddDecisionFields() {
  const RecordSchema& schema = RecordSchema::Get();
  const ShareRule kPublic = ShareRule::kPublic;
  const ShareRule kOwn = ShareRule::kOwn;
  const ShareRule kProf = ShareRule::kProfessionals;
  const TypeRef text = Scalar(ValueKind::kText);
  const PlainRows decision = PlainRows::Of(schema.decision);
  decision_.name = schema.decision.name;
  decision_.fields = {
      decision(schema.outcome, &Decision::outcome, &outcome_),
      decision(schema.threshold, &Decision::threshold, &threshold_),
      decision(schema.rationale, &Decision::rationale),
      decision(schema.harm_substantiated, &Decision::harm_substantiated),
      {schema.child_seen.name, Struct(child_seen_), true, kPublic,
       [](const Value& p, const EvalContext&) {
         const auto& seen = As<Decision>(p).child_seen;
         return seen ? Entity(&*seen, &seen->visibility) : Missing();
       }},
      {schema.medical.name, Struct(yes_no_), true, kOwn,
       [](const Value& p, const EvalContext&) {
         const auto& d = As<Decision>(p).medical;
         return d ? Entity(&*d, &d->reason.visibility) : Missing();
       }},
      decision(schema.criminal_investigation, &Decision::criminal_investigation),
      {schema.legal_action.name, Struct(yes_no_), true, kOwn,
       [](const Value& p, const EvalContext&) {
         const auto& d = As<Decision>(p).legal_action;
         return d ? Entity(&*d, &d->reason.visibility) : Missing();
       }},
      {schema.family_information.name, ListOf(told_), false, kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<Decision>(p).family_information,
                               [](const FamilyInformation& f) { return &f.text.visibility; });
       }},
      decision(schema.other_children, &Decision::other_children),
      {schema.lado.name, Struct(lado_), true, kPublic,
       [](const Value& p, const EvalContext&) {
         const auto& l = As<Decision>(p).lado;
         return l ? Entity(&*l, &l->visibility) : Missing();
       }},
      {schema.deferral.name, Struct(deferral_), true, kPublic,
       [](const Value& p, const EvalContext&) {
         const auto& d = As<Decision>(p).deferral;
         return d ? Entity(&*d, nullptr) : Missing();
       }},
      decision(schema.immediate_protection, &Decision::immediate_protection),
      decision(schema.discharge_plan, &Decision::discharge_plan),
  };
  // The medical and legal-action decisions: a `required` attribute and a reason.
  const PlainRows yes_no = PlainRows::OfItem(schema.medical);
  yes_no_.name = "yes-no-decision";
  yes_no_.fields = {
      yes_no(schema.required, &YesNoDecision::required),
      // Their text says why, and is named as the meeting's reason is.
      {schema.reason.name, text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<YesNoDecision>(p).reason); }},
  };
  // What a family reader is told, by whom and when.
  const PlainRows told = PlainRows::OfItem(schema.family_information);
  told_.name = schema.family_information.name;
  told_.fields = {
      {"text", text, false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<FamilyInformation>(p).text); }},
      {schema.told_by.name, Struct(party_), true, ShareRule::kInherit,
       [](const Value& p, const EvalContext&) {
         return Party(As<FamilyInformation>(p).by, p.visibility);
       }},
      told(schema.told_at, &FamilyInformation::at),
      // The adults it reaches, as the reader side of the record decides.
      {"readers", ListOf(person_), false, ShareRule::kInherit,
       [](const Value& p, const EvalContext& c) {
         const FamilyInformation& told = As<FamilyInformation>(p);
         FamilyReaders readers(c.record);
         Value list = Present(ValueKind::kStruct, nullptr);
         list.list = true;
         for (const Person* person : readers.adults()) {
           if (readers.Reaches(told.text.visibility, *person))
             list.items.push_back(Entity(person, &person->visibility));
         }
         return list;
       }},
      told(schema.police_agreed, &FamilyInformation::police_agreed),
  };
  const PlainRows child_seen = PlainRows::Of(schema.child_seen);
  child_seen_.name = schema.child_seen.name;
  child_seen_.fields = {
      {schema.seen_by.name, Struct(party_), true, kProf,
       [](const Value& p, const EvalContext&) {
         return Party(As<ChildSeen>(p).by, Shared(Share::kProfessionals));
       }},
      child_seen(schema.seen_at, &ChildSeen::at),
      {"note", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<ChildSeen>(p).note); }},
  };
  const PlainRows lado = PlainRows::Of(schema.lado);
  lado_.name = schema.lado.name;
  lado_.fields = {
      lado(schema.involved, &LadoInvolvement::involved),
      lado(schema.informed, &LadoInvolvement::informed),
      {"note", text, true, kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<LadoInvolvement>(p).note); }},
  };
  const PlainRows deferral = PlainRows::Of(schema.deferral);
  deferral_.name = schema.deferral.name;
  deferral_.fields = {
      deferral(schema.deferral_reason, &Deferral::reason),
      deferral(schema.information_required, &Deferral::information_required),
      deferral(schema.reconvene, &Deferral::reconvene),
      deferral(schema.interim_safety_plan, &Deferral::interim_safety_plan),
  };
}

void Schema::AddStoryFields() {
  const RecordSchema& schema = RecordSchema::Get();
  const PlainRows story = PlainRows::OfItem(schema.words_and_pictures);
  story_.name = schema.words_and_pictures.name;
  story_.fields = {
      story.ItemText(schema.who_is_worried, &WordsAndPictures::who_is_worried),
      story.ItemText(schema.what_happened, &WordsAndPictures::what_happened),
      story.ItemText(schema.worries, &WordsAndPictures::worries),
      story.ItemText(schema.going_well, &WordsAndPictures::going_well),
      story.ItemText(schema.what_happens_next, &WordsAndPictures::what_happens_next),
      story.ItemText(schema.story_safety_goal, &WordsAndPictures::safety_goal),
      {schema.how_safe.name, Struct(how_safe_), true, ShareRule::kOwn,
       [](const Value& p, const EvalContext&) {
         const auto& scale = As<WordsAndPictures>(p).how_safe;
         return scale ? Entity(&*scale, &scale->text.visibility) : Missing();
       }},
      {schema.drawing.name, Struct(drawing_), true, ShareRule::kOwn,
       [](const Value& p, const EvalContext&) {
         const auto& drawing = As<WordsAndPictures>(p).drawing;
         return drawing ? Entity(&*drawing, &drawing->alt.visibility) : Missing();
       }},
      {schema.story_by.name, Struct(party_), true, ShareRule::kInherit,
       [](const Value& p, const EvalContext&) {
         return Party(As<WordsAndPictures>(p).by, p.visibility);
       }},
  };
  const PlainRows how_safe = PlainRows::OfItem(schema.how_safe);
  how_safe_.name = schema.how_safe.name;
  how_safe_.fields = {
      how_safe(schema.how_safe_value, &HowSafe::value),
      how_safe.ItemText(schema.how_safe, &HowSafe::text),
  };
  // Its text is read as `text`, as a statement's is, and is always there
  // when the element is.
  how_safe_.fields.back().name = "text";
  how_safe_.fields.back().optional = false;
  // A drawing is placed with <drawing of="s.drawing"/>, which reads its file;
  // its description is a field of its own.
  drawing_.name = schema.drawing.name;
  drawing_.fields = {
      {schema.drawing_alt.name, Scalar(ValueKind::kText), false, ShareRule::kOwn,
       [](const Value& p, const EvalContext&) { return FromText(As<Drawing>(p).alt); }},
  };
}

void Schema::AddActionFields() {
  const RecordSchema& schema = RecordSchema::Get();
  const ShareRule kInherit = ShareRule::kInherit;
  const PlainRows action = PlainRows::OfItem(schema.action);
  action_.name = schema.action.name;
  action_.fields = {
      action(schema.action_id, &Action::id),
      {schema.owner.name, Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) { return Party(As<Action>(p).owner, p.visibility); }},
      action(schema.due, &Action::due),
      action.ItemText(schema.task, &Action::task),
      action.ItemText(schema.purpose, &Action::purpose),
  };
  sign_off_.name = schema.sign_off.name;
  sign_off_.fields = {
      {Plural(schema.agreement), ListOf(agreement_), false, ShareRule::kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<SignOff>(p).agreements,
                               [](const Agreement&) { return Shared(Share::kProfessionals); });
       }},
      {Plural(schema.disagreement), ListOf(disagreement_), false, ShareRule::kPublic,
       [](const Value& p, const EvalContext&) {
         return ListOfEntities(As<SignOff>(p).disagreements,
                               [](const Disagreement& d) { return &d.reason.visibility; });
       }},
      {schema.signature.name, Struct(signature_), true, ShareRule::kProfessionals,
       [](const Value& p, const EvalContext&) {
         const auto& s = As<SignOff>(p).signature;
         return s ? Entity(&*s, Shared(Share::kProfessionals)) : Missing();
       }},
  };
  const PlainRows agreement = PlainRows::OfItem(schema.agreement);
  agreement_.name = schema.agreement.name;
  agreement_.fields = {
      {schema.agreement_by.name, Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) { return Party(As<Agreement>(p).by, p.visibility); }},
      agreement(schema.how, &Agreement::how, &how_),
      agreement(schema.agreement_at, &Agreement::at),
  };
  const PlainRows disagreement = PlainRows::OfItem(schema.disagreement);
  disagreement_.name = schema.disagreement.name;
  disagreement_.fields = {
      {schema.disagreement_by.name, Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) {
         return Party(As<Disagreement>(p).by, p.visibility);
       }},
      disagreement(schema.disagreement_at, &Disagreement::at),
      disagreement(schema.escalated, &Disagreement::escalated),
      // Its text says why, and is named as the meeting's reason is.
      {schema.reason.name, Scalar(ValueKind::kText), false, ShareRule::kItemText,
       [](const Value& p, const EvalContext&) { return FromText(As<Disagreement>(p).reason); }},
  };
  const PlainRows signature = PlainRows::OfItem(schema.signature);
  signature_.name = schema.signature.name;
  signature_.fields = {
      {schema.signature_by.name, Struct(party_), true, kInherit,
       [](const Value& p, const EvalContext&) { return Party(As<Signature>(p).by, p.visibility); }},
      signature(schema.signature_at, &Signature::at),
  };
}

void Schema::AddRunFields() {
  const RecordSchema& schema = RecordSchema::Get();
  const ShareRule kInherit = ShareRule::kInherit;
  const ShareRule kProf = ShareRule::kProfessionals;
  deadlines_.name = "deadlines";
  deadlines_.fields = {
      {"minutes", Struct(deadline_), true, kProf,
       [](const Value& p, const EvalContext&) { return FromDeadline(As<Deadlines>(p).minutes); }},
      {schema.actions.name, Struct(deadline_), true, kProf,
       [](const Value& p, const EvalContext&) { return FromDeadline(As<Deadlines>(p).actions); }},
      {"conference", Struct(deadline_), true, kProf,
       [](const Value& p, const EvalContext&) {
         return FromDeadline(As<Deadlines>(p).conference);
       }},
  };
  deadline_.name = "deadline";
  deadline_.fields = {
      // When a deadline falls, named as an action's is.
      {schema.due.name, Scalar(ValueKind::kDateTime), false, kInherit,
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

void Schema::AddLetterFields() {
  const RecordSchema& schema = RecordSchema::Get();
  const ShareRule kFamily = ShareRule::kFamily;
  const ShareRule kOwn = ShareRule::kOwn;
  const TypeRef date_time = Scalar(ValueKind::kDateTime);
  const TypeRef text = Scalar(ValueKind::kText);
  // What a letter to one reader says about itself; each row reads the reader
  // of the copy being rendered, and is missing, or general, outside a letter.
  letter_.name = "letter";
  letter_.fields = {
      // From the record, never the clock: when the reader is first told, or the meeting.
      {"date", date_time, true, kFamily,
       [](const Value&, const EvalContext& c) {
         for (const FamilyInformation* told : ToldToReader(c)) {
           if (told->at.value) return FromDateTime(told->at, Shared(Share::kFamily));
         }
         return FromDateTime(c.record.meeting.held, Shared(Share::kFamily));
       }},
      // Who writes: the `by` of the first family information that reaches the reader.
      {"sender", Struct(party_), true, kOwn,
       [](const Value&, const EvalContext& c) {
         for (const FamilyInformation* told : ToldToReader(c)) {
           if (told->by.resolved()) return Party(told->by, &told->text.visibility);
         }
         return Missing();
       }},
      // Whom to ask if the reader is unhappy: a manager, else the chair, whose
      // name reaches the reader, and who is not the sender.
      {"manager", Struct(attendee_), true, kOwn,
       [](const Value&, const EvalContext& c) {
         const Attendee* sender = Sender(c);
         const Attendee* found = NamedAttendee(AttendeeRole::kManager, sender, c);
         if (!found) found = NamedAttendee(AttendeeRole::kChair, sender, c);
         return found ? Entity(found, AttendeeVisibility(*found)) : Missing();
       }},
      // The latest day for the conference: the outcome and the meeting's date,
      // which a family may know, and the style's deadline rules decide it.
      {"conference-by", date_time, true, kFamily,
       [](const Value&, const EvalContext& c) {
         const auto& conference = c.inputs.deadlines.conference;
         if (c.record.decision.outcome.value != Outcome::kS47 || !conference) return Missing();
         Value value = Present(ValueKind::kDateTime, Shared(Share::kFamily));
         value.date_time = conference->due;
         return value;
       }},
      // When a deferred discussion meets again. The date has no share of its
      // own: it goes where a text of the deferral goes, since a deferral's
      // share narrows its parts, and nowhere when it has none.
      {"meet-again", date_time, true, kOwn,
       [](const Value&, const EvalContext& c) {
         const auto& deferral = c.record.decision.deferral;
         if (!deferral) return Missing();
         const Visibility* shown = nullptr;
         for (const auto* part : {&deferral->reason, &deferral->information_required,
                                  &deferral->interim_safety_plan}) {
           if (!*part) continue;
           if (!shown) shown = &(*part)->visibility;
           if (ReachesReader((*part)->visibility, c)) {
             shown = &(*part)->visibility;
             break;
           }
         }
         return shown ? FromDateTime(deferral->reconvene, shown) : Missing();
       }},
      // Whether the reader is alleged to have caused harm (unknown counts as
      // yes), so a letter can choose its words: it is their own letter.
      {"reader-alleged", Scalar(ValueKind::kBool), true, kFamily,
       [](const Value&, const EvalContext& c) {
         if (!c.reader || !c.reader->person) return Missing();
         return FromBool(c.reader->person->alleged, Shared(Share::kFamily));
       }},
      // The services that took part, one item each, to be joined in a sentence.
      {"took-part", ListOf(took_part_), false, ShareRule::kPublic,
       [](const Value&, const EvalContext& c) {
         Value list = Present(ValueKind::kStruct, nullptr);
         list.list = true;
         for (const Attendee* a : Services(c)) list.items.push_back(Entity(a, &a->name.visibility));
         return list;
       }},
  };
  took_part_.name = "took-part";
  took_part_.fields = {
      {schema.role.name, Enum(role_), false, ShareRule::kInherit,
       [](const Value& p, const EvalContext&) {
         return FromEnum(As<Attendee>(p).role, p.visibility);
       }},
      // What comes after this service in the sentence: ", ", " and " or nothing.
      {"then", text, false, ShareRule::kPublic,
       [](const Value& p, const EvalContext& c) {
         std::vector<const Attendee*> services = Services(c);
         size_t at = static_cast<size_t>(
             std::find(services.begin(), services.end(), &As<Attendee>(p)) - services.begin());
         size_t left = services.size() - std::min(services.size(), at + 1);
         return FromString(left > 1 ? ", " : left == 1 ? " and " : "", nullptr);
       }},
  };
  // What the council's style says a family can turn to.
  support_.name = "support";
  for (const std::string& kind : SupportKinds()) {
    support_.fields.push_back({kind, Struct(support_contact_), true, ShareRule::kPublic,
                               [kind](const Value&, const EvalContext& c) {
                                 if (!c.style) return Missing();
                                 auto found = c.style->support.find(kind);
                                 return found == c.style->support.end()
                                            ? Missing()
                                            : Entity(&found->second, nullptr);
                               }});
  }
  // Named as an attendee's name and contact are, so a template reads them alike.
  support_contact_.name = "support-contact";
  support_contact_.fields = {
      {schema.attendee_name.name, text, false, ShareRule::kPublic,
       [](const Value& p, const EvalContext&) {
         return FromString(As<SupportContact>(p).name, nullptr);
       }},
      {schema.phone.name, text, true, ShareRule::kPublic,
       [](const Value& p, const EvalContext&) { return FromSupport(As<SupportContact>(p).phone); }},
      {"web", text, true, ShareRule::kPublic,
       [](const Value& p, const EvalContext&) { return FromSupport(As<SupportContact>(p).web); }},
      {"hours", text, true, ShareRule::kPublic,
       [](const Value& p, const EvalContext&) { return FromSupport(As<SupportContact>(p).hours); }},
  };
}

const std::string& NameField() { return RecordSchema::Get().child_name.name; }

const std::string& CalledField() { return RecordSchema::Get().called.name; }

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
