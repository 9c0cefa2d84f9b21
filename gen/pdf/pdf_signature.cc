#include "pdf/pdf_signature.h"

#include <unicode/unistr.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

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

struct SheetFacts {
  ObjectReference catalog;
  std::string_view catalog_dictionary;
  std::string_view sig_flags;  ///< the AcroForm's /SigFlags value, inside the catalog
  ObjectReference field;
  std::string_view field_dictionary;
  std::string_view field_appearance;  ///< the widget's /AP value, inside its dictionary
  double width = 0, height = 0;       ///< of the widget's /Rect
  std::string description;            ///< the widget's /Contents: "Chair: Priya Shah"
  std::string_view creation_date;     ///< the string as written, "(D:...)"
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

std::optional<double> Number(std::string_view text) {
  std::string digits(text);
  char* end = nullptr;
  double value = std::strtod(digits.c_str(), &end);
  if (end == digits.c_str()) return std::nullopt;
  return value;
}

bool ReadRect(std::string_view widget, SheetFacts* facts) {
  std::optional<std::string_view> rect = DictionaryValue(widget, "/Rect");
  std::vector<std::string_view> corners =
      rect ? ArrayItems(*rect) : std::vector<std::string_view>{};
  if (corners.size() != 4) return false;
  std::optional<double> x0 = Number(corners[0]), y0 = Number(corners[1]);
  std::optional<double> x1 = Number(corners[2]), y1 = Number(corners[3]);
  if (!x0 || !y0 || !x1 || !y1 || *x1 <= *x0 || *y1 <= *y0) return false;
  facts->width = *x1 - *x0;
  facts->height = *y1 - *y0;
  return true;
}

// The sheet's signature field, which sdgen writes unsigned over the
// sign-off block; a sheet without one is refused rather than given a
// signature somewhere else.
bool ReadField(const PdfFileIndex& index, SheetFacts* facts, std::string* error) {
  std::optional<std::string_view> form = DictionaryValue(facts->catalog_dictionary, "/AcroForm");
  std::optional<std::string_view> fields =
      form && form->substr(0, 2) == "<<" ? DictionaryValue(*form, "/Fields") : std::nullopt;
  std::optional<std::string_view> flags = form ? DictionaryValue(*form, "/SigFlags") : std::nullopt;
  for (std::string_view item : fields ? ArrayItems(*fields) : std::vector<std::string_view>{}) {
    std::optional<ObjectReference> reference = AsReference(item);
    std::optional<std::string_view> field = reference ? index.Dictionary(*reference) : std::nullopt;
    std::optional<std::string_view> type = field ? DictionaryValue(*field, "/FT") : std::nullopt;
    if (!type || *type != "/Sig") continue;
    if (DictionaryValue(*field, "/V"))
      return Refuse(error, "the sheet is already signed; a signed sheet is never signed again");
    std::optional<std::string_view> appearance = DictionaryValue(*field, "/AP");
    std::optional<std::string_view> description = DictionaryValue(*field, "/Contents");
    if (!flags || !appearance || !ReadRect(*field, facts)) break;
    facts->sig_flags = *flags;
    facts->field = *reference;
    facts->field_dictionary = *field;
    facts->field_appearance = *appearance;
    facts->description = description ? DecodeTextString(*description) : "";
    return true;
  }
  return Refuse(error,
                "the sheet has no signature field on its sign-off block: build it again with "
                "this sdgen");
}

bool ReadSheet(const PdfFileIndex& index, SheetFacts* facts, std::string* error) {
  std::optional<std::string_view> catalog = index.Follow(index.trailer(), "/Root", &facts->catalog);
  if (!catalog) return Refuse(error, "not a PDF sdgen can update: no catalog");
  facts->catalog_dictionary = *catalog;
  // The DRAFT first: a draft has no signature field, and is the better reason.
  return ReadInfo(index, facts, error) && ReadField(index, facts, error);
}

// `dictionary` with `entry` added before its closing ">>".
std::string WithEntry(std::string_view dictionary, const std::string& entry) {
  return std::string(dictionary.substr(0, dictionary.size() - 2)) + entry + "\n>>";
}

// `dictionary` with `value`, a part of it, replaced by `replacement`.
std::string WithValue(std::string_view dictionary, std::string_view value,
                      const std::string& replacement) {
  size_t at = static_cast<size_t>(value.data() - dictionary.data());
  return std::string(dictionary.substr(0, at)) + replacement +
         std::string(dictionary.substr(at + value.size()));
}

// Helvetica speaks WinAnsi: a name outside Latin-1 shows '?' in the stamp
// (the signature itself carries the name exactly).
std::string Format(double number) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", number);
  return text;
}

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

// What the field shows once signed: who signed by their certificate, whom
// the record names, and when, inside the widget's rectangle.
std::string Appearance(const SheetFacts& facts, const std::string& signer, int font) {
  std::string content = "BT /F1 8 Tf 0.1 0.1 0.1 rg 10 TL 2 " + Format(facts.height - 9) + " Td " +
                        StampText("Digitally signed by " + signer) + " Tj T* " +
                        StampText(facts.description) + " Tj T* " +
                        StampText("on " + facts.signing_time.shown) + " Tj ET\n";
  return "<< /Type /XObject /Subtype /Form /BBox [0 0 " + Format(facts.width) + " " +
         Format(facts.height) + "] /Resources << /Font << /F1 " + std::to_string(font) +
         " 0 R >> >> /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
         "endstream";
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
  // After /ByteRange: the widget before it has a /Contents string of its own.
  size_t begin = file.find(kContentsKey, range) + kContentsKey.size() - 1;
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
  if (sheet.find("/ByteRange") != std::string_view::npos)
    return Refuse(error, "the sheet is already signed; a signed sheet is never signed again");
  std::optional<PdfFileIndex> index = PdfFileIndex::Read(sheet, error);
  SheetFacts facts;
  if (!index || !ReadSheet(*index, &facts, error)) return false;
  IncrementalUpdate update(*index);
  int signature = update.NewObject(), appearance = update.NewObject(), font = update.NewObject();
  std::string name = signer.CommonName();
  update.SetObject(signature, SignatureDictionary(facts, name, signer.MaxSignatureBytes()));
  update.SetObject(appearance, Appearance(facts, name, font));
  update.SetObject(
      font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  // The field the sheet was made with is filled in: its value, its look.
  update.SetObject(facts.field.number,
                   WithEntry(WithValue(facts.field_dictionary, facts.field_appearance,
                                       "<< /N " + std::to_string(appearance) + " 0 R >>"),
                             "\n/V " + std::to_string(signature) + " 0 R"));
  // SigFlags 3: signatures exist, and the file may only be appended to.
  update.SetObject(facts.catalog.number, WithValue(facts.catalog_dictionary, facts.sig_flags, "3"));
  std::string file = std::string(sheet) + update.AppendedBytes(sheet);
  if (!Seal(file, sheet.size(), signer, facts.signing_time.seconds, error)) return false;
  *signed_sheet = std::move(file);
  return true;
}

}  // namespace sdgen::pdf
