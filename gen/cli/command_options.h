#pragma once

// Every command reads its options the same way: the options it takes are
// declared, anything else that starts with '-' is refused with the list of
// those it takes (a file name is never mistaken for an option, nor an option
// for a file name), and `--name=value` works like `--name value`.

#include <map>
#include <string>
#include <vector>

namespace sdgen::cli {

/// An option a command takes: `--style DIR` when `value` names what follows
/// it, `--plain-language` (a flag) when `value` is null.
struct OptionSpec {
  const char* name;
  const char* value;
};

/// The command line, read: each option's values in the order given, and the
/// other arguments (the operands: records, files, folders).
class CommandOptions {
 public:
  /// Reads `args` against `specs`. False with `error` set (naming the command,
  /// the bad argument and the options it takes) on an unknown option or a missing value.
  bool Parse(const std::string& command, const std::vector<OptionSpec>& specs,
             const std::vector<std::string>& args, std::string& error);

  /// Whether the option (a flag or one with a value) was given.
  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  /// Every value given for `name`, in order; empty when it was not given.
  const std::vector<std::string>& Values(const std::string& name) const;
  /// The last value given for `name`, or `fallback`.
  std::string Last(const std::string& name, const std::string& fallback = {}) const;
  const std::vector<std::string>& operands() const { return operands_; }

 private:
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> operands_;
};

}  // namespace sdgen::cli
