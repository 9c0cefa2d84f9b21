#include "record/record_walk.h"

// The walk goes through the typed record in the order of the canonical form
// (docs/verification.md), naming each value by its schema entry. Keys are
// made from the table's names: "<element>[<id>].<field>" for items with ids,
// "<element>[<index>]" for statements, "<part>.<field>" elsewhere.

namespace sdgen {
namespace {

class Walker {
 public:
  explicit Walker(const FieldVisitor& visit) : visit_(visit), s_(RecordSchema::Get()) {}

  void Record(const sdgen::Record& record);

 private:
  using Element = SchemaElement;
  using Attribute = SchemaAttribute;

  static RecordField Named(const Element& e, const Attribute* a, const std::string& key) {
    RecordField field;
    field.element = &e;
    field.attribute = a;
    field.key = key;
    return field;
  }
  void Text(const Element& e, const Attribute* a, const std::string& key, const sdgen::Text& text) {
    RecordField field = Named(e, a, key);
    field.text = &text;
    visit_(field);
  }
  void Text(const Element& e, const Attribute* a, const std::string& key,
            const std::optional<sdgen::Text>& text) {
    if (text) Text(e, a, key, *text);
  }
  void Value(const Element& e, const Attribute* a, const std::string& key, std::string value) {
    RecordField field = Named(e, a, key);
    field.value = std::move(value);
    visit_(field);
  }
  // An item's own level; its key names the item by its id.
  void Level(const Element& e, const Attribute& id, const std::string& key,
             const sdgen::Visibility& visibility) {
    RecordField field = Named(e, nullptr, key);
    field.joined = {&id};
    field.visibility = &visibility;
    visit_(field);
  }
  void Instant(const Element& e, const Attribute* a, const std::string& key,
               const Field<DateTime>& value) {
    if (value.value) Value(e, a, key, std::to_string(value.value->utc_seconds));
  }
  template <typename E>
  void Enum(const Element& e, const Attribute* a, const std::string& key, const Field<E>& value) {
    if (value.value) Value(e, a, key, ToString(*value.value));
  }
  void YesNo(const Element& e, const Attribute* a, const std::string& key, bool value) {
    Value(e, a, key, a ? a->words[value ? 0 : 1] : s_.required.words[value ? 0 : 1]);
  }
  void YesNo(const Element& e, const Attribute* a, const std::string& key,
             const Field<bool>& value) {
    if (value.value) YesNo(e, a, key, *value.value);
  }
  void Party(const Element& e, const Attribute& a, const std::string& key, const PartyRef& ref) {
    if (!ref.id.empty()) Value(e, &a, key, ref.id);
  }
  void Children(const Element& e, const Attribute& a, const std::string& key,
                const ChildRefs& refs) {
    std::string ids;
    for (const Child* child : refs.children) ids += (ids.empty() ? "" : " ") + child->id;
    Value(e, &a, key, ids);
  }
  // The optional texts the table binds to a slot of `owner`, last among its fields.
  template <typename Owner>
  void Slots(const Element& element, const Owner& owner, const std::string& prefix) {
    for (const Element* part : element.children)
      if (part->slot.template Of<Owner>())
        Text(*part, nullptr, prefix + part->name, part->slot.in(const_cast<Owner*>(&owner)));
  }
  static std::string Dot(const Element& part, const std::string& field) {
    return part.name + "." + field;
  }
  static std::string Item(const Element& element, const std::string& id) {
    return element.name + "[" + id + "]";
  }

  void Meeting(const sdgen::Meeting& meeting);
  void Children(const std::vector<Child>& children);
  void People(const std::vector<Person>& people);
  void Attendees(const std::vector<Attendee>& attendees);
  void Statements(const Element& list, const Element& e, const std::vector<Statement>& items);
  void Mapping(const sdgen::Mapping& mapping);
  void Scaling(const sdgen::Scaling& scaling);
  void Story(const WordsAndPictures& story, const std::string& key);
  void Decision(const sdgen::Decision& decision);
  void DecisionParts(const sdgen::Decision& decision);
  void Actions(const std::vector<Action>& actions);
  void SignOff(const sdgen::SignOff& sign_off);

  const FieldVisitor& visit_;
  const RecordSchema& s_;
};

void Walker::Record(const sdgen::Record& record) {
  Value(s_.root, &s_.record_id, s_.record_id.name, record.id);
  // The canonical form has always keyed the record's language by this word,
  // which is also the name of a reader's language.
  Value(s_.root, &s_.language, s_.person_language.name, record.language);
  Text(s_.local_authority, nullptr, s_.local_authority.name, record.local_authority);
  Meeting(record.meeting);
  Children(record.children);
  People(record.people);
  Attendees(record.attendees);
  Mapping(record.mapping);
  for (size_t i = 0; i < record.words_and_pictures.size(); ++i)
    Story(record.words_and_pictures[i], s_.words_and_pictures.name + "[" + std::to_string(i) + "]");
  Decision(record.decision);
  Actions(record.actions);
  SignOff(record.sign_off);
  for (const PartyRef& to : record.distribution)
    Party(s_.distribution_to, s_.recipient, Dot(s_.distribution, s_.distribution_to.name), to);
  for (const sdgen::Text& term : record.accepted_terms)
    Text(s_.accept, &s_.accept_term, s_.accept.name, term);
}

void Walker::Meeting(const sdgen::Meeting& m) {
  auto key = [&](const std::string& field) { return Dot(s_.meeting, field); };
  if (m.form.value) Value(s_.meeting, &s_.form, key(s_.form.name), ToString(*m.form.value));
  Instant(s_.held, nullptr, key(s_.held.name), m.held);
  Instant(s_.contact_received, nullptr, key(s_.contact_received.name), m.contact_received);
  Enum(s_.rag, &s_.rating, key(s_.rag.name), m.rag);
  Instant(s_.mash_enquiry_completed, nullptr, key(s_.mash_enquiry_completed.name),
          m.mash_enquiry_completed);
  Text(s_.reason, nullptr, key(s_.reason.name), m.reason);
  Text(s_.timing_rationale, nullptr, key(s_.timing_rationale.name), m.timing_rationale);
  Text(s_.previous, &s_.previous_id, key(Dot(s_.previous, s_.previous_id.name)), m.previous_id);
  Text(s_.previous, nullptr, key(s_.previous.name), m.previous_note);
  Slots(s_.meeting, m, key(""));
}

void Walker::Children(const std::vector<Child>& children) {
  for (const Child& c : children) {
    std::string p = Item(s_.child, c.id) + ".";
    YesNo(s_.child, &s_.in_hospital, p + s_.in_hospital.name, c.in_hospital);
    if (!c.language.empty())
      Value(s_.child, &s_.child_language, p + s_.child_language.name, c.language);
    Level(s_.child, s_.child_id, Item(s_.child, c.id), c.visibility);
    Text(s_.child_name, nullptr, p + s_.child_name.name, c.name);
    Text(s_.known_as, nullptr, p + s_.known_as.name, c.known_as);
    if (c.born.value) Value(s_.born, nullptr, p + s_.born.name, c.born.value->Iso());
    Text(s_.gender, nullptr, p + s_.gender.name, c.gender);
    Text(s_.ethnicity, nullptr, p + s_.ethnicity.name, c.ethnicity);
    Text(s_.first_language, nullptr, p + s_.first_language.name, c.first_language);
    Text(s_.school_or_setting, nullptr, p + s_.school_or_setting.name, c.school_or_setting);
    Text(s_.needs, nullptr, p + s_.needs.name, c.needs);
    Slots(s_.child, c, p);
  }
}

// The person's yes/no attributes share one line, "flags", in the canonical form.
void Walker::People(const std::vector<Person>& people) {
  for (const Person& person : people) {
    std::string p = Item(s_.person, person.id) + ".";
    Enum(s_.person, &s_.relationship, p + s_.relationship.name, person.relationship);
    std::string flags = std::string(person.parental_responsibility ? "pr " : "") +
                        (person.works_with_children ? s_.works_with_children.name + " " : "") +
                        (person.alleged ? s_.alleged.name : "");
    RecordField field = Named(s_.person, &s_.parental_responsibility, p + "flags");
    field.joined = {&s_.works_with_children, &s_.alleged};
    field.value = flags;
    visit_(field);
    Children(s_.person, s_.lives_with, p + s_.lives_with.name, person.lives_with);
    Level(s_.person, s_.person_id, Item(s_.person, person.id), person.visibility);
    if (person.alleged_as_written.value == Alleged::kUnknown)
      Value(s_.person, &s_.alleged, p + s_.alleged.name, ToString(Alleged::kUnknown));
    Text(s_.person_name, nullptr, p + s_.person_name.name, person.name);
    Text(s_.address, nullptr, p + s_.address.name, person.address);
    Text(s_.person, &s_.called, p + s_.called.name, person.called);
    Slots(s_.person, person, p);
    if (!person.language.empty())
      Value(s_.person, &s_.person_language, p + s_.person_language.name, person.language);
    if (person.born.value)
      Value(s_.person_born, nullptr, p + s_.person_born.name, person.born.value->Iso());
  }
}

void Walker::Attendees(const std::vector<Attendee>& attendees) {
  for (const Attendee& a : attendees) {
    std::string p = Item(s_.attendee, a.id) + ".";
    Enum(s_.attendee, &s_.role, p + s_.role.name, a.role);
    Text(s_.attendee, &s_.agency, p + s_.agency.name, a.agency);
    Enum(s_.attendee, &s_.present, p + s_.present.name, a.present);
    Level(s_.attendee, s_.attendee_id, Item(s_.attendee, a.id), a.visibility);
    Text(s_.attendee_name, nullptr, p + s_.attendee_name.name, a.name);
    Text(s_.job_title, nullptr, p + s_.job_title.name, a.job_title);
    if (a.contact) {
      Text(s_.contact, &s_.phone, p + s_.phone.name, a.contact->phone);
      Text(s_.contact, &s_.email, p + s_.email.name, a.contact->email);
    }
    Slots(s_.attendee, a, p);
  }
}

void Walker::Statements(const Element& list, const Element& e,
                        const std::vector<Statement>& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    std::string p = list.name + "[" + std::to_string(i) + "]";
    Party(e, s_.raised_by, p + "." + s_.raised_by.name, items[i].by);
    Text(e, nullptr, p, items[i].text);
  }
}

void Walker::Mapping(const sdgen::Mapping& m) {
  Statements(s_.harm, s_.harm, m.harms);
  Statements(s_.complicating_factor, s_.complicating_factor, m.complicating_factors);
  Statements(s_.strength, s_.strength, m.strengths);
  Statements(s_.safety, s_.safety, m.safety);
  Statements(s_.need_to_know, s_.need_item, m.need_to_know);
  for (const auto& [element, statement] :
       {std::pair{&s_.danger_statement, &m.danger_statement},
        std::pair{&s_.safety_goal, &m.safety_goal}}) {
    if (!*statement) continue;
    Children(*element, s_.about_children, Dot(*element, s_.about_children.name),
             (*statement)->children);
    Text(*element, nullptr, element->name, (*statement)->text);
  }
  if (m.scaling) Scaling(*m.scaling);
}

void Walker::Scaling(const sdgen::Scaling& scaling) {
  auto key = [&](const Element& e) { return Dot(s_.scaling, e.name); };
  Text(s_.question, nullptr, key(s_.question), scaling.question);
  Text(s_.zero_means, nullptr, key(s_.zero_means), scaling.zero_means);
  Text(s_.ten_means, nullptr, key(s_.ten_means), scaling.ten_means);
  for (size_t i = 0; i < scaling.scores.size(); ++i) {
    const Score& score = scaling.scores[i];
    std::string p = key(s_.score) + "[" + std::to_string(i) + "]";
    Party(s_.score, s_.score_by, p + "." + s_.score_by.name, score.by);
    if (score.value.value)
      Value(s_.score, &s_.score_value, p + "." + s_.score_value.name,
            std::to_string(*score.value.value));
    Text(s_.score, nullptr, p, score.rationale);
  }
  Text(s_.one_point_higher, nullptr, key(s_.one_point_higher), scaling.one_point_higher);
  Slots(s_.scaling, scaling, Dot(s_.scaling, ""));
}

void Walker::Story(const WordsAndPictures& story, const std::string& p) {
  const Element& block = s_.words_and_pictures;
  Children(block, s_.story_for, p + "." + s_.story_for.name, story.for_children);
  Party(block, s_.story_by, p + "." + s_.story_by.name, story.by);
  YesNo(block, &s_.story_police_agreed, p + "." + s_.story_police_agreed.name,
        story.police_agreed);
  Level(block, s_.story_for, p, story.visibility);
  for (const auto& [element, text] :
       {std::pair{&s_.who_is_worried, &story.who_is_worried},
        std::pair{&s_.what_happened, &story.what_happened}, std::pair{&s_.worries, &story.worries},
        std::pair{&s_.going_well, &story.going_well},
        std::pair{&s_.what_happens_next, &story.what_happens_next}})
    Text(*element, nullptr, p + "." + element->name, *text);
  Text(s_.story_safety_goal, nullptr, p + "." + s_.story_safety_goal.name, story.safety_goal);
  Slots(s_.words_and_pictures, story, p + ".");
  if (story.how_safe) {
    std::string h = p + "." + s_.how_safe.name;
    if (story.how_safe->value.value)
      Value(s_.how_safe, &s_.how_safe_value, h + "." + s_.how_safe_value.name,
            std::to_string(*story.how_safe->value.value));
    Text(s_.how_safe, nullptr, h, story.how_safe->text);
  }
  if (story.drawing) {
    std::string d = p + "." + s_.drawing.name + ".";
    Text(s_.drawing, &s_.drawing_image, d + s_.drawing_image.name, story.drawing->image);
    Text(s_.drawing, &s_.drawing_alt, d + s_.drawing_alt.name, story.drawing->alt);
  }
}

void Walker::Decision(const sdgen::Decision& d) {
  auto key = [&](const std::string& field) { return Dot(s_.decision, field); };
  Enum(s_.decision, &s_.outcome, key(s_.outcome.name), d.outcome);
  Enum(s_.decision, &s_.threshold, key(s_.threshold.name), d.threshold);
  Text(s_.rationale, nullptr, key(s_.rationale.name), d.rationale);
  YesNo(s_.harm_substantiated, nullptr, key(s_.harm_substantiated.name), d.harm_substantiated);
  if (d.child_seen) {
    std::string p = key(s_.child_seen.name);
    Party(s_.child_seen, s_.seen_by, p + "." + s_.seen_by.name, d.child_seen->by);
    Instant(s_.child_seen, &s_.seen_at, p + "." + s_.seen_at.name, d.child_seen->at);
    Text(s_.child_seen, nullptr, p, d.child_seen->note);
  }
  for (const auto& [element, part] :
       {std::pair{&s_.medical, &d.medical}, std::pair{&s_.legal_action, &d.legal_action}}) {
    if (!*part) continue;
    std::string p = key(element->name);
    YesNo(*element, &s_.required, p + "." + s_.required.name, (*part)->required);
    Text(*element, nullptr, p, (*part)->reason);
  }
  Text(s_.criminal_investigation, nullptr, key(s_.criminal_investigation.name),
       d.criminal_investigation);
  for (const FamilyInformation& told : d.family_information) {
    std::string p = key(s_.family_information.name);
    Text(s_.family_information, nullptr, p, told.text);
    Party(s_.family_information, s_.told_by, p + "." + s_.told_by.name, told.by);
    Instant(s_.family_information, &s_.told_at, p + "." + s_.told_at.name, told.at);
    YesNo(s_.family_information, &s_.police_agreed, p + "." + s_.police_agreed.name,
          told.police_agreed);
  }
  Text(s_.other_children, nullptr, key(s_.other_children.name), d.other_children);
  DecisionParts(d);
}

void Walker::DecisionParts(const sdgen::Decision& d) {
  auto key = [&](const std::string& field) { return Dot(s_.decision, field); };
  if (d.lado) {
    std::string p = key(s_.lado.name);
    YesNo(s_.lado, &s_.involved, p + "." + s_.involved.name, d.lado->involved);
    Instant(s_.lado, &s_.informed, p + "." + s_.informed.name, d.lado->informed);
    Text(s_.lado, nullptr, p, d.lado->note);
  }
  if (d.deferral) {
    std::string p = key(s_.deferral.name) + ".";
    Text(s_.deferral_reason, nullptr, p + s_.deferral_reason.name, d.deferral->reason);
    Text(s_.information_required, nullptr, p + s_.information_required.name,
         d.deferral->information_required);
    Instant(s_.reconvene, nullptr, p + s_.reconvene.name, d.deferral->reconvene);
    Text(s_.interim_safety_plan, nullptr, p + s_.interim_safety_plan.name,
         d.deferral->interim_safety_plan);
    Slots(s_.deferral, *d.deferral, p);
  }
  Text(s_.immediate_protection, nullptr, key(s_.immediate_protection.name),
       d.immediate_protection);
  Text(s_.discharge_plan, nullptr, key(s_.discharge_plan.name), d.discharge_plan);
  Slots(s_.decision, d, key(""));
}

void Walker::Actions(const std::vector<Action>& actions) {
  for (const Action& a : actions) {
    std::string p = Item(s_.action, a.id);
    Level(s_.action, s_.action_id, p, a.visibility);
    Party(s_.action, s_.owner, p + "." + s_.owner.name, a.owner);
    Instant(s_.action, &s_.due, p + "." + s_.due.name, a.due);
    Text(s_.task, nullptr, p + "." + s_.task.name, a.task);
    Text(s_.purpose, nullptr, p + "." + s_.purpose.name, a.purpose);
    Slots(s_.action, a, p + ".");
  }
}

void Walker::SignOff(const sdgen::SignOff& sign_off) {
  for (const Agreement& a : sign_off.agreements) {
    Party(s_.agreement, s_.agreement_by, Dot(s_.agreement, s_.agreement_by.name), a.by);
    Enum(s_.agreement, &s_.how, Dot(s_.agreement, s_.how.name), a.how);
    Instant(s_.agreement, &s_.agreement_at, Dot(s_.agreement, s_.agreement_at.name), a.at);
  }
  for (const Disagreement& d : sign_off.disagreements) {
    Party(s_.disagreement, s_.disagreement_by, Dot(s_.disagreement, s_.disagreement_by.name),
          d.by);
    Instant(s_.disagreement, &s_.disagreement_at, Dot(s_.disagreement, s_.disagreement_at.name),
            d.at);
    YesNo(s_.disagreement, &s_.escalated, Dot(s_.disagreement, s_.escalated.name), d.escalated);
    Text(s_.disagreement, nullptr, s_.disagreement.name, d.reason);
  }
  if (const auto& signature = sign_off.signature) {
    Party(s_.signature, s_.signature_by, Dot(s_.signature, s_.signature_by.name), signature->by);
    Instant(s_.signature, &s_.signature_at, Dot(s_.signature, s_.signature_at.name),
            signature->at);
    Text(s_.signature, &s_.signature_image, Dot(s_.signature, s_.signature_image.name),
         signature->image);
  }
}

std::string PathOf(const RecordField& field) {
  std::string path = field.element->Path();
  return field.attribute ? path + "@" + field.attribute->name : path;
}

// Labels are names and contact details people go by; ids and file paths are
// references. Neither is a statement about the family.
bool IsStatement(const RecordField& field) {
  return !field.attribute && !field.element->label;
}

}  // namespace

void ForEachField(const Record& record, const FieldVisitor& visit) {
  Walker(visit).Record(record);
}

void ForEachText(const Record& record, const TextVisitor& visit) {
  ForEachField(record, [&](const RecordField& field) {
    if (field.text) visit(PathOf(field), *field.text);
  });
}

void ForEachStatement(const Record& record, const TextVisitor& visit) {
  ForEachField(record, [&](const RecordField& field) {
    if (field.text && IsStatement(field)) visit(PathOf(field), *field.text);
  });
}

}  // namespace sdgen
