#pragma once

#include <hpdf.h>

#include <vector>

#include "pdf/haru_document.h"
#include "pdf/structure_tree.h"

namespace sdgen::pdf {

/// Writes `tree` into the document as PDF's logical structure: a
/// StructTreeRoot of structure elements whose content is the marked-content
/// sequences `marks` lists (for each page, the node of each MCID), the
/// ParentTree that maps them back, /StructParents and /Tabs /S on each page
/// and /MarkInfo << /Marked true >> on the catalog.
bool WriteStructureTree(HaruDocument& haru, const StructureTree& tree,
                        const std::vector<HPDF_Page>& pages,
                        const std::vector<std::vector<int>>& marks);

}  // namespace sdgen::pdf
