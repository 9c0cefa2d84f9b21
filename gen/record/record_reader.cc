#include "record/record_reader.h"

// The reader walks the XML once, element by element. Every name, default
// share level, enum word and requirement comes from the RecordSchema table;
// each Read* function says only where in the typed record a value goes.
// Anything the table does not list is a located warning. References are
// collected as they are met and resolved at the end, when every id is known.

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include <pugixml.hpp>

#include "diagnostics/attribute_offset.h"
#include "diagnostics/closest_name.h"
#include "record/drawing_path.h"
#include "record/id_token.h"
#include "record/input_text_check.h"
#include "record/language_tag.h"
#include "record/record_schema.h"
#include "record/family_readers.h"
#include "record/sharing.h"
#include "record/xml_shape.h"
#include "record/xml_text.h"

namespace sdgen {
namespace {

using pugi::xml_attribute;
using pugi::xml_node;

// The format from which a record says who reads what (format-2.md).
constexpr int kReadersFormat = 2;

// What a reference may name.
enum class RefKind { kAttendee, kAttendeeOrPerson, kChild };

struct IdEntry {
  std::string kind;  // the element holding the id: child, person, attendee or action
  size_t offset;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsBlank(std::string_view text) { return std::all_of(text.begin(), text.end(), IsSpace); }

std::vector<std::pair<std::string, size_t>> SplitTokens(std::string_view text, size_t offset) {
  std::vector<std::pair<std::string, size_t>> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    if (i > start) tokens.emplace_back(std::string(text.substr(start, i - start)), offset + start);
  }
  return tokens;
}

const char* Article(const std::string& kind) {
  return !kind.empty() && std::string_view("aeiou").find(kind[0]) != std::string_view::npos
             ? "an"
             : "a";
}

RefKind KindOf(const SchemaAttribute& reference) {
  if (reference.kind == FieldKind::kIdList) return RefKind::kChild;
  return reference.refers_to.find(' ') == std::string::npos ? RefKind::kAttendee
                                                            : RefKind::kAttendeeOrPerson;
}

bool IsStructured(const SchemaElement& element) {
  return element.kind == FieldKind::kContainer || element.kind == FieldKind::kEmpty;
}

class Reader {
 public:
  Reader(const SourceFile& file, DiagnosticList& diagnostics)
      : file_(file), diagnostics_(diagnostics), schema_(RecordSchema::Get()) {}

  bool failed() const { return failed_; }
  bool CheckBytes();
  bool Parse();
  bool CheckShape();
  void ReadRoot(Record& record);
  void ResolveReferences(Record& record);

 private:
  // Locations.
  SourceLocation At(xml_node node) const;
  SourceLocation AtAttribute(xml_node node, const std::string& name) const;
  size_t AttributeValueOffset(xml_node node, const std::string& name, size_t occurrence = 0) const;

  // Reporting.
  void Error(SourceLocation where, const char* rule, std::string message,
             std::string suggestion = {});
  void Warning(SourceLocation where, const char* rule, std::string message,
               std::string suggestion = {});
  void CheckKnown(xml_node node, const SchemaElement& element);
  void CheckAttributes(xml_node node, const SchemaElement& element);
  void Missing(xml_node parent, const std::string& what);
  void FormatTwoAttribute(xml_node node, const SchemaAttribute& spec);

  // Values.
  static xml_node Child(xml_node parent, const SchemaElement& element) {
    return parent.child(element.name.c_str());
  }
  static xml_attribute Attribute(xml_node node, const SchemaAttribute& attribute) {
    return node.attribute(attribute.name.c_str());
  }
  std::string AttributeValue(xml_node node, const SchemaAttribute& attribute);
  Visibility ResolveVisibility(xml_node node, const SchemaElement& element,
                               const Visibility& parent,
                               std::optional<Share> default_share = std::nullopt);
  Text ReadText(xml_node node, const SchemaElement& element, const Visibility& parent,
                std::optional<Share> default_share = std::nullopt);
  void AppendContent(xml_node node, Text& text);
  std::optional<Text> OptionalText(xml_node parent, const SchemaElement& element,
                                   const Visibility& parent_visibility,
                                   std::optional<Share> default_share = std::nullopt);
  Text RequiredText(xml_node parent, const SchemaElement& element,
                    const Visibility& parent_visibility,
                    std::optional<Share> default_share = std::nullopt);
  Text AttributeText(xml_node node, const SchemaAttribute& attribute,
                     const SchemaElement& element, const Visibility& element_visibility);
  Field<DateTime> DateTimeText(std::string_view text, SourceLocation where,
                               const std::string& what);
  Field<DateTime> DateTimeElement(xml_node parent, const SchemaElement& element,
                                  const Visibility& inherited);
  Field<DateTime> DateTimeAttribute(xml_node node, const SchemaAttribute& attribute);
  Field<size_t> WordAttribute(xml_node node, const SchemaAttribute& attribute);
  template <typename E>
  Field<E> EnumAttribute(xml_node node, const SchemaAttribute& attribute);
  template <typename T>
  void NarrowValue(Field<T>& field, const SchemaElement& element, const SchemaAttribute& entry,
                   const Visibility& stated);
  Field<bool> YesNoAttribute(xml_node node, const SchemaAttribute& attribute);
  Field<int> ScoreAttribute(xml_node node, const SchemaAttribute& spec);
  PartyRef Party(xml_node node, const SchemaAttribute& attribute);
  ChildRefs Children(xml_node node, const SchemaAttribute& attribute);
  std::string Id(xml_node node, const SchemaElement& element, const SchemaAttribute& id);

  // Elements.
  template <typename Owner>
  void ReadSlots(xml_node node, const SchemaElement& element, Owner& owner,
                 const Visibility& visibility);
  void ReadMeeting(xml_node node, Record& record);
  void ReadChildren(xml_node node, Record& record);
  void ReadChild(xml_node node, sdgen::Child& child, const Visibility& list);
  void ReadVoiceReaders(sdgen::Child& child);
  void ReadBorn(xml_node node, const SchemaElement& spec, Field<Date>& out,
                const Visibility& details);
  void ReadPerson(xml_node node, Person& person, const Visibility& list);
  void ReadPeople(xml_node node, Record& record);
  void ReadAttendees(xml_node node, Record& record);
  void ReadContact(xml_node node, Attendee& attendee);
  void ReadMapping(xml_node node, Mapping& mapping);
  void ReadStatements(xml_node node, const SchemaElement& element, const Visibility& list,
                      std::vector<Statement>& out);
  std::optional<ChildStatement> ReadChildStatement(xml_node parent, const SchemaElement& element,
                                                   const Visibility& visibility);
  void ReadScaling(xml_node node, Scaling& scaling, const Visibility& mapping);
  void ReadDecision(xml_node node, Decision& decision);
  std::optional<YesNoDecision> ReadYesNoDecision(xml_node parent, const SchemaElement& element,
                                                 const Visibility& visibility);
  void ReadDecisionParts(xml_node node, Decision& decision, const Visibility& visibility);
  void ReadLado(xml_node node, Decision& decision, const Visibility& visibility);
  void ReadDeferral(xml_node node, Decision& decision, const Visibility& visibility);
  void ReadActions(xml_node node, Record& record);
  void ReadSignOff(xml_node node, SignOff& sign_off);
  void ReadDistribution(xml_node node, Record& record);
  void ReadPlainLanguage(xml_node node, Record& record);
  void CheckRecordId(xml_node root, Record& record);
  void ReadFormat(xml_node root, Record& record);
  void ReadLanguage(xml_node node, const SchemaAttribute& spec, std::string& out);
  void ReadFamilyInformation(xml_node node, Decision& decision, const Visibility& visibility);
  void ReadWordsAndPictures(xml_node node, Record& record);
  void ReadStorySections(xml_node node, WordsAndPictures& story);
  void CheckAgencies(const Record& record);
  bool InFormat(const SchemaAttribute& spec) const { return spec.format <= format_; }
  void ResolveParty(PartyRef& ref, const SchemaElement& element,
                    const SchemaAttribute& attribute, const Record& record);
  void ResolveChildren(ChildRefs& refs, const SchemaElement& element,
                       const SchemaAttribute& attribute, const Record& record);
  void ReportUnresolved(SourceLocation where, const std::string& id, const std::string& what,
                        const std::string& expected);

  const SourceFile& file_;
  DiagnosticList& diagnostics_;
  const RecordSchema& schema_;
  pugi::xml_document document_;
  bool failed_ = false;
  std::map<std::string, IdEntry> ids_;
  std::map<std::string, std::string> id_keys_;  // IdTokenKey -> the id first written with it
  // Free text outside any item with its own share takes its default.
  Visibility root_visibility_;
  int format_ = 1;
  struct IdUse {
    std::string id;
    SourceLocation where;
  };
  std::vector<IdUse> reader_refs_;  // ids named by `to`, resolved at the end
  std::vector<IdUse> agency_uses_;  // `agencies` tokens, matched at the end
};

SourceLocation Reader::At(xml_node node) const {
  ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return {&file_, 0};
  // Element offsets point at the name; the '<' before it reads better.
  if (node.type() == pugi::node_element && offset > 0) --offset;
  return {&file_, static_cast<size_t>(offset)};
}

// `occurrence` counts earlier copies of the same name: 1 is the second.
size_t Reader::AttributeValueOffset(xml_node node, const std::string& name,
                                    size_t occurrence) const {
  size_t element = static_cast<size_t>(node.offset_debug());
  size_t value = sdgen::AttributeValueOffset(file_.text(), element, name, occurrence);
  // Without the attribute, the element itself.
  return value == element ? At(node).offset : value;
}

SourceLocation Reader::AtAttribute(xml_node node, const std::string& name) const {
  return {&file_, AttributeValueOffset(node, name)};
}

void Reader::Error(SourceLocation where, const char* rule, std::string message,
                   std::string suggestion) {
  failed_ = true;
  diagnostics_.Error(where, rule, std::move(message), std::move(suggestion));
}

void Reader::Warning(SourceLocation where, const char* rule, std::string message,
                     std::string suggestion) {
  diagnostics_.Warning(where, rule, std::move(message), std::move(suggestion));
}

// Elements that hold free text check only their attributes: anything inside
// them is text, and markup in it is reported where the text is read.
void Reader::CheckKnown(xml_node node, const SchemaElement& element) {
  CheckAttributes(node, element);
  if (!IsStructured(element)) return;
  std::vector<std::string> child_names = element.ChildNames();
  for (xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      if (!IsBlank(child.value()))
        Warning(At(child), "RD013",
                std::string("text directly inside <") + node.name() + "> is ignored",
                "put it in one of the elements <" + std::string(node.name()) + "> holds");
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    std::string name = child.name();
    auto known = std::find(child_names.begin(), child_names.end(), name);
    if (known != child_names.end()) {
      const SchemaElement& spec = *element.children[known - child_names.begin()];
      if (!spec.repeats && child != node.child(spec.name.c_str()))
        Error(At(child), "RD019",
              "a second <" + name + "> inside <" + node.name() +
                  ">: only one is allowed, and sdgen would not read this one",
              "join the two into one <" + name + ">");
      if (spec.format > format_)
        Warning(At(child), "RD018",
                "<" + name + "> is format " + std::to_string(spec.format) +
                    "; this record is format " + std::to_string(format_) + ", so it is ignored",
                "write " + schema_.format.name + "=\"" + std::to_string(spec.format) +
                    "\" on the root to use it");
      continue;
    }
    std::string near = ClosestName(name, child_names);
    Warning(At(child), "RD013",
            "unknown element <" + name + "> inside <" + node.name() + "> is ignored",
            near.empty() ? "" : "did you mean <" + near + ">?");
  }
}

void Reader::CheckAttributes(xml_node node, const SchemaElement& element) {
  std::vector<std::string> attribute_names = element.AttributeNames();
  std::vector<const SchemaAttribute*> specs = element.attributes;
  for (const SchemaAttribute* common : schema_.common_attributes()) specs.push_back(common);
  for (xml_attribute attribute : node.attributes()) {
    std::string name = attribute.name();
    auto known = std::find(attribute_names.begin(), attribute_names.end(), name);
    if (known != attribute_names.end()) {
      const SchemaAttribute& spec = *specs[known - attribute_names.begin()];
      if (spec.format > format_) FormatTwoAttribute(node, spec);
      continue;
    }
    std::string near = ClosestName(name, attribute_names);
    Warning({&file_, AttributeValueOffset(node, name)}, "RD013",
            "unknown attribute '" + name + "' on <" + node.name() + "> is ignored",
            near.empty() ? "" : "did you mean '" + near + "'?");
  }
}

// Of the attributes a later format adds, only `to` is honoured in an older
// record: it can only narrow who reads an item.
void Reader::FormatTwoAttribute(xml_node node, const SchemaAttribute& spec) {
  bool honoured = &spec == &schema_.to;
  Warning(AtAttribute(node, spec.name), "RD018",
          "'" + spec.name + "' is format " + std::to_string(spec.format) +
              "; this record is format " + std::to_string(format_) +
              (honoured ? ", but it is honoured because it only narrows who reads <" +
                              std::string(node.name()) + ">"
                        : ", so it is ignored"),
          honoured ? "" : "write " + schema_.format.name + "=\"" + std::to_string(spec.format) +
                              "\" on the root to use it");
}

void Reader::Missing(xml_node parent, const std::string& what) {
  Error(At(parent), "RD012", std::string("<") + parent.name() + "> has no " + what);
}

std::string Reader::AttributeValue(xml_node node, const SchemaAttribute& spec) {
  xml_attribute attribute = Attribute(node, spec);
  if (!attribute) return {};
  Text text;
  text.where = AtAttribute(node, spec.name);
  InputTextProblem problem =
      AppendXmlText(attribute.value(), text.where.offset, /*decode=*/true, text);
  if (problem.found) Error({&file_, problem.offset}, problem.rule, problem.message);
  return text.value;
}

// An element's level is what it states, or else its own default; an
// enclosing element's stated level or `to` narrows it, and never widens it.
// Parts of an item (an action's task) take the item's level whole.
Visibility Reader::ResolveVisibility(xml_node node, const SchemaElement& element,
                                     const Visibility& parent,
                                     std::optional<Share> default_share) {
  const SchemaAttribute& share_spec = schema_.share;
  const SchemaAttribute& agencies_spec = schema_.agencies;
  Visibility own;
  xml_attribute share = Attribute(node, share_spec);
  xml_attribute agencies = Attribute(node, agencies_spec);
  xml_attribute to = Attribute(node, schema_.to);
  if (share) {
    own.stated = true;
    Field<Share> level = EnumAttribute<Share>(node, share_spec);
    own.share = level.value.value_or(Share::kRestricted);
  } else {
    own.share = default_share.value_or(element.share);
    if (own.share == Share::kRestricted) own.agencies = element.agencies;
  }
  if (agencies) {
    size_t offset = AttributeValueOffset(node, agencies_spec.name);
    own.agencies.clear();
    for (auto& [written, at] : SplitTokens(agencies.value(), offset)) {
      std::string token = CaseFolded(written);
      agency_uses_.push_back({token, {&file_, at}});
      own.agencies.push_back(token);
    }
    if (own.share != Share::kRestricted)
      Warning(AtAttribute(node, agencies_spec.name), "RD015",
              "'" + agencies_spec.name + "' only applies to " + share_spec.name +
                  "=\"restricted\"; <" + node.name() + "> is shared with " +
                  ToString(own.share));
  }
  if (to) {
    own.stated = true;
    ChildRefs named = Children(node, schema_.to);
    own.to.emplace();
    for (const auto& [id, offset] : SplitTokens(named.written, named.where.offset)) {
      own.to->push_back(id);
      reader_refs_.push_back({id, {&file_, offset}});
    }
  }
  Visibility visibility = own;
  if (parent.stated && element.part_of_item && !share) {
    Visibility part = parent;
    if (own.to) part.to = own.to;
    visibility = Narrower(parent, part);
  } else if (parent.stated) {
    visibility = Narrower(parent, own);
  }
  if (to && visibility.share != Share::kFamily)
    Error(AtAttribute(node, schema_.to.name), "RD016",
          "'" + schema_.to.name + "' names family readers, but <" + node.name() +
              "> is shared with " + ToString(visibility.share),
          "share it with the family (" + share_spec.name +
              "=\"family\") or leave out '" + schema_.to.name + "'");
  if (share && own.share == Share::kRestricted && own.agencies.empty())
    Error(AtAttribute(node, share_spec.name), "RD015",
          std::string("<") + node.name() + "> is restricted but names no agencies",
          "add " + agencies_spec.name + "=\"police\" (or the agencies that may see it)");
  return visibility;
}

// An element inside free text is an error and its words are never kept: it
// may carry a level of its own (`<secret share="restricted">`) that the text
// around it, read as one item, could not honour.
void Reader::AppendContent(xml_node node, Text& text) {
  for (xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      InputTextProblem problem = AppendXmlText(child.value(), At(child).offset,
                                               child.type() == pugi::node_pcdata, text);
      if (problem.found) Error({&file_, problem.offset}, problem.rule, problem.message);
    } else if (child.type() == pugi::node_element) {
      Error(At(child), "RD013",
            std::string("<") + child.name() + "> inside <" + node.name() +
                ">: free text holds no elements, and sdgen would not print its words",
            "write plain text; leave a blank line between paragraphs");
    }
  }
}

Text Reader::ReadText(xml_node node, const SchemaElement& element, const Visibility& parent,
                      std::optional<Share> default_share) {
  Text text;
  text.where = At(node);
  text.visibility = ResolveVisibility(node, element, parent, default_share);
  AppendContent(node, text);
  return text;
}

std::optional<Text> Reader::OptionalText(xml_node parent, const SchemaElement& element,
                                         const Visibility& parent_visibility,
                                         std::optional<Share> default_share) {
  xml_node node = Child(parent, element);
  if (!node || element.format > format_) return std::nullopt;
  CheckKnown(node, element);
  return ReadText(node, element, parent_visibility, default_share);
}

Text Reader::RequiredText(xml_node parent, const SchemaElement& element,
                          const Visibility& parent_visibility,
                          std::optional<Share> default_share) {
  std::optional<Text> text = OptionalText(parent, element, parent_visibility, default_share);
  if (!text) {
    Missing(parent, element.missing);
    Text empty;
    empty.where = At(parent);
    return empty;
  }
  if (text->IsBlank()) Error(text->where, "RD012", "<" + element.name + "> is empty");
  return *std::move(text);
}

// An attribute holding text has its element's stated level, or else its own
// default, or else its element's default.
Text Reader::AttributeText(xml_node node, const SchemaAttribute& spec,
                           const SchemaElement& element, const Visibility& element_visibility) {
  Text text;
  text.where = AtAttribute(node, spec.name);
  Share default_share = spec.has_share ? spec.share : element.share;
  text.visibility =
      element_visibility.stated ? element_visibility : Visibility{default_share, {}, false};
  xml_attribute attribute = Attribute(node, spec);
  if (!attribute) return text;
  InputTextProblem problem =
      AppendXmlText(attribute.value(), text.where.offset, /*decode=*/true, text);
  if (problem.found) Error({&file_, problem.offset}, problem.rule, problem.message);
  return text;
}

Field<DateTime> Reader::DateTimeText(std::string_view text, SourceLocation where,
                                     const std::string& what) {
  Field<DateTime> field;
  field.where = where;
  DateTime value;
  std::string quoted = "'" + std::string(text) + "'";
  switch (ParseDateTime(text, value)) {
    case DateError::kNone: field.value = value; break;
    case DateError::kNoOffset:
      Error(where, "RD004", what + " " + quoted + " has no time zone offset",
            "add the offset, e.g. '" + std::string(text.substr(0, 10)) +
                (text.size() > 10 ? std::string(text.substr(10)) : "T10:00:00") + "+00:00'");
      break;
    case DateError::kImpossible:
      Error(where, "RD005", what + " " + quoted + " is not a real date and time");
      break;
    case DateError::kSyntax:
      Error(where, "RD005", what + " " + quoted + " is not a date-time",
            "write it as 2026-11-20T10:00:00+00:00");
      break;
  }
  return field;
}

Field<DateTime> Reader::DateTimeElement(xml_node parent, const SchemaElement& element,
                                        const Visibility& inherited) {
  xml_node node = Child(parent, element);
  if (!node) {
    if (element.need == Need::kRequired) Missing(parent, element.missing);
    return {std::nullopt, At(parent)};
  }
  CheckKnown(node, element);
  Text text = ReadText(node, element, inherited);
  std::string trimmed = text.value;
  trimmed.erase(0, trimmed.find_first_not_of(" \t\n"));
  trimmed.erase(trimmed.find_last_not_of(" \t\n") + 1);
  size_t lead = text.value.find_first_not_of(" \t\n");
  Field<DateTime> field = DateTimeText(
      trimmed, text.LocationOf(lead == std::string::npos ? 0 : lead), "<" + element.name + ">");
  field.level = text.visibility;
  return field;
}

Field<DateTime> Reader::DateTimeAttribute(xml_node node, const SchemaAttribute& spec) {
  if (!Attribute(node, spec)) {
    if (spec.need == Need::kRequired) Missing(node, spec.missing);
    return {std::nullopt, At(node)};
  }
  return DateTimeText(AttributeValue(node, spec), AtAttribute(node, spec.name),
                      "'" + spec.name + "'");
}

// The index of the attribute's word in the table, which is the C++ enum's value.
Field<size_t> Reader::WordAttribute(xml_node node, const SchemaAttribute& spec) {
  Field<size_t> field;
  field.where = AtAttribute(node, spec.name);
  if (!Attribute(node, spec)) {
    if (spec.need == Need::kRequired) Missing(node, spec.missing);
    return field;
  }
  std::string value = AttributeValue(node, spec);
  for (size_t i = 0; i < spec.words.size(); ++i) {
    if (value == spec.words[i]) {
      field.value = i;
      return field;
    }
  }
  std::string near = ClosestName(value, spec.words);
  Error(field.where, "RD008",
        "'" + spec.name + "' is '" + value + "'; it must be one of: " + spec.WordList(),
        near.empty() ? "" : "did you mean '" + near + "'?");
  return field;
}

template <typename E>
Field<E> Reader::EnumAttribute(xml_node node, const SchemaAttribute& spec) {
  Field<size_t> index = WordAttribute(node, spec);
  Field<E> field;
  field.where = index.where;
  if (index.value) field.value = static_cast<E>(*index.value);
  return field;
}

// An attribute's value has no element of its own to state a level on, so a
// level stated on its element (or around it) narrows the value's default.
// Until then the value keeps its fixed default: the outcome reaches every
// reader, an alleged parent included.
template <typename T>
void Reader::NarrowValue(Field<T>& field, const SchemaElement& element,
                         const SchemaAttribute& entry, const Visibility& stated) {
  if (!stated.stated) return;
  Visibility own;
  own.share = entry.has_share ? entry.share : element.share;
  own.fixed = true;
  field.level = Narrower(stated, own);
  field.level.fixed = own.fixed && !stated.to && field.level.share == Share::kFamily;
}

Field<bool> Reader::YesNoAttribute(xml_node node, const SchemaAttribute& spec) {
  Field<size_t> index = WordAttribute(node, spec);
  Field<bool> field;
  field.where = index.where;
  if (index.value) field.value = YesNoValue(*index.value);
  return field;
}

Field<int> Reader::ScoreAttribute(xml_node node, const SchemaAttribute& spec) {
  Field<int> field;
  field.where = AtAttribute(node, spec.name);
  if (!Attribute(node, spec)) {
    Missing(node, spec.missing);
    return field;
  }
  std::string value = AttributeValue(node, spec);
  bool digits = !value.empty() && value.size() <= 4 &&
                std::all_of(value.begin(), value.end(), [](char c) {
                  return c >= '0' && c <= '9';
                });
  if (!digits) {
    Error(field.where, "RD009", "score '" + value + "' is not a whole number",
          "scores are whole numbers from " + std::to_string(spec.min) + " to " +
              std::to_string(spec.max));
    return field;
  }
  field.value = std::stoi(value);
  return field;
}

PartyRef Reader::Party(xml_node node, const SchemaAttribute& spec) {
  PartyRef ref;
  ref.where = AtAttribute(node, spec.name);
  if (!Attribute(node, spec)) {
    if (spec.need == Need::kRequired) Missing(node, spec.missing);
    return ref;
  }
  ref.id = AttributeValue(node, spec);
  return ref;
}

ChildRefs Reader::Children(xml_node node, const SchemaAttribute& spec) {
  ChildRefs refs;
  refs.where = AtAttribute(node, spec.name);
  if (!Attribute(node, spec) && spec.need == Need::kRequired) Missing(node, spec.missing);
  refs.written = AttributeValue(node, spec);
  return refs;
}

std::string Reader::Id(xml_node node, const SchemaElement& element, const SchemaAttribute& spec) {
  std::string id = AttributeValue(node, spec);
  if (id.empty()) {
    Missing(node, spec.missing);
    return id;
  }
  SourceLocation where = AtAttribute(node, spec.name);
  if (!IsIdToken(id)) {
    Error(where, "RD010",
          "id '" + id +
              "' is not a token: output file names are made from ids, so an id is a "
              "letter, then letters, digits, '-' and '_', up to " +
              std::to_string(kMaxIdTokenLength) + " characters",
          "use ids such as c1, p1, a1 and x1");
    return id;
  }
  auto [entry, inserted] = ids_.emplace(id, IdEntry{element.name, where.offset});
  // `P1` and `p1` would name one file where case is ignored, and `a-b` and
  // `a_b` are one id to anyone reading the record.
  auto [alike, first_key] = id_keys_.emplace(IdTokenKey(id), id);
  if (inserted && !first_key) {
    const IdEntry& other = ids_.at(alike->second);
    Diagnostic diagnostic{
        Severity::kError,
        where,
        "RD007",
        "id '" + id + "' differs from '" + alike->second +
            "' only in case or punctuation; ids must differ in their letters "
            "or digits",
        "give this " + element.name + " another id",
        {{{&file_, other.offset},
          "'" + alike->second + "' names " + Article(other.kind) + " " + other.kind + " here"}}};
    diagnostics_.Report(std::move(diagnostic));
    failed_ = true;
  }
  if (!inserted) {
    Diagnostic diagnostic{Severity::kError, where, "RD007",
                          "id '" + id + "' is used twice; ids must be unique in the record",
                          "give this " + element.name + " another id",
                          {{{&file_, entry->second.offset},
                            "'" + id + "' first names " + Article(entry->second.kind) + " " +
                                entry->second.kind + " here"}}};
    diagnostics_.Report(std::move(diagnostic));
    failed_ = true;
  }
  return id;
}

bool Reader::CheckBytes() {
  const std::string& text = file_.text();
  if (text.size() > kMaxRecordBytes) {
    Error({&file_, 0}, "RD011",
          "the file is " + std::to_string(text.size() / 1024) +
              " KiB; records over " + std::to_string(kMaxRecordBytes / 1024 / 1024) +
              " MiB are refused");
    return false;
  }
  InputTextProblem problem = FindInvalidUtf8(text);
  if (!problem.found) problem = FindIllegalXmlCharacter(text);
  if (problem.found) {
    bool utf8 = std::string_view(problem.rule) == "RD002";
    Error({&file_, problem.offset}, problem.rule, problem.message,
          utf8 ? "save the file as UTF-8" : "");
    return false;
  }
  return true;
}

bool Reader::Parse() {
  const std::string& text = file_.text();
  // Entities and line ends are decoded by the reader itself, so that every
  // character of every text keeps its exact place in the file.
  unsigned options = pugi::parse_default & ~pugi::parse_escapes & ~pugi::parse_eol;
  pugi::xml_parse_result result =
      document_.load_buffer(text.data(), text.size(), options, pugi::encoding_utf8);
  if (result) return true;
  size_t offset = std::min(static_cast<size_t>(result.offset), text.size());
  std::string message = "the XML is not well-formed: ";
  // pugixml reports a cut-off file as whatever construct it was inside.
  bool at_end = offset + 1 >= text.size() || IsBlank(std::string_view(text).substr(offset));
  if (at_end && result.status != pugi::status_no_document_element) {
    message += "the file ends before every element is closed (is it truncated?)";
  } else if (result.status == pugi::status_no_document_element) {
    message += "there is no root element";
  } else {
    std::string description = result.description();
    description[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(description[0])));
    message += description;
  }
  Error({&file_, offset}, "RD001", message);
  return false;
}

// Bounds first: every later step walks the tree, and the text reader recurses.
bool Reader::CheckShape() {
  bool bounded = true;
  for (const XmlShapeProblem& problem :
       CheckXmlShape(document_.document_element(), {kMaxRecordDepth, kMaxRecordAttributes})) {
    std::string name = problem.element.name();
    switch (problem.kind) {
      case XmlShapeProblem::Kind::kTooDeep:
        bounded = false;
        Error(At(problem.element), "RD011",
              "<" + name + "> is nested " + std::to_string(problem.count) +
                  " elements deep; records nest at most " + std::to_string(kMaxRecordDepth));
        break;
      case XmlShapeProblem::Kind::kTooManyAttributes:
        bounded = false;
        Error(At(problem.element), "RD011",
              "<" + name + "> has " + std::to_string(problem.count) +
                  " attributes; an element of a record has at most " +
                  std::to_string(kMaxRecordAttributes));
        break;
      case XmlShapeProblem::Kind::kDuplicateAttribute:
        Error({&file_, AttributeValueOffset(problem.element, problem.attribute, problem.count)},
              "RD019",
              "'" + problem.attribute + "' is written twice on <" + name +
                  ">: only one is allowed, and sdgen would not read this one",
              "keep the one you mean and delete the other");
        break;
    }
  }
  return bounded;
}

void Reader::CheckRecordId(xml_node root, Record& record) {
  record.id = AttributeValue(root, schema_.record_id);
  SourceLocation where = AtAttribute(root, schema_.record_id.name);
  if (record.id.empty()) {
    Missing(root, schema_.record_id.missing);
    return;
  }
  bool allowed = std::all_of(record.id.begin(), record.id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '/';
  });
  if (!allowed || record.id.size() > 100 || record.id.front() == '/' ||
      record.id.find("//") != std::string::npos) {
    Error(where, "RD010",
          "record id '" + record.id +
              "' is not a safe reference: it names the output folder, so it may hold only "
              "letters, digits, '-', '_' and single '/' (not first), up to 100 characters",
          "use the case-management reference, e.g. 'SD-2026-0417'");
  }
}

void Reader::ReadLanguage(xml_node node, const SchemaAttribute& spec, std::string& out) {
  if (!Attribute(node, spec)) return;
  std::string tag = AttributeValue(node, spec);
  if (!IsLanguageTag(tag)) {
    Error(AtAttribute(node, spec.name), "RD017",
          "'" + spec.name + "' is '" + tag + "', which is not a language tag sdgen accepts",
          "write a BCP 47 tag: a known language, optionally with a script and a region, "
          "such as en-GB, cy or pl");
    return;
  }
  out = tag;
}

void Reader::ReadFormat(xml_node root, Record& record) {
  const SchemaAttribute& spec = schema_.format;
  std::string format = AttributeValue(root, spec);
  auto known = std::find(spec.words.begin(), spec.words.end(), format);
  if (known != spec.words.end()) {
    format_ = record.format = static_cast<int>(known - spec.words.begin()) + 1;
    return;
  }
  std::string words;
  for (const std::string& word : spec.words) words += (words.empty() ? "" : " or ") + word;
  Error(AtAttribute(root, spec.name), "RD014",
        format.empty() ? "the record does not say its format; add " + spec.name + "=\"" +
                             spec.words.back() + "\""
                       : "format '" + format + "' is not known; this sdgen reads format " + words);
}

void Reader::ReadRoot(Record& record) {
  const RecordSchema& s = schema_;
  xml_node root = document_.document_element();
  record.source = &file_;
  record.where = At(root);
  if (root.name() != s.root.name) {
    Error(At(root), "RD014",
          std::string("the root element is <") + root.name() + ">; a record starts with <" +
              s.root.name + ">");
    return;
  }
  ReadFormat(root, record);
  CheckKnown(root, s.root);
  for (const SchemaAttribute* level : {&s.share, &s.to})
    if (Attribute(root, *level))
      Warning(AtAttribute(root, level->name), "RD015",
              "'" + level->name + "' on the whole record is ignored; set it on each item");
  CheckRecordId(root, record);
  ReadLanguage(root, s.language, record.language);

  // The council's name heads every document, the family's letters included.
  record.local_authority = RequiredText(root, s.local_authority, root_visibility_);
  if (xml_node meeting = Child(root, s.meeting)) ReadMeeting(meeting, record);
  else Missing(root, s.meeting.missing);
  if (xml_node children = Child(root, s.children)) ReadChildren(children, record);
  else Missing(root, s.children.missing);
  if (xml_node people = Child(root, s.people)) ReadPeople(people, record);
  if (xml_node attendees = Child(root, s.attendees)) ReadAttendees(attendees, record);
  else Missing(root, s.attendees.missing);
  if (xml_node mapping = Child(root, s.mapping)) ReadMapping(mapping, record.mapping);
  else Missing(root, s.mapping.missing);
  if (format_ >= s.words_and_pictures.format)
    for (xml_node story : root.children(s.words_and_pictures.name.c_str()))
      ReadWordsAndPictures(story, record);
  if (xml_node decision = Child(root, s.decision)) ReadDecision(decision, record.decision);
  else Missing(root, s.decision.missing);
  if (xml_node actions = Child(root, s.actions)) ReadActions(actions, record);
  if (xml_node sign_off = Child(root, s.sign_off)) ReadSignOff(sign_off, record.sign_off);
  if (xml_node distribution = Child(root, s.distribution)) ReadDistribution(distribution, record);
  if (xml_node plain = Child(root, s.plain_language)) ReadPlainLanguage(plain, record);
}

void Reader::ReadMeeting(xml_node node, Record& record) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.meeting);
  Meeting& meeting = record.meeting;
  meeting.where = At(node);
  Visibility visibility = ResolveVisibility(node, s.meeting, root_visibility_);
  meeting.form = EnumAttribute<MeetingForm>(node, s.form);
  NarrowValue(meeting.form, s.meeting, s.form, visibility);
  meeting.held = DateTimeElement(node, s.held, visibility);
  meeting.contact_received = DateTimeElement(node, s.contact_received, visibility);
  if (xml_node rag = Child(node, s.rag)) {
    CheckKnown(rag, s.rag);
    meeting.rag = EnumAttribute<RagRating>(rag, s.rating);
    NarrowValue(meeting.rag, s.rag, s.rating, ResolveVisibility(rag, s.rag, visibility));
  } else {
    Missing(node, s.rag.missing);
  }
  meeting.mash_enquiry_completed = DateTimeElement(node, s.mash_enquiry_completed, visibility);
  meeting.reason = RequiredText(node, s.reason, visibility);
  meeting.timing_rationale = OptionalText(node, s.timing_rationale, visibility);
  ReadSlots(node, s.meeting, meeting, visibility);
  if (xml_node previous = Child(node, s.previous)) {
    CheckKnown(previous, s.previous);
    if (!Attribute(previous, s.previous_id)) Missing(previous, s.previous_id.missing);
    meeting.previous_id = AttributeText(previous, s.previous_id, s.previous, visibility);
    Text note = ReadText(previous, s.previous, visibility);
    if (!note.IsBlank()) meeting.previous_note = std::move(note);
  }
}

// The optional texts the table binds to a slot of `owner`, after the ones
// read by name: a field added to the table this way needs no code here.
template <typename Owner>
void Reader::ReadSlots(xml_node node, const SchemaElement& element, Owner& owner,
                       const Visibility& visibility) {
  for (const SchemaElement* part : element.children)
    if (part->slot.template Of<Owner>()) part->slot.in(&owner) = OptionalText(node, *part, visibility);
}

void Reader::ReadChildren(xml_node node, Record& record) {
  CheckKnown(node, schema_.children);
  Visibility visibility = ResolveVisibility(node, schema_.children, root_visibility_);
  for (xml_node child : node.children(schema_.child.name.c_str()))
    ReadChild(child, record.children.emplace_back(), visibility);
  if (record.children.empty()) Missing(node, schema_.child.missing);
}

void Reader::ReadChild(xml_node node, sdgen::Child& child, const Visibility& list) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.child);
  child.where = At(node);
  child.id = Id(node, s.child, s.child_id);
  child.in_hospital = YesNoAttribute(node, s.in_hospital).value.value_or(false);
  if (InFormat(s.child_language)) ReadLanguage(node, s.child_language, child.language);
  // Children are family: their names default to family, other details do not.
  child.visibility = ResolveVisibility(node, s.child, list);
  const Visibility& details = child.visibility;
  child.name = RequiredText(node, s.child_name, details);
  child.known_as = OptionalText(node, s.known_as, details);
  ReadBorn(node, s.born, child.born, details);
  child.gender = OptionalText(node, s.gender, details);
  child.ethnicity = OptionalText(node, s.ethnicity, details);
  child.first_language = OptionalText(node, s.first_language, details);
  child.school_or_setting = OptionalText(node, s.school_or_setting, details);
  child.needs = OptionalText(node, s.needs, details);
  ReadSlots(node, s.child, child, details);
  ReadVoiceReaders(child);
}

// What a child disclosed is evidence: shared with the family it still reaches
// only the readers `to` names, never the default ones (format-2.md).
void Reader::ReadVoiceReaders(sdgen::Child& child) {
  if (!child.voice) return;
  Visibility& level = child.voice->visibility;
  if (level.share != Share::kFamily || level.to) return;
  level.to.emplace();
  // A format-1 record could not name readers: there it is only a note.
  Diagnostic finding{format_ >= kReadersFormat ? Severity::kWarning : Severity::kNote,
                     child.voice->where,
                     "RD021",
                     "<" + schema_.voice.name +
                         "> is shared with the family but names no readers, so it reaches no "
                         "one: a child's words go only where the record sends them",
                     "add " + schema_.to.name + "=\"...\" naming who may read what " + child.id +
                         " said",
                     {}};
  diagnostics_.Report(std::move(finding));
}

void Reader::ReadBorn(xml_node node, const SchemaElement& spec, Field<Date>& out,
                      const Visibility& details) {
  xml_node born = Child(node, spec);
  if (!born) return;
  CheckKnown(born, spec);
  Text text = ReadText(born, spec, details);
  out.where = text.where;
  out.level = text.visibility;
  Date date;
  switch (ParseDate(text.value, date)) {
    case DateError::kNone: out.value = date; break;
    case DateError::kImpossible:
      Error(text.LocationOf(0), "RD005", "date of birth '" + text.value + "' is not a real date");
      break;
    default:
      Error(text.LocationOf(0), "RD005", "date of birth '" + text.value + "' is not a date",
            "write it as 2019-04-02");
  }
}

void Reader::ReadPeople(xml_node node, Record& record) {
  CheckKnown(node, schema_.people);
  Visibility visibility = ResolveVisibility(node, schema_.people, root_visibility_);
  for (xml_node element : node.children(schema_.person.name.c_str()))
    ReadPerson(element, record.people.emplace_back(), visibility);
}

void Reader::ReadPerson(xml_node element, Person& person, const Visibility& list) {
  const RecordSchema& s = schema_;
  CheckKnown(element, s.person);
  person.where = At(element);
  person.id = Id(element, s.person, s.person_id);
  person.relationship = EnumAttribute<Relationship>(element, s.relationship);
  person.parental_responsibility =
      YesNoAttribute(element, s.parental_responsibility).value.value_or(false);
  person.lives_with = Children(element, s.lives_with);
  person.works_with_children =
      YesNoAttribute(element, s.works_with_children).value.value_or(false);
  person.alleged_as_written = EnumAttribute<Alleged>(element, s.alleged);
  // Unknown counts as alleged: the safe reading.
  person.alleged = person.alleged_as_written.value.value_or(Alleged::kNo) != Alleged::kNo;
  if (format_ >= kReadersFormat && person.parental_responsibility &&
      !person.alleged_as_written.has_value() && !Attribute(element, s.alleged))
    Error(At(element), "RD012",
          "<" + s.person.name + "> has parental responsibility but no '" + s.alleged.name +
              "' attribute",
          "add " + s.alleged.name + "=\"no\", \"yes\" or \"unknown\": who may be told what "
          "depends on it");
  if (InFormat(s.person_language)) ReadLanguage(element, s.person_language, person.language);
  // Family members' names are family by default; anyone else's are not.
  std::optional<Share> level;
  if (person.relationship.value == Relationship::kOther) level = Share::kProfessionals;
  person.visibility = ResolveVisibility(element, s.person, list, level);
  const Visibility& details = person.visibility;
  person.name = RequiredText(element, s.person_name, details, level);
  person.address = OptionalText(element, s.address, details, level);
  ReadSlots(element, s.person, person, details);
  if (InFormat(s.called) && Attribute(element, s.called)) {
    person.called = AttributeText(element, s.called, s.person_name, details);
    // What the children call someone names them as much as their name does.
    person.called->visibility = person.name.visibility;
  }
  if (s.person_born.format <= format_) ReadBorn(element, s.person_born, person.born, details);
}

void Reader::ReadAttendees(xml_node node, Record& record) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.attendees);
  Visibility list = ResolveVisibility(node, s.attendees, root_visibility_);
  for (xml_node element : node.children(s.attendee.name.c_str())) {
    CheckKnown(element, s.attendee);
    Attendee& attendee = record.attendees.emplace_back();
    attendee.where = At(element);
    attendee.id = Id(element, s.attendee, s.attendee_id);
    attendee.visibility = ResolveVisibility(element, s.attendee, list);
    const Visibility& details = attendee.visibility;
    attendee.role = EnumAttribute<AttendeeRole>(element, s.role);
    if (!Attribute(element, s.agency)) Missing(element, s.agency.missing);
    attendee.agency = AttributeText(element, s.agency, s.attendee, details);
    attendee.present = EnumAttribute<Presence>(element, s.present);
    attendee.name = RequiredText(element, s.attendee_name, details);
    attendee.job_title = OptionalText(element, s.job_title, details);
    ReadSlots(element, s.attendee, attendee, details);
    if (xml_node contact = Child(element, s.contact)) ReadContact(contact, attendee);
  }
  if (record.attendees.empty()) Missing(node, s.attendee.missing);
}

void Reader::ReadContact(xml_node node, Attendee& attendee) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.contact);
  Visibility visibility = ResolveVisibility(node, s.contact, attendee.visibility);
  Contact& contact = attendee.contact.emplace();
  if (Attribute(node, s.phone)) contact.phone = AttributeText(node, s.phone, s.contact, visibility);
  if (Attribute(node, s.email)) contact.email = AttributeText(node, s.email, s.contact, visibility);
}

void Reader::ReadStatements(xml_node node, const SchemaElement& spec, const Visibility& list,
                            std::vector<Statement>& out) {
  for (xml_node element : node.children(spec.name.c_str())) {
    CheckKnown(element, spec);
    Statement& statement = out.emplace_back();
    statement.by = Party(element, schema_.raised_by);
    statement.text = ReadText(element, spec, list);
    if (statement.text.IsBlank())
      Error(statement.text.where, "RD012", "<" + spec.name + "> is empty");
  }
}

std::optional<ChildStatement> Reader::ReadChildStatement(xml_node parent,
                                                         const SchemaElement& spec,
                                                         const Visibility& visibility) {
  xml_node node = Child(parent, spec);
  if (!node) return std::nullopt;
  CheckKnown(node, spec);
  ChildStatement statement;
  statement.children = Children(node, schema_.about_children);
  statement.text = ReadText(node, spec, visibility);
  return statement;
}

void Reader::ReadMapping(xml_node node, Mapping& mapping) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.mapping);
  mapping.where = At(node);
  Visibility visibility = ResolveVisibility(node, s.mapping, root_visibility_);
  if (xml_node worried = Child(node, s.worried_about)) {
    CheckKnown(worried, s.worried_about);
    Visibility list = ResolveVisibility(worried, s.worried_about, visibility);
    ReadStatements(worried, s.harm, list, mapping.harms);
    ReadStatements(worried, s.complicating_factor, list, mapping.complicating_factors);
    if (mapping.harms.empty()) Missing(worried, s.harm.missing);
  } else {
    Missing(node, s.worried_about.missing);
  }
  if (xml_node well = Child(node, s.working_well)) {
    CheckKnown(well, s.working_well);
    Visibility list = ResolveVisibility(well, s.working_well, visibility);
    ReadStatements(well, s.strength, list, mapping.strengths);
    ReadStatements(well, s.safety, list, mapping.safety);
  }
  if (xml_node need = Child(node, s.need_to_know)) {
    CheckKnown(need, s.need_to_know);
    Visibility list = ResolveVisibility(need, s.need_to_know, visibility);
    ReadStatements(need, s.need_item, list, mapping.need_to_know);
  }
  mapping.danger_statement = ReadChildStatement(node, s.danger_statement, visibility);
  mapping.safety_goal = ReadChildStatement(node, s.safety_goal, visibility);
  if (xml_node scaling = Child(node, s.scaling))
    ReadScaling(scaling, mapping.scaling.emplace(), visibility);
}

void Reader::ReadScaling(xml_node node, Scaling& scaling, const Visibility& mapping) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.scaling);
  scaling.where = At(node);
  const Visibility inherited = ResolveVisibility(node, s.scaling, mapping);
  scaling.question = OptionalText(node, s.question, inherited);
  scaling.zero_means = OptionalText(node, s.zero_means, inherited);
  scaling.ten_means = OptionalText(node, s.ten_means, inherited);
  for (xml_node element : node.children(s.score.name.c_str())) {
    CheckKnown(element, s.score);
    Score& score = scaling.scores.emplace_back();
    score.by = Party(element, s.score_by);
    score.value = ScoreAttribute(element, s.score_value);
    score.rationale = ReadText(element, s.score, inherited);
  }
  scaling.one_point_higher = OptionalText(node, s.one_point_higher, inherited);
  ReadSlots(node, s.scaling, scaling, inherited);
}

std::optional<YesNoDecision> Reader::ReadYesNoDecision(xml_node parent,
                                                       const SchemaElement& spec,
                                                       const Visibility& visibility) {
  xml_node node = Child(parent, spec);
  if (!node) return std::nullopt;
  CheckKnown(node, spec);
  YesNoDecision decision;
  decision.required = YesNoAttribute(node, schema_.required);
  decision.reason = ReadText(node, spec, visibility);
  return decision;
}

void Reader::ReadDecision(xml_node node, Decision& decision) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.decision);
  decision.where = At(node);
  decision.present = true;
  const Visibility inherited = ResolveVisibility(node, s.decision, root_visibility_);
  decision.outcome = EnumAttribute<Outcome>(node, s.outcome);
  NarrowValue(decision.outcome, s.decision, s.outcome, inherited);
  decision.threshold = EnumAttribute<Threshold>(node, s.threshold);
  NarrowValue(decision.threshold, s.decision, s.threshold, inherited);
  decision.rationale = OptionalText(node, s.rationale, inherited);
  if (xml_node substantiated = Child(node, s.harm_substantiated)) {
    CheckKnown(substantiated, s.harm_substantiated);
    Text text = ReadText(substantiated, s.harm_substantiated, inherited);
    decision.harm_substantiated.where = text.where;
    decision.harm_substantiated.level = text.visibility;
    const std::vector<std::string>& words = s.required.words;
    if (text.value == words[0] || text.value == words[1]) {
      decision.harm_substantiated.value = text.value == words[0];
    } else {
      Error(text.where, "RD008",
            "<" + s.harm_substantiated.name + "> is '" + text.value + "'; it must be '" +
                words[0] + "' or '" + words[1] + "'");
    }
  }
  if (xml_node seen = Child(node, s.child_seen)) {
    CheckKnown(seen, s.child_seen);
    ChildSeen& child_seen = decision.child_seen.emplace();
    child_seen.where = At(seen);
    child_seen.by = Party(seen, s.seen_by);
    child_seen.at = DateTimeAttribute(seen, s.seen_at);
    Text note = ReadText(seen, s.child_seen, inherited);
    child_seen.visibility = note.visibility;
    if (!note.IsBlank()) child_seen.note = std::move(note);
  }
  ReadDecisionParts(node, decision, inherited);
}

void Reader::ReadDecisionParts(xml_node node, Decision& decision, const Visibility& visibility) {
  const RecordSchema& s = schema_;
  decision.medical = ReadYesNoDecision(node, s.medical, visibility);
  if (xml_node criminal = Child(node, s.criminal_investigation)) {
    CheckKnown(criminal, s.criminal_investigation);
    decision.criminal_investigation = ReadText(criminal, s.criminal_investigation, visibility);
  }
  decision.legal_action = ReadYesNoDecision(node, s.legal_action, visibility);
  ReadFamilyInformation(node, decision, visibility);
  decision.other_children = OptionalText(node, s.other_children, visibility);
  ReadLado(node, decision, visibility);
  ReadDeferral(node, decision, visibility);
  decision.immediate_protection = OptionalText(node, s.immediate_protection, visibility);
  decision.discharge_plan = OptionalText(node, s.discharge_plan, visibility);
  ReadSlots(node, s.decision, decision, visibility);
}

void Reader::ReadFamilyInformation(xml_node node, Decision& decision,
                                   const Visibility& visibility) {
  const RecordSchema& s = schema_;
  for (xml_node element : node.children(s.family_information.name.c_str())) {
    CheckKnown(element, s.family_information);
    FamilyInformation& told = decision.family_information.emplace_back();
    told.where = At(element);
    told.text = ReadText(element, s.family_information, visibility);
    if (!InFormat(s.told_by)) continue;
    told.by = Party(element, s.told_by);
    told.at = DateTimeAttribute(element, s.told_at);
    told.police_agreed = YesNoAttribute(element, s.police_agreed);
  }
}

void Reader::ReadWordsAndPictures(xml_node node, Record& record) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.words_and_pictures);
  WordsAndPictures& story = record.words_and_pictures.emplace_back();
  story.where = At(node);
  story.for_children = Children(node, s.story_for);
  // A story for no one would be silently dropped.
  if (Attribute(node, s.story_for) && SplitTokens(story.for_children.written, 0).empty())
    Error(AtAttribute(node, s.story_for.name), "RD012",
          "<" + s.words_and_pictures.name + "> names no child in '" + s.story_for.name + "'",
          "write the id of the child it is for, e.g. " + s.story_for.name + "=\"c1\"");
  story.by = Party(node, s.story_by);
  story.police_agreed = YesNoAttribute(node, s.story_police_agreed);
  // A story reaches exactly the children it is for; its sections take its level.
  Visibility written_for;
  written_for.share = Share::kFamily;
  written_for.stated = true;
  written_for.story = true;
  written_for.to.emplace();
  for (const auto& [id, offset] : SplitTokens(story.for_children.written, 0))
    written_for.to->push_back(id);
  story.visibility = Narrower(written_for, ResolveVisibility(node, s.words_and_pictures,
                                                             root_visibility_));
  ReadStorySections(node, story);
}

void Reader::ReadStorySections(xml_node node, WordsAndPictures& story) {
  const RecordSchema& s = schema_;
  // A story's readers are the children its `for` names; a `to` or `share`
  // inside it could only hide a section, and with it the whole story, silently.
  for (xml_node section : node.children()) {
    if (section.type() != pugi::node_element) continue;
    for (const SchemaAttribute* narrowing : {&s.to, &s.share})
      if (Attribute(section, *narrowing))
        Error(AtAttribute(section, narrowing->name), "RD016",
              "'" + narrowing->name + "' inside <" + s.words_and_pictures.name +
                  ">: a story reaches the children its '" + s.story_for.name + "' names",
              "leave out '" + narrowing->name +
                  "'; write a block of its own for other readers");
  }
  const Visibility& level = story.visibility;
  story.who_is_worried = RequiredText(node, s.who_is_worried, level);
  story.what_happened = RequiredText(node, s.what_happened, level);
  story.worries = RequiredText(node, s.worries, level);
  story.going_well = RequiredText(node, s.going_well, level);
  story.what_happens_next = RequiredText(node, s.what_happens_next, level);
  story.safety_goal = OptionalText(node, s.story_safety_goal, level);
  ReadSlots(node, s.words_and_pictures, story, level);
  if (xml_node how_safe = Child(node, s.how_safe)) {
    CheckKnown(how_safe, s.how_safe);
    HowSafe& scale = story.how_safe.emplace();
    scale.value = ScoreAttribute(how_safe, s.how_safe_value);
    // A mark off the scale cannot be drawn on it.
    if (scale.value.value && *scale.value.value > s.how_safe_value.max)
      Error(scale.value.where, "RD009",
            "'" + s.how_safe_value.name + "' is " + std::to_string(*scale.value.value) +
                ", off the scale",
            "use a whole number from " + std::to_string(s.how_safe_value.min) + " to " +
                std::to_string(s.how_safe_value.max));
    scale.text = ReadText(how_safe, s.how_safe, level);
  }
  if (xml_node drawing = Child(node, s.drawing)) {
    CheckKnown(drawing, s.drawing);
    Drawing& picture = story.drawing.emplace();
    picture.where = At(drawing);
    Visibility drawing_level = ResolveVisibility(drawing, s.drawing, level);
    for (const SchemaAttribute* part : {&s.drawing_image, &s.drawing_alt})
      if (!Attribute(drawing, *part)) Missing(drawing, part->missing);
    picture.image = AttributeText(drawing, s.drawing_image, s.drawing, drawing_level);
    picture.alt = AttributeText(drawing, s.drawing_alt, s.drawing, drawing_level);
    if (Attribute(drawing, s.drawing_image)) {
      DrawingPath checked = CheckDrawingPath(file_.path(), picture.image.value, s.drawing.name);
      picture.file = checked.file;
      if (!checked.problem.empty()) {
        Error(AtAttribute(drawing, s.drawing_image.name), "RD020",
              checked.problem, "put the drawing in the record's folder, or a folder inside it");
      }
    }
  }
}

void Reader::ReadLado(xml_node node, Decision& decision, const Visibility& visibility) {
  const RecordSchema& s = schema_;
  xml_node lado = Child(node, s.lado);
  if (!lado) return;
  CheckKnown(lado, s.lado);
  LadoInvolvement& involvement = decision.lado.emplace();
  involvement.where = At(lado);
  involvement.involved = YesNoAttribute(lado, s.involved);
  involvement.informed = DateTimeAttribute(lado, s.informed);
  Text note = ReadText(lado, s.lado, visibility);
  involvement.visibility = note.visibility;
  if (!note.IsBlank()) involvement.note = std::move(note);
}

void Reader::ReadDeferral(xml_node node, Decision& decision, const Visibility& visibility) {
  const RecordSchema& s = schema_;
  xml_node deferral_node = Child(node, s.deferral);
  if (!deferral_node) return;
  CheckKnown(deferral_node, s.deferral);
  Deferral& deferral = decision.deferral.emplace();
  deferral.where = At(deferral_node);
  const Visibility level = ResolveVisibility(deferral_node, s.deferral, visibility);
  deferral.reason = OptionalText(deferral_node, s.deferral_reason, level);
  deferral.information_required = OptionalText(deferral_node, s.information_required, level);
  deferral.reconvene = DateTimeElement(deferral_node, s.reconvene, level);
  deferral.interim_safety_plan = OptionalText(deferral_node, s.interim_safety_plan, level);
  ReadSlots(deferral_node, s.deferral, deferral, level);
}

void Reader::ReadActions(xml_node node, Record& record) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.actions);
  Visibility list = ResolveVisibility(node, s.actions, root_visibility_);
  for (xml_node element : node.children(s.action.name.c_str())) {
    CheckKnown(element, s.action);
    Action& action = record.actions.emplace_back();
    action.where = At(element);
    action.id = Id(element, s.action, s.action_id);
    action.visibility = ResolveVisibility(element, s.action, list);
    const Visibility& inherited = action.visibility;
    action.owner = Party(element, s.owner);
    action.due = DateTimeAttribute(element, s.due);
    action.task = OptionalText(element, s.task, inherited);
    action.purpose = OptionalText(element, s.purpose, inherited);
    ReadSlots(element, s.action, action, inherited);
  }
}

void Reader::ReadSignOff(xml_node node, SignOff& sign_off) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.sign_off);
  const Visibility list = ResolveVisibility(node, s.sign_off, root_visibility_);
  for (xml_node element : node.children(s.agreement.name.c_str())) {
    CheckKnown(element, s.agreement);
    Agreement& agreement = sign_off.agreements.emplace_back();
    agreement.where = At(element);
    agreement.by = Party(element, s.agreement_by);
    agreement.how = EnumAttribute<AgreementHow>(element, s.how);
    agreement.at = DateTimeAttribute(element, s.agreement_at);
  }
  for (xml_node element : node.children(s.disagreement.name.c_str())) {
    CheckKnown(element, s.disagreement);
    Disagreement& disagreement = sign_off.disagreements.emplace_back();
    disagreement.where = At(element);
    disagreement.by = Party(element, s.disagreement_by);
    disagreement.at = DateTimeAttribute(element, s.disagreement_at);
    disagreement.escalated = YesNoAttribute(element, s.escalated);
    disagreement.reason = ReadText(element, s.disagreement, list);
  }
  if (xml_node element = Child(node, s.signature)) {
    CheckKnown(element, s.signature);
    Signature& signature = sign_off.signature.emplace();
    signature.where = At(element);
    signature.by = Party(element, s.signature_by);
    signature.at = DateTimeAttribute(element, s.signature_at);
    if (Attribute(element, s.signature_image)) {
      signature.image = AttributeText(element, s.signature_image, s.signature, Visibility{});
      DrawingPath checked =
          CheckDrawingPath(file_.path(), signature.image->value, s.signature.name + " image");
      signature.file = checked.file;
      if (!checked.problem.empty())
        Error(AtAttribute(element, s.signature_image.name), "RD020", checked.problem,
              "put the image in the record's folder, or a folder inside it");
    }
  }
}

void Reader::ReadDistribution(xml_node node, Record& record) {
  CheckKnown(node, schema_.distribution);
  ResolveVisibility(node, schema_.distribution, root_visibility_);
  for (xml_node element : node.children(schema_.distribution_to.name.c_str())) {
    CheckKnown(element, schema_.distribution_to);
    record.distribution.push_back(Party(element, schema_.recipient));
  }
}

void Reader::ReadPlainLanguage(xml_node node, Record& record) {
  const RecordSchema& s = schema_;
  CheckKnown(node, s.plain_language);
  for (xml_node element : node.children(s.accept.name.c_str())) {
    CheckKnown(element, s.accept);
    if (!Attribute(element, s.accept_term)) Missing(element, s.accept_term.missing);
    record.accepted_terms.push_back(
        AttributeText(element, s.accept_term, s.accept, Visibility{}));
  }
}

void Reader::ReportUnresolved(SourceLocation where, const std::string& id,
                              const std::string& what, const std::string& expected) {
  auto known = ids_.find(id);
  Diagnostic diagnostic{Severity::kError, where, "RD006", "", "", {}};
  if (known == ids_.end()) {
    std::vector<std::string> candidates;
    for (const auto& [name, entry] : ids_) candidates.push_back(name);
    std::string near = ClosestName(id, candidates);
    diagnostic.message = what + " names '" + id + "', but no " + expected + " has that id";
    if (!near.empty()) diagnostic.suggestion = "did you mean '" + near + "'?";
  } else {
    diagnostic.message = what + " names '" + id + "', which is " +
                         Article(known->second.kind) + " " + known->second.kind + ", not " +
                         Article(expected) + " " + expected;
    diagnostic.related.push_back(
        {{&file_, known->second.offset}, "'" + id + "' is defined here"});
  }
  failed_ = true;
  diagnostics_.Report(std::move(diagnostic));
}

void Reader::ResolveParty(PartyRef& ref, const SchemaElement& element,
                          const SchemaAttribute& attribute, const Record& record) {
  if (ref.id.empty()) return;
  ref.attendee = record.FindAttendee(ref.id);
  if (KindOf(attribute) == RefKind::kAttendeeOrPerson && !ref.attendee)
    ref.person = record.FindPerson(ref.id);
  if (!ref.resolved())
    ReportUnresolved(ref.where, ref.id, element.Title() + " '" + attribute.name + "'",
                     attribute.refers_to);
}

void Reader::ResolveChildren(ChildRefs& refs, const SchemaElement& element,
                             const SchemaAttribute& attribute, const Record& record) {
  for (const auto& [id, offset] : SplitTokens(refs.written, refs.where.offset)) {
    const sdgen::Child* child = record.FindChild(id);
    if (child) refs.children.push_back(child);
    else
      ReportUnresolved({&file_, offset}, id, element.Title() + " '" + attribute.name + "'",
                       attribute.refers_to);
  }
}

void Reader::ResolveReferences(Record& record) {
  const RecordSchema& s = schema_;
  Mapping& mapping = record.mapping;
  for (Statement& x : mapping.harms) ResolveParty(x.by, s.harm, s.raised_by, record);
  for (Statement& x : mapping.complicating_factors)
    ResolveParty(x.by, s.complicating_factor, s.raised_by, record);
  for (Statement& x : mapping.strengths) ResolveParty(x.by, s.strength, s.raised_by, record);
  for (Statement& x : mapping.safety) ResolveParty(x.by, s.safety, s.raised_by, record);
  for (Statement& x : mapping.need_to_know) ResolveParty(x.by, s.need_item, s.raised_by, record);
  if (mapping.danger_statement)
    ResolveChildren(mapping.danger_statement->children, s.danger_statement, s.about_children,
                    record);
  if (mapping.safety_goal)
    ResolveChildren(mapping.safety_goal->children, s.safety_goal, s.about_children, record);
  if (mapping.scaling)
    for (Score& score : mapping.scaling->scores) ResolveParty(score.by, s.score, s.score_by, record);
  for (Person& person : record.people)
    ResolveChildren(person.lives_with, s.person, s.lives_with, record);
  if (record.decision.child_seen)
    ResolveParty(record.decision.child_seen->by, s.child_seen, s.seen_by, record);
  for (Action& action : record.actions) ResolveParty(action.owner, s.action, s.owner, record);
  SignOff& sign_off = record.sign_off;
  for (Agreement& a : sign_off.agreements) ResolveParty(a.by, s.agreement, s.agreement_by, record);
  for (Disagreement& d : sign_off.disagreements)
    ResolveParty(d.by, s.disagreement, s.disagreement_by, record);
  if (sign_off.signature)
    ResolveParty(sign_off.signature->by, s.signature, s.signature_by, record);
  for (PartyRef& to : record.distribution)
    ResolveParty(to, s.distribution_to, s.recipient, record);
  for (FamilyInformation& told : record.decision.family_information)
    ResolveParty(told.by, s.family_information, s.told_by, record);
  for (WordsAndPictures& story : record.words_and_pictures) {
    ResolveChildren(story.for_children, s.words_and_pictures, s.story_for, record);
    ResolveParty(story.by, s.words_and_pictures, s.story_by, record);
  }
  for (const IdUse& use : reader_refs_) {
    if (!record.FindPerson(use.id) && !record.FindChild(use.id))
      ReportUnresolved(use.where, use.id, "'" + s.to.name + "'", s.to.refers_to);
  }
  CheckAgencies(record);
}

// Each agency a restricted item names must be an agency in the discussion:
// a misspelt one would hide the item from everyone, silently.
void Reader::CheckAgencies(const Record& record) {
  std::vector<std::string> known;
  for (const Attendee& attendee : record.attendees) known.push_back(AgencyToken(attendee.agency.value));
  for (const IdUse& use : agency_uses_) {
    if (std::find(known.begin(), known.end(), use.id) != known.end()) continue;
    std::string near = ClosestName(use.id, known);
    Error(use.where, "RD015",
          "agency '" + use.id + "' is not the agency of any attendee",
          near.empty() ? "name an attendee's agency, e.g. 'police'"
                       : "did you mean '" + near + "'?");
  }
}

}  // namespace

std::optional<Record> RecordReader::Read(const SourceFile& file) {
  Reader reader(file, diagnostics_);
  unreadable_ = !reader.CheckBytes() || !reader.Parse() || !reader.CheckShape();
  if (unreadable_) return std::nullopt;
  Record record;
  reader.ReadRoot(record);
  reader.ResolveReferences(record);
  if (reader.failed()) return std::nullopt;
  MarkAlwaysVisible(record);
  return record;
}

}  // namespace sdgen
