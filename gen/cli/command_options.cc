#include "cli/command_options.h"

#include "diagnostics/closest_name.h"

namespace sdgen::cli {
namespace {

// "--style DIR, --plain-language", or "no options".
std::string Describe(const std::vector<OptionSpec>& specs) {
  std::string list;
  for (const OptionSpec& spec : specs) {
    list += list.empty() ? "" : ", ";
    list += spec.name;
    if (spec.value) list += std::string(" ") + spec.value;
  }
  return list.empty() ? "no options" : list;
}

const OptionSpec* Find(const std::vector<OptionSpec>& specs, const std::string& name) {
  for (const OptionSpec& spec : specs)
    if (name == spec.name) return &spec;
  return nullptr;
}

}  // namespace

bool CommandOptions::Parse(const std::string& command, const std::vector<OptionSpec>& specs,
                           const std::vector<std::string>& args, std::string& error) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    // "-" alone is an operand; "--" ends the options, for a file named "-x".
    if (arg == "--") {
      operands_.insert(operands_.end(), args.begin() + static_cast<long>(i) + 1, args.end());
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      operands_.push_back(arg);
      continue;
    }
    size_t equals = arg.find('=');
    std::string name = arg.substr(0, equals);
    const OptionSpec* spec = Find(specs, name);
    if (!spec) {
      std::vector<std::string> names;
      for (const OptionSpec& known : specs) names.push_back(known.name);
      std::string near = ClosestName(name, names);
      error = "sdgen " + command + ": unknown option '" + name + "'" +
              (near.empty() ? "" : "; did you mean '" + near + "'?") + "\n" + command + " takes " +
              Describe(specs);
      return false;
    }
    if (!spec->value) {
      if (equals != std::string::npos) {
        error = "sdgen " + command + ": " + name + " takes no value";
        return false;
      }
      values_[name].emplace_back();
    } else if (equals != std::string::npos) {
      values_[name].push_back(arg.substr(equals + 1));
    } else if (i + 1 < args.size()) {
      values_[name].push_back(args[++i]);
    } else {
      error = "sdgen " + command + ": " + name + " needs " + spec->value;
      return false;
    }
    if (spec->value && values_[name].back().empty()) {
      error = "sdgen " + command + ": " + name + " needs " + spec->value + ", not an empty word";
      return false;
    }
  }
  return true;
}

const std::vector<std::string>& CommandOptions::Values(const std::string& name) const {
  static const std::vector<std::string> kNone;
  auto found = values_.find(name);
  return found == values_.end() ? kNone : found->second;
}

std::string CommandOptions::Last(const std::string& name, const std::string& fallback) const {
  const std::vector<std::string>& values = Values(name);
  return values.empty() ? fallback : values.back();
}

}  // namespace sdgen::cli
