#include "pdf/structure_tree.h"

namespace sdgen::pdf {

StructureTree::StructureTree() {
  StructureNode root;
  root.type = "Document";
  nodes_.push_back(std::move(root));
}

int StructureTree::Add(int parent, const std::string& type) {
  int node = static_cast<int>(nodes_.size());
  StructureNode added;
  added.type = type;
  added.parent = parent;
  nodes_.push_back(std::move(added));
  nodes_[static_cast<size_t>(parent)].children.push_back(node);
  return node;
}

}  // namespace sdgen::pdf
