#include "cli/signing_passphrase.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace sdgen::cli {
namespace {

// Reads one line from the terminal `tty` with echo off, restoring it after.
std::optional<std::string> AskTerminal(int tty, const std::string& prompt) {
  if (::write(tty, prompt.data(), prompt.size()) < 0) return std::nullopt;
  termios saved{};
  bool quiet = ::tcgetattr(tty, &saved) == 0;
  if (quiet) {
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(tty, TCSAFLUSH, &silent);
  }
  std::string line;
  char c = 0;
  while (::read(tty, &c, 1) == 1 && c != '\n') line += c;
  if (quiet) ::tcsetattr(tty, TCSAFLUSH, &saved);
  if (::write(tty, "\n", 1) < 0) return std::nullopt;
  return line;
}

}  // namespace

std::optional<std::string> ReadSigningPassphrase(const std::string& key_path, std::string* error) {
  if (const char* passphrase = std::getenv("SDGEN_SIGN_PASSPHRASE")) return std::string(passphrase);
  int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
  if (tty < 0) {
    *error = "no passphrase for " + key_path +
             ": set SDGEN_SIGN_PASSPHRASE, or run sdgen on a terminal to be asked for it";
    return std::nullopt;
  }
  std::optional<std::string> passphrase = AskTerminal(tty, "Passphrase for " + key_path + ": ");
  ::close(tty);
  if (!passphrase) *error = "cannot ask for the passphrase of " + key_path + " on the terminal";
  return passphrase;
}

}  // namespace sdgen::cli
