#include "diagnostics/diagnostic_renderer.h"

#include <algorithm>
#include <set>

#include "diagnostics/json_writer.h"
#include "diagnostics/terminal_text.h"

namespace sdgen {
namespace {

std::string LocationPrefix(const SourceLocation& where) {
  if (!where.file) return "sdgen";
  LineColumn at = where.file->Locate(where.offset);
  return TerminalSafe(where.file->path()) + ":" + std::to_string(at.line) + ":" +
         std::to_string(at.column);
}

// A line longer than this many characters is shown as a window of it around
// the caret: a record written on one long line prints a short piece of it
// for each finding, not all of it.
constexpr size_t kSnippetWidth = 120;

bool StartsCodePoint(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Moves `at` back over up to `count` code points of `line`; returns how many.
size_t StepBack(std::string_view line, size_t& at, size_t count) {
  size_t stepped = 0;
  while (at > 0 && stepped < count) {
    --at;
    if (StartsCodePoint(line[at])) ++stepped;
  }
  return stepped;
}

// Moves `at` forward over up to `count` code points of `line`; returns how many.
size_t StepForward(std::string_view line, size_t& at, size_t count) {
  size_t stepped = 0;
  for (; at < line.size() && stepped < count; ++stepped) {
    ++at;
    while (at < line.size() && !StartsCodePoint(line[at])) ++at;
  }
  return stepped;
}

// The bytes [begin, end) of `line` to show: all of it, or kSnippetWidth
// characters with the caret in the middle, or as near it as the line allows.
std::pair<size_t, size_t> SnippetWindow(std::string_view line, size_t caret) {
  size_t begin = caret, end = caret;
  size_t before = StepBack(line, begin, kSnippetWidth / 2);
  size_t after = StepForward(line, end, kSnippetWidth - before);
  StepBack(line, begin, kSnippetWidth - before - after);
  return {begin, end};
}

// The source line (or a window of it) and a caret under the column, as clang
// prints them, with characters a terminal would act on shown as escapes. Tabs
// are kept under the caret so that it lines up in a terminal.
void AppendSnippet(const SourceLocation& where, std::string& out) {
  if (!where.file) return;
  LineColumn at = where.file->Locate(where.offset);
  std::string_view line = where.file->Line(at.line);
  if (line.empty()) return;
  size_t line_start = static_cast<size_t>(line.data() - where.file->text().data());
  size_t caret = std::min(where.offset, line_start + line.size()) - line_start;
  auto [begin, end] = SnippetWindow(line, caret);
  std::string shown = begin > 0 ? "\u2026" : "";
  std::string under = begin > 0 ? " " : "";
  for (size_t i = begin, length = 0; i < end; i += length) {
    // A run of printable ASCII, the common case, goes in whole.
    for (length = 0; i + length < end && IsPrintableAscii(line[i + length]);) ++length;
    if (length > 0) {
      if (i < caret) under.append(std::min(caret, i + length) - i, ' ');
      shown.append(line, i, length);
      continue;
    }
    ShownText character = ShowCharacter(line, i, /*keep_tab=*/true, &length);
    if (i < caret) under += character.text == "\t" ? "\t" : std::string(character.columns, ' ');
    shown += character.text;
  }
  if (end < line.size()) shown += "\u2026";
  out += "  " + shown + "\n  " + under + "^\n";
}

void WriteLocationJson(JsonWriter& json, const SourceLocation& where) {
  if (!where.file) return;
  LineColumn at = where.file->Locate(where.offset);
  json.Key("file").String(where.file->path());
  json.Key("line").Number(at.line);
  json.Key("column").Number(at.column);
  json.Key("offset").Number(static_cast<long long>(where.offset));
}

const char* SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "error";
}

// SARIF counts charOffset in the run's columnKind, code points here, not bytes.
long long CodePointOffset(const SourceFile& file, size_t byte_offset) {
  const std::string& text = file.text();
  long long count = 0;
  for (size_t i = 0; i < byte_offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

void WriteSarifRule(JsonWriter& json, const std::string& rule, const RuleDescriber& describe) {
  json.BeginObject().Key("id").String(rule);
  RuleHelp help = describe ? describe(rule) : RuleHelp{};
  if (!help.short_description.empty())
    json.Key("shortDescription").BeginObject().Key("text").String(help.short_description).EndObject();
  if (!help.help_uri.empty()) json.Key("helpUri").String(help.help_uri);
  json.EndObject();
}

void WriteSarifLocation(JsonWriter& json, const SourceLocation& where) {
  LineColumn at = where.file->Locate(where.offset);
  json.BeginObject().Key("physicalLocation").BeginObject();
  json.Key("artifactLocation").BeginObject().Key("uri").String(where.file->path()).EndObject();
  json.Key("region").BeginObject();
  json.Key("startLine").Number(at.line).Key("startColumn").Number(at.column);
  json.Key("charOffset").Number(CodePointOffset(*where.file, where.offset));
  json.EndObject().EndObject().EndObject();
}

}  // namespace

std::string RenderText(const DiagnosticList& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.all()) {
    out +=
        LocationPrefix(d.where) + ": " + SeverityName(d.severity) + ": " + TerminalSafe(d.message);
    if (!d.rule.empty()) out += " [" + TerminalSafe(d.rule) + "]";
    out += '\n';
    AppendSnippet(d.where, out);
    if (!d.suggestion.empty()) out += "  suggestion: " + TerminalSafe(d.suggestion) + "\n";
    for (const RelatedLocation& r : d.related) {
      out += LocationPrefix(r.where) + ": note: " + TerminalSafe(r.message) + "\n";
    }
  }
  return out;
}

std::string RenderJson(const DiagnosticList& diagnostics) {
  JsonWriter json;
  json.BeginArray();
  for (const Diagnostic& d : diagnostics.all()) {
    json.BeginObject();
    WriteLocationJson(json, d.where);
    json.Key("severity").String(SeverityName(d.severity));
    json.Key("rule").String(d.rule);
    json.Key("message").String(d.message);
    if (!d.suggestion.empty()) json.Key("suggestion").String(d.suggestion);
    if (!d.related.empty()) {
      json.Key("related").BeginArray();
      for (const RelatedLocation& r : d.related) {
        json.BeginObject();
        WriteLocationJson(json, r.where);
        json.Key("message").String(r.message);
        json.EndObject();
      }
      json.EndArray();
    }
    json.EndObject();
  }
  json.EndArray();
  return json.str() + "\n";
}

std::string RenderSarif(const DiagnosticList& diagnostics, const std::string& tool_version,
                        const RuleDescriber& describe) {
  std::set<std::string> rules;
  for (const Diagnostic& d : diagnostics.all()) {
    if (!d.rule.empty()) rules.insert(d.rule);
  }
  JsonWriter json;
  json.BeginObject();
  json.Key("$schema").String("https://json.schemastore.org/sarif-2.1.0.json");
  json.Key("version").String("2.1.0");
  json.Key("runs").BeginArray().BeginObject();
  json.Key("tool").BeginObject().Key("driver").BeginObject();
  json.Key("name").String("sdgen").Key("version").String(tool_version);
  json.Key("rules").BeginArray();
  for (const std::string& rule : rules) WriteSarifRule(json, rule, describe);
  json.EndArray().EndObject().EndObject();
  json.Key("columnKind").String("unicodeCodePoints");
  json.Key("results").BeginArray();
  for (const Diagnostic& d : diagnostics.all()) {
    json.BeginObject();
    if (!d.rule.empty()) json.Key("ruleId").String(d.rule);
    json.Key("level").String(SarifLevel(d.severity));
    std::string text = d.message;
    if (!d.suggestion.empty()) text += "; suggestion: " + d.suggestion;
    json.Key("message").BeginObject().Key("text").String(text).EndObject();
    if (d.where.file) {
      json.Key("locations").BeginArray();
      WriteSarifLocation(json, d.where);
      json.EndArray();
    }
    std::vector<const RelatedLocation*> related;
    for (const RelatedLocation& r : d.related) {
      if (r.where.file) related.push_back(&r);
    }
    if (!related.empty()) {
      json.Key("relatedLocations").BeginArray();
      for (const RelatedLocation* r : related) WriteSarifLocation(json, r->where);
      json.EndArray();
    }
    json.EndObject();
  }
  json.EndArray().EndObject().EndArray().EndObject();
  return json.str() + "\n";
}

}  // namespace sdgen
