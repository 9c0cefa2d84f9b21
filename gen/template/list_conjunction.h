#pragma once

// ICU's Welsh list pattern leaves the choice of "a" or "ac" to the reader:
// "Siân, Llŷr, a(c) Cadi". A letter cannot: Welsh writes "ac" before a vowel
// and "a" before a consonant.

#include <string>

namespace sdgen {

/// `joined` with each "a(c) " settled by the word after it.
std::string SettleWelshConjunction(const std::string& joined);

}  // namespace sdgen
