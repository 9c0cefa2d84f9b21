#include "language/family_document_check.h"

#include <algorithm>
#include <map>
#include <set>
#include <variant>
#include <vector>

#include "record/record_walk.h"

namespace sdgen {
namespace {

// ----- the document's text, as pieces -----

// A paragraph of the rendered document; scored pieces count towards the reading age.
struct Piece {
  std::string text;
  bool scored = false;
};

// Collects the pieces of a document; a glossary line is not checked (it
// quotes the term to explain it) but notes the entry it explains.
class PieceCollector {
 public:
  PieceCollector(const TermDictionary& dictionary, std::vector<Piece>& pieces,
                 std::vector<uint32_t>& glossary)
      : pieces_(pieces), glossary_(glossary) {
    const std::vector<TermEntry>& entries = dictionary.entries();
    for (size_t i = 0; i < entries.size(); ++i)
      explanations_.emplace(": " + entries[i].explanation, static_cast<uint32_t>(i));
  }

  // A part in another language than the document's (the English half of a
  // bilingual letter, a translation offer) is not read by its dictionary.
  void operator()(const doc::Heading& heading) {
    if (heading.language.empty()) Add(heading.text, false);
  }
  void operator()(const doc::Paragraph& paragraph) {
    if (!paragraph.language.empty()) return;
    Add(paragraph.PlainText(),
        paragraph.role == doc::ParagraphRole::kBody || paragraph.role == doc::ParagraphRole::kLead);
  }
  void operator()(const doc::List& list) {
    for (const doc::Paragraph& item : list.items)
      if (item.language.empty() && !GlossaryLine(item)) Add(item.PlainText(), true);
  }
  void operator()(const doc::Table& table) {
    for (const doc::TableCell& cell : table.header) AddCell(cell);
    for (const auto& row : table.rows)
      for (const doc::TableCell& cell : row) AddCell(cell);
  }
  void operator()(const doc::KeyValueList& values) {
    for (const doc::KeyValueList::Entry& entry : values.entries) {
      Add(entry.key, false);
      Add(entry.value.PlainText(), false);
    }
  }
  void operator()(const doc::Callout& callout) {
    Add(callout.title, false);
    for (const doc::Paragraph& paragraph : callout.paragraphs) Add(paragraph.PlainText(), true);
  }
  // Alternative text is read aloud to the reader, but is a description, not prose.
  void operator()(const doc::Image& image) { Add(image.alt_text, false); }
  void operator()(const doc::SignatureBlock&) {}
  void operator()(const doc::PageBreak&) {}

 private:
  void Add(std::string text, bool scored) {
    if (text.find_first_not_of(" \t\n") == std::string::npos) return;
    pieces_.push_back({std::move(text), scored});
  }
  void AddCell(const doc::TableCell& cell) {
    for (const doc::Paragraph& paragraph : cell.paragraphs)
      if (paragraph.language.empty()) Add(paragraph.PlainText(), false);
  }
  // "term: explanation", the term in bold, as the renderer prints a glossary.
  bool GlossaryLine(const doc::Paragraph& item) {
    if (item.runs.size() != 2 || !item.runs[0].bold) return false;
    auto found = explanations_.find(item.runs[1].text);
    if (found == explanations_.end()) return false;
    glossary_.push_back(found->second);
    return true;
  }

  std::vector<Piece>& pieces_;
  std::vector<uint32_t>& glossary_;
  std::map<std::string, uint32_t> explanations_;
};

// ----- where the words came from -----

// A paragraph of a record text as the renderer prints it (line ends joined,
// the indentation after them dropped), with each byte's index in the text.
struct Segment {
  const Text* text = nullptr;
  bool label = false;  // a name, agency, job title or contact: not checked for terms
  std::string printed;
  std::vector<size_t> source;  // by byte of `printed`
};

void AddTrimmed(Segment segment, std::vector<Segment>& out) {
  size_t first = segment.printed.find_first_not_of(' ');
  if (first == std::string::npos) return;
  size_t last = segment.printed.find_last_not_of(' ') + 1;
  segment.printed = segment.printed.substr(first, last - first);
  segment.source = std::vector<size_t>(segment.source.begin() + static_cast<ptrdiff_t>(first),
                                       segment.source.begin() + static_cast<ptrdiff_t>(last));
  // A word or two could be found anywhere; only a stretch this long is taken as the source.
  if (segment.printed.size() >= 3) out.push_back(std::move(segment));
}

// Splits `text` as ParagraphBuilder::AddData does: a blank line ends a
// paragraph, a single line end is a space.
void AddSegments(const Text& text, bool label, std::vector<Segment>& out) {
  Segment current{&text, label, {}, {}};
  int newlines = 0;
  for (size_t i = 0; i < text.value.size(); ++i) {
    char c = text.value[i];
    if (c == '\n') {
      ++newlines;
      continue;
    }
    if (newlines > 0 && c != ' ' && c != '\t') {
      if (newlines > 1) {
        AddTrimmed(std::move(current), out);
        current = Segment{&text, label, {}, {}};
      } else {
        current.printed += ' ';
        current.source.push_back(i);
      }
      newlines = 0;
    }
    if (newlines == 0) {
      current.printed += c;
      current.source.push_back(i);
    }
  }
  AddTrimmed(std::move(current), out);
}

// Where a byte of the document came from, and how many bytes around it agree
// with the document there: the source that agrees most printed it.
struct Source {
  SourceLocation where;
  bool label = false;
  size_t agreement = 0;
};

class Provenance {
 public:
  Provenance(const Record& record, const FamilyReaders& readers, const FamilyReader& reader) {
    // As `sdgen check --plain-language` does, names and other labels people
    // go by are printed as they are, not checked for terms.
    std::set<const Text*> statements;
    ForEachStatement(record, [&](std::string_view, const Text& text) { statements.insert(&text); });
    ForEachText(record, [&](std::string_view, const Text& text) {
      if (readers.Reaches(text.visibility, reader))
        AddSegments(text, statements.count(&text) == 0, segments_);
    });
  }

  // The record text that best explains the bytes [begin, end) of `piece`:
  // the place where the most text around them agrees with the piece.
  std::optional<Source> Find(std::string_view piece, size_t begin, size_t end) const {
    std::string_view needle = piece.substr(begin, end - begin);
    std::optional<Source> best;
    if (needle.empty()) return best;
    for (const Segment& segment : segments_) {
      const std::string& printed = segment.printed;
      for (size_t at = printed.find(needle); at != std::string::npos;
           at = printed.find(needle, at + 1)) {
        size_t agreement = needle.size() + AgreeBefore(piece, begin, printed, at) +
                           AgreeAfter(piece, end, printed, at + needle.size());
        if (best && agreement <= best->agreement) continue;
        best = Source{segment.text->LocationOf(segment.source[at]), segment.label, agreement};
      }
    }
    return best;
  }

 private:
  std::vector<Segment> segments_;
};

// ----- checking -----

// The pieces joined by blank lines, which end sentences and terms alike.
struct JoinedText {
  Text text;
  std::vector<size_t> starts;        // of each piece in text.value
  std::vector<const Piece*> pieces;  // in the same order
};

JoinedText Join(const std::vector<Piece>& pieces, bool scored) {
  JoinedText joined;
  for (const Piece& piece : pieces) {
    if (piece.scored != scored) continue;
    if (!joined.text.value.empty()) joined.text.value += "\n\n";
    joined.starts.push_back(joined.text.value.size());
    joined.pieces.push_back(&piece);
    joined.text.value += piece.text;
  }
  joined.text.visibility.share = Share::kFamily;
  joined.text.checkpoints = {{0, 0}};
  return joined;
}

// The end of the word at `begin`.
size_t WordEnd(const std::string& text, size_t begin) {
  size_t end = text.find_first_of(" \t\n", begin);
  return end == std::string::npos ? text.size() : end;
}

class DocumentGate {
 public:
  DocumentGate(const FamilyDocument& document, const Record& record, const FamilyReaders& readers,
               const TemplateTextLocator& locate, DiagnosticList& diagnostics)
      : document_(document),
        record_(record),
        provenance_(record, readers, document.reader),
        locate_(locate),
        diagnostics_(diagnostics) {}

  // Reports the findings of `joined`, checked into `found`, at their sources.
  void Report(const JoinedText& joined, const DiagnosticList& found) {
    for (const Diagnostic& finding : found.all()) {
      Source source = Locate(joined, finding.where.offset);
      bool term = finding.rule != "PL010" && finding.rule != "PL011";
      if (term && source.label) continue;
      Diagnostic out;
      out.severity = finding.severity;
      if (finding.rule == "PL010" && document_.reading_age_is_error)
        out.severity = Severity::kError;
      out.where = finding.rule == "PL010" && document_.whole ? *document_.whole : source.where;
      out.rule = "SD027";
      // The reading age is the whole document's, not one text's.
      std::string message = finding.message;
      if (finding.rule == "PL010" && message.rfind("this text", 0) == 0)
        message.replace(0, 9, "the document");
      out.message =
          record_.OutputName() + "/" + document_.name + ": " + message + " (" + finding.rule + ")";
      out.suggestion = finding.suggestion;
      failed_ |= out.severity == Severity::kError;
      diagnostics_.Report(std::move(out));
    }
  }

  bool failed() const { return failed_; }

 private:
  Source Locate(const JoinedText& joined, size_t offset) {
    Source fallback{{record_.source, record_.where.offset}};
    if (joined.starts.empty()) return fallback;
    auto after = std::upper_bound(joined.starts.begin(), joined.starts.end(), offset);
    size_t index = static_cast<size_t>(after - joined.starts.begin()) - 1;  // starts[0] is 0
    const std::string& piece = joined.pieces[index]->text;
    size_t local = std::min(offset - joined.starts[index], piece.size());
    size_t end = WordEnd(piece, local);
    std::optional<Source> item = provenance_.Find(piece, local, end);
    std::optional<TemplatePlace> line = locate_ ? locate_(piece, local, end) : std::nullopt;
    // A record text is printed whole, so on a tie it is the likelier source.
    if (item && (!line || item->agreement >= line->agreement)) return *item;
    if (line) return Source{line->where, false, line->agreement};
    return fallback;
  }

  const FamilyDocument& document_;
  const Record& record_;
  Provenance provenance_;
  const TemplateTextLocator& locate_;
  DiagnosticList& diagnostics_;
  bool failed_ = false;
};

}  // namespace

size_t AgreeBefore(std::string_view a, size_t a_end, std::string_view b, size_t b_end) {
  size_t n = 0;
  while (n < a_end && n < b_end && a[a_end - 1 - n] == b[b_end - 1 - n]) ++n;
  return n;
}

size_t AgreeAfter(std::string_view a, size_t a_begin, std::string_view b, size_t b_begin) {
  size_t n = 0;
  while (a_begin + n < a.size() && b_begin + n < b.size() && a[a_begin + n] == b[b_begin + n]) ++n;
  return n;
}

bool CheckFamilyDocument(const FamilyDocument& document, const Record& record,
                         const FamilyReaders& readers, PlainLanguageChecker& checker,
                         const TemplateTextLocator& locate, DiagnosticList& diagnostics) {
  std::vector<Piece> pieces;
  std::vector<uint32_t> glossary;
  PieceCollector collector(checker.dictionary(), pieces, glossary);
  for (const doc::Block& block : document.document.blocks) std::visit(collector, block);
  checker.SetGlossary(std::move(glossary));
  DocumentGate gate(document, record, readers, locate, diagnostics);
  JoinedText scored = Join(pieces, true);
  DiagnosticList scored_findings;
  checker.CheckText(scored.text, Readership::kFamily, scored_findings);
  gate.Report(scored, scored_findings);
  JoinedText labels = Join(pieces, false);
  DiagnosticList label_findings;
  checker.CheckTerms(labels.text, Readership::kFamily, label_findings);
  gate.Report(labels, label_findings);
  checker.SetGlossary({});
  return gate.failed();
}

}  // namespace sdgen
