#pragma once

// Man pages are made from the help text a command prints (`sdgen help
// COMMAND`, `sdgen --help`), so the two cannot say different things. The help
// text's shape is the contract: a first paragraph starting "usage: " (the
// synopsis), paragraphs of prose, a paragraph starting "Exit status:", and
// lists ("commands:" then lines "  NAME  what it does").

#include <string>
#include <vector>

namespace sdgen::cli {

/// What a man page is made from.
struct ManPageSource {
  std::string name;                   ///< the page's name, such as "sdgen-check"
  std::string summary;                ///< one line, for the NAME section
  std::string help;                   ///< the help text, as `sdgen help` prints it
  std::string version;                ///< such as "0.1.0"
  std::vector<std::string> see_also;  ///< other pages, such as "sdgen(1)"
};

/// The page in roff (man(7) macros), section 1.
std::string ManPage(const ManPageSource& source);

}  // namespace sdgen::cli
