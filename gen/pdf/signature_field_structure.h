#pragma once

// The signature field in the logical structure: PDF/UA asks that every
// annotation be reachable from the structure tree, so the widget becomes the
// content of a Form element on the sign-off block, through an object
// reference (OBJR) and a ParentTree entry that leads back from the widget.

#include <hpdf.h>

#include <vector>

#include "pdf/haru_document.h"
#include "pdf/laid_out_page.h"
#include "pdf/structure_tree.h"

namespace sdgen::pdf {

/// Gives `widget` (from AddSignatureField; nullptr: nothing to do) to the Form
/// element `laid_out.signature_field->node` of `tree`, which WriteStructureTree
/// has written. False when the tree does not hold that element or libharu failed.
bool TagSignatureField(HaruDocument& haru, const StructureTree& tree,
                       const LaidOutDocument& laid_out, const std::vector<HPDF_Page>& pages,
                       HPDF_Dict widget);

}  // namespace sdgen::pdf
