#pragma once

#include <array>
#include <string>

#include "document/document.h"
#include "pdf/font_library.h"

namespace sdgen::pdf {

/// Which of the style's families a piece of text is set in.
enum class Typeface { kBody, kHeading };

/// The faces a document's look names, resolved to loaded fonts. A missing
/// bold or italic file falls back to the regular one of the same family.
class FontSet {
 public:
  /// Loads every face `look` names; false with `*error` if the body font fails.
  static bool Resolve(const doc::Look& look, FontLibrary* library, FontSet* fonts,
                      std::string* error);

  /// The face for text in `typeface`; never null after Resolve.
  const FontFace* Face(Typeface typeface, bool bold, bool italic) const;
  /// The face for characters missing from Face(); null when the style has none.
  const FontFace* Fallback(bool bold, bool italic) const;

 private:
  using Variants = std::array<const FontFace*, 4>;  // regular, bold, italic, bold italic
  static bool ResolveFamily(const doc::FontSet& family, FontLibrary* library, Variants* faces,
                            std::string* error);

  Variants body_{};
  Variants heading_{};
  Variants fallback_{};
};

}  // namespace sdgen::pdf
