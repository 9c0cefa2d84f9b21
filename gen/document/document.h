#pragma once

// The document model: what every writer (text, PDF, DOCX) renders. It knows
// nothing of records, templates or file formats; a writer takes a finished
// `const Document&` and lays it out.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace sdgen::doc {

/// A stretch of text with one look. Text is plain Unicode (UTF-8, NFC); it is
/// never markup, whatever characters it holds. A "\n" in it is a line break
/// inside the paragraph (the lines of an address), which every writer keeps.
struct Run {
  std::string text;
  bool bold = false;
  bool italic = false;
};

/// How a paragraph is meant to look; writers map these to their own styles.
enum class ParagraphRole {
  kBody,     ///< ordinary text
  kLead,     ///< a larger opening paragraph (e.g. words and pictures)
  kSmall,    ///< notes, footnote-like text
  kStatus,   ///< a status line such as "DRAFT: not yet signed"
  kCaption,  ///< text under an image
  /// A postal address block: placed where the window of a DL envelope shows
  /// it on the first page, its lines kept as they are.
  kAddress,
};

struct Paragraph {
  std::vector<Run> runs;
  ParagraphRole role = ParagraphRole::kBody;
  /// BCP 47 tag of the paragraph's language when it differs from the
  /// document's (the English part of a bilingual letter); empty: the
  /// document's. Writers mark it so that screen readers switch voice.
  std::string language{};
  /// The paragraph's text with the runs joined.
  std::string PlainText() const;
};

struct Heading {
  int level = 1;  ///< 1 to 3; the document title is in Metadata and printed by writers
  std::string text;
  std::string language{};  ///< as Paragraph::language
};

struct List {
  bool numbered = false;
  std::vector<Paragraph> items;
};

struct TableCell {
  std::vector<Paragraph> paragraphs;
};

struct Table {
  /// Relative column widths; they are scaled to the text width. Empty: equal.
  std::vector<double> column_widths;
  /// Printed at the top of the table and again on every page it continues on.
  std::vector<TableCell> header;
  std::vector<std::vector<TableCell>> rows;
};

/// Label-and-value lines such as "Date of meeting: 20 November 2026".
struct KeyValueList {
  struct Entry {
    std::string key;
    Paragraph value;
  };
  std::vector<Entry> entries;
};

enum class CalloutKind { kNote, kImportant, kWarning };

/// A framed box that stands out from the text around it.
struct Callout {
  CalloutKind kind = CalloutKind::kNote;
  std::string title;  ///< may be empty
  std::vector<Paragraph> paragraphs;
};

/// A PNG or JPEG image; writers scale it to fit the text width and `max_width_pt`.
struct Image {
  std::string path;      ///< an absolute or working-directory-relative image file
  std::string alt_text;  ///< set unless decorative: read aloud by screen readers
  double max_width_pt = 0;  ///< 0: up to the text width
  /// Adds nothing a reader needs (a border, an ornament): screen readers skip
  /// it; PDF draws it as an artifact, DOCX marks it decorative.
  bool decorative = false;
};

/// Where a person signs, or has signed.
struct SignatureBlock {
  std::string label;          ///< e.g. "Chair"
  std::string name;
  std::string role;
  bool is_signed = false;     ///< false: writers leave a line to sign on
  /// The status line as printed, e.g. "Signed 20 November 2026 at 11:00".
  std::string status;
  std::string image_path;     ///< PNG of the signature, or empty
  std::string image_alt_text;
};

struct PageBreak {};

using Block = std::variant<Heading, Paragraph, List, Table, KeyValueList, Callout, Image,
                           SignatureBlock, PageBreak>;

struct Metadata {
  std::string title;
  std::string subtitle;
  std::string language = "en-GB";  ///< BCP 47
  std::string author;               ///< the council
  std::string subject;
  std::vector<std::string> keywords;  ///< includes the record id
  std::string record_id;
  /// When the document counts as made: taken from the record, never the clock.
  /// ISO 8601 with offset, e.g. "2026-11-20T11:00:00+00:00".
  std::string created;
  /// SHA-256 of the record's canonical form in hex, or empty (decision sheet).
  std::string verification_code;
};

struct FontSet {
  std::string regular;  ///< TrueType file paths
  std::string bold;
  std::string italic;
  std::string bold_italic;
  std::string family;  ///< the family name, for DOCX
};

/// The look, resolved from the style so that writers need nothing else.
struct Look {
  FontSet body;
  FontSet headings;
  /// Used for any character missing from the body or heading font.
  FontSet fallback;
  double body_size_pt = 11;
  double heading_sizes_pt[3] = {18, 14, 12};
  double title_size_pt = 22;
  double line_spacing = 1.3;  ///< multiple of the font size
  std::string text_colour = "1A1A1A";     ///< RRGGBB
  std::string heading_colour = "1D3D6B";  ///< RRGGBB
  std::string accent_colour = "E8EEF6";   ///< callout and table header fill, RRGGBB
  /// Paragraphs that fit on a page are never split across pages (children).
  bool keep_paragraphs_whole = false;
  /// The record id (the case number) is printed in the page header.
  bool record_id_in_header = true;
  std::string logo_path;                  ///< PNG, or empty
  std::string logo_alt_text;
  /// Where the address block goes on the first page: the top of a DL
  /// envelope's window on an A4 sheet folded in three, and its width.
  double address_top_pt = 141.7;   ///< 50 mm from the top of the page
  double address_width_pt = 240.9;  ///< 85 mm
};

struct PageSettings {
  double width_pt = 595.276;  ///< A4
  double height_pt = 841.89;
  double margin_top_pt = 72;
  double margin_bottom_pt = 72;
  double margin_left_pt = 64;
  double margin_right_pt = 64;
};

/// Text printed on every page. Writers add "Page X of Y" to the footer when
/// `page_numbers` is set.
struct PageFurniture {
  std::string header_text;
  std::string footer_text;
  bool page_numbers = true;
};

/// The words of `blocks` (headings, paragraphs, lists, tables, key/value
/// lists, callouts), one line each, for checks that read a document.
std::string BlocksText(const std::vector<Block>& blocks);

struct Document {
  Metadata metadata;
  Look look;
  PageSettings page;
  PageFurniture furniture;
  /// Built from a record with errors or, for a decision sheet, unsigned.
  bool draft = false;
  std::vector<Block> blocks;
};

/// The document's postal address: its first paragraph of role kAddress, or
/// null. Writers take it out of the flow and print it first, where the
/// window of an envelope shows it, before the title.
const Paragraph* AddressBlock(const Document& document);

}  // namespace sdgen::doc
