#include "docx/wordml_text.h"

#include <cmath>

#include "docx/word_language.h"

namespace sdgen::docx {
namespace {

pugi::xml_node AppendRun(pugi::xml_node paragraph, const RunLook& look) {
  pugi::xml_node run = paragraph.append_child("w:r");
  if (look.bold || look.italic || !look.language.empty()) {
    pugi::xml_node properties = run.append_child("w:rPr");
    if (look.bold) properties.append_child("w:b");
    if (look.italic) properties.append_child("w:i");
    if (!look.language.empty()) AppendLanguage(properties, look.language);
  }
  return run;
}

void AppendTextElement(pugi::xml_node run, const std::string& text) {
  pugi::xml_node element = run.append_child("w:t");
  // Without this, Word and LibreOffice drop spaces at either end of the text.
  if (text.front() == ' ' || text.back() == ' ' || text.find("  ") != std::string::npos) {
    element.append_attribute("xml:space") = "preserve";
  }
  element.text().set(text.c_str());
}

// Complex fields (begin, code, separate, result, end) rather than w:fldSimple:
// Word and LibreOffice both keep them editable and update them on layout.
void AppendFieldCharacter(pugi::xml_node paragraph, const char* type) {
  paragraph.append_child("w:r").append_child("w:fldChar").append_attribute("w:fldCharType") = type;
}

}  // namespace

pugi::xml_node AppendParagraph(pugi::xml_node parent, const std::string& style_id) {
  pugi::xml_node paragraph = parent.append_child("w:p");
  if (!style_id.empty()) AppendValue(ParagraphProperties(paragraph), "w:pStyle", style_id);
  return paragraph;
}

pugi::xml_node ParagraphProperties(pugi::xml_node paragraph) {
  pugi::xml_node properties = paragraph.child("w:pPr");
  return properties ? properties : paragraph.prepend_child("w:pPr");
}

void AppendText(pugi::xml_node paragraph, const std::string& text, const RunLook& look) {
  if (text.empty()) return;
  pugi::xml_node run = AppendRun(paragraph, look);
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\t') continue;
    if (i > start) AppendTextElement(run, text.substr(start, i - start));
    if (i < text.size()) run.append_child(text[i] == '\n' ? "w:br" : "w:tab");
    start = i + 1;
  }
}

void AppendRuns(pugi::xml_node paragraph, const doc::Paragraph& source) {
  for (const doc::Run& run : source.runs) {
    AppendText(paragraph, run.text, RunLook{run.bold, run.italic, source.language});
  }
}

void AppendField(pugi::xml_node paragraph, const char* instruction, const char* cached) {
  AppendFieldCharacter(paragraph, "begin");
  pugi::xml_node code = paragraph.append_child("w:r").append_child("w:instrText");
  code.append_attribute("xml:space") = "preserve";
  code.text().set((std::string(" ") + instruction + " ").c_str());
  AppendFieldCharacter(paragraph, "separate");
  AppendText(paragraph, cached);
  AppendFieldCharacter(paragraph, "end");
}

void AppendPageBreak(pugi::xml_node paragraph) {
  paragraph.append_child("w:r").append_child("w:br").append_attribute("w:type") = "page";
}

pugi::xml_node AppendValue(pugi::xml_node parent, const char* name, const std::string& value) {
  pugi::xml_node node = parent.append_child(name);
  node.append_attribute("w:val") = value.c_str();
  return node;
}

std::string Twips(double points) { return std::to_string(std::lround(points * 20)); }

std::string HalfPoints(double points) { return std::to_string(std::lround(points * 2)); }

}  // namespace sdgen::docx
