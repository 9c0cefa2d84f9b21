#include "pdf/pdf_fixture.h"

#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <sstream>

namespace sdgen::pdf::testing {
namespace {

const char kDejaVu[] = "/usr/share/fonts/truetype/dejavu/";
const char kAndika[] = "/usr/share/fonts/truetype/andika/";

uint32_t Crc32(const std::string& bytes) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : bytes) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

void PutBigEndian(std::string* out, uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out->push_back(static_cast<char>(value >> shift));
}

void PutChunk(std::string* png, const char* type, const std::string& data) {
  PutBigEndian(png, static_cast<uint32_t>(data.size()));
  std::string typed = std::string(type) + data;
  *png += typed;
  PutBigEndian(png, Crc32(typed));
}

// zlib stream of stored (uncompressed) blocks: valid and needs no zlib.
std::string StoredZlib(const std::string& raw) {
  std::string out = "\x78\x01";
  uint32_t a = 1, b = 0;
  for (unsigned char c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  for (size_t at = 0; at < raw.size() || at == 0; at += 65535) {
    size_t len = std::min<size_t>(65535, raw.size() - at);
    out.push_back(at + len >= raw.size() ? 1 : 0);
    out.push_back(static_cast<char>(len & 0xFF));
    out.push_back(static_cast<char>(len >> 8));
    out.push_back(static_cast<char>(~len & 0xFF));
    out.push_back(static_cast<char>((~len >> 8) & 0xFF));
    out += raw.substr(at, len);
    if (raw.empty()) break;
  }
  PutBigEndian(&out, (b << 16) | a);
  return out;
}

doc::Look LookOf(const std::string& dir, const std::string& regular, const std::string& bold,
                 const std::string& italic, const std::string& bold_italic,
                 const std::string& family) {
  doc::Look look;
  look.body = {dir + regular, dir + bold, dir + italic, dir + bold_italic, family};
  look.headings = look.body;
  return look;
}

doc::Paragraph Para(const std::string& text, doc::ParagraphRole role = doc::ParagraphRole::kBody) {
  doc::Paragraph paragraph;
  paragraph.runs.push_back({text, false, false});
  paragraph.role = role;
  return paragraph;
}

doc::TableCell Cell(const std::string& text) { return doc::TableCell{{Para(text)}}; }

void AddWords(const std::string& text, std::vector<std::string>* words) {
  for (const std::string& word : Words(text)) words->push_back(word);
}

}  // namespace

namespace {

const unsigned char kBandColours[3][3] = {{29, 61, 107}, {232, 238, 246}, {200, 120, 40}};

int BandAt(int x, int y, int width, int height) { return (x * 4 / width + y * 3 / height) % 3; }

}  // namespace

std::string TestPngPixels(int width, int height, int colour_type) {
  std::string pixels;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const unsigned char* colour = kBandColours[BandAt(x, y, width, height)];
      if (colour_type == 0) {
        pixels.push_back(static_cast<char>(colour[1]));
      } else {
        pixels.append(reinterpret_cast<const char*>(colour), 3);
      }
    }
  }
  return pixels;
}

bool WriteTestPng(const std::string& path, int width, int height, int colour_type,
                  bool compressed) {
  const int channels = colour_type == 0 || colour_type == 3 ? 1 : colour_type == 6 ? 4 : 3;
  std::string raw;
  for (int y = 0; y < height; ++y) {
    std::string row;
    for (int x = 0; x < width; ++x) {
      int band = BandAt(x, y, width, height);
      const unsigned char* colour = kBandColours[band];
      if (colour_type == 0) row.push_back(static_cast<char>(colour[1]));
      if (colour_type == 3) row.push_back(static_cast<char>(band));
      if (colour_type == 2 || colour_type == 6)
        row.append(reinterpret_cast<const char*>(colour), 3);
      if (colour_type == 6) row.push_back(static_cast<char>(x % 2 ? 255 : 128));
    }
    // "Sub" on odd rows: each byte minus the one a pixel to its left.
    raw.push_back(static_cast<char>(y % 2));
    for (size_t i = 0; i < row.size(); ++i) {
      unsigned char left = y % 2 && i >= static_cast<size_t>(channels) ? row[i - channels] : 0;
      raw.push_back(static_cast<char>(static_cast<unsigned char>(row[i]) - left));
    }
  }
  std::string header;
  PutBigEndian(&header, static_cast<uint32_t>(width));
  PutBigEndian(&header, static_cast<uint32_t>(height));
  header += std::string("\x08", 1);  // 8 bits per sample
  header.push_back(static_cast<char>(colour_type));
  header += std::string("\x00\x00\x00", 3);
  std::string png = "\x89PNG\r\n\x1a\n";
  PutChunk(&png, "IHDR", header);
  if (colour_type == 3) {
    PutChunk(&png, "PLTE", std::string(reinterpret_cast<const char*>(kBandColours), 9));
  }
  std::string data = StoredZlib(raw);
  if (compressed) {
    uLongf size = compressBound(raw.size());
    data.resize(size);
    compress2(reinterpret_cast<Bytef*>(data.data()), &size,
              reinterpret_cast<const Bytef*>(raw.data()), raw.size(), 9);
    data.resize(size);
  }
  PutChunk(&png, "IDAT", data);
  PutChunk(&png, "IEND", "");
  std::ofstream out(path, std::ios::binary);
  out << png;
  return static_cast<bool>(out);
}

doc::Look ProfessionalLook() {
  doc::Look look = LookOf(kDejaVu, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                          "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVu Sans");
  look.headings = LookOf(kDejaVu, "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                         "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf", "DejaVu Serif")
                      .body;
  look.fallback = LookOf(kAndika, "Andika-Regular.ttf", "Andika-Bold.ttf", "Andika-Italic.ttf",
                         "Andika-BoldItalic.ttf", "Andika")
                      .body;
  return look;
}

doc::Look ChildLook() {
  doc::Look look = LookOf(kAndika, "Andika-Regular.ttf", "Andika-Bold.ttf", "Andika-Italic.ttf",
                          "Andika-BoldItalic.ttf", "Andika");
  look.fallback = ProfessionalLook().body;
  look.body_size_pt = 14;
  return look;
}

doc::Document SampleDocument(const std::string& dir) {
  doc::Document d;
  d.metadata.title = "Strategy discussion: Llŷr and Łucja Żółć";
  d.metadata.subtitle = "Decision sheet";
  d.metadata.author = "Cyngor Sir Ynys Môn";
  d.metadata.subject = "Section 47 strategy discussion";
  d.metadata.record_id = "SD-2026-0042";
  d.metadata.keywords = {"strategy discussion", "SD-2026-0042"};
  d.metadata.created = "2026-11-20T11:00:00+00:00";
  d.look = ProfessionalLook();
  d.look.logo_path = dir + "/logo.png";
  WriteTestPng(d.look.logo_path, 120, 40);
  WriteTestPng(dir + "/picture.png", 300, 180);
  d.furniture.header_text = "OFFICIAL-SENSITIVE";
  d.furniture.footer_text = "Record SD-2026-0042";
  d.blocks.push_back(doc::Heading{1, "Children and family"});
  d.blocks.push_back(
      Para("The children are Dŵr Llŷr Ŵyn, Łucja Żółć and Þórunn Guðmundsdóttir; "
           "their mother is Zoë Ðorđević and their grandfather is Ångström Ærø."));
  doc::Paragraph mixed;
  mixed.runs = {{"Bold start ", true, false},
                {"italic middle ", false, true},
                {"and plain end of the sentence.", false, false}};
  d.blocks.push_back(mixed);
  doc::KeyValueList kv;
  kv.entries = {{"Date of meeting", Para("20 November 2026")},
                {"Chair", Para("Siân Ellis-Ŵatkins, Team Manager")},
                {"Agencies", Para("Police, health visiting, school nursing, education")}};
  d.blocks.push_back(kv);
  d.blocks.push_back(doc::Heading{2, "Decisions"});
  d.blocks.push_back(doc::List{
      true,
      {Para("Section 47 enquiry to start today."), Para("Joint visit by police and social worker."),
       Para("Review in ten working days.")}});
  d.blocks.push_back(
      doc::List{false, {Para("Keep the school informed."), Para("Share the plan.")}});
  d.blocks.push_back(doc::Callout{doc::CalloutKind::kWarning,
                                  "Danger statement",
                                  {Para("We are worried that Łucja may be hurt if the adults "
                                        "argue when they have been drinking.")}});
  doc::Table table;
  table.column_widths = {1, 2, 1};
  table.header = {Cell("Agency"), Cell("Action"), Cell("By")};
  table.rows = {{Cell("Police"), Cell("Check records for both adults"), Cell("21 Nov")},
                {Cell("Health"), Cell("Share health visitor notes"), Cell("22 Nov")}};
  d.blocks.push_back(table);
  d.blocks.push_back(doc::Image{dir + "/picture.png", "A picture of the family home", 200});
  d.blocks.push_back(Para("A picture of the family home", doc::ParagraphRole::kCaption));
  d.blocks.push_back(doc::Heading{3, "Signatures"});
  d.blocks.push_back(doc::SignatureBlock{"Chair", "Siân Ellis", "Team Manager", true,
                                         "Signed 20 November 2026 11:45", "", ""});
  return d;
}

doc::Document LongTableDocument(int rows) {
  doc::Document d;
  d.metadata.title = "Contact log";
  d.metadata.author = "Test Council";
  d.metadata.record_id = "SD-LONG-1";
  d.metadata.created = "2026-01-02T03:04:05Z";
  d.look = ProfessionalLook();
  d.furniture.footer_text = "Contact log";
  d.blocks.push_back(doc::Heading{1, "Contacts"});
  doc::Table table;
  table.column_widths = {1, 3, 1};
  table.header = {Cell("When"), Cell("What happened"), Cell("Who")};
  for (int i = 1; i <= rows; ++i) {
    std::string n = std::to_string(i);
    std::string what = "Visit number " + n + " to the family home";
    if (i % 7 == 0) what += " with a longer note that wraps over more than one line of the cell";
    table.rows.push_back({Cell("Day" + n), Cell(what), Cell("Worker" + n)});
  }
  d.blocks.push_back(table);
  d.blocks.push_back(Para("End of the contact log."));
  return d;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

std::vector<std::string> TableWords(const doc::Document& document) {
  std::vector<std::string> words;
  for (const doc::Block& block : document.blocks) {
    if (const auto* table = std::get_if<doc::Table>(&block)) {
      for (const auto& cell : table->header) AddWords(cell.paragraphs[0].PlainText(), &words);
      for (const auto& row : table->rows) {
        for (const auto& cell : row) AddWords(cell.paragraphs[0].PlainText(), &words);
      }
    }
  }
  return words;
}

std::vector<std::string> ModelWords(const doc::Document& document, bool with_tables) {
  std::vector<std::string> words;
  AddWords(document.metadata.title, &words);
  AddWords(document.metadata.subtitle, &words);
  for (const doc::Block& block : document.blocks) {
    if (const auto* heading = std::get_if<doc::Heading>(&block)) AddWords(heading->text, &words);
    if (const auto* paragraph = std::get_if<doc::Paragraph>(&block)) {
      AddWords(paragraph->PlainText(), &words);
    }
    if (const auto* list = std::get_if<doc::List>(&block)) {
      for (const auto& item : list->items) AddWords(item.PlainText(), &words);
    }
    if (const auto* callout = std::get_if<doc::Callout>(&block)) {
      AddWords(callout->title, &words);
      for (const auto& p : callout->paragraphs) AddWords(p.PlainText(), &words);
    }
    if (const auto* table = std::get_if<doc::Table>(&block); table != nullptr && with_tables) {
      for (const auto& cell : table->header) AddWords(cell.paragraphs[0].PlainText(), &words);
      for (const auto& row : table->rows) {
        for (const auto& cell : row) AddWords(cell.paragraphs[0].PlainText(), &words);
      }
    }
    if (const auto* kv = std::get_if<doc::KeyValueList>(&block)) {
      for (const auto& entry : kv->entries) {
        AddWords(entry.key, &words);
        AddWords(entry.value.PlainText(), &words);
      }
    }
  }
  return words;
}

}  // namespace sdgen::pdf::testing
