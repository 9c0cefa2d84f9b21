#include "cli/sheet_comparison.h"

#include <algorithm>

#include "cli/zip_parts.h"

namespace sdgen::cli {
namespace {

constexpr size_t kMaxPartBytes = 64 * 1024 * 1024;

bool EndsWith(const std::string& text, std::string_view end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

const std::string* MadeFile(const std::vector<RenderedFile>& made, std::string_view extension) {
  for (const RenderedFile& file : made)
    if (file.extension == extension) return &file.bytes;
  return nullptr;
}

// Where `found` first differs from `made`, in words, for bytes that are not equal.
std::string FirstDifference(std::string_view found, std::string_view made) {
  auto [at, _] = std::mismatch(found.begin(), found.end(), made.begin(), made.end());
  size_t offset = static_cast<size_t>(at - found.begin());
  if (offset == found.size())
    return "it is cut short: " + std::to_string(found.size()) + " bytes of the " +
           std::to_string(made.size()) + " the record makes";
  return "it differs from the sheet the record makes from byte " + std::to_string(offset) + " on";
}

// A signature's update is appended to the sheet as sdgen made it: one
// revision more, holding the signature dictionary, and nothing after it.
bool IsOneSignatureUpdate(std::string_view update) {
  size_t end_marker = update.find("%%EOF");
  return update.find("/ByteRange") != std::string_view::npos &&
         end_marker != std::string_view::npos &&
         update.find("%%EOF", end_marker + 1) == std::string_view::npos &&
         update.find_first_not_of("\r\n", end_marker + 5) == std::string_view::npos;
}

SheetComparison ComparePdf(std::string_view sheet, const std::string& made) {
  SheetComparison result;
  if (sheet == made) {
    result.matches = true;
    return result;
  }
  if (sheet.size() > made.size() && sheet.substr(0, made.size()) == made) {
    if (!IsOneSignatureUpdate(sheet.substr(made.size()))) {
      result.difference = "it holds the sheet the record makes, then " +
                          std::to_string(sheet.size() - made.size()) +
                          " bytes more that are not one digital signature";
      return result;
    }
    result.matches = true;
    result.has_update = true;
    result.unchecked.push_back(
        "what the digital signature's update draws (its stamp in the top margin of page 1): "
        "the signature below vouches for it");
    return result;
  }
  result.difference = FirstDifference(sheet, made);
  return result;
}

SheetComparison CompareDocx(std::string_view sheet, const std::string& made) {
  SheetComparison result;
  std::string error;
  std::optional<std::map<std::string, std::string>> found =
      ReadZipParts(sheet, kMaxPartBytes, &error);
  if (!found) {
    result.difference = "it is not a .docx package: " + error;
    return result;
  }
  std::optional<std::map<std::string, std::string>> expected =
      ReadZipParts(made, kMaxPartBytes, &error);
  if (!expected) {
    result.difference = "the .docx the record makes cannot be read back: " + error;
    return result;
  }
  for (const auto& [name, bytes] : *expected) {
    auto part = found->find(name);
    if (part == found->end()) {
      result.difference = "it has no part " + name;
      return result;
    }
    if (part->second != bytes) {
      result.difference = "its part " + name + " differs: " + FirstDifference(part->second, bytes);
      return result;
    }
  }
  for (const auto& [name, bytes] : *found) {
    if (!expected->count(name)) {
      result.difference = "it has a part the record does not make: " + name;
      return result;
    }
  }
  result.matches = true;
  result.unchecked.push_back(
      "the zip container (compression, order, time stamps): every part in it is compared");
  return result;
}

}  // namespace

std::optional<SheetFormat> SheetFormatOf(const std::string& path) {
  if (EndsWith(path, ".flat.xml")) return SheetFormat::kFlatXml;
  if (EndsWith(path, ".pdf")) return SheetFormat::kPdf;
  if (EndsWith(path, ".docx")) return SheetFormat::kDocx;
  return std::nullopt;
}

SheetComparison CompareSheet(std::string_view sheet, SheetFormat format,
                             const std::vector<RenderedFile>& made) {
  const char* extension = format == SheetFormat::kPdf    ? ".pdf"
                          : format == SheetFormat::kDocx ? ".docx"
                                                         : ".flat.xml";
  const std::string* expected = MadeFile(made, extension);
  if (expected == nullptr) return {false, "the record makes no such file", false, {}};
  if (format == SheetFormat::kPdf) return ComparePdf(sheet, *expected);
  if (format == SheetFormat::kDocx) return CompareDocx(sheet, *expected);
  SheetComparison result;
  result.matches = sheet == *expected;
  if (!result.matches) result.difference = FirstDifference(sheet, *expected);
  return result;
}

}  // namespace sdgen::cli
