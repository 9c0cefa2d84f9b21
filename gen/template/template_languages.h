#pragma once

// A council writes to each family reader in their own language where it can.
// Templates for a language sit in a folder named by its BCP 47 tag beside the
// default templates (`templates/cy/family-letter.xml`), in the shipped folder
// and in a council's, overlaid like every other template. A reader gets the
// set of their tag, else of its language subtag (cy-GB, then cy), else the
// default set, which is in the record's language.

#include <string>
#include <vector>

#include "record/family_readers.h"

namespace sdgen {

/// The tags of the language folders in any of `template_folders`, sorted,
/// without repeats (`partials` and other folders are not language tags).
std::vector<std::string> TemplateLanguages(const std::vector<std::string>& template_folders);

/// The language a family reader asked for: their own `language`, else the
/// record's.
const std::string& ReaderLanguage(const FamilyReader& reader, const std::string& record_language);

/// Of `available` (template languages), the one for a reader of `reader_tag`:
/// the tag, else its language subtag; empty when neither is there or the
/// reader's language is the record's, when the default set serves them.
std::string ChooseTemplateLanguage(const std::string& reader_tag, const std::string& record_tag,
                                   const std::vector<std::string>& available);

/// The language subtag of a BCP 47 tag: `cy` of `cy-GB`.
std::string PrimaryLanguage(const std::string& tag);

}  // namespace sdgen
