#pragma once

// Just enough of PDF's object syntax to read the dictionaries of a file
// sdgen wrote: where an object ends, a dictionary's value for a key, and
// references ("12 0 R"). Values are returned as the file's own text.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sdgen::pdf {

/// An indirect reference such as `12 0 R`.
struct ObjectReference {
  int number = 0;
  int generation = 0;
};

/// The end (one past) of the object starting at `at` (after white space),
/// a reference counting as one object; npos when the text is cut short.
size_t PdfObjectEnd(std::string_view text, size_t at);

/// The value of `key` (such as "/Root") at the top level of `dictionary`
/// (text starting with "<<"), as written; nullopt when absent.
std::optional<std::string_view> DictionaryValue(std::string_view dictionary, std::string_view key);

/// `text` read as a reference, or nullopt.
std::optional<ObjectReference> AsReference(std::string_view text);

/// The objects of an array (text starting with "["), as written.
std::vector<std::string_view> ArrayItems(std::string_view array);

/// The bytes of a hex string's digits (the text between "<" and ">", or
/// with them); anything but a hex digit is skipped, an odd last digit is
/// followed by 0, as PDF says.
std::string DecodeHexString(std::string_view hex);

/// A PDF text string (literal or hex, PDFDocEncoding's ASCII part or
/// UTF-16BE with its byte-order mark) as UTF-8.
std::string DecodeTextString(std::string_view text);

/// `text` (UTF-8) as a PDF text string: literal when it is printable ASCII,
/// otherwise UTF-16BE hex with a byte-order mark.
std::string EncodeTextString(const std::string& text);

}  // namespace sdgen::pdf
