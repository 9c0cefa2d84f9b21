#include "record/sharing.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <unicode/unistr.h>

#include "record/record_walk.h"

namespace sdgen {
namespace {

std::vector<std::string> Both(const std::vector<std::string>& a,
                              const std::vector<std::string>& b) {
  std::vector<std::string> both;
  for (const std::string& x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) both.push_back(x);
  }
  return both;
}

}  // namespace

std::string CaseFolded(std::string_view text) {
  std::string folded;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .foldCase()
      .toUTF8String(folded);
  return folded;
}

Visibility Narrower(const Visibility& outer, const Visibility& inner) {
  Visibility result = inner.share >= outer.share ? inner : outer;
  if (outer.share == Share::kRestricted && inner.share == Share::kRestricted)
    result.agencies = Both(outer.agencies, inner.agencies);
  if (outer.to && inner.to) result.to = Both(*outer.to, *inner.to);
  else if (outer.to) result.to = outer.to;
  else result.to = inner.to;
  result.stated = outer.stated || inner.stated;
  result.story = outer.story || inner.story;
  result.also = inner.also;
  return result;
}

// Multi-byte UTF-8 sequences are letters of other scripts and are kept, all
// but the typographic apostrophe, which is punctuation like the straight one.
std::string AgencyToken(std::string_view agency) {
  static const std::string kCurlyApostrophe = "\xE2\x80\x99";
  std::string plain(agency);
  for (size_t at; (at = plain.find(kCurlyApostrophe)) != std::string::npos;)
    plain.erase(at, kCurlyApostrophe.size());
  std::string token;
  for (char c : CaseFolded(plain)) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || std::isalnum(byte)) token += c;
    else if (c == '-') token += '-';
    else if (c == ' ' && !token.empty() && token.back() != '-') token += '-';
  }
  while (!token.empty() && token.back() == '-') token.pop_back();
  return token;
}

std::vector<std::string> RestrictedAgencies(const Record& record) {
  std::set<std::string> agencies;
  ForEachField(record, [&](const RecordField& field) {
    const Visibility* visibility = field.text ? &field.text->visibility : field.visibility;
    if (visibility && visibility->share == Share::kRestricted)
      agencies.insert(visibility->agencies.begin(), visibility->agencies.end());
  });
  return {agencies.begin(), agencies.end()};
}

std::string AgencyName(const Record& record, const std::string& token) {
  for (const Attendee& attendee : record.attendees)
    if (AgencyToken(attendee.agency.value) == token) return attendee.agency.value;
  return token;
}

}  // namespace sdgen
