#include "pdf/pdf_signature.h"

#include <unicode/unistr.h>

#include <cstdio>

#include "pdf/incremental_update.h"
#include "pdf/pdf_date_reader.h"
#include "pdf/pdf_file_index.h"

namespace sdgen::pdf {
namespace {

// Written with room for any offset, filled in once the file is complete;
// the padding spaces keep every offset after it where it was.
constexpr std::string_view kByteRangePlaceholder =
    "/ByteRange [0 0000000000 0000000000 0000000000]";
constexpr std::string_view kContentsKey = "/Contents <";

// The stamp sits in the first page's top margin, above the running header,
// where it covers nothing the sheet prints.
constexpr double kStampWidth = 220, kStampHeight = 32, kStampRightMargin = 36, kStampTop = 9;

struct SheetFacts {
  ObjectReference catalog;
  std::string_view catalog_dictionary;
  ObjectReference page;
  std::string_view page_dictionary;
  double page_right = 0, page_top = 0;
  std::string_view creation_date;  ///< the string as written, "(D:...)"
  PdfInstant signing_time;
};

bool Refuse(std::string* error, const std::string& why) {
  *error = why;
  return false;
}

bool HasKeyword(const std::string& keywords, std::string_view word) {
  for (size_t at = keywords.find(word); at != std::string::npos; at = keywords.find(word, at + 1)) {
    bool starts = at == 0 || keywords[at - 1] == ' ' || keywords[at - 1] == ',';
    size_t end = at + word.size();
    if (starts && (end == keywords.size() || keywords[end] == ',')) return true;
  }
  return false;
}

// The top right corner of the page's MediaBox, its own or inherited.
bool ReadPageCorner(const PdfFileIndex& index, std::string_view page, SheetFacts* facts) {
  std::optional<std::string_view> node = page;
  for (int depth = 0; node && depth < 32; ++depth) {
    if (std::optional<std::string_view> box = DictionaryValue(*node, "/MediaBox")) {
      std::vector<std::string_view> corners = ArrayItems(*box);
      if (corners.size() != 4) return false;
      facts->page_right = std::stod(std::string(corners[2]));
      facts->page_top = std::stod(std::string(corners[3]));
      return true;
    }
    node = index.Follow(*node, "/Parent");
  }
  return false;
}

bool ReadInfo(const PdfFileIndex& index, SheetFacts* facts, std::string* error) {
  std::optional<std::string_view> info = index.Follow(index.trailer(), "/Info");
  std::optional<std::string_view> keywords =
      info ? DictionaryValue(*info, "/Keywords") : std::nullopt;
  std::string words = keywords ? DecodeTextString(*keywords) : "";
  if (HasKeyword(words, "DRAFT"))
    return Refuse(error,
                  "the sheet is a DRAFT: only a sheet the chair has signed off can be signed");
  if (words.find("sdgen-verification-") == std::string::npos)
    return Refuse(error, "not a decision sheet sdgen made: it carries no verification code");
  std::optional<std::string_view> created = DictionaryValue(*info, "/CreationDate");
  std::optional<PdfInstant> time = created ? ReadPdfDate(DecodeTextString(*created)) : std::nullopt;
  if (!time) return Refuse(error, "the sheet has no creation date to sign at");
  facts->creation_date = *created;
  facts->signing_time = *time;
  return true;
}

bool ReadSheet(const PdfFileIndex& index, SheetFacts* facts, std::string* error) {
  std::optional<std::string_view> catalog = index.Follow(index.trailer(), "/Root", &facts->catalog);
  std::optional<ObjectReference> page = index.FirstPage();
  std::optional<std::string_view> page_dictionary = page ? index.Dictionary(*page) : std::nullopt;
  if (!catalog || !page_dictionary || !ReadPageCorner(index, *page_dictionary, facts))
    return Refuse(error, "not a PDF sdgen can update: no catalog or first page");
  if (DictionaryValue(*catalog, "/AcroForm"))
    return Refuse(error, "not a PDF sdgen can update: it already has a form");
  facts->catalog_dictionary = *catalog;
  facts->page = *page;
  facts->page_dictionary = *page_dictionary;
  return ReadInfo(index, facts, error);
}

// `dictionary` with `entry` added before its closing ">>".
std::string WithEntry(std::string_view dictionary, const std::string& entry) {
  return std::string(dictionary.substr(0, dictionary.size() - 2)) + entry + "\n>>";
}

// The page with the stamp among its annotations.
std::optional<std::string> PageWithAnnotation(std::string_view page, int widget) {
  std::string reference = std::to_string(widget) + " 0 R";
  std::optional<std::string_view> annotations = DictionaryValue(page, "/Annots");
  if (!annotations) return WithEntry(page, "\n/Annots [" + reference + "]");
  if (annotations->substr(0, 1) != "[") return std::nullopt;  // an indirect array: not sdgen's
  size_t close = static_cast<size_t>(annotations->data() - page.data()) + annotations->size() - 1;
  return std::string(page.substr(0, close)) + " " + reference + std::string(page.substr(close));
}

// Helvetica speaks WinAnsi: a name outside Latin-1 shows '?' in the stamp
// (the signature itself carries the name exactly).
std::string StampText(const std::string& utf8) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(utf8);
  std::string text = "(";
  for (int i = 0; i < unicode.length(); ++i) {
    char16_t unit = unicode.charAt(i);
    char c = unit < 0x20 || unit > 0xFF ? '?' : static_cast<char>(unit);
    if (c == '(' || c == ')' || c == '\\') text += '\\';
    text += c;
  }
  return text + ")";
}

std::string Appearance(const std::string& signer, const std::string& time, int font) {
  char frame[96];
  std::snprintf(frame, sizeof frame, "q 0.2 0.2 0.2 RG 0.6 w 0.3 0.3 %.1f %.1f re S Q\n",
                kStampWidth - 0.6, kStampHeight - 0.6);
  std::string content = std::string(frame) + "BT /F1 8 Tf 0.1 0.1 0.1 rg 6 19 Td " +
                        StampText("Digitally signed by " + signer) + " Tj 0 -11 Td " +
                        StampText("on " + time) + " Tj ET\n";
  char head[200];
  std::snprintf(head, sizeof head,
                "<< /Type /XObject /Subtype /Form /BBox [0 0 %.0f %.0f] /Resources << /Font << "
                "/F1 %d 0 R >> >> /Length %zu >>\nstream\n",
                kStampWidth, kStampHeight, font, content.size());
  return head + content + "endstream";
}

std::string Widget(const SheetFacts& facts, int signature, int appearance) {
  double right = facts.page_right - kStampRightMargin, top = facts.page_top - kStampTop;
  char rect[96];
  std::snprintf(rect, sizeof rect, "[%.2f %.2f %.2f %.2f]", right - kStampWidth, top - kStampHeight,
                right, top);
  // Flags 132: printed (4) and locked (128).
  return "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Chair signature) /F 132\n/Rect " +
         std::string(rect) + " /P " + std::to_string(facts.page.number) + " 0 R\n/V " +
         std::to_string(signature) + " 0 R /AP << /N " + std::to_string(appearance) + " 0 R >> >>";
}

std::string SignatureDictionary(const SheetFacts& facts, const std::string& signer, size_t room) {
  return "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached\n" +
         std::string(kByteRangePlaceholder) + "\n/M " + std::string(facts.creation_date) +
         " /Name " + EncodeTextString(signer) + "\n" + std::string(kContentsKey) +
         std::string(2 * room, '0') + "> >>";
}

// Fills in /ByteRange and /Contents of the finished file.
bool Seal(std::string& file, size_t update_start, const CmsSigner& signer, int64_t time,
          std::string* error) {
  size_t range = file.find(kByteRangePlaceholder, update_start);
  size_t begin = file.find(kContentsKey, update_start) + kContentsKey.size() - 1;
  size_t end = file.find('>', begin) + 1;
  std::string filled = "/ByteRange [0 " + std::to_string(begin) + " " + std::to_string(end) + " " +
                       std::to_string(file.size() - end) + "]";
  filled.resize(kByteRangePlaceholder.size(), ' ');
  file.replace(range, filled.size(), filled);
  std::string der;
  std::string signed_bytes = file.substr(0, begin) + file.substr(end);
  if (!signer.SignDetached(signed_bytes, time, &der, error)) return false;
  if (der.size() * 2 > end - begin - 2)
    return Refuse(error, "the signature (" + std::to_string(der.size()) +
                             " bytes) is larger than the room kept for it");
  static const char kHex[] = "0123456789abcdef";
  for (size_t i = 0; i < der.size(); ++i) {
    file[begin + 1 + 2 * i] = kHex[static_cast<unsigned char>(der[i]) >> 4];
    file[begin + 2 + 2 * i] = kHex[static_cast<unsigned char>(der[i]) & 15];
  }
  return true;
}

}  // namespace

bool SignPdf(std::string_view sheet, const CmsSigner& signer, std::string* signed_sheet,
             std::string* error) {
  // Before reading the structure: a signed sheet also has an update, and
  // the signature is the better reason to give.
  if (sheet.find("/ByteRange") != std::string_view::npos ||
      sheet.find("/FT /Sig") != std::string_view::npos)
    return Refuse(error, "the sheet is already signed; a signed sheet is never signed again");
  std::optional<PdfFileIndex> index = PdfFileIndex::Read(sheet, error);
  SheetFacts facts;
  if (!index || !ReadSheet(*index, &facts, error)) return false;
  std::optional<std::string> page;
  IncrementalUpdate update(*index);
  int signature = update.NewObject(), widget = update.NewObject();
  int appearance = update.NewObject(), font = update.NewObject();
  if (!(page = PageWithAnnotation(facts.page_dictionary, widget)))
    return Refuse(error, "not a PDF sdgen can update: its first page's annotations are indirect");
  std::string name = signer.CommonName();
  update.SetObject(signature, SignatureDictionary(facts, name, signer.MaxSignatureBytes()));
  update.SetObject(widget, Widget(facts, signature, appearance));
  update.SetObject(appearance, Appearance(name, facts.signing_time.shown, font));
  update.SetObject(
      font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  update.SetObject(facts.page.number, *page);
  update.SetObject(
      facts.catalog.number,
      WithEntry(facts.catalog_dictionary,
                "\n/AcroForm << /Fields [" + std::to_string(widget) + " 0 R] /SigFlags 3 >>"));
  std::string file = std::string(sheet) + update.AppendedBytes(sheet);
  if (!Seal(file, sheet.size(), signer, facts.signing_time.seconds, error)) return false;
  *signed_sheet = std::move(file);
  return true;
}

}  // namespace sdgen::pdf
