#include "template/picture_choice.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace sdgen {
namespace {

// Words are runs of ASCII letters and digits, lowercased, and any non-ASCII
// bytes (so "Zosia's" gives "zosia" and "s"; keyword rules are English words).
std::map<std::string, int> WordCounts(const std::string& text) {
  std::map<std::string, int> counts;
  std::string word;
  auto flush = [&]() {
    if (!word.empty()) ++counts[word];
    word.clear();
  };
  for (char c : text) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      word += static_cast<char>(std::tolower(byte));
    } else {
      flush();
    }
  }
  flush();
  return counts;
}

}  // namespace

std::string ChoosePicture(const std::vector<PictureRule>& rules, const std::string& text,
                          const std::string& preferred) {
  std::map<std::string, int> counts = WordCounts(text);
  std::string best;
  int best_score = 0;
  int preferred_score = 0;
  for (const PictureRule& rule : rules) {
    int score = 0;
    for (const std::string& word : rule.words) {
      auto found = counts.find(word);
      if (found != counts.end()) score += found->second;
    }
    if (rule.picture == preferred) preferred_score = std::max(preferred_score, score);
    if (score > best_score) {
      best = rule.picture;
      best_score = score;
    }
  }
  if (best_score == 0 || preferred_score == best_score) return preferred;
  return best;
}

}  // namespace sdgen
