#include "record/record_reader.h"

// The reader walks the XML once, element by element. Each Read* function
// first declares which attributes and children its element may have (anything
// else is a located warning), then reads them into the model. References are
// collected as they are met and resolved at the end, when every id is known.

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include <pugixml.hpp>

#include "diagnostics/closest_name.h"
#include "record/input_text_check.h"
#include "record/xml_text.h"

namespace sdgen {
namespace {

using pugi::xml_attribute;
using pugi::xml_node;
using Names = std::initializer_list<const char*>;

template <typename E>
struct EnumName {
  const char* name;
  E value;
};

const EnumName<MeetingForm> kMeetingForms[] = {
    {"meeting", MeetingForm::kMeeting}, {"phone", MeetingForm::kPhone},
    {"virtual", MeetingForm::kVirtual}};
const EnumName<RagRating> kRagRatings[] = {
    {"red", RagRating::kRed}, {"amber", RagRating::kAmber}, {"green", RagRating::kGreen}};
const EnumName<Relationship> kRelationships[] = {
    {"mother", Relationship::kMother},       {"father", Relationship::kFather},
    {"step-parent", Relationship::kStepParent}, {"carer", Relationship::kCarer},
    {"sibling", Relationship::kSibling},     {"grandparent", Relationship::kGrandparent},
    {"partner", Relationship::kPartner},     {"other", Relationship::kOther}};
const EnumName<AttendeeRole> kRoles[] = {
    {"chair", AttendeeRole::kChair},
    {"social-worker", AttendeeRole::kSocialWorker},
    {"manager", AttendeeRole::kManager},
    {"police", AttendeeRole::kPolice},
    {"health", AttendeeRole::kHealth},
    {"school-nurse", AttendeeRole::kSchoolNurse},
    {"health-visitor", AttendeeRole::kHealthVisitor},
    {"education", AttendeeRole::kEducation},
    {"probation", AttendeeRole::kProbation},
    {"lado", AttendeeRole::kLado},
    {"legal", AttendeeRole::kLegal},
    {"other", AttendeeRole::kOther}};
const EnumName<Presence> kPresences[] = {
    {"yes", Presence::kYes}, {"apologies", Presence::kApologies},
    {"report-only", Presence::kReportOnly}};
const EnumName<Outcome> kOutcomes[] = {
    {"s47", Outcome::kS47},
    {"s17-assessment", Outcome::kS17Assessment},
    {"police-investigation", Outcome::kPoliceInvestigation},
    {"referral", Outcome::kReferral},
    {"disciplinary", Outcome::kDisciplinary},
    {"no-further-action", Outcome::kNoFurtherAction},
    {"deferred", Outcome::kDeferred}};
const EnumName<Threshold> kThresholds[] = {{"met", Threshold::kMet},
                                           {"not-met", Threshold::kNotMet}};
const EnumName<AgreementHow> kHows[] = {{"in-meeting", AgreementHow::kInMeeting},
                                        {"email", AgreementHow::kEmail}};
const EnumName<bool> kYesNo[] = {{"yes", true}, {"no", false}};
const EnumName<Share> kShares[] = {{"family", Share::kFamily},
                                   {"professionals", Share::kProfessionals},
                                   {"restricted", Share::kRestricted}};

// What a reference may name.
enum class RefKind { kAttendee, kAttendeeOrPerson, kChild };

struct IdEntry {
  const char* kind;  // "child", "person", "attendee", "action"
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

const char* Article(const char* kind) {
  return std::string_view("aeiou").find(kind[0]) != std::string_view::npos ? "an" : "a";
}

class Reader {
 public:
  Reader(const SourceFile& file, DiagnosticList& diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  bool failed() const { return failed_; }
  bool CheckBytes();
  bool Parse();
  void ReadRoot(Record& record);
  void ResolveReferences(Record& record);

 private:
  // Locations.
  SourceLocation At(xml_node node) const;
  SourceLocation AtAttribute(xml_node node, const char* name) const;
  size_t AttributeValueOffset(xml_node node, const char* name) const;

  // Reporting.
  void Error(SourceLocation where, const char* rule, std::string message,
             std::string suggestion = {});
  void Warning(SourceLocation where, const char* rule, std::string message,
               std::string suggestion = {});
  void CheckKnown(xml_node node, Names attributes, Names children);
  void CheckAttributes(xml_node node, Names attributes);
  void Missing(xml_node parent, const std::string& what);

  // Values.
  std::string AttributeValue(xml_node node, const char* name);
  Visibility ResolveVisibility(xml_node node, Share default_share, const Visibility& parent);
  Text ReadText(xml_node node, Share default_share, const Visibility& parent);
  void AppendContent(xml_node node, Text& text, bool warn_markup);
  std::optional<Text> OptionalText(xml_node parent, const char* name, Share default_share,
                                   const Visibility& parent_visibility);
  Text RequiredText(xml_node parent, const char* name, Share default_share,
                    const Visibility& parent_visibility);
  Text AttributeText(xml_node node, const char* name, Share default_share,
                     const Visibility& element_visibility);
  Field<DateTime> DateTimeText(std::string_view text, SourceLocation where, const char* what);
  Field<DateTime> DateTimeElement(xml_node parent, const char* name, bool required);
  Field<DateTime> DateTimeAttribute(xml_node node, const char* name, bool required);
  template <typename E, size_t N>
  Field<E> EnumAttribute(xml_node node, const char* name, const EnumName<E> (&names)[N],
                         bool required);
  Field<int> ScoreAttribute(xml_node node);
  PartyRef Party(xml_node node, const char* name, bool required);
  ChildRefs Children(xml_node node, const char* name, bool required);
  std::string Id(xml_node node, const char* kind);

  // Elements.
  void ReadMeeting(xml_node node, Record& record);
  void ReadChildren(xml_node node, Record& record);
  void ReadChild(xml_node node, Child& child);
  void ReadPeople(xml_node node, Record& record);
  void ReadAttendees(xml_node node, Record& record);
  void ReadContact(xml_node node, Attendee& attendee);
  void ReadMapping(xml_node node, Mapping& mapping);
  void ReadStatements(xml_node node, const char* name, std::vector<Statement>& out);
  std::optional<ChildStatement> ReadChildStatement(xml_node parent, const char* name);
  void ReadScaling(xml_node node, Scaling& scaling);
  void ReadDecision(xml_node node, Decision& decision);
  std::optional<YesNoDecision> ReadYesNoDecision(xml_node parent, const char* name,
                                                 const Visibility& visibility);
  void ReadDecisionParts(xml_node node, Decision& decision, const Visibility& visibility);
  void ReadActions(xml_node node, Record& record);
  void ReadSignOff(xml_node node, SignOff& sign_off);
  void ReadDistribution(xml_node node, Record& record);
  void ReadPlainLanguage(xml_node node, Record& record);
  void CheckRecordId(xml_node root, Record& record);
  void ResolveParty(PartyRef& ref, RefKind kind, const char* what, const Record& record);
  void ResolveChildren(ChildRefs& refs, const char* what, const Record& record);
  void ReportUnresolved(SourceLocation where, const std::string& id, const char* what,
                        const char* expected);

  const SourceFile& file_;
  DiagnosticList& diagnostics_;
  pugi::xml_document document_;
  bool failed_ = false;
  std::map<std::string, IdEntry> ids_;
  // Free text outside any item with its own share takes its default.
  Visibility root_visibility_;
};

SourceLocation Reader::At(xml_node node) const {
  ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return {&file_, 0};
  // Element offsets point at the name; the '<' before it reads better.
  if (node.type() == pugi::node_element && offset > 0) --offset;
  return {&file_, static_cast<size_t>(offset)};
}

size_t Reader::AttributeValueOffset(xml_node node, const char* name) const {
  const std::string& text = file_.text();
  size_t i = static_cast<size_t>(node.offset_debug()) + std::string_view(node.name()).size();
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    if (i >= text.size() || text[i] == '>' || text[i] == '/') break;
    size_t name_start = i;
    while (i < text.size() && !IsSpace(text[i]) && text[i] != '=') ++i;
    std::string_view found(text.data() + name_start, i - name_start);
    while (i < text.size() && (IsSpace(text[i]) || text[i] == '=')) ++i;
    if (i >= text.size()) break;
    char quote = text[i];
    if (found == name) return i + 1;
    size_t close = text.find(quote, i + 1);
    if (close == std::string::npos) break;
    i = close + 1;
  }
  return At(node).offset;
}

SourceLocation Reader::AtAttribute(xml_node node, const char* name) const {
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

void Reader::CheckKnown(xml_node node, Names attributes, Names children) {
  CheckAttributes(node, attributes);
  std::vector<std::string> child_names(children.begin(), children.end());
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
    if (std::find(child_names.begin(), child_names.end(), name) != child_names.end()) continue;
    std::string near = ClosestName(name, child_names);
    Warning(At(child), "RD013",
            "unknown element <" + name + "> inside <" + node.name() + "> is ignored",
            near.empty() ? "" : "did you mean <" + near + ">?");
  }
}

// Elements that hold free text check only their attributes: anything inside
// them is text, and markup in it is reported where the text is read.
void Reader::CheckAttributes(xml_node node, Names attributes) {
  std::vector<std::string> attribute_names(attributes.begin(), attributes.end());
  attribute_names.insert(attribute_names.end(), {"share", "agencies"});
  for (xml_attribute attribute : node.attributes()) {
    std::string name = attribute.name();
    if (std::find(attribute_names.begin(), attribute_names.end(), name) != attribute_names.end())
      continue;
    std::string near = ClosestName(name, attribute_names);
    Warning({&file_, AttributeValueOffset(node, name.c_str())}, "RD013",
            "unknown attribute '" + name + "' on <" + node.name() + "> is ignored",
            near.empty() ? "" : "did you mean '" + near + "'?");
  }
}

void Reader::Missing(xml_node parent, const std::string& what) {
  Error(At(parent), "RD012", std::string("<") + parent.name() + "> has no " + what);
}

std::string Reader::AttributeValue(xml_node node, const char* name) {
  xml_attribute attribute = node.attribute(name);
  if (!attribute) return {};
  Text text;
  text.where = AtAttribute(node, name);
  InputTextProblem problem =
      AppendXmlText(attribute.value(), text.where.offset, /*decode=*/true, text);
  if (problem.found) Error({&file_, problem.offset}, problem.rule, problem.message);
  return text.value;
}

Visibility Reader::ResolveVisibility(xml_node node, Share default_share,
                                     const Visibility& parent) {
  Visibility visibility;
  xml_attribute share = node.attribute("share");
  xml_attribute agencies = node.attribute("agencies");
  if (share) {
    visibility.stated = true;
    Field<Share> level = EnumAttribute(node, "share", kShares, false);
    visibility.share = level.value.value_or(Share::kRestricted);
  } else if (parent.stated) {
    visibility = parent;
  } else {
    visibility.share = default_share;
  }
  if (agencies) {
    for (auto& [token, offset] : SplitTokens(agencies.value(), 0)) {
      std::transform(token.begin(), token.end(), token.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      visibility.agencies.push_back(token);
    }
    if (visibility.share != Share::kRestricted)
      Warning(AtAttribute(node, "agencies"), "RD015",
              std::string("'agencies' only applies to share=\"restricted\"; <") + node.name() +
                  "> is shared with " + ToString(visibility.share));
  }
  if (share && visibility.share == Share::kRestricted && visibility.agencies.empty())
    Error(AtAttribute(node, "share"), "RD015",
          std::string("<") + node.name() + "> is restricted but names no agencies",
          "add agencies=\"police\" (or the agencies that may see it)");
  return visibility;
}

void Reader::AppendContent(xml_node node, Text& text, bool warn_markup) {
  for (xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      InputTextProblem problem = AppendXmlText(child.value(), At(child).offset,
                                               child.type() == pugi::node_pcdata, text);
      if (problem.found) Error({&file_, problem.offset}, problem.rule, problem.message);
    } else if (child.type() == pugi::node_element) {
      if (warn_markup)
        Warning(At(child), "RD013",
                std::string("markup is not interpreted in free text: <") + child.name() +
                    "> inside <" + node.name() + "> is ignored and its words kept",
                "write plain text; leave a blank line between paragraphs");
      AppendContent(child, text, false);
    }
  }
}

Text Reader::ReadText(xml_node node, Share default_share, const Visibility& parent) {
  Text text;
  text.where = At(node);
  text.visibility = ResolveVisibility(node, default_share, parent);
  AppendContent(node, text, true);
  return text;
}

std::optional<Text> Reader::OptionalText(xml_node parent, const char* name, Share default_share,
                                         const Visibility& parent_visibility) {
  xml_node node = parent.child(name);
  if (!node) return std::nullopt;
  CheckAttributes(node, {});
  return ReadText(node, default_share, parent_visibility);
}

Text Reader::RequiredText(xml_node parent, const char* name, Share default_share,
                          const Visibility& parent_visibility) {
  std::optional<Text> text = OptionalText(parent, name, default_share, parent_visibility);
  if (!text) {
    Missing(parent, std::string("<") + name + "> element");
    Text empty;
    empty.where = At(parent);
    return empty;
  }
  if (text->IsBlank())
    Error(text->where, "RD012", std::string("<") + name + "> is empty");
  return *std::move(text);
}

Text Reader::AttributeText(xml_node node, const char* name, Share default_share,
                           const Visibility& element_visibility) {
  Text text;
  text.where = AtAttribute(node, name);
  text.visibility =
      element_visibility.stated ? element_visibility : Visibility{default_share, {}, false};
  xml_attribute attribute = node.attribute(name);
  if (!attribute) return text;
  InputTextProblem problem =
      AppendXmlText(attribute.value(), text.where.offset, /*decode=*/true, text);
  if (problem.found) Error({&file_, problem.offset}, problem.rule, problem.message);
  return text;
}

Field<DateTime> Reader::DateTimeText(std::string_view text, SourceLocation where,
                                     const char* what) {
  Field<DateTime> field;
  field.where = where;
  DateTime value;
  std::string quoted = "'" + std::string(text) + "'";
  switch (ParseDateTime(text, value)) {
    case DateError::kNone: field.value = value; break;
    case DateError::kNoOffset:
      Error(where, "RD004", std::string(what) + " " + quoted + " has no time zone offset",
            "add the offset, e.g. '" + std::string(text.substr(0, 10)) +
                (text.size() > 10 ? std::string(text.substr(10)) : "T10:00:00") + "+00:00'");
      break;
    case DateError::kImpossible:
      Error(where, "RD005", std::string(what) + " " + quoted + " is not a real date and time");
      break;
    case DateError::kSyntax:
      Error(where, "RD005", std::string(what) + " " + quoted + " is not a date-time",
            "write it as 2026-11-20T10:00:00+00:00");
      break;
  }
  return field;
}

Field<DateTime> Reader::DateTimeElement(xml_node parent, const char* name, bool required) {
  xml_node node = parent.child(name);
  if (!node) {
    if (required) Missing(parent, std::string("<") + name + "> date-time");
    return {std::nullopt, At(parent)};
  }
  CheckAttributes(node, {});
  Text text = ReadText(node, Share::kProfessionals, root_visibility_);
  std::string trimmed = text.value;
  trimmed.erase(0, trimmed.find_first_not_of(" \t\n"));
  trimmed.erase(trimmed.find_last_not_of(" \t\n") + 1);
  size_t lead = text.value.find_first_not_of(" \t\n");
  return DateTimeText(trimmed, text.LocationOf(lead == std::string::npos ? 0 : lead),
                      (std::string("<") + name + ">").c_str());
}

Field<DateTime> Reader::DateTimeAttribute(xml_node node, const char* name, bool required) {
  if (!node.attribute(name)) {
    if (required) Missing(node, std::string("'") + name + "' date-time");
    return {std::nullopt, At(node)};
  }
  return DateTimeText(AttributeValue(node, name), AtAttribute(node, name),
                      (std::string("'") + name + "'").c_str());
}

template <typename E, size_t N>
Field<E> Reader::EnumAttribute(xml_node node, const char* name, const EnumName<E> (&names)[N],
                               bool required) {
  Field<E> field;
  field.where = AtAttribute(node, name);
  if (!node.attribute(name)) {
    if (required) Missing(node, std::string("'") + name + "' attribute");
    return field;
  }
  std::string value = AttributeValue(node, name);
  std::vector<std::string> allowed;
  for (const EnumName<E>& entry : names) {
    if (value == entry.name) {
      field.value = entry.value;
      return field;
    }
    allowed.push_back(entry.name);
  }
  std::string list;
  for (size_t i = 0; i < allowed.size(); ++i) list += (i ? ", " : "") + allowed[i];
  std::string near = ClosestName(value, allowed);
  Error(field.where, "RD008",
        std::string("'") + name + "' is '" + value + "'; it must be one of: " + list,
        near.empty() ? "" : "did you mean '" + near + "'?");
  return field;
}

Field<int> Reader::ScoreAttribute(xml_node node) {
  Field<int> field;
  field.where = AtAttribute(node, "value");
  if (!node.attribute("value")) {
    Missing(node, "'value' attribute");
    return field;
  }
  std::string value = AttributeValue(node, "value");
  bool digits = !value.empty() && value.size() <= 4 &&
                std::all_of(value.begin(), value.end(), [](char c) {
                  return c >= '0' && c <= '9';
                });
  if (!digits) {
    Error(field.where, "RD009", "score '" + value + "' is not a whole number",
          "scores are whole numbers from 0 to 10");
    return field;
  }
  field.value = std::stoi(value);
  return field;
}

PartyRef Reader::Party(xml_node node, const char* name, bool required) {
  PartyRef ref;
  ref.where = AtAttribute(node, name);
  if (!node.attribute(name)) {
    if (required) Missing(node, std::string("'") + name + "' attribute saying who");
    return ref;
  }
  ref.id = AttributeValue(node, name);
  return ref;
}

ChildRefs Reader::Children(xml_node node, const char* name, bool required) {
  ChildRefs refs;
  refs.where = AtAttribute(node, name);
  if (!node.attribute(name) && required) Missing(node, std::string("'") + name + "' attribute");
  refs.written = AttributeValue(node, name);
  return refs;
}

std::string Reader::Id(xml_node node, const char* kind) {
  std::string id = AttributeValue(node, "id");
  if (id.empty()) {
    Missing(node, "'id' attribute");
    return id;
  }
  SourceLocation where = AtAttribute(node, "id");
  auto [entry, inserted] = ids_.emplace(id, IdEntry{kind, where.offset});
  if (!inserted) {
    Diagnostic diagnostic{Severity::kError, where, "RD007",
                          "id '" + id + "' is used twice; ids must be unique in the record",
                          "give this " + std::string(kind) + " another id",
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

void Reader::CheckRecordId(xml_node root, Record& record) {
  record.id = AttributeValue(root, "id");
  SourceLocation where = AtAttribute(root, "id");
  if (record.id.empty()) {
    Missing(root, "'id' attribute (the record's reference)");
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

void Reader::ReadRoot(Record& record) {
  xml_node root = document_.document_element();
  record.source = &file_;
  record.where = At(root);
  if (std::string_view(root.name()) != "strategy-discussion") {
    Error(At(root), "RD014",
          std::string("the root element is <") + root.name() +
              ">; a record starts with <strategy-discussion>");
    return;
  }
  CheckKnown(root, {"id", "format", "xml:lang", "xmlns"},
             {"local-authority", "meeting", "children", "people", "attendees", "mapping",
              "decision", "actions", "sign-off", "distribution", "plain-language"});
  if (std::string format = AttributeValue(root, "format"); format != "1") {
    Error(AtAttribute(root, "format"), "RD014",
          format.empty() ? "the record does not say its format; add format=\"1\""
                         : "format '" + format + "' is not known; this sdgen reads format 1");
  }
  if (root.attribute("share"))
    Warning(AtAttribute(root, "share"), "RD015",
            "'share' on the whole record is ignored; set it on each item");
  CheckRecordId(root, record);
  if (std::string lang = AttributeValue(root, "xml:lang"); !lang.empty()) record.language = lang;

  // The council's name heads every document, the family's letters included.
  record.local_authority = RequiredText(root, "local-authority", Share::kFamily, root_visibility_);
  if (xml_node meeting = root.child("meeting")) ReadMeeting(meeting, record);
  else Missing(root, "<meeting> element");
  if (xml_node children = root.child("children")) ReadChildren(children, record);
  else Missing(root, "<children> element");
  if (xml_node people = root.child("people")) ReadPeople(people, record);
  if (xml_node attendees = root.child("attendees")) ReadAttendees(attendees, record);
  else Missing(root, "<attendees> element");
  if (xml_node mapping = root.child("mapping")) ReadMapping(mapping, record.mapping);
  else Missing(root, "<mapping> element");
  if (xml_node decision = root.child("decision")) ReadDecision(decision, record.decision);
  else Missing(root, "<decision> element");
  if (xml_node actions = root.child("actions")) ReadActions(actions, record);
  if (xml_node sign_off = root.child("sign-off")) ReadSignOff(sign_off, record.sign_off);
  if (xml_node distribution = root.child("distribution")) ReadDistribution(distribution, record);
  if (xml_node plain = root.child("plain-language")) ReadPlainLanguage(plain, record);
}

void Reader::ReadMeeting(xml_node node, Record& record) {
  CheckKnown(node, {"form"},
             {"held", "contact-received", "rag", "mash-enquiry-completed", "reason",
              "timing-rationale", "previous"});
  Meeting& meeting = record.meeting;
  meeting.where = At(node);
  Visibility visibility = ResolveVisibility(node, Share::kProfessionals, root_visibility_);
  meeting.form = EnumAttribute(node, "form", kMeetingForms, true).value;
  meeting.held = DateTimeElement(node, "held", true);
  meeting.contact_received = DateTimeElement(node, "contact-received", true);
  if (xml_node rag = node.child("rag")) {
    CheckKnown(rag, {"rating"}, {});
    meeting.rag = EnumAttribute(rag, "rating", kRagRatings, true);
  } else {
    Missing(node, "<rag rating=\"...\"> element");
  }
  meeting.mash_enquiry_completed = DateTimeElement(node, "mash-enquiry-completed", false);
  meeting.reason = RequiredText(node, "reason", Share::kProfessionals, visibility);
  meeting.timing_rationale =
      OptionalText(node, "timing-rationale", Share::kProfessionals, visibility);
  if (xml_node previous = node.child("previous")) {
    CheckAttributes(previous, {"id"});
    if (!previous.attribute("id")) Missing(previous, "'id' attribute naming the earlier record");
    meeting.previous_id = AttributeText(previous, "id", Share::kProfessionals, visibility);
    Text note = ReadText(previous, Share::kProfessionals, visibility);
    if (!note.IsBlank()) meeting.previous_note = std::move(note);
  }
}

void Reader::ReadChildren(xml_node node, Record& record) {
  CheckKnown(node, {}, {"child"});
  for (xml_node child : node.children("child")) ReadChild(child, record.children.emplace_back());
  if (record.children.empty()) Missing(node, "<child> element: a record is about at least one child");
}

void Reader::ReadChild(xml_node node, Child& child) {
  CheckKnown(node, {"id", "in-hospital"},
             {"name", "known-as", "born", "gender", "ethnicity", "first-language",
              "school-or-setting", "needs", "voice"});
  child.where = At(node);
  child.id = Id(node, "child");
  child.in_hospital = EnumAttribute(node, "in-hospital", kYesNo, false).value.value_or(false);
  // Children are family: their names default to family, other details do not.
  child.visibility = ResolveVisibility(node, Share::kFamily, root_visibility_);
  Visibility details = child.visibility.stated ? child.visibility : Visibility{};
  child.name = RequiredText(node, "name", Share::kFamily, details);
  child.known_as = OptionalText(node, "known-as", Share::kFamily, details);
  if (xml_node born = node.child("born")) {
    CheckAttributes(born, {});
    Text text = ReadText(born, Share::kProfessionals, details);
    child.born.where = text.where;
    Date date;
    switch (ParseDate(text.value, date)) {
      case DateError::kNone: child.born.value = date; break;
      case DateError::kImpossible:
        Error(text.LocationOf(0), "RD005",
              "date of birth '" + text.value + "' is not a real date");
        break;
      default:
        Error(text.LocationOf(0), "RD005",
              "date of birth '" + text.value + "' is not a date", "write it as 2019-04-02");
    }
  }
  child.gender = OptionalText(node, "gender", Share::kProfessionals, details);
  child.ethnicity = OptionalText(node, "ethnicity", Share::kProfessionals, details);
  child.first_language = OptionalText(node, "first-language", Share::kProfessionals, details);
  child.school_or_setting =
      OptionalText(node, "school-or-setting", Share::kProfessionals, details);
  child.needs = OptionalText(node, "needs", Share::kProfessionals, details);
  child.voice = OptionalText(node, "voice", Share::kFamily, details);
}

void Reader::ReadPeople(xml_node node, Record& record) {
  CheckKnown(node, {}, {"person"});
  for (xml_node element : node.children("person")) {
    CheckKnown(element,
               {"id", "relationship", "parental-responsibility", "lives-with",
                "works-with-children", "alleged"},
               {"name", "address"});
    Person& person = record.people.emplace_back();
    person.where = At(element);
    person.id = Id(element, "person");
    person.relationship = EnumAttribute(element, "relationship", kRelationships, true);
    person.parental_responsibility =
        EnumAttribute(element, "parental-responsibility", kYesNo, false).value.value_or(false);
    person.lives_with = Children(element, "lives-with", false);
    person.works_with_children =
        EnumAttribute(element, "works-with-children", kYesNo, false).value.value_or(false);
    person.alleged = EnumAttribute(element, "alleged", kYesNo, false).value.value_or(false);
    person.visibility = ResolveVisibility(element, Share::kFamily, root_visibility_);
    Visibility details = person.visibility.stated ? person.visibility : Visibility{};
    person.name = RequiredText(element, "name", Share::kFamily, details);
    person.address = OptionalText(element, "address", Share::kFamily, details);
  }
}

void Reader::ReadAttendees(xml_node node, Record& record) {
  CheckKnown(node, {}, {"attendee"});
  for (xml_node element : node.children("attendee")) {
    CheckKnown(element, {"id", "role", "agency", "present"}, {"name", "job-title", "contact"});
    Attendee& attendee = record.attendees.emplace_back();
    attendee.where = At(element);
    attendee.id = Id(element, "attendee");
    attendee.visibility = ResolveVisibility(element, Share::kFamily, root_visibility_);
    Visibility details = attendee.visibility.stated ? attendee.visibility : Visibility{};
    attendee.role = EnumAttribute(element, "role", kRoles, true);
    if (!element.attribute("agency")) Missing(element, "'agency' attribute");
    attendee.agency = AttributeText(element, "agency", Share::kFamily, attendee.visibility);
    attendee.present = EnumAttribute(element, "present", kPresences, true);
    attendee.name = RequiredText(element, "name", Share::kProfessionals, details);
    attendee.job_title = OptionalText(element, "job-title", Share::kProfessionals, details);
    if (xml_node contact = element.child("contact")) ReadContact(contact, attendee);
  }
  if (record.attendees.empty()) Missing(node, "<attendee> element");
}

void Reader::ReadContact(xml_node node, Attendee& attendee) {
  CheckKnown(node, {"phone", "email"}, {});
  // Contact details are for families: the letter says whom to call.
  Visibility visibility = ResolveVisibility(node, Share::kFamily, attendee.visibility.stated
                                                                      ? attendee.visibility
                                                                      : Visibility{});
  Contact& contact = attendee.contact.emplace();
  if (node.attribute("phone")) contact.phone = AttributeText(node, "phone", Share::kFamily, visibility);
  if (node.attribute("email")) contact.email = AttributeText(node, "email", Share::kFamily, visibility);
}

void Reader::ReadStatements(xml_node node, const char* name, std::vector<Statement>& out) {
  for (xml_node element : node.children(name)) {
    CheckAttributes(element, {"by"});
    Statement& statement = out.emplace_back();
    statement.by = Party(element, "by", true);
    statement.text = ReadText(element, Share::kProfessionals, root_visibility_);
    if (statement.text.IsBlank())
      Error(statement.text.where, "RD012", std::string("<") + name + "> is empty");
  }
}

std::optional<ChildStatement> Reader::ReadChildStatement(xml_node parent, const char* name) {
  xml_node node = parent.child(name);
  if (!node) return std::nullopt;
  CheckAttributes(node, {"children"});
  ChildStatement statement;
  statement.children = Children(node, "children", false);
  statement.text = ReadText(node, Share::kFamily, root_visibility_);
  return statement;
}

void Reader::ReadMapping(xml_node node, Mapping& mapping) {
  CheckKnown(node, {},
             {"worried-about", "working-well", "need-to-know", "danger-statement", "safety-goal",
              "scaling"});
  mapping.where = At(node);
  if (xml_node worried = node.child("worried-about")) {
    CheckKnown(worried, {}, {"harm", "complicating-factor"});
    ReadStatements(worried, "harm", mapping.harms);
    ReadStatements(worried, "complicating-factor", mapping.complicating_factors);
    if (mapping.harms.empty()) Missing(worried, "<harm>: say what has happened and its impact");
  } else {
    Missing(node, "<worried-about> section");
  }
  if (xml_node well = node.child("working-well")) {
    CheckKnown(well, {}, {"strength", "safety"});
    ReadStatements(well, "strength", mapping.strengths);
    ReadStatements(well, "safety", mapping.safety);
  }
  if (xml_node need = node.child("need-to-know")) {
    CheckKnown(need, {}, {"item"});
    ReadStatements(need, "item", mapping.need_to_know);
  }
  mapping.danger_statement = ReadChildStatement(node, "danger-statement");
  mapping.safety_goal = ReadChildStatement(node, "safety-goal");
  if (xml_node scaling = node.child("scaling")) ReadScaling(scaling, mapping.scaling.emplace());
}

void Reader::ReadScaling(xml_node node, Scaling& scaling) {
  CheckKnown(node, {},
             {"question", "zero-means", "ten-means", "score", "one-point-higher"});
  scaling.where = At(node);
  Visibility visibility = ResolveVisibility(node, Share::kProfessionals, root_visibility_);
  Visibility inherited = visibility.stated ? visibility : Visibility{};
  scaling.question = OptionalText(node, "question", Share::kFamily, inherited);
  scaling.zero_means = OptionalText(node, "zero-means", Share::kFamily, inherited);
  scaling.ten_means = OptionalText(node, "ten-means", Share::kFamily, inherited);
  for (xml_node element : node.children("score")) {
    CheckAttributes(element, {"by", "value"});
    Score& score = scaling.scores.emplace_back();
    score.by = Party(element, "by", true);
    score.value = ScoreAttribute(element);
    score.rationale = ReadText(element, Share::kProfessionals, inherited);
  }
  scaling.one_point_higher = OptionalText(node, "one-point-higher", Share::kFamily, inherited);
}

std::optional<YesNoDecision> Reader::ReadYesNoDecision(xml_node parent, const char* name,
                                                       const Visibility& visibility) {
  xml_node node = parent.child(name);
  if (!node) return std::nullopt;
  CheckAttributes(node, {"required"});
  YesNoDecision decision;
  decision.required = EnumAttribute(node, "required", kYesNo, true);
  decision.reason = ReadText(node, Share::kProfessionals, visibility);
  return decision;
}

void Reader::ReadDecision(xml_node node, Decision& decision) {
  CheckKnown(node, {"outcome", "threshold"},
             {"rationale", "harm-substantiated", "child-seen", "medical",
              "criminal-investigation", "legal-action", "family-information", "other-children",
              "lado", "deferral", "immediate-protection", "discharge-plan"});
  decision.where = At(node);
  decision.present = true;
  Visibility visibility = ResolveVisibility(node, Share::kProfessionals, root_visibility_);
  Visibility inherited = visibility.stated ? visibility : Visibility{};
  decision.outcome = EnumAttribute(node, "outcome", kOutcomes, false);
  decision.threshold = EnumAttribute(node, "threshold", kThresholds, false);
  decision.rationale = OptionalText(node, "rationale", Share::kProfessionals, inherited);
  if (xml_node substantiated = node.child("harm-substantiated")) {
    CheckAttributes(substantiated, {});
    Text text = ReadText(substantiated, Share::kProfessionals, inherited);
    decision.harm_substantiated.where = text.where;
    if (text.value == "yes" || text.value == "no") {
      decision.harm_substantiated.value = text.value == "yes";
    } else {
      Error(text.where, "RD008",
            "<harm-substantiated> is '" + text.value + "'; it must be 'yes' or 'no'");
    }
  }
  if (xml_node seen = node.child("child-seen")) {
    CheckAttributes(seen, {"by", "at"});
    ChildSeen& child_seen = decision.child_seen.emplace();
    child_seen.by = Party(seen, "by", true);
    child_seen.at = DateTimeAttribute(seen, "at", true);
    Text note = ReadText(seen, Share::kProfessionals, inherited);
    if (!note.IsBlank()) child_seen.note = std::move(note);
  }
  ReadDecisionParts(node, decision, inherited);
}

void Reader::ReadDecisionParts(xml_node node, Decision& decision, const Visibility& visibility) {
  decision.medical = ReadYesNoDecision(node, "medical", visibility);
  if (xml_node criminal = node.child("criminal-investigation")) {
    CheckAttributes(criminal, {});
    decision.criminal_investigation = ReadText(criminal, Share::kRestricted, visibility);
    // Unless the record says otherwise, only the police see how they investigate.
    if (!decision.criminal_investigation->visibility.stated)
      decision.criminal_investigation->visibility.agencies = {"police"};
  }
  decision.legal_action = ReadYesNoDecision(node, "legal-action", visibility);
  decision.family_information =
      OptionalText(node, "family-information", Share::kFamily, visibility);
  decision.other_children = OptionalText(node, "other-children", Share::kProfessionals, visibility);
  if (xml_node lado = node.child("lado")) {
    CheckAttributes(lado, {"involved", "informed"});
    LadoInvolvement& involvement = decision.lado.emplace();
    involvement.where = At(lado);
    involvement.involved = EnumAttribute(lado, "involved", kYesNo, true);
    involvement.informed = DateTimeAttribute(lado, "informed", false);
    Text note = ReadText(lado, Share::kProfessionals, visibility);
    if (!note.IsBlank()) involvement.note = std::move(note);
  }
  if (xml_node deferral_node = node.child("deferral")) {
    CheckKnown(deferral_node, {},
               {"reason", "information-required", "reconvene", "interim-safety-plan"});
    Deferral& deferral = decision.deferral.emplace();
    deferral.where = At(deferral_node);
    deferral.reason = OptionalText(deferral_node, "reason", Share::kProfessionals, visibility);
    deferral.information_required =
        OptionalText(deferral_node, "information-required", Share::kProfessionals, visibility);
    deferral.reconvene = DateTimeElement(deferral_node, "reconvene", false);
    deferral.interim_safety_plan =
        OptionalText(deferral_node, "interim-safety-plan", Share::kProfessionals, visibility);
  }
  decision.immediate_protection =
      OptionalText(node, "immediate-protection", Share::kProfessionals, visibility);
  decision.discharge_plan = OptionalText(node, "discharge-plan", Share::kProfessionals, visibility);
}

void Reader::ReadActions(xml_node node, Record& record) {
  CheckKnown(node, {}, {"action"});
  for (xml_node element : node.children("action")) {
    CheckKnown(element, {"id", "owner", "due"}, {"task", "purpose"});
    Action& action = record.actions.emplace_back();
    action.where = At(element);
    action.id = Id(element, "action");
    action.visibility = ResolveVisibility(element, Share::kProfessionals, root_visibility_);
    Visibility inherited = action.visibility.stated ? action.visibility : Visibility{};
    action.owner = Party(element, "owner", false);
    action.due = DateTimeAttribute(element, "due", false);
    action.task = OptionalText(element, "task", Share::kProfessionals, inherited);
    action.purpose = OptionalText(element, "purpose", Share::kProfessionals, inherited);
  }
}

void Reader::ReadSignOff(xml_node node, SignOff& sign_off) {
  CheckKnown(node, {}, {"agreement", "disagreement", "signature"});
  for (xml_node element : node.children("agreement")) {
    CheckKnown(element, {"by", "how", "at"}, {});
    Agreement& agreement = sign_off.agreements.emplace_back();
    agreement.where = At(element);
    agreement.by = Party(element, "by", true);
    agreement.how = EnumAttribute(element, "how", kHows, true);
    agreement.at = DateTimeAttribute(element, "at", true);
  }
  for (xml_node element : node.children("disagreement")) {
    CheckAttributes(element, {"by", "at", "escalated"});
    Disagreement& disagreement = sign_off.disagreements.emplace_back();
    disagreement.where = At(element);
    disagreement.by = Party(element, "by", true);
    disagreement.at = DateTimeAttribute(element, "at", true);
    disagreement.escalated = EnumAttribute(element, "escalated", kYesNo, false);
    disagreement.reason = ReadText(element, Share::kProfessionals, root_visibility_);
  }
  if (xml_node element = node.child("signature")) {
    CheckKnown(element, {"by", "at", "image"}, {});
    Signature& signature = sign_off.signature.emplace();
    signature.where = At(element);
    signature.by = Party(element, "by", true);
    signature.at = DateTimeAttribute(element, "at", true);
    if (element.attribute("image"))
      signature.image = AttributeText(element, "image", Share::kProfessionals, Visibility{});
  }
}

void Reader::ReadDistribution(xml_node node, Record& record) {
  CheckKnown(node, {}, {"to"});
  for (xml_node element : node.children("to")) {
    CheckAttributes(element, {"by"});
    record.distribution.push_back(Party(element, "by", true));
  }
}

void Reader::ReadPlainLanguage(xml_node node, Record& record) {
  CheckKnown(node, {}, {"accept"});
  for (xml_node element : node.children("accept")) {
    CheckKnown(element, {"term"}, {});
    if (!element.attribute("term")) Missing(element, "'term' attribute");
    record.accepted_terms.push_back(
        AttributeText(element, "term", Share::kProfessionals, Visibility{}));
  }
}

void Reader::ReportUnresolved(SourceLocation where, const std::string& id, const char* what,
                              const char* expected) {
  auto known = ids_.find(id);
  Diagnostic diagnostic{Severity::kError, where, "RD006", "", "", {}};
  if (known == ids_.end()) {
    std::vector<std::string> candidates;
    for (const auto& [name, entry] : ids_) candidates.push_back(name);
    std::string near = ClosestName(id, candidates);
    diagnostic.message = std::string(what) + " names '" + id + "', but no " + expected +
                         " has that id";
    if (!near.empty()) diagnostic.suggestion = "did you mean '" + near + "'?";
  } else {
    diagnostic.message = std::string(what) + " names '" + id + "', which is " +
                         Article(known->second.kind) + " " + known->second.kind + ", not " +
                         Article(expected) + " " + expected;
    diagnostic.related.push_back(
        {{&file_, known->second.offset}, "'" + id + "' is defined here"});
  }
  failed_ = true;
  diagnostics_.Report(std::move(diagnostic));
}

void Reader::ResolveParty(PartyRef& ref, RefKind kind, const char* what, const Record& record) {
  if (ref.id.empty()) return;
  ref.attendee = record.FindAttendee(ref.id);
  if (kind == RefKind::kAttendeeOrPerson && !ref.attendee) ref.person = record.FindPerson(ref.id);
  if (!ref.resolved())
    ReportUnresolved(ref.where, ref.id, what,
                     kind == RefKind::kAttendee ? "attendee" : "attendee or person");
}

void Reader::ResolveChildren(ChildRefs& refs, const char* what, const Record& record) {
  for (const auto& [id, offset] : SplitTokens(refs.written, refs.where.offset)) {
    const Child* child = record.FindChild(id);
    if (child) refs.children.push_back(child);
    else ReportUnresolved({&file_, offset}, id, what, "child");
  }
}

void Reader::ResolveReferences(Record& record) {
  Mapping& mapping = record.mapping;
  for (Statement& s : mapping.harms) ResolveParty(s.by, RefKind::kAttendee, "harm 'by'", record);
  for (Statement& s : mapping.complicating_factors)
    ResolveParty(s.by, RefKind::kAttendee, "complicating factor 'by'", record);
  for (Statement& s : mapping.strengths)
    ResolveParty(s.by, RefKind::kAttendee, "strength 'by'", record);
  for (Statement& s : mapping.safety) ResolveParty(s.by, RefKind::kAttendee, "safety 'by'", record);
  for (Statement& s : mapping.need_to_know)
    ResolveParty(s.by, RefKind::kAttendee, "need-to-know item 'by'", record);
  if (mapping.danger_statement)
    ResolveChildren(mapping.danger_statement->children, "danger statement 'children'", record);
  if (mapping.safety_goal)
    ResolveChildren(mapping.safety_goal->children, "safety goal 'children'", record);
  if (mapping.scaling)
    for (Score& score : mapping.scaling->scores)
      ResolveParty(score.by, RefKind::kAttendee, "score 'by'", record);
  for (Person& person : record.people)
    ResolveChildren(person.lives_with, "person 'lives-with'", record);
  if (record.decision.child_seen)
    ResolveParty(record.decision.child_seen->by, RefKind::kAttendeeOrPerson, "child-seen 'by'",
                 record);
  for (Action& action : record.actions)
    ResolveParty(action.owner, RefKind::kAttendeeOrPerson, "action 'owner'", record);
  SignOff& sign_off = record.sign_off;
  for (Agreement& a : sign_off.agreements)
    ResolveParty(a.by, RefKind::kAttendee, "agreement 'by'", record);
  for (Disagreement& d : sign_off.disagreements)
    ResolveParty(d.by, RefKind::kAttendee, "disagreement 'by'", record);
  if (sign_off.signature)
    ResolveParty(sign_off.signature->by, RefKind::kAttendee, "signature 'by'", record);
  for (PartyRef& to : record.distribution)
    ResolveParty(to, RefKind::kAttendee, "distribution 'by'", record);
}

}  // namespace

std::optional<Record> RecordReader::Read(const SourceFile& file) {
  Reader reader(file, diagnostics_);
  unreadable_ = !reader.CheckBytes() || !reader.Parse();
  if (unreadable_) return std::nullopt;
  Record record;
  reader.ReadRoot(record);
  reader.ResolveReferences(record);
  if (reader.failed()) return std::nullopt;
  return record;
}

}  // namespace sdgen
