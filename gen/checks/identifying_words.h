#pragma once

// What identifies someone of the record in free text, and where a text does.
// A name is matched word by word, except titles (DS, Mrs, Dr…) and initials; a
// known-as and what the children call someone as the words they are, in a row;
// an address by its first line, its street without the house number (when
// that is two words or more, so "Road" alone names nobody) and its postcode,
// spaces ignored; a phone number by its digits, spaces and dashes ignored; an
// email address whole. Town and county are left out: many people share them.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checks/folded_words.h"
#include "record/record.h"

namespace sdgen {

/// Someone of the record who may be named: a child, a person or an attendee.
struct Someone {
  const Child* child = nullptr;
  const Person* person = nullptr;
  const Attendee* attendee = nullptr;

  const std::string& id() const;
  /// Their name, with runs of white space made one space.
  std::string name() const;
  bool operator==(const Someone& other) const {
    return child == other.child && person == other.person && attendee == other.attendee;
  }
};

/// Which of someone's details a text gives away.
enum class IdentifierKind { kName, kKnownAs, kCalled, kAddress, kPhone, kEmail };

/// Where a text identifies someone: the bytes [begin, end) of the text.
struct IdentifierMatch {
  size_t begin = 0;
  size_t end = 0;
  Someone who;
  IdentifierKind kind = IdentifierKind::kName;
};

/// The details of some people to look for in texts.
class IdentifyingWords {
 public:
  /// `folder` must outlive this.
  explicit IdentifyingWords(WordFolder& folder) : folder_(folder) {}

  /// Looks for `who` by the kinds of detail given.
  void Add(const Someone& who, const std::vector<IdentifierKind>& kinds);
  /// Never matches a detail `who` shares: a family name shared with someone
  /// the reader may see does not say which of them is meant.
  void Exempt(const Someone& who);

  /// Every place in `text` where someone added is identified, in text order.
  /// Adjoining words naming the same person ("Daniel Price") are one match.
  std::vector<IdentifierMatch> Find(std::string_view text);

 private:
  struct Identifier {
    Someone who;
    IdentifierKind kind;
    std::vector<std::string> words;  ///< folded words in a row; empty for compact ones
    std::string compact;             ///< a postcode, phone digits or email, spaces removed
  };

  std::vector<Identifier> IdentifiersOf(const Someone& who);
  void AddPhrase(std::vector<Identifier>& out, const Someone& who, IdentifierKind kind,
                 std::string_view text);
  void AddAddress(std::vector<Identifier>& out, const Someone& who, std::string_view address);
  bool IsExempt(const Identifier& identifier) const;
  static std::string Key(const Identifier& identifier);

  void FindWords(const std::vector<FoldedWord>& words, std::vector<IdentifierMatch>& found) const;
  void FindPhones(std::string_view text, std::vector<IdentifierMatch>& found) const;
  void FindEmails(std::string_view text, std::vector<IdentifierMatch>& found) const;

  WordFolder& folder_;
  std::vector<Identifier> identifiers_;
  std::set<std::string> exempt_words_;
  std::set<std::string> exempt_keys_;
};

}  // namespace sdgen
