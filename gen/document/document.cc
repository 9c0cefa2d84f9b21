#include "document/document.h"

namespace sdgen::doc {

std::string Paragraph::PlainText() const {
  std::string text;
  for (const Run& run : runs) text += run.text;
  return text;
}

}  // namespace sdgen::doc
