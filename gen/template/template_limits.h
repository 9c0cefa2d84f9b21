#pragma once

// Bounds on what a template may make the compiler do. Real templates nest
// about a dozen elements deep and include a few partials; the bounds keep a
// hostile or mistaken folder (5,000 nested `<if>`, partials that include each
// other twice over, 2^25 copies) a located error (TP017) instead of a crash
// or a build that never ends.

#include <cstddef>

namespace sdgen {

/// Elements nested inside one another, counting through included partials.
inline constexpr size_t kMaxTemplateDepth = 64;
/// Attributes on one element of a template.
inline constexpr size_t kMaxTemplateAttributes = 32;
/// Partials one document template may include, counting every copy.
inline constexpr size_t kMaxIncludedPartials = 1000;

}  // namespace sdgen
