#include "template/language_parts.h"

#include <optional>
#include <type_traits>

namespace sdgen {

void MarkLanguage(std::vector<doc::Block>& blocks, const std::string& tag) {
  auto mark = [&](std::vector<doc::Paragraph>& paragraphs) {
    for (doc::Paragraph& paragraph : paragraphs) paragraph.language = tag;
  };
  for (doc::Block& block : blocks) {
    std::visit(
        [&](auto& part) {
          using Part = std::decay_t<decltype(part)>;
          if constexpr (std::is_same_v<Part, doc::Heading> || std::is_same_v<Part, doc::Paragraph>)
            part.language = tag;
          if constexpr (std::is_same_v<Part, doc::List>) mark(part.items);
          if constexpr (std::is_same_v<Part, doc::Callout>) mark(part.paragraphs);
          if constexpr (std::is_same_v<Part, doc::KeyValueList>)
            for (auto& entry : part.entries) entry.value.language = tag;
          if constexpr (std::is_same_v<Part, doc::Table>) {
            for (doc::TableCell& cell : part.header) mark(cell.paragraphs);
            for (auto& row : part.rows)
              for (doc::TableCell& cell : row) mark(cell.paragraphs);
          }
        },
        block);
  }
}

void AppendInOtherLanguage(doc::Document& first, const doc::Document& second) {
  std::vector<doc::Block> blocks = second.blocks;
  // The other part's title opens it, as the title opens the first part.
  blocks.insert(blocks.begin(), doc::Heading{1, second.metadata.title, ""});
  MarkLanguage(blocks, second.metadata.language);
  first.blocks.push_back(doc::PageBreak{});
  first.blocks.insert(first.blocks.end(), blocks.begin(), blocks.end());
  first.metadata.title += " / " + second.metadata.title;
  first.draft = first.draft || second.draft;
}

void AddTranslationOffer(doc::Document& document, const std::string& offer,
                         const std::string& tag) {
  doc::Paragraph paragraph;
  paragraph.runs.push_back(doc::Run{offer});
  paragraph.role = doc::ParagraphRole::kLead;
  paragraph.language = tag;
  std::vector<doc::Block>& blocks = document.blocks;
  auto role = [&](size_t i) {
    const auto* before = i < blocks.size() ? std::get_if<doc::Paragraph>(&blocks[i]) : nullptr;
    return before ? std::optional<doc::ParagraphRole>(before->role) : std::nullopt;
  };
  // Past the draft line and the address block: the first words the reader reads.
  size_t at = 0;
  while (role(at) == doc::ParagraphRole::kStatus) ++at;
  if (role(at) == doc::ParagraphRole::kAddress) ++at;
  blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(at), std::move(paragraph));
}

}  // namespace sdgen
