#include "template/paragraph_builder.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

namespace sdgen {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string ToNfc(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return text;
  icu::UnicodeString normalised = nfc->normalize(icu::UnicodeString::fromUTF8(text), status);
  if (U_FAILURE(status)) return text;
  std::string out;
  normalised.toUTF8String(out);
  return out;
}

// Joins adjacent runs of one look, trims the ends and normalises the text.
doc::Paragraph Tidy(doc::Paragraph paragraph) {
  std::vector<doc::Run> runs;
  for (doc::Run& run : paragraph.runs) {
    if (run.text.empty()) continue;
    if (!runs.empty() && runs.back().bold == run.bold && runs.back().italic == run.italic) {
      bool doubled = IsSpace(run.text.front()) && IsSpace(runs.back().text.back());
      runs.back().text += doubled ? run.text.substr(1) : run.text;
    } else {
      runs.push_back(std::move(run));
    }
  }
  // A line starts and ends with no space, and a paragraph with no break.
  for (size_t i = 0; i < runs.size(); ++i) {
    std::string& text = runs[i].text;
    for (size_t at; (at = text.find(" \n")) != std::string::npos;) text.erase(at, 1);
    for (size_t at; (at = text.find("\n ")) != std::string::npos;) text.erase(at + 1, 1);
    if (!text.empty() && text.front() == '\n' && i > 0) {
      std::string& before = runs[i - 1].text;
      before.erase(before.find_last_not_of(' ') + 1);
    }
    if (!text.empty() && text.back() == '\n' && i + 1 < runs.size()) {
      std::string& after = runs[i + 1].text;
      after.erase(0, after.find_first_not_of(' '));
    }
  }
  while (!runs.empty()) {
    std::string& first = runs.front().text;
    first.erase(0, first.find_first_not_of(" \n"));
    if (!first.empty()) break;
    runs.erase(runs.begin());
  }
  while (!runs.empty()) {
    std::string& last = runs.back().text;
    last.erase(last.find_last_not_of(" \n") + 1);
    if (!last.empty()) break;
    runs.pop_back();
  }
  for (doc::Run& run : runs) run.text = ToNfc(run.text);
  paragraph.runs = std::move(runs);
  return paragraph;
}

}  // namespace

void ParagraphBuilder::AddLiteral(const std::string& text) {
  std::string collapsed;
  for (char c : text) {
    if (!IsSpace(c)) {
      collapsed += c;
    } else if (collapsed.empty() || collapsed.back() != ' ') {
      collapsed += ' ';
    }
  }
  Append(collapsed);
}

void ParagraphBuilder::AddData(const std::string& text) {
  std::string line;
  size_t newlines = 0;
  for (char c : text) {
    if (c == '\n') {
      ++newlines;
      continue;
    }
    if (newlines > 0 && !(c == ' ' || c == '\t')) {
      if (newlines > 1) {
        Append(line);
        line.clear();
        Break();
      } else {
        line += ' ';
      }
      newlines = 0;
    }
    if (newlines == 0) line += c;
  }
  Append(line);
}

void ParagraphBuilder::AddLines(const std::string& text) {
  size_t start = 0;
  bool first = true;
  while (start <= text.size()) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string line = text.substr(start, end - start);
    line.erase(0, line.find_first_not_of(" \t"));
    line.erase(line.find_last_not_of(" \t") + 1);
    if (!line.empty()) {
      if (!first) AddLineBreak();
      Append(line);
      first = false;
    }
    start = end + 1;
  }
}

void ParagraphBuilder::AddLineBreak() { current_.runs.push_back({"\n", bold_, italic_}); }

void ParagraphBuilder::Append(const std::string& text) {
  if (text.empty()) return;
  current_.runs.push_back({text, bold_, italic_});
}

void ParagraphBuilder::Break() {
  current_.role = role_;
  done_.push_back(std::move(current_));
  current_ = doc::Paragraph();
}

std::vector<doc::Paragraph> ParagraphBuilder::Finish() {
  Break();
  std::vector<doc::Paragraph> out;
  for (doc::Paragraph& paragraph : done_) {
    doc::Paragraph tidy = Tidy(std::move(paragraph));
    if (!tidy.runs.empty()) out.push_back(std::move(tidy));
  }
  done_.clear();
  return out;
}

doc::Paragraph ParagraphBuilder::FinishAsOne() {
  doc::Paragraph joined;
  joined.role = role_;
  for (doc::Paragraph& paragraph : Finish()) {
    if (!joined.runs.empty()) joined.runs.push_back({" ", false, false});
    for (doc::Run& run : paragraph.runs) joined.runs.push_back(std::move(run));
  }
  return Tidy(std::move(joined));
}

}  // namespace sdgen
