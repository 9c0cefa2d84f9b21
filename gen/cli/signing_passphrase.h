#pragma once

#include <optional>
#include <string>

namespace sdgen::cli {

/// The passphrase of the chair's key file: the environment variable
/// SDGEN_SIGN_PASSPHRASE, or else asked for on the terminal (not echoed), never
/// an argument, which other users could read in the process list. Nullopt with
/// `error` set when there is neither.
std::optional<std::string> ReadSigningPassphrase(const std::string& key_path, std::string* error);

}  // namespace sdgen::cli
