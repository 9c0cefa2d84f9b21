#include "template/interpolation_parser.h"

#include <cctype>
#include <string>

namespace sdgen {
namespace {

constexpr const char* kRule = "TP004";

size_t Utf8Length(unsigned long code_point) {
  if (code_point < 0x80) return 1;
  if (code_point < 0x800) return 2;
  if (code_point < 0x10000) return 3;
  return 4;
}

// The number of decoded bytes an entity such as `&amp;` or `&#x142;` yields.
size_t EntityLength(std::string_view entity) {
  if (entity.size() > 1 && entity[0] == '#') {
    bool hex = entity[1] == 'x' || entity[1] == 'X';
    std::string digits(entity.substr(hex ? 2 : 1));
    return Utf8Length(std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10));
  }
  return 1;
}

enum class TokenKind { kName, kString, kPipe, kEnd, kBad };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;
  size_t start = 0;  ///< index into the expression text
};

bool IsNameChar(char c) {
  return std::islower(static_cast<unsigned char>(c)) ||
         std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

// Reads the tokens of one expression; a bad character becomes a kBad token.
class ExpressionLexer {
 public:
  explicit ExpressionLexer(std::string_view text) : text_(text) {}

  Token Next() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    Token token;
    token.start = pos_;
    if (pos_ >= text_.size()) return token;
    char c = text_[pos_];
    if (c == '|') {
      ++pos_;
      token.kind = TokenKind::kPipe;
    } else if (c == '"') {
      ReadString(token);
    } else if (IsNameChar(c)) {
      while (pos_ < text_.size() && IsNameChar(text_[pos_])) token.text += text_[pos_++];
      token.kind = TokenKind::kName;
    } else {
      token.kind = TokenKind::kBad;
      token.text = std::string(1, c);
    }
    return token;
  }

 private:
  void ReadString(Token& token) {
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) ++pos_;
      token.text += text_[pos_++];
    }
    if (pos_ >= text_.size()) {
      token.kind = TokenKind::kBad;
      token.text = "\"";
      return;
    }
    ++pos_;
    token.kind = TokenKind::kString;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

// Parses tokens into an Expression, reporting the first error in it.
class ExpressionParser {
 public:
  ExpressionParser(std::string_view text, size_t base, const TextOffsets& offsets,
                   const SourceFile& file, DiagnosticList& diagnostics)
      : lexer_(text), base_(base), offsets_(offsets), file_(file), diagnostics_(diagnostics) {}

  bool Parse(Expression& out) {
    Token first = lexer_.Next();
    out.offset = Where(first);
    if (first.kind == TokenKind::kString) {
      out.literal = first.text;
    } else if (first.kind == TokenKind::kName) {
      if (!SplitPath(first, out)) return false;
    } else {
      return Fail(first, "expected a field name or a quoted text");
    }
    return ParseRest(out);
  }

 private:
  bool ParseRest(Expression& out) {
    Token token = lexer_.Next();
    while (token.kind == TokenKind::kPipe) {
      Token name = lexer_.Next();
      if (name.kind != TokenKind::kName || name.text == "otherwise") {
        return Fail(name, "expected a formatter name after `|`", "for example `| date`");
      }
      FormatterCall call{name.text, {}, Where(name)};
      token = lexer_.Next();
      if ((token.kind == TokenKind::kName && token.text != "otherwise") ||
          token.kind == TokenKind::kString) {
        call.argument = token.text;
        token = lexer_.Next();
      }
      out.formatters.push_back(std::move(call));
    }
    if (token.kind == TokenKind::kName && token.text == "otherwise") {
      Token fallback = lexer_.Next();
      if (fallback.kind != TokenKind::kString) {
        return Fail(fallback, "expected a quoted text after `otherwise`",
                    "write `otherwise \"what to print instead\"`");
      }
      out.otherwise = fallback.text;
      out.otherwise_offset = Where(fallback);
      token = lexer_.Next();
    }
    if (token.kind != TokenKind::kEnd) return Fail(token, "unexpected `" + Describe(token) + "`");
    return true;
  }

  bool SplitPath(const Token& token, Expression& out) {
    size_t start = 0;
    while (true) {
      size_t dot = token.text.find('.', start);
      std::string part = token.text.substr(start, dot == std::string::npos ? dot : dot - start);
      if (part.empty() || !std::islower(static_cast<unsigned char>(part[0]))) {
        return Fail(token, "`" + token.text + "` is not a field path",
                    "field paths are names joined by dots, such as `child.name`");
      }
      out.path.push_back(part);
      if (dot == std::string::npos) return true;
      start = dot + 1;
    }
  }

  static std::string Describe(const Token& token) {
    switch (token.kind) {
      case TokenKind::kString:
        return "\"" + token.text + "\"";
      case TokenKind::kPipe:
        return "|";
      case TokenKind::kEnd:
        return "end";
      default:
        return token.text;
    }
  }

  size_t Where(const Token& token) const { return offsets_.At(base_ + token.start); }

  bool Fail(const Token& token, std::string message, std::string suggestion = {}) {
    if (token.kind == TokenKind::kBad && token.text == "\"") {
      message = "a quoted text is not closed";
      suggestion = "end it with `\"`";
    }
    diagnostics_.Error({&file_, Where(token)}, kRule, std::move(message), std::move(suggestion));
    return false;
  }

  ExpressionLexer lexer_;
  size_t base_;
  const TextOffsets& offsets_;
  const SourceFile& file_;
  DiagnosticList& diagnostics_;
};

// The index just past the `}}` closing an interpolation opened at `open`,
// skipping quoted texts; npos when it is never closed.
size_t FindClose(std::string_view text, size_t open) {
  bool quoted = false;
  for (size_t i = open + 2; i < text.size(); ++i) {
    if (quoted && text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      quoted = !quoted;
    } else if (!quoted && text.compare(i, 2, "}}") == 0) {
      return i + 2;
    }
  }
  return std::string_view::npos;
}

void AddText(std::vector<Node>& nodes, std::string_view text, size_t offset) {
  if (text.empty()) return;
  Node node;
  node.kind = NodeKind::kText;
  node.text = std::string(text);
  node.offset = offset;
  nodes.push_back(std::move(node));
}

// Reports a `}}` in literal text: it would otherwise print silently.
void CheckStrayClose(std::string_view text, size_t base, const TextOffsets& offsets,
                     const SourceFile& file, DiagnosticList& diagnostics) {
  size_t stray = text.find("}}");
  if (stray == std::string_view::npos) return;
  diagnostics.Error({&file, offsets.At(base + stray)}, kRule, "`}}` without a matching `{{`",
                    "to print braces, write {{ \"}}\" }}");
}

}  // namespace

TextOffsets::TextOffsets(const SourceFile& file, size_t raw_start, std::string_view decoded) {
  const std::string& raw = file.text();
  size_t i = raw_start;
  size_t j = 0;
  offsets_.reserve(decoded.size() + 1);
  while (j < decoded.size()) {
    if (i < raw.size() && raw[i] == '&') {
      size_t semicolon = raw.find(';', i);
      if (semicolon == std::string::npos) semicolon = i;
      size_t produced = EntityLength(std::string_view(raw).substr(i + 1, semicolon - i - 1));
      for (size_t k = 0; k < produced && j < decoded.size(); ++k, ++j) offsets_.push_back(i);
      i = semicolon + 1;
      continue;
    }
    if (i + 1 < raw.size() && raw[i] == '\r' && raw[i + 1] == '\n') ++i;
    offsets_.push_back(i);
    ++i;
    ++j;
  }
  offsets_.push_back(i);
}

size_t TextOffsets::At(size_t index) const {
  return index < offsets_.size() ? offsets_[index] : offsets_.back();
}

std::vector<Node> ParseInlineText(std::string_view text, const TextOffsets& offsets,
                                  const SourceFile& file, DiagnosticList& diagnostics) {
  std::vector<Node> nodes;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t open = text.find("{{", pos);
    std::string_view literal = text.substr(pos, open == std::string_view::npos ? open : open - pos);
    CheckStrayClose(literal, pos, offsets, file, diagnostics);
    AddText(nodes, literal, offsets.At(pos));
    if (open == std::string_view::npos) break;
    size_t close = FindClose(text, open);
    if (close == std::string_view::npos) {
      diagnostics.Error({&file, offsets.At(open)}, kRule, "`{{` is not closed",
                        "end the field with `}}`");
      break;
    }
    Node node;
    node.kind = NodeKind::kInterpolation;
    node.offset = offsets.At(open);
    std::string_view inner = text.substr(open + 2, close - open - 4);
    ExpressionParser parser(inner, open + 2, offsets, file, diagnostics);
    if (parser.Parse(node.expression)) nodes.push_back(std::move(node));
    pos = close;
  }
  return nodes;
}

bool ParseExpression(std::string_view text, const TextOffsets& offsets, const SourceFile& file,
                     DiagnosticList& diagnostics, Expression& out) {
  ExpressionParser parser(text, 0, offsets, file, diagnostics);
  return parser.Parse(out);
}

}  // namespace sdgen
