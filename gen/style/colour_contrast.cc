#include "style/colour_contrast.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sdgen {
namespace {

int Channel(const std::string& rrggbb, int index) {
  return static_cast<int>(std::strtol(rrggbb.substr(index * 2, 2).c_str(), nullptr, 16));
}

// An 8-bit sRGB channel as linear light; WCAG's threshold is 0.04045.
double Linear(int channel) {
  const double value = channel / 255.0;
  return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

}  // namespace

double RelativeLuminance(const std::string& rrggbb) {
  return 0.2126 * Linear(Channel(rrggbb, 0)) + 0.7152 * Linear(Channel(rrggbb, 1)) +
         0.0722 * Linear(Channel(rrggbb, 2));
}

double ContrastRatio(const std::string& first, const std::string& second) {
  const double a = RelativeLuminance(first);
  const double b = RelativeLuminance(second);
  return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

bool IsLargeText(double size_pt, bool bold) { return size_pt >= 18 || (bold && size_pt >= 14); }

double MinimumContrast(double size_pt, bool bold) {
  return IsLargeText(size_pt, bold) ? 3.0 : 4.5;
}

std::string DarkenedToContrast(const std::string& rrggbb, const std::string& background,
                               double ratio) {
  char hex[7] = "000000";
  for (int step = 254; step >= 0; --step) {
    int channels[3];
    for (int i = 0; i < 3; ++i) channels[i] = Channel(rrggbb, i) * step / 255;
    std::snprintf(hex, sizeof hex, "%02X%02X%02X", channels[0], channels[1], channels[2]);
    if (ContrastRatio(hex, background) >= ratio) break;
  }
  return hex;
}

}  // namespace sdgen
