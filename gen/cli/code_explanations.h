#pragma once

// The long explanation of every code sdgen can print (RD, TP, ST, PL, BH, SD,
// OUT, PDF): what it means, why sdgen says it, and how to fix it. `sdgen
// explain`, `sdgen rules`, SARIF's rule descriptions and docs/codes.md all
// come from here; the SD entries come from the practice-rule table itself, so
// what is explained cannot drift from what is checked.

#include <string>
#include <vector>

namespace sdgen::cli {

/// One code's explanation.
struct CodeExplanation {
  std::string code;      ///< "RD006"
  std::string severity;  ///< "error", "warning", "note", or "error or warning"
  std::string title;     ///< one line, lower case: SARIF's shortDescription
  std::string meaning;   ///< what it means
  std::string why;       ///< why sdgen reports it
  std::string fix;       ///< how to fix it
};

/// Every code, grouped by family (RD, TP, ST, PL, BH, SD, OUT, PDF), in id order.
const std::vector<CodeExplanation>& CodeExplanations();

/// The explanation of `code` (case-insensitive, e.g. "rd006"), or null.
const CodeExplanation* FindCodeExplanation(const std::string& code);

/// Where the code is documented, relative to the project's root:
/// "docs/codes.md#rd006" (docs/codes.md is `sdgen explain --markdown`).
std::string CodeHelpPath(const std::string& code);

/// The explanation as `sdgen explain CODE` prints it.
std::string FormatExplanation(const CodeExplanation& explanation);

/// Every explanation as Markdown: the text of docs/codes.md.
std::string CodeExplanationsMarkdown();

}  // namespace sdgen::cli
