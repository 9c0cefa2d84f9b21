#pragma once

// A family document may hold parts in more than one language: a bilingual
// letter (Welsh first, then the record's language) or a letter in the
// record's language with one paragraph in the reader's own. Each part is
// marked with its language, so PDF and Word mark it and a screen reader
// switches voice.

#include <string>
#include <vector>

#include "document/document.h"

namespace sdgen {

/// Marks every heading and paragraph of `blocks` (list items, cells and
/// callouts included) as written in `tag`.
void MarkLanguage(std::vector<doc::Block>& blocks, const std::string& tag);

/// Appends `second` to `first` after a page break, its parts marked with
/// `second`'s language: one document, `first`'s language first.
void AppendInOtherLanguage(doc::Document& first, const doc::Document& second);

/// Adds `offer`, a paragraph written in `tag`, where a reader sees it first:
/// after the address block and the date, before the letter starts.
void AddTranslationOffer(doc::Document& document, const std::string& offer, const std::string& tag);

}  // namespace sdgen
