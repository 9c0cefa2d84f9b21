#pragma once

// The record format as one table: every element and attribute sdgen reads,
// with its kind, whether it is required, its default share level and where its
// value lives in the typed record. The reader, the canonical form, the record
// walk, the template field schema, the XSD check and the docs table all read
// this table; none of them spells a name of the format.

#include <optional>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

#include "record/record.h"

namespace sdgen {

/// What a value is written as.
enum class FieldKind {
  kContainer,  ///< an element holding other elements only
  kEmpty,      ///< an element whose meaning is in its attributes
  kText,       ///< free text (or an attribute holding text)
  kDateTime,   ///< ISO 8601 with an offset
  kDate,       ///< a plain calendar date
  kRecordId,   ///< a record's reference: letters, digits, '-', '_', '/'
  kId,         ///< an id, unique across the record
  kIdRef,      ///< one id of the record
  kIdList,     ///< space-separated ids of the record
  kEnum,       ///< one of a list of words
  kYesNo,      ///< yes or no
  kInteger,    ///< a whole number in a range
  kTokens,     ///< space-separated words (agencies)
  kLanguage,   ///< a BCP 47 language tag
  kFixed,      ///< one fixed word (the format number)
};

/// Whether a value must be written.
enum class Need {
  kOptional,
  kRequired,     ///< an error when missing
  kComplete,     ///< a complete record has it: an error-level practice rule reports it
  kWarn,         ///< a practice rule warns when missing
  kConditional,  ///< required in the case `condition` says
};

/// An attribute of one or more elements.
struct SchemaAttribute {
  std::string name;
  FieldKind kind = FieldKind::kText;
  Need need = Need::kOptional;
  std::string condition;           ///< for kConditional: "when the outcome is deferred"
  std::vector<std::string> words;  ///< kEnum and kYesNo, in the order of the C++ enum
  int min = 0, max = 0;            ///< kInteger
  bool has_share = false;          ///< `share` holds a default of its own
  Share share = Share::kProfessionals;
  std::string default_value;  ///< what a missing optional value means ("no")
  std::string refers_to;      ///< for references: "attendee", "attendee or person", "child"
  std::string model;          ///< where the value lives: "Person::alleged"
  std::string meaning;
  std::string missing;  ///< how a missing required value is named in a message
  int format = 1;       ///< the first record format that has it

  /// The words as one "a, b, c" list, for messages.
  std::string WordList() const;
};

/// Where the typed record keeps an optional free text that is read, walked
/// and offered to templates through the table alone: the reader, the record
/// walk and the template field schema go through every slot of a struct, so
/// a text field added with one touches this table and the typed record only.
struct TextSlot {
  const std::type_info* owner = nullptr;  ///< the struct of the typed record holding it
  std::optional<Text>& (*in)(void* owner) = nullptr;

  /// Whether this is a slot of `Owner`.
  template <typename Owner>
  bool Of() const {
    return owner && *owner == typeid(Owner);
  }
};

/// The slot of member `member` of `Owner`.
template <typename Owner, std::optional<Text> Owner::*member>
TextSlot SlotOf() {
  return {&typeid(Owner),
          [](void* owner) -> std::optional<Text>& { return static_cast<Owner*>(owner)->*member; }};
}

/// An element, with its attributes and the elements it may hold.
struct SchemaElement {
  std::string name;
  FieldKind kind = FieldKind::kText;  ///< of its content
  Need need = Need::kOptional;
  std::string condition;
  bool repeats = false;  ///< may appear more than once
  int min_count = 0;     ///< the fewest a valid record holds (harm: 1)
  Share share = Share::kProfessionals;  ///< its default level
  std::vector<std::string> agencies;    ///< the default agencies of a restricted default
  bool label = false;  ///< a name or contact people go by, not a statement about them
  std::vector<const SchemaAttribute*> attributes;  ///< besides `share` and `agencies`
  std::vector<const SchemaElement*> children;
  const SchemaElement* parent = nullptr;
  std::string model;
  std::string meaning;
  std::string missing;  ///< how a missing required element is named in a message
  std::string title;    ///< how messages name it, when not by its element name
  int format = 1;       ///< the first record format that has it
  /// Its parts take the level of the item that holds it (an action's task),
  /// rather than a default of their own.
  bool part_of_item = false;
  TextSlot slot;  ///< set for an optional text read through the table alone

  /// How messages name it: its title, or else its element name.
  const std::string& Title() const { return title.empty() ? name : title; }
  /// The path from the root, such as "decision/medical".
  std::string Path() const;
  /// The names of its attributes (with `share` and `agencies`) and children.
  std::vector<std::string> AttributeNames() const;
  std::vector<std::string> ChildNames() const;
};

/// The table of the record format. Members are named after what they are, so
/// code reads `schema.medical` or `schema.outcome` rather than a string.
class RecordSchema {
 public:
  /// The format's table, built once and never changed.
  static const RecordSchema& Get();

  /// Every element, root first, parents before their children.
  const std::vector<const SchemaElement*>& elements() const { return elements_; }
  /// The attributes that any element may carry: `share`, `agencies` and `to`.
  std::vector<const SchemaAttribute*> common_attributes() const {
    return {&share, &agencies, &to};
  }

  // Attributes that any element may carry.
  SchemaAttribute share, agencies, to;

  // The root.
  SchemaElement root;
  SchemaAttribute record_id, format, language, xmlns;
  SchemaElement local_authority;

  // <meeting>
  SchemaElement meeting, held, contact_received, rag, mash_enquiry_completed, reason,
      timing_rationale, previous;
  SchemaAttribute form, rating, previous_id;

  // <children>, <people>, <attendees>
  SchemaElement children, child, child_name, known_as, born, gender, ethnicity, first_language,
      school_or_setting, needs, voice;
  SchemaAttribute child_id, in_hospital;
  SchemaElement people, person, person_name, address;
  SchemaElement person_born;
  SchemaAttribute person_id, relationship, parental_responsibility, lives_with,
      works_with_children, alleged, called, person_language, child_language;
  SchemaElement attendees, attendee, attendee_name, job_title, contact;
  SchemaAttribute attendee_id, role, agency, present, phone, email;

  // <mapping>
  SchemaElement mapping, worried_about, harm, complicating_factor, working_well, strength, safety,
      need_to_know, need_item, danger_statement, safety_goal, scaling, question, zero_means,
      ten_means, score, one_point_higher;
  SchemaAttribute raised_by, about_children, score_by, score_value;

  // <decision>
  SchemaElement decision, rationale, harm_substantiated, child_seen, medical,
      criminal_investigation, legal_action, family_information, other_children, lado, deferral,
      deferral_reason, information_required, reconvene, interim_safety_plan,
      immediate_protection, discharge_plan;
  SchemaAttribute outcome, threshold, seen_by, seen_at, required, involved, informed, told_by,
      told_at, police_agreed;

  // <words-and-pictures>, format 2
  SchemaElement words_and_pictures, who_is_worried, what_happened, worries, going_well,
      what_happens_next, story_safety_goal, how_safe, drawing;
  SchemaAttribute story_for, story_by, story_police_agreed, how_safe_value, drawing_image,
      drawing_alt;

  // <actions>, <sign-off>, <distribution>, <plain-language>
  SchemaElement actions, action, task, purpose;
  SchemaAttribute action_id, owner, due;
  SchemaElement sign_off, agreement, disagreement, signature;
  SchemaAttribute agreement_by, how, agreement_at, disagreement_by, disagreement_at, escalated,
      signature_by, signature_at, signature_image;
  SchemaElement distribution, distribution_to;
  SchemaAttribute recipient;
  SchemaElement plain_language, accept;
  SchemaAttribute accept_term;

  RecordSchema(const RecordSchema&) = delete;
  RecordSchema& operator=(const RecordSchema&) = delete;

 private:
  RecordSchema();
  void DescribeRoot();
  void DescribeMeeting();
  void DescribeFamily();
  void DescribeAttendees();
  void DescribeMapping();
  void DescribeDecision();
  void DescribeWordsAndPictures();
  void DescribeActionsAndSignOff();
  void Link(SchemaElement& element, std::vector<SchemaElement*> children);
  void Collect(const SchemaElement& element);

  std::vector<const SchemaElement*> elements_;
};

/// The words of a yes/no value, in the table's order: no is index 1.
inline bool YesNoValue(size_t index) { return index == 0; }

}  // namespace sdgen
