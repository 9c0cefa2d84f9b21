#pragma once

// The typed strategy-discussion record (formats 1 and 2). The RecordReader fills it
// from XML; every later stage reads it and none changes it. References are
// resolved to pointers into the record's own vectors, so a Record is moved,
// never copied.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "record/date_time.h"

namespace sdgen {

/// Who may see an item, lowest first.
enum class Share { kFamily, kProfessionals, kRestricted };

/// Who may see an item: the level, and for `restricted` the agencies named.
/// An attribute (such as an attendee's `role`) has its element's stated
/// visibility, or else its own default from docs/record-format.md.
struct Visibility {
  Share share = Share::kProfessionals;
  std::vector<std::string> agencies;  ///< lowercase tokens, e.g. "police"
  bool stated = false;  ///< written on the item or an ancestor (not a default)
  /// For family items: the readers named by `to` on the item and every
  /// enclosing element (narrowed, never widened). Unset: the default readers.
  std::optional<std::vector<std::string>> to;
  /// Readers who see it whatever `to` says: a person their own name, a parent
  /// their children's names, a reader the professional who tells them.
  std::vector<std::string> also;
  bool story = false;  ///< written for a child in a words-and-pictures block
  /// A level the format fixes for a value with none of its own (the outcome,
  /// the meeting's date): the same for every reader.
  bool fixed = false;
};

/// Free text from the record, with a map back to where each byte was written,
/// so that a finding inside the text can point at its exact line and column.
struct Text {
  std::string value;  ///< decoded text, line ends normalised to "\n"
  Visibility visibility;
  SourceLocation where;  ///< the element (or attribute) holding the text

  /// The source location of byte `index` of `value`.
  SourceLocation LocationOf(size_t index) const;
  /// Whether the text has anything but white space.
  bool IsBlank() const;

  /// A point where decoded and source offsets are known to match up: from
  /// `value[text_index]` on, bytes follow the source from `source_offset`
  /// until the next checkpoint (entities and CR LF pairs break the run).
  struct Checkpoint {
    size_t text_index;
    size_t source_offset;
  };
  std::vector<Checkpoint> checkpoints;
};

/// A value that may be missing, with where it was (or should have been) written.
template <typename T>
struct Field {
  std::optional<T> value;
  SourceLocation where;
  /// For a value written as an element's content (a date of birth, when the
  /// meeting was held): the element's level, which may narrow its default.
  Visibility level;
  bool has_value() const { return value.has_value(); }
};

enum class MeetingForm { kMeeting, kPhone, kVirtual };
enum class RagRating { kRed, kAmber, kGreen };
enum class Relationship {
  kMother, kFather, kStepParent, kCarer, kSibling, kGrandparent, kPartner, kOther
};
enum class AttendeeRole {
  kChair, kSocialWorker, kManager, kPolice, kHealth, kSchoolNurse, kHealthVisitor,
  kEducation, kProbation, kLado, kLegal, kOther
};
enum class Presence { kYes, kApologies, kReportOnly };
enum class Outcome {
  kS47, kS17Assessment, kPoliceInvestigation, kReferral, kDisciplinary, kNoFurtherAction,
  kDeferred
};
enum class Threshold { kMet, kNotMet, kUndecided };
enum class Alleged { kYes, kNo, kUnknown };
enum class AgreementHow { kInMeeting, kEmail };

struct Child;
struct Person;
struct Attendee;

/// A `by` or `owner` attribute: an attendee or, for owners, a family member.
struct PartyRef {
  std::string id;
  SourceLocation where;
  const Attendee* attendee = nullptr;
  const Person* person = nullptr;
  bool resolved() const { return attendee || person; }
};

/// A `children` or `lives-with` attribute.
struct ChildRefs {
  std::vector<const Child*> children;
  SourceLocation where;
  std::string written;  ///< the ids as written
};

struct Meeting {
  Field<MeetingForm> form;
  SourceLocation where;
  Field<DateTime> held;
  Field<DateTime> contact_received;
  Field<RagRating> rag;
  Field<DateTime> mash_enquiry_completed;
  std::optional<Text> reason;
  std::optional<Text> timing_rationale;
  std::optional<Text> previous_id;    ///< the earlier discussion's record id
  std::optional<Text> previous_note;  ///< what the earlier discussion decided
};

struct Child {
  std::string id;
  SourceLocation where;
  bool in_hospital = false;
  Visibility visibility;  ///< of the child as a whole (family by default)
  Text name;
  std::optional<Text> known_as;
  Field<Date> born;
  std::optional<Text> gender;
  std::optional<Text> ethnicity;
  std::optional<Text> first_language;
  std::optional<Text> school_or_setting;
  std::optional<Text> needs;
  std::optional<Text> voice;
  std::string language;  ///< BCP 47; empty for the record's own
};

struct Person {
  std::string id;
  SourceLocation where;
  Field<Relationship> relationship;
  bool parental_responsibility = false;
  ChildRefs lives_with;
  bool works_with_children = false;
  bool alleged = false;  ///< alleged to have caused harm (`unknown` counts as yes)
  Field<Alleged> alleged_as_written;
  Visibility visibility;
  Text name;
  std::optional<Text> address;  ///< sdgen's extension: where a family letter goes
  std::optional<Text> called;   ///< what the children call them
  std::string language;         ///< BCP 47; empty for the record's own
  Field<Date> born;
};

struct Contact {
  std::optional<Text> phone;
  std::optional<Text> email;
};

struct Attendee {
  std::string id;
  SourceLocation where;
  Field<AttendeeRole> role;
  Text agency;
  Field<Presence> present;
  Visibility visibility;
  Text name;
  std::optional<Text> job_title;
  std::optional<Contact> contact;
};

/// A harm, complicating factor, strength, safety or need-to-know item.
struct Statement {
  PartyRef by;
  Text text;
};

/// A danger statement or safety goal.
struct ChildStatement {
  ChildRefs children;
  Text text;
};

struct Score {
  PartyRef by;
  Field<int> value;  ///< 0-10
  Text rationale;
};

struct Scaling {
  SourceLocation where;
  std::optional<Text> question;
  std::optional<Text> zero_means;
  std::optional<Text> ten_means;
  std::vector<Score> scores;
  std::optional<Text> one_point_higher;
};

struct Mapping {
  SourceLocation where;
  std::vector<Statement> harms;
  std::vector<Statement> complicating_factors;
  std::vector<Statement> strengths;
  std::vector<Statement> safety;
  std::vector<Statement> need_to_know;
  std::optional<ChildStatement> danger_statement;
  std::optional<ChildStatement> safety_goal;
  std::optional<Scaling> scaling;
};

/// A yes/no decision with its reason, such as `medical required="yes"`.
struct YesNoDecision {
  Field<bool> required;
  Text reason;
};

struct ChildSeen {
  SourceLocation where;
  Visibility visibility;  ///< of the element, for its attributes
  PartyRef by;
  Field<DateTime> at;
  std::optional<Text> note;
};

struct LadoInvolvement {
  SourceLocation where;
  Visibility visibility;  ///< of the element, for its attributes
  Field<bool> involved;
  Field<DateTime> informed;
  std::optional<Text> note;
};

struct Deferral {
  SourceLocation where;
  std::optional<Text> reason;
  std::optional<Text> information_required;
  Field<DateTime> reconvene;
  std::optional<Text> interim_safety_plan;
};

/// One `family-information`: what some family readers are told, when and by whom.
struct FamilyInformation {
  SourceLocation where;
  Text text;
  PartyRef by;
  Field<DateTime> at;
  Field<bool> police_agreed;
};

struct Decision {
  SourceLocation where;
  bool present = false;  ///< the element was written
  Field<Outcome> outcome;
  Field<Threshold> threshold;
  std::optional<Text> rationale;
  Field<bool> harm_substantiated;
  std::optional<ChildSeen> child_seen;
  std::optional<YesNoDecision> medical;
  std::optional<Text> criminal_investigation;
  std::optional<YesNoDecision> legal_action;
  std::vector<FamilyInformation> family_information;
  std::optional<Text> other_children;
  std::optional<LadoInvolvement> lado;
  std::optional<Deferral> deferral;
  std::optional<Text> immediate_protection;
  std::optional<Text> discharge_plan;
};

struct HowSafe {
  Field<int> value;  ///< 0-10
  Text text;
};

struct Drawing {
  SourceLocation where;
  Text image;  ///< path relative to the record file
  Text alt;
  /// The checked file (CheckDrawingPath): inside the record's folder, a PNG.
  std::string file;
};

/// A words-and-pictures block: a story for the children it names.
struct WordsAndPictures {
  SourceLocation where;
  Visibility visibility;  ///< family, to the children named
  ChildRefs for_children;
  PartyRef by;
  Field<bool> police_agreed;
  Text who_is_worried;
  Text what_happened;
  Text worries;
  Text going_well;
  Text what_happens_next;
  std::optional<Text> safety_goal;
  std::optional<HowSafe> how_safe;
  std::optional<Drawing> drawing;
};

struct Action {
  std::string id;
  SourceLocation where;
  Visibility visibility;
  PartyRef owner;  ///< id empty when no owner was written
  Field<DateTime> due;
  std::optional<Text> task;
  std::optional<Text> purpose;
};

struct Agreement {
  SourceLocation where;
  PartyRef by;
  Field<AgreementHow> how;
  Field<DateTime> at;
};

struct Disagreement {
  SourceLocation where;
  PartyRef by;
  Field<DateTime> at;
  Field<bool> escalated;
  Text reason;
};

struct Signature {
  SourceLocation where;
  PartyRef by;
  Field<DateTime> at;
  std::optional<Text> image;  ///< PNG path relative to the record file
  /// The checked file (CheckDrawingPath): inside the record's folder, a PNG or JPEG.
  std::string file;
};

struct SignOff {
  std::vector<Agreement> agreements;
  std::vector<Disagreement> disagreements;
  std::optional<Signature> signature;
};

struct Record {
  Record() = default;
  Record(Record&&) = default;
  Record& operator=(Record&&) = default;
  Record(const Record&) = delete;
  Record& operator=(const Record&) = delete;

  const SourceFile* source = nullptr;
  SourceLocation where;  ///< the root element
  std::string id;        ///< as written; see OutputName() for file names
  int format = 1;
  std::string language = "en-GB";
  Text local_authority;
  Meeting meeting;
  std::vector<Child> children;
  std::vector<Person> people;
  std::vector<Attendee> attendees;
  Mapping mapping;
  std::vector<WordsAndPictures> words_and_pictures;
  Decision decision;
  std::vector<Action> actions;
  SignOff sign_off;
  std::vector<PartyRef> distribution;
  /// Terms this record uses on purpose; the plain-language checker accepts
  /// them (sdgen's optional `<plain-language><accept term="..."/>`).
  std::vector<Text> accepted_terms;

  /// The record id made safe as one path component ("SD/2026/1" -> "SD-2026-1").
  std::string OutputName() const;
  const Attendee* FindAttendee(const std::string& id) const;
  const Person* FindPerson(const std::string& id) const;
  const Child* FindChild(const std::string& id) const;
};

/// `text` with runs of white space made one space and the ends trimmed.
std::string CollapseWhitespace(std::string_view text);

/// The record's words for enum values, as written in the XML.
const char* ToString(MeetingForm value);
const char* ToString(RagRating value);
const char* ToString(Relationship value);
const char* ToString(AttendeeRole value);
const char* ToString(Presence value);
const char* ToString(Outcome value);
const char* ToString(Threshold value);
const char* ToString(Alleged value);
const char* ToString(AgreementHow value);
const char* ToString(Share value);

}  // namespace sdgen
