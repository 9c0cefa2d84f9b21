#pragma once

// ICU's Welsh list pattern leaves the choice of "a" or "ac" to the reader,
// after a comma: "Siân, Llŷr, a(c) Cadi". A letter cannot: Welsh writes "ac"
// before a vowel and "a" before a consonant, with no comma before it
// ("Siân, Llŷr a Cadi").

#include <string>

namespace sdgen {

/// `joined` with each "a(c) " (and a comma before it) settled by the word after it.
std::string SettleWelshConjunction(const std::string& joined);

}  // namespace sdgen
