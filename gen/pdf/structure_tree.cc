#include "pdf/structure_tree.h"

namespace sdgen::pdf {

StructureTree::StructureTree(std::string language) : language_(std::move(language)) {
  StructureNode root;
  root.type = "Document";
  nodes_.push_back(std::move(root));
}

int StructureTree::Add(int parent, const std::string& type, const std::string& language) {
  int node = static_cast<int>(nodes_.size());
  StructureNode added;
  added.type = type;
  added.parent = parent;
  if (!language.empty() && language != language_) added.language = language;
  nodes_.push_back(std::move(added));
  nodes_[static_cast<size_t>(parent)].children.push_back(node);
  return node;
}

}  // namespace sdgen::pdf
