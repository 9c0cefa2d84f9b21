#pragma once

// pugixml keeps an offset for each element but none for attributes, so a
// diagnostic about an attribute finds it in the file's text.

#include <cstddef>
#include <string_view>

namespace sdgen {

/// Where the value of attribute `name` starts in `text`, the element's name
/// starting at `element_offset` (pugixml's offset_debug()); `element_offset`
/// when the element has no such attribute. `occurrence` counts earlier copies
/// of the same name, for an attribute written twice: 1 is the second.
size_t AttributeValueOffset(std::string_view text, size_t element_offset, std::string_view name,
                            size_t occurrence = 0);

}  // namespace sdgen
