#pragma once

// How share levels combine. Sharing narrows and never widens: an element's
// stated level narrows everything inside it, and an inner element may narrow
// further but never open up what an outer one closed.

#include <string>
#include <string_view>
#include <vector>

#include "record/record.h"

namespace sdgen {

/// The narrower of two visibilities: the higher level; for two restricted
/// items the agencies both name; for two `to` lists the readers both name.
Visibility Narrower(const Visibility& outer, const Visibility& inner);

/// `text` case-folded (Unicode full folding), as agency tokens are compared.
std::string CaseFolded(std::string_view text);

/// An attendee's agency as an `agencies` token: case-folded, letters, digits
/// and hyphens kept, spaces made '-' ("Children's Social Care" ->
/// "childrens-social-care").
std::string AgencyToken(std::string_view agency);

/// Every agency a restricted item of the record is restricted to, as tokens,
/// sorted: each gets its own copy of the minutes.
std::vector<std::string> RestrictedAgencies(const Record& record);

/// How documents name the agency of a token: the agency as an attendee wrote
/// it ("police" -> "Police"), or the token itself.
std::string AgencyName(const Record& record, const std::string& token);

}  // namespace sdgen
