#pragma once

// The field schema: every path a template may name, with its type, whether
// the record may leave it out, how its `share` level is found, and how to read
// it. The type checker reads the static half; the renderer calls the getters.
// Fields that are one element or attribute of the record take all but the
// getter from the record schema (record/record_schema.h).

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "style/style.h"
#include "template/audience.h"
#include "template/render_inputs.h"
#include "template/value.h"

namespace sdgen {

/// The words an enum field takes in the record (`outcome`: s47, s17-assessment...).
struct EnumSchema {
  std::string name;
  std::vector<std::string> words;
};

/// A static type: a scalar, an enum or a struct, or a list of one of them.
struct TypeRef {
  ValueKind kind = ValueKind::kText;
  const StructSchema* struct_type = nullptr;
  const EnumSchema* enum_type = nullptr;
  bool list = false;

  /// Words for messages: "text", "date-time", "list of action", "outcome".
  std::string Describe() const;
};

/// How a field's `share` level is decided.
enum class ShareRule {
  kPublic,         ///< about no one: always shown (record id, council, structure)
  kFamily,         ///< always `family` (the decision's outcome)
  kProfessionals,  ///< always `professionals` (meeting times, scores)
  kInherit,        ///< the level of the item that holds it (an action's due time)
  kItemText,       ///< the item's own words: a loop only yields items where it is visible
  kOwn,            ///< free text with its own `share`
};

/// Everything the getters may read while rendering.
struct EvalContext {
  const Record& record;
  const RenderInputs& inputs;
  bool draft = false;
  /// The house style, for what a council sets (support contacts); null in some tests.
  const Style* style = nullptr;
  /// In a family document: the record's readers and the one this copy is for.
  const FamilyReaders* readers = nullptr;
  const FamilyReader* reader = nullptr;
};

/// Reads a field of `parent` (a struct value, or nothing for top-level fields).
using Getter = std::function<Value(const Value& parent, const EvalContext& context)>;

/// One named field of a struct type.
struct FieldSchema {
  std::string name;
  TypeRef type;
  bool optional = false;  ///< the record may leave it out
  ShareRule share = ShareRule::kPublic;
  Getter get = nullptr;
};

/// A struct type: child, action, decision and so on.
struct StructSchema {
  std::string name;
  std::vector<FieldSchema> fields;

  /// The field called `name`, or null.
  const FieldSchema* Find(std::string_view name) const;
  /// Field names, for "did you mean" suggestions.
  std::vector<std::string> FieldNames() const;
};

/// The whole schema: the top-level struct and every type reachable from it.
class Schema {
 public:
  /// The schema of record format 1 (built once; immutable).
  static const Schema& Get();

  const StructSchema& top() const { return top_; }
  const StructSchema* FindStruct(std::string_view name) const;

 private:
  Schema();
  void AddEnums();
  void AddTopFields();
  void AddMeetingFields();
  void AddFamilyFields();
  void AddMappingFields();
  void AddDecisionFields();
  void AddStoryFields();
  void AddActionFields();
  void AddRunFields();
  void AddLetterFields();
  void AddSlotFields();

  EnumSchema meeting_form_, rag_, relationship_, role_, presence_, outcome_, threshold_, how_,
      alleged_;
  StructSchema top_, meeting_, child_, person_, attendee_, party_, contact_, mapping_, statement_,
      child_statement_, scaling_, score_, decision_, yes_no_, child_seen_, lado_, deferral_,
      action_, sign_off_, agreement_, disagreement_, signature_, deadlines_, deadline_, build_,
      told_, story_, how_safe_, letter_, took_part_, support_, support_contact_, drawing_;
  std::vector<const StructSchema*> struct_list_;
};

/// The field the `names` formatter prints: the record's word for a child's,
/// person's or attendee's name.
const std::string& NameField();
/// The name of the field a child is called by (`| called` reads it).
const std::string& CalledField();

/// Whether a list item may be shown: the item and every one of its item texts.
bool ItemVisible(const Value& item, const Audience& audience, const EvalContext& context);

}  // namespace sdgen
