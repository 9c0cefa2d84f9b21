#include "pdf/true_type_subset.h"

#include <algorithm>
#include <map>

#include "pdf/true_type_tables.h"

// The file is read with bounds checks everywhere, since a style may name any
// font file; the layout of each table is in the OpenType specification
// ("head", "hhea", "maxp", "hmtx", "loca", "glyf" and "OS/2" chapters).

namespace sdgen::pdf {
namespace {

void PutU16(std::string& out, uint16_t value) {
  out += static_cast<char>(value >> 8);
  out += static_cast<char>(value & 0xFF);
}

void PutU32(std::string& out, uint32_t value) {
  PutU16(out, static_cast<uint16_t>(value >> 16));
  PutU16(out, static_cast<uint16_t>(value & 0xFFFF));
}

void SetU16(std::string& bytes, size_t at, uint16_t value) {
  bytes[at] = static_cast<char>(value >> 8);
  bytes[at + 1] = static_cast<char>(value & 0xFF);
}

void SetU32(std::string& bytes, size_t at, uint32_t value) {
  SetU16(bytes, at, static_cast<uint16_t>(value >> 16));
  SetU16(bytes, at + 2, static_cast<uint16_t>(value & 0xFFFF));
}

// The sum of the table as big-endian 32-bit words, zero-padded.
uint32_t Checksum(std::string_view data) {
  uint32_t sum = 0;
  for (size_t i = 0; i < data.size(); i += 4) {
    uint32_t word = 0;
    for (size_t k = 0; k < 4; ++k) {
      word = word << 8 | (i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0u);
    }
    sum += word;
  }
  return sum;
}

// The fixed-size parts of the tables the subset is built from.
struct Layout {
  std::string_view head, hhea, maxp, hmtx, loca, glyf;
  uint16_t glyph_count = 0;
  uint16_t long_metrics = 0;
  bool long_loca = false;
};

bool ReadLayout(const TrueTypeTables& tables, Layout* layout, std::string* error) {
  auto table = [&tables](const char* tag) { return TableOf(tables, tag); };
  layout->head = table("head");
  layout->hhea = table("hhea");
  layout->maxp = table("maxp");
  layout->hmtx = table("hmtx");
  layout->loca = table("loca");
  layout->glyf = table("glyf");
  if (layout->head.size() < 54 || layout->hhea.size() < 36 || layout->maxp.size() < 6 ||
      layout->glyf.empty()) {
    *error = "the font lacks one of the head, hhea, maxp and glyf tables";
    return false;
  }
  layout->glyph_count = ReadU16(layout->maxp, 4);
  layout->long_metrics = ReadU16(layout->hhea, 34);
  layout->long_loca = ReadU16(layout->head, 50) == 1;
  size_t loca_size = (size_t{layout->glyph_count} + 1) * (layout->long_loca ? 4 : 2);
  size_t hmtx_size =
      4 * size_t{layout->long_metrics} + 2 * (size_t{layout->glyph_count} - layout->long_metrics);
  if (layout->long_metrics == 0 || layout->long_metrics > layout->glyph_count ||
      layout->loca.size() < loca_size || layout->hmtx.size() < hmtx_size) {
    *error = "the font's loca or hmtx table is shorter than its glyph count";
    return false;
  }
  std::string_view os2 = table("OS/2");
  // fsType: 0x0002 restricted licence, 0x0100 no subsetting, 0x0200 bitmaps only.
  if (os2.size() >= 10 && (ReadU16(os2, 8) & 0x0302) != 0) {
    *error = "the font's licence does not allow it to be subset and embedded";
    return false;
  }
  return true;
}

// The outline bytes of glyph `id`, or false if loca points outside glyf.
bool GlyphBytes(const Layout& layout, uint16_t id, std::string_view* bytes) {
  size_t begin = layout.long_loca ? ReadU32(layout.loca, 4 * size_t{id})
                                  : 2 * size_t{ReadU16(layout.loca, 2 * size_t{id})};
  size_t end = layout.long_loca ? ReadU32(layout.loca, 4 * size_t{id} + 4)
                                : 2 * size_t{ReadU16(layout.loca, 2 * size_t{id} + 2)};
  if (begin > end || end > layout.glyf.size()) return false;
  *bytes = layout.glyf.substr(begin, end - begin);
  return true;
}

// Calls `visit(offset)` with the offset of each component's glyph id in a
// composite glyph; false if the glyph is cut short. Simple glyphs have none.
template <typename Visit>
bool ForEachComponent(std::string_view glyph, Visit visit) {
  if (glyph.size() < 10 || static_cast<int16_t>(ReadU16(glyph, 0)) >= 0) return true;
  constexpr uint16_t kWords = 0x0001, kScale = 0x0008, kMore = 0x0020, kXYScale = 0x0040,
                     kTwoByTwo = 0x0080;
  for (size_t at = 10;;) {
    if (at + 4 > glyph.size()) return false;
    uint16_t flags = ReadU16(glyph, at);
    visit(at + 2);
    at += 4 + ((flags & kWords) ? 4 : 2);
    at += (flags & kScale) ? 2 : (flags & kXYScale) ? 4 : (flags & kTwoByTwo) ? 8 : 0;
    if (!(flags & kMore)) return at <= glyph.size();
  }
}

// `wanted`, .notdef and every component they are built from.
bool CloseOverComponents(const Layout& layout, const std::set<uint16_t>& wanted,
                         std::set<uint16_t>* kept, std::string* error) {
  std::vector<uint16_t> pending{0};
  for (uint16_t id : wanted) {
    if (id < layout.glyph_count) pending.push_back(id);
  }
  while (!pending.empty()) {
    uint16_t id = pending.back();
    pending.pop_back();
    if (!kept->insert(id).second) continue;
    std::string_view glyph;
    bool components_exist = true;
    bool ok = GlyphBytes(layout, id, &glyph) && ForEachComponent(glyph, [&](size_t at) {
                uint16_t component = ReadU16(glyph, at);
                components_exist &= component < layout.glyph_count;
                pending.push_back(component < layout.glyph_count ? component : 0);
              });
    ok &= components_exist;
    if (!ok) {
      *error = "glyph " + std::to_string(id) + " of the font is malformed";
      return false;
    }
  }
  return true;
}

// The new glyf and loca (long offsets), with composites pointing at new ids.
void WriteOutlines(const Layout& layout, const std::set<uint16_t>& kept,
                   const std::vector<uint16_t>& new_id, std::string* glyf, std::string* loca) {
  for (uint16_t id : kept) {
    PutU32(*loca, static_cast<uint32_t>(glyf->size()));
    std::string_view source;
    GlyphBytes(layout, id, &source);
    size_t start = glyf->size();
    glyf->append(source);
    ForEachComponent(source,
                     [&](size_t at) { SetU16(*glyf, start + at, new_id[ReadU16(source, at)]); });
    // Four-byte alignment keeps every glyph on a boundary rasterisers read fast.
    glyf->append((4 - glyf->size() % 4) % 4, '\0');
  }
  PutU32(*loca, static_cast<uint32_t>(glyf->size()));
}

// One long metric (advance, left side bearing) per kept glyph.
std::string WriteMetrics(const Layout& layout, const std::set<uint16_t>& kept) {
  std::string hmtx;
  for (uint16_t id : kept) {
    size_t metric = 4 * size_t{std::min<uint16_t>(id, layout.long_metrics - 1)};
    PutU16(hmtx, ReadU16(layout.hmtx, metric));
    size_t bearing = id < layout.long_metrics
                         ? 4 * size_t{id} + 2
                         : 4 * size_t{layout.long_metrics} + 2 * (size_t{id} - layout.long_metrics);
    PutU16(hmtx, ReadU16(layout.hmtx, bearing));
  }
  return hmtx;
}

// The table directory and the tables, each padded to four bytes, with every
// checksum and the whole-file adjustment in head.
std::string Assemble(const std::map<std::string, std::string>& tables) {
  uint16_t count = static_cast<uint16_t>(tables.size());
  uint16_t power = 1, log2 = 0;
  while (power * 2 <= count) power *= 2, ++log2;
  std::string out;
  PutU32(out, 0x00010000);
  PutU16(out, count);
  PutU16(out, static_cast<uint16_t>(power * 16));
  PutU16(out, log2);
  PutU16(out, static_cast<uint16_t>(count * 16 - power * 16));
  size_t offset = out.size() + 16 * size_t{count}, head_at = 0;
  for (const auto& [tag, data] : tables) {
    out += tag;
    PutU32(out, Checksum(data));
    PutU32(out, static_cast<uint32_t>(offset));
    PutU32(out, static_cast<uint32_t>(data.size()));
    if (tag == "head") head_at = offset;
    offset += (data.size() + 3) / 4 * 4;
  }
  for (const auto& [tag, data] : tables) {
    out += data;
    out.append((4 - out.size() % 4) % 4, '\0');
  }
  SetU32(out, head_at + 8, 0xB1B0AFBA - Checksum(out));
  return out;
}

}  // namespace

bool SubsetTrueType(std::string_view font, const std::set<uint16_t>& glyphs, TrueTypeSubset* out,
                    std::string* error) {
  TrueTypeTables source;
  Layout layout;
  std::set<uint16_t> kept;
  if (!ReadTrueTypeTables(font, &source, error) || !ReadLayout(source, &layout, error) ||
      !CloseOverComponents(layout, glyphs, &kept, error)) {
    return false;
  }
  out->new_glyph_id.assign(layout.glyph_count, 0);
  uint16_t next = 0;
  for (uint16_t id : kept) out->new_glyph_id[id] = next++;

  std::map<std::string, std::string> tables;
  WriteOutlines(layout, kept, out->new_glyph_id, &tables["glyf"], &tables["loca"]);
  tables["hmtx"] = WriteMetrics(layout, kept);
  std::string& head = tables["head"] = std::string(layout.head);
  SetU32(head, 8, 0);   // checkSumAdjustment, set once the file is whole
  SetU16(head, 50, 1);  // indexToLocFormat: long offsets
  SetU16(tables["hhea"] = std::string(layout.hhea), 34, next);
  SetU16(tables["maxp"] = std::string(layout.maxp), 4, next);
  // Hinting programs and OS/2 metrics as they are; post without glyph names.
  for (const char* tag : {"cvt ", "fpgm", "prep", "OS/2"}) {
    auto found = source.find(tag);
    if (found != source.end()) tables[tag] = std::string(found->second);
  }
  auto post = source.find("post");
  if (post != source.end() && post->second.size() >= 32) {
    std::string& table = tables["post"] = std::string(post->second.substr(0, 32));
    SetU32(table, 0, 0x00030000);
  }
  out->bytes = Assemble(tables);
  return true;
}

}  // namespace sdgen::pdf
