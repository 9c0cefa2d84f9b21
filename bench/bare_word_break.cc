// The floor for `sdgen lint` as a whole process: read a UTF-8 file and walk it
// with ICU's en-GB word iterator, reading each token's rule status, as
// lint_bench's in-process bare pass does. bench/compare-with-typst times it
// beside `sdgen lint` on the same file.
//
//   bare_word_break FILE     prints the number of words

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: bare_word_break FILE\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "bare_word_break: cannot read '%s'\n", argv[1]);
    return 1;
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  const std::string text = contents.str();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("en", "GB"), status));
  icu::LocalUTextPointer utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "bare_word_break: ICU: %s\n", u_errorName(status));
    return 1;
  }
  words->setText(utext.getAlias(), status);
  size_t count = 0;
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
    if (words->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) ++count;
  }
  std::printf("%zu words\n", count);
  return 0;
}
