#include "template/audience.h"

#include <algorithm>

namespace sdgen {
namespace {

Visibility Fixed(Share share) {
  Visibility visibility;
  visibility.share = share;
  visibility.stated = true;
  visibility.fixed = true;
  return visibility;
}

}  // namespace

bool Audience::CanSee(const Visibility& visibility) const {
  // A family document's one reader sees what the record's reader side says
  // reaches them, which may name them on an item otherwise for professionals.
  if (kind == AudienceKind::kFamily && readers) return readers->Reaches(visibility, reader);
  switch (visibility.share) {
    case Share::kFamily:
      return true;
    case Share::kProfessionals:
      return kind != AudienceKind::kFamily;
    case Share::kRestricted:
      if (kind != AudienceKind::kRestricted || agencies.empty()) return false;
      return std::all_of(agencies.begin(), agencies.end(), [&](const std::string& agency) {
        return std::find(visibility.agencies.begin(), visibility.agencies.end(), agency) !=
               visibility.agencies.end();
      });
  }
  return false;
}

bool Audience::CanSeeLevel(Share share) const {
  if (share == Share::kRestricted) return false;  // no fixed level names agencies
  return CanSee(FixedVisibility(share));
}

std::string Audience::Describe() const {
  switch (kind) {
    case AudienceKind::kFamily:
      return "family";
    case AudienceKind::kProfessionals:
      return "professionals";
    case AudienceKind::kRestricted:
      break;
  }
  std::string names;
  for (const std::string& agency : agencies) names += (names.empty() ? "" : ", ") + agency;
  return "restricted (" + names + ")";
}

const Visibility& FixedVisibility(Share share) {
  static const Visibility kFamily = Fixed(Share::kFamily);
  static const Visibility kProfessionals = Fixed(Share::kProfessionals);
  static const Visibility kRestricted = Fixed(Share::kRestricted);
  switch (share) {
    case Share::kFamily:
      return kFamily;
    case Share::kProfessionals:
      return kProfessionals;
    case Share::kRestricted:
      return kRestricted;
  }
  return kRestricted;
}

}  // namespace sdgen
