#include "pdf/content_stream.h"

#include <hpdf.h>
#include <hpdf_utils.h>

namespace sdgen::pdf {

void ContentStream::Number(double value) {
  char text[32];
  char* end = HPDF_FToA(text, static_cast<HPDF_REAL>(value), text + sizeof text - 1);
  bytes_.append(text, end);
  bytes_ += ' ';
}

void ContentStream::Name(const std::string& name) {
  bytes_ += '/';
  bytes_ += name;
  bytes_ += ' ';
}

void ContentStream::Codes(const std::u16string& text) {
  static const char kHex[] = "0123456789ABCDEF";
  bytes_ += '<';
  for (char16_t unit : text) {
    for (int shift = 12; shift >= 0; shift -= 4) bytes_ += kHex[(unit >> shift) & 0xF];
  }
  bytes_ += "> ";
}

void ContentStream::MarkedContentId(size_t mcid) {
  bytes_ += "<</MCID ";
  bytes_ += std::to_string(mcid);
  bytes_ += ">> ";
}

void ContentStream::Operator(const char* op) {
  bytes_ += op;
  bytes_ += '\012';
}

}  // namespace sdgen::pdf
