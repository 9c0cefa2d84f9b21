#include "record/canonical_form.h"

#include <cstdio>

#include <openssl/evp.h>

#include "record/record_walk.h"

namespace sdgen {
namespace {

std::string Level(const Visibility& visibility) {
  std::string value = ToString(visibility.share);
  for (const std::string& agency : visibility.agencies) value += " " + agency;
  if (visibility.to) {
    value += " to";
    for (const std::string& id : *visibility.to) value += " " + id;
  }
  return value;
}

}  // namespace

std::string CanonicalForm(const Record& record) {
  std::string out = "sdgen-canonical-record=1\n";
  ForEachField(record, [&](const RecordField& field) {
    if (field.text) {
      // Collapsed white space: re-indenting a record must not change its
      // fingerprint, and every value stays on one line of the form.
      out += field.key + "=" + CollapseWhitespace(field.text->value) + "\n";
      out += field.key + ".share=" + Level(field.text->visibility) + "\n";
    } else if (field.visibility) {
      out += field.key + ".share=" + Level(*field.visibility) + "\n";
    } else {
      out += field.key + "=" + field.value + "\n";
    }
  });
  return out;
}

std::string RecordFingerprint(const Record& record) {
  std::string form = CanonicalForm(record);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(form.data(), form.size(), digest, &length, EVP_sha256(), nullptr);
  std::string hex;
  char byte[3];
  for (unsigned int i = 0; i < length; ++i) {
    std::snprintf(byte, sizeof byte, "%02x", digest[i]);
    hex += byte;
  }
  return hex;
}

}  // namespace sdgen
