#include "pdf/pdf_file_index.h"

#include <cctype>
#include <cstdlib>

namespace sdgen::pdf {
namespace {

constexpr std::string_view kNotUpdatable = "not a PDF sdgen can update: ";

// The number written after the last "startxref" of the file.
std::optional<size_t> StartXref(std::string_view bytes) {
  size_t at = bytes.rfind("startxref");
  if (at == std::string_view::npos) return std::nullopt;
  std::string tail(bytes.substr(at + 9, 32));
  char* end = nullptr;
  unsigned long long offset = std::strtoull(tail.c_str(), &end, 10);
  if (end == tail.c_str()) return std::nullopt;
  return static_cast<size_t>(offset);
}

// Reads "start count" subsections of 20-byte entries; returns where the
// "trailer" keyword is, or npos.
size_t ReadXrefTable(std::string_view bytes, size_t at, std::vector<size_t>& offsets) {
  at += 4;  // "xref"
  for (;;) {
    while (at < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[at]))) ++at;
    if (bytes.substr(at, 7) == "trailer") return at;
    std::string header(bytes.substr(at, 40));
    char* end = nullptr;
    long start = std::strtol(header.c_str(), &end, 10);
    long count = std::strtol(end, &end, 10);
    if (end == header.c_str() || start < 0 || count < 0 || count > 8000000)
      return std::string_view::npos;
    at += static_cast<size_t>(end - header.c_str());
    while (at < bytes.size() && bytes[at] != '\n' && bytes[at] != '\r') ++at;
    while (at < bytes.size() && (bytes[at] == '\n' || bytes[at] == '\r')) ++at;
    if (offsets.size() < static_cast<size_t>(start + count)) offsets.resize(start + count);
    for (long i = 0; i < count; ++i, at += 20) {
      std::string_view entry = bytes.substr(at, 20);
      if (entry.size() < 18) return std::string_view::npos;
      offsets[start + i] =
          entry[17] == 'n' ? std::strtoull(std::string(entry.substr(0, 10)).c_str(), nullptr, 10)
                           : 0;
    }
  }
}

}  // namespace

std::optional<PdfFileIndex> PdfFileIndex::Read(std::string_view bytes, std::string* error) {
  PdfFileIndex index;
  index.bytes_ = bytes;
  if (bytes.substr(0, 5) != "%PDF-") {
    *error = std::string(kNotUpdatable) + "it does not start with %PDF-";
    return std::nullopt;
  }
  std::optional<size_t> xref = StartXref(bytes);
  if (!xref || bytes.substr(*xref, 4) != "xref") {
    *error = std::string(kNotUpdatable) + "no cross-reference table where startxref points";
    return std::nullopt;
  }
  index.xref_offset_ = *xref;
  size_t trailer = ReadXrefTable(bytes, *xref, index.offsets_);
  size_t trailer_end =
      trailer == std::string_view::npos ? trailer : PdfObjectEnd(bytes, trailer + 7);
  if (trailer_end == std::string_view::npos) {
    *error = std::string(kNotUpdatable) + "its cross-reference table or trailer is damaged";
    return std::nullopt;
  }
  size_t dictionary = bytes.find("<<", trailer);
  index.trailer_ = bytes.substr(dictionary, trailer_end - dictionary);
  if (DictionaryValue(index.trailer_, "/Prev")) {
    *error = std::string(kNotUpdatable) + "it has been changed (updated) since it was made";
    return std::nullopt;
  }
  return index;
}

std::optional<std::string_view> PdfFileIndex::Dictionary(ObjectReference reference) const {
  if (reference.number <= 0 || static_cast<size_t>(reference.number) >= offsets_.size())
    return std::nullopt;
  size_t offset = offsets_[reference.number];
  size_t header_end = bytes_.find("obj", offset);
  if (offset == 0 || header_end == std::string_view::npos || header_end > offset + 24)
    return std::nullopt;
  size_t begin = bytes_.find("<<", header_end);
  size_t end = PdfObjectEnd(bytes_, header_end + 3);
  if (begin == std::string_view::npos || end == std::string_view::npos || begin > end)
    return std::nullopt;
  return bytes_.substr(begin, end - begin);
}

std::optional<std::string_view> PdfFileIndex::Follow(std::string_view dictionary,
                                                     std::string_view key,
                                                     ObjectReference* reference) const {
  std::optional<std::string_view> value = DictionaryValue(dictionary, key);
  std::optional<ObjectReference> target = value ? AsReference(*value) : std::nullopt;
  if (!target) return std::nullopt;
  if (reference != nullptr) *reference = *target;
  return Dictionary(*target);
}

std::optional<ObjectReference> PdfFileIndex::FirstPage() const {
  std::optional<std::string_view> catalog = Follow(trailer_, "/Root");
  std::optional<std::string_view> node = catalog ? Follow(*catalog, "/Pages") : std::nullopt;
  // Page-tree nodes (/Type /Pages) hold /Kids; the first leaf is page 1.
  for (int depth = 0; node && depth < 32; ++depth) {
    std::optional<std::string_view> kids = DictionaryValue(*node, "/Kids");
    std::vector<std::string_view> items =
        kids ? ArrayItems(*kids) : std::vector<std::string_view>{};
    std::optional<ObjectReference> first = items.empty() ? std::nullopt : AsReference(items[0]);
    if (!first) return std::nullopt;
    node = Dictionary(*first);
    std::optional<std::string_view> type = node ? DictionaryValue(*node, "/Type") : std::nullopt;
    if (type && *type == "/Page") return first;
  }
  return std::nullopt;
}

}  // namespace sdgen::pdf
