// Throughput of the plain-language checker against a bare ICU word-break pass
// over the same 10 MB of text. The text is made here, deterministically:
// English-like sentences in paragraphs, with a dictionary term about every
// 150 words (acronyms, multi-word and hyphenated terms, curly apostrophes).
//
//   lint_bench [--megabytes N] [--runs N] [SDGEN_BINARY]
//   lint_bench [--megabytes N] --write-text FILE
//
// prints MB/s for (1) a bare word-break pass, (2) the checker with the full
// default dictionary, as `sdgen lint` runs it (family audience, so readability
// and sentence checks run too), (3) the same for professional text (terms
// only) and, given the binary, (4) the whole `sdgen lint` process on the same
// text written to a file. Each figure is the best of N runs (default 7), and
// the passes take turns, so a busy machine slows all of them alike. For a
// repeatable count, run it once under `valgrind --tool=callgrind` with
// `--megabytes 2 --runs 1`. `--write-text` only writes the text, for timing
// whole processes over it (bench/compare-with-typst).

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "language/dictionary_reader.h"
#include "language/plain_language_checker.h"

namespace sdgen {
namespace {

const char* const kPlainWords[] = {"the",         "child",      "said",
                                   "that",        "his",        "dad",
                                   "pushed",      "him",        "into",
                                   "door",        "on",         "Sunday",
                                   "evening",     "after",      "drinking",
                                   "school",      "nurse",      "saw",
                                   "a",           "bruise",     "about",
                                   "long",        "left",       "upper",
                                   "arm",         "mother",     "will",
                                   "visit",       "home",       "today",
                                   "and",         "explain",    "what",
                                   "happens",     "next",       "Kai",
                                   "Ffion",       "goes",       "every",
                                   "day",         "is",         "clean",
                                   "well",        "dressed",    "reading",
                                   "Nana",        "Gwen",       "picks",
                                   "up",          "from",       "we",
                                   "are",         "worried",    "could",
                                   "be",          "hurt",       "feel",
                                   "scared",      "at",         "night",
                                   "social",      "worker",     "meet",
                                   "family",      "plan",       "safe",
                                   "adult",       "sober",      "children\xE2\x80\x99s",
                                   "Si\xC3\xA2n", "police",     "called",
                                   "twice",       "neighbours", "heard",
                                   "shouting",    "because",    "rent",
                                   "behind",      "job",        "August",
                                   "agreed"};

const char* const kTerms[] = {"LADO",
                              "MASH",
                              "S47",
                              "section 47 enquiry",
                              "s.47",
                              "child protection plan",
                              "CIN",
                              "significant harm",
                              "threshold",
                              "disguised compliance",
                              "non-compliant",
                              "in denial",
                              "controlling",
                              "engage",
                              "disclosed",
                              "NFA",
                              "the LADO\xE2\x80\x99s",
                              "multi-agency",
                              "safeguarding",
                              "RAG rating"};

// A small deterministic generator, so every run measures the same text.
struct Lcg {
  uint64_t state = 20261120;
  uint32_t Next(uint32_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state >> 33) % bound;
  }
};

std::vector<std::string> MakeParagraphs(size_t text_bytes) {
  Lcg random;
  std::vector<std::string> paragraphs;
  size_t total = 0;
  const uint32_t plain_count = sizeof kPlainWords / sizeof *kPlainWords;
  const uint32_t term_count = sizeof kTerms / sizeof *kTerms;
  while (total < text_bytes) {
    std::string paragraph;
    for (uint32_t s = 0, sentences = 2 + random.Next(5); s < sentences; ++s) {
      for (uint32_t w = 0, words = 6 + random.Next(20); w < words; ++w) {
        const char* word = random.Next(150) == 0 ? kTerms[random.Next(term_count)]
                                                 : kPlainWords[random.Next(plain_count)];
        if (w == 0) {
          paragraph += static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
          paragraph += word + 1;
        } else {
          paragraph += word;
        }
        paragraph += w + 1 < words ? (random.Next(12) == 0 ? ", " : " ") : ". ";
      }
    }
    paragraph.back() = '\n';
    total += paragraph.size() + 1;
    paragraphs.push_back(std::move(paragraph));
  }
  return paragraphs;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Times each pass `runs` times, taking turns, and keeps the best time of each.
std::vector<double> BestTimes(const std::vector<std::function<void()>>& passes, int runs) {
  std::vector<double> best(passes.size(), 1e9);
  for (int run = 0; run < runs; ++run) {
    for (size_t i = 0; i < passes.size(); ++i) {
      auto start = std::chrono::steady_clock::now();
      passes[i]();
      best[i] = std::min(best[i], Seconds(start));
    }
  }
  return best;
}

size_t BareWordBreakPass(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("en", "GB"), status));
  icu::LocalUTextPointer utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  words->setText(utext.getAlias(), status);
  size_t count = 0;
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
    if (words->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) ++count;
  }
  return count;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int Main(int argc, char** argv) {
  size_t megabytes_wanted = 10;
  int runs = 7;
  const char* binary = nullptr;
  const char* text_path = nullptr;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--megabytes" && i + 1 < argc) {
      megabytes_wanted = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--write-text" && i + 1 < argc) {
      text_path = argv[++i];
    } else {
      binary = argv[i];
    }
  }
  std::vector<std::string> paragraphs = MakeParagraphs(megabytes_wanted * 1000 * 1000);
  std::string text;
  for (const std::string& paragraph : paragraphs) text += paragraph + "\n";
  double megabytes = static_cast<double>(text.size()) / 1e6;
  if (text_path) {
    std::ofstream out(text_path, std::ios::binary);
    out << text;
    return out.good() ? 0 : 1;
  }

  std::string error;
  auto folder = TokenFolder::Create(&error);
  auto tokenizer = WordTokenizer::Create("en-GB", &error);
  SourceFile dictionary_file("dictionary.xml",
                             ReadFile(std::string(SDGEN_SOURCE_DIR) + "/styles/default/dictionary.xml"));
  DiagnosticList setup;
  TermDictionary dictionary;
  ReadDictionary(dictionary_file, dictionary, *folder, setup);
  dictionary.Compile(*tokenizer, *folder, setup);
  auto checker = PlainLanguageChecker::Create(dictionary, {}, setup, &error);
  if (!checker || setup.HasErrors()) {
    std::fprintf(stderr, "lint_bench: cannot set up the checker %s\n", error.c_str());
    return 1;
  }

  size_t words = 0;
  SourceFile file("bench.txt", text);
  // Checks every paragraph as `sdgen lint` does; returns the number of findings.
  auto check_all = [&](Readership audience) {
    DiagnosticList diagnostics;
    Text block;
    block.visibility.share =
        audience == Readership::kFamily ? Share::kFamily : Share::kProfessionals;
    size_t offset = 0;
    for (const std::string& paragraph : paragraphs) {
      block.value = paragraph;
      block.where = {&file, offset};
      block.checkpoints = {{0, offset}};
      checker->CheckText(block, audience, diagnostics);
      offset += paragraph.size() + 1;
    }
    return diagnostics.all().size();
  };
  size_t findings = 0, term_findings = 0;
  std::vector<double> best = BestTimes(
      {[&] { words = BareWordBreakPass(text); }, [&] { findings = check_all(Readership::kFamily); },
       [&] { term_findings = check_all(Readership::kProfessionals); }},
      runs);
  double bare = best[0], family = best[1], professional = best[2];
  std::printf("text: %.1f MB, %zu paragraphs, %zu words, %zu entries in the dictionary\n",
              megabytes, paragraphs.size(), words, dictionary.entries().size());
  std::printf("bare ICU word-break pass:          %6.3f s  %6.1f MB/s\n", bare, megabytes / bare);
  std::printf(
      "checker, family text (full check): %6.3f s  %6.1f MB/s  %.2fx the bare pass  (%zu "
      "findings)\n",
      family, megabytes / family, family / bare, findings);
  std::printf(
      "checker, professional text (terms): %5.3f s  %6.1f MB/s  %.2fx the bare pass  (%zu "
      "findings)\n",
      professional, megabytes / professional, professional / bare, term_findings);

  if (binary) {
    std::string path = "lint_bench_text.txt";
    std::ofstream(path) << text;
    std::string command = std::string(binary) + " --diagnostics json lint " + path + " >/dev/null";
    double whole = BestTimes({[&] { (void)std::system(command.c_str()); }}, std::min(runs, 3))[0];
    std::printf("sdgen lint (whole process):        %6.3f s  %6.1f MB/s\n", whole,
                megabytes / whole);
    std::remove(path.c_str());
  }
  return 0;
}

}  // namespace
}  // namespace sdgen

int main(int argc, char** argv) { return sdgen::Main(argc, argv); }
