#pragma once

// Shared set-up for the language tests: a dictionary compiled from XML given
// inline, and Texts that map straight onto a SourceFile, so a test can assert
// the exact line:column a finding points at.

#include <memory>
#include <string>

#include "diagnostics/diagnostic.h"
#include "language/dictionary_reader.h"
#include "language/term_dictionary.h"
#include "language/token_folder.h"
#include "language/word_tokenizer.h"
#include "record/record.h"

namespace sdgen::testing {

/// ICU objects and a dictionary compiled from `xml`.
struct CompiledDictionary {
  explicit CompiledDictionary(const std::string& xml) : file("dictionary.xml", xml) {
    std::string error;
    tokenizer = WordTokenizer::Create("en-GB", &error);
    folder = TokenFolder::Create(&error);
    ReadDictionary(file, dictionary, *folder, diagnostics);
    dictionary.Compile(*tokenizer, *folder, diagnostics);
  }

  SourceFile file;
  DiagnosticList diagnostics;
  std::unique_ptr<WordTokenizer> tokenizer;
  std::unique_ptr<TokenFolder> folder;
  TermDictionary dictionary;
};

/// A Text holding all of `file`, as `sdgen lint` builds one per paragraph.
inline Text WholeFileText(const SourceFile& file, Share share) {
  Text text;
  text.value = file.text();
  text.visibility.share = share;
  text.where = {&file, 0};
  text.checkpoints = {{0, 0}};
  return text;
}

/// "line:column" of a location, for compact assertions.
inline std::string LineColumnOf(const SourceLocation& where) {
  LineColumn at = where.file->Locate(where.offset);
  return std::to_string(at.line) + ":" + std::to_string(at.column);
}

/// A small dictionary with one entry per category and the awkward shapes.
inline const char* kSmallDictionary = R"(<dictionary format="1">
  <entry term="LADO" category="acronym">
    <variant>Local Authority Designated Officer</variant>
    <plain>the person at the council who looks into concerns about adults who work with children</plain>
    <explanation>The LADO looks into worries about adults who work with children.</explanation>
  </entry>
  <entry term="CIN" category="acronym">
    <variant>child in need</variant>
    <plain>a child who needs extra help</plain>
    <explanation>A child in need needs extra help from the council.</explanation>
  </entry>
  <entry term="S47" category="acronym">
    <variant>s.47</variant><variant>section 47</variant><variant>section 47 enquiry</variant>
    <plain>a child protection enquiry</plain>
    <explanation>A section 47 enquiry finds out if a child has been harmed.</explanation>
  </entry>
  <entry term="RAG" category="acronym" case="upper">
    <plain>how urgent the worry is</plain>
    <explanation>Red, amber or green.</explanation>
  </entry>
  <entry term="threshold" category="jargon">
    <plain>whether the worry is serious enough for us to act</plain>
    <explanation>The line at which workers must act.</explanation>
  </entry>
  <entry term="non-compliant" category="judgement-laden">
    <variant>noncompliant</variant>
    <plain>he did not let the social worker in on 3 May</plain>
    <explanation>A label for not doing what was agreed.</explanation>
  </entry>
  <entry term="in denial" category="judgement-laden">
    <plain>she said the bruise happened at the park</plain>
    <explanation>A label.</explanation>
  </entry>
  <entry term="disclosed" category="professionalised">
    <plain>told</plain>
    <explanation>Disclosed means told.</explanation>
  </entry>
  <entry term="NFA" category="police" family="warning" professionals="off">
    <variant>no further action</variant>
    <plain>no more action will be taken</plain>
    <explanation>No further action.</explanation>
  </entry>
</dictionary>
)";

}  // namespace sdgen::testing
