#pragma once

// Page content operators, written as text the way libharu writes them (its
// number format, HPDF_FToA) but without its per-call cost: each of libharu's
// operator functions first clears a 512-byte buffer a byte at a time, which
// was a tenth of a build of table-heavy minutes. The painter collects one
// item's operators here and hands them to the page in one write.

#include <string>

namespace sdgen::pdf {

/// A run of content-stream operators: operands first, then the operator.
class ContentStream {
 public:
  /// A number operand, as libharu formats a real (at most five decimals).
  void Number(double value);
  /// A name operand, such as a font's resource name ("F1").
  void Name(const std::string& name);
  /// Two-byte codes as a hex string operand, for Identity-H fonts.
  void Codes(const std::u16string& text);
  /// The property list of a marked-content sequence tagged for the structure
  /// tree: << /MCID n >>.
  void MarkedContentId(size_t mcid);
  /// The operator that takes the operands before it ("re", "Tj"), ending the line.
  void Operator(const char* op);

  /// Everything written since the last Clear.
  const std::string& bytes() const { return bytes_; }
  void Clear() { bytes_.clear(); }

 private:
  std::string bytes_;
};

}  // namespace sdgen::pdf
