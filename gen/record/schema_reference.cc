#include "record/schema_reference.h"

// Every word of the table that names part of the format comes from the schema;
// this file only says how each kind, need and share is put into words.

namespace sdgen {
namespace {

std::string Code(const std::string& text) { return "`" + text + "`"; }

std::string CodeList(const std::vector<std::string>& words) {
  std::string list;
  for (size_t i = 0; i < words.size(); ++i) list += (i ? ", " : "") + Code(words[i]);
  return list;
}

std::string WithArticle(const std::string& noun) {
  bool vowel = !noun.empty() && std::string("aeiou").find(noun[0]) != std::string::npos;
  return (vowel ? "an " : "a ") + noun;
}

// A '|' inside a cell would end the cell.
std::string Cell(const std::string& text) {
  std::string cell;
  for (char c : text) cell += c == '|' ? std::string("\\|") : std::string(1, c);
  return cell;
}

std::string KindInWords(FieldKind kind) {
  switch (kind) {
    case FieldKind::kContainer:
      return "holds elements";
    case FieldKind::kEmpty:
      return "empty: attributes only";
    case FieldKind::kText:
      return "text";
    case FieldKind::kDateTime:
      return "date-time with its UTC offset";
    case FieldKind::kDate:
      return "date";
    case FieldKind::kRecordId:
      return "record id: letters, digits, `-`, `_`, `/`";
    case FieldKind::kId:
      return "id: a token, unique in the record";
    case FieldKind::kIdRef:
      return "reference to an id";
    case FieldKind::kIdList:
      return "space-separated ids";
    case FieldKind::kEnum:
      return "one of a list of words";
    case FieldKind::kYesNo:
      return "`yes` or `no`";
    case FieldKind::kInteger:
      return "whole number";
    case FieldKind::kTokens:
      return "space-separated words";
    case FieldKind::kLanguage:
      return "language tag (BCP 47)";
    case FieldKind::kFixed:
      return "one fixed word";
  }
  return {};
}

std::string AttributeKindInWords(const SchemaAttribute& attribute) {
  switch (attribute.kind) {
    case FieldKind::kIdRef:
      return "id naming " + WithArticle(attribute.refers_to);
    case FieldKind::kIdList:
      return "space-separated ids, each naming " + WithArticle(attribute.refers_to);
    case FieldKind::kEnum:
      return "one of " + CodeList(attribute.words);
    case FieldKind::kInteger:
      return "whole number from " + std::to_string(attribute.min) + " to " +
             std::to_string(attribute.max);
    case FieldKind::kFixed:
      // The format number: one word, or one of the formats this sdgen reads.
      return attribute.words.size() == 1 ? "always " + CodeList(attribute.words)
                                         : "one of " + CodeList(attribute.words);
    default:
      return KindInWords(attribute.kind);
  }
}

std::string NeedInWords(Need need, const std::string& condition, const std::string& default_value) {
  switch (need) {
    case Need::kOptional:
      return default_value.empty() ? "no" : "no (default " + Code(default_value) + ")";
    case Need::kRequired:
      return "yes";
    case Need::kComplete:
      return "for a complete record";
    case Need::kWarn:
      return "no (warn)";
    case Need::kConditional:
      return condition;
  }
  return {};
}

std::string HowManyInWords(const SchemaElement& element) {
  if (!element.repeats) return "";
  if (element.min_count <= 0) return "; any number";
  if (element.min_count == 1) return "; one or more";
  return "; at least " + std::to_string(element.min_count);
}

std::string ShareInWords(const RecordSchema& schema, Share share,
                         const std::vector<std::string>& agencies) {
  std::string level = schema.share.words.at(static_cast<size_t>(share));
  return agencies.empty() ? level : level + " (" + CodeList(agencies) + ")";
}

// The default share of an element whose parts take its item's level (an
// action's task): its own default holds only while the item states none.
std::string ElementShareInWords(const RecordSchema& schema, const SchemaElement& element) {
  std::string level = ShareInWords(schema, element.share, element.agencies);
  return element.part_of_item ? level + ", or the level its item states" : level;
}

// The first format that has an element or attribute. A later format's parts
// are ignored in an older record, with a warning, except `to`: it can only
// narrow who reads an item, so the reader honours it in every format.
std::string FormatInWords(int format, bool honoured_earlier) {
  std::string first = std::to_string(format);
  if (format <= 1) return first;
  return honoured_earlier ? first + "; honoured in " + std::to_string(format - 1) + " too"
                          : first;
}

// Places such as "(checked, not kept)" are notes, not names in the code.
std::string ModelInWords(const std::string& model) {
  return !model.empty() && model[0] == '(' ? model : Code(model);
}

void Row(std::string& table, const std::vector<std::string>& cells) {
  table += "|";
  for (const std::string& cell : cells) table += " " + Cell(cell) + " |";
  table += "\n";
}

void AttributeRow(std::string& table, const RecordSchema& schema, const std::string& path,
                  const SchemaAttribute& attribute) {
  Row(table, {Code(path + "/@" + attribute.name), AttributeKindInWords(attribute),
              NeedInWords(attribute.need, attribute.condition, attribute.default_value),
              attribute.has_share ? ShareInWords(schema, attribute.share, {}) : "as its element",
              FormatInWords(attribute.format, &attribute == &schema.to),
              ModelInWords(attribute.model), attribute.meaning});
}

}  // namespace

std::string SchemaReferenceTable(const RecordSchema& schema) {
  std::string table =
      "| path | kind | required | default share | format | in the typed record | meaning |\n"
      "|---|---|---|---|---|---|---|\n";
  for (const SchemaAttribute* attribute : schema.common_attributes())
    AttributeRow(table, schema, "*", *attribute);
  for (const SchemaElement* element : schema.elements()) {
    Row(table, {Code(element->Path()), KindInWords(element->kind),
                NeedInWords(element->need, element->condition, "") + HowManyInWords(*element),
                ElementShareInWords(schema, *element),
                FormatInWords(element->format, false), ModelInWords(element->model),
                element->meaning});
    for (const SchemaAttribute* attribute : element->attributes)
      AttributeRow(table, schema, element->Path(), *attribute);
  }
  return table;
}

}  // namespace sdgen
