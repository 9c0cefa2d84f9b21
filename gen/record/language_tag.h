#pragma once

#include <string>

namespace sdgen {

/// Whether `tag` is a BCP 47 language tag of the parts a document's language
/// needs, as ICU reads it: a language ICU knows, then optionally a known
/// script and a known region (en-GB, cy, pl, zh-Hant-TW, es-419). Variants,
/// extensions and private-use parts are refused: the tag is written into
/// every document's metadata, and free words there could carry anything
/// (`en-Daniel-Price-alleged` is well-formed BCP 47).
bool IsLanguageTag(const std::string& tag);

}  // namespace sdgen
