#include "pdf/xmp_metadata.h"

namespace sdgen::pdf {
namespace {

std::string Escaped(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string Alternative(const char* element, const std::string& value) {
  return std::string("   <") + element + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + Escaped(value) +
         "</rdf:li></rdf:Alt></" + element + ">\n";
}

}  // namespace

std::string XmpPacket(const DocumentInfo& info, const std::string& language) {
  std::string xmp =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
      "   <dc:format>application/pdf</dc:format>\n";
  xmp += Alternative("dc:title", info.title);
  if (!info.author.empty()) {
    xmp += "   <dc:creator><rdf:Seq><rdf:li>" + Escaped(info.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  if (!info.subject.empty()) xmp += Alternative("dc:description", info.subject);
  xmp += "   <dc:language><rdf:Bag><rdf:li>" + Escaped(language) + "</rdf:li></rdf:Bag></dc:language>\n";
  if (!info.keywords.empty()) xmp += "   <pdf:Keywords>" + Escaped(info.keywords) + "</pdf:Keywords>\n";
  xmp += "   <pdf:Producer>" + Escaped(info.producer) + "</pdf:Producer>\n";
  xmp += "   <xmp:CreatorTool>" + Escaped(info.creator) + "</xmp:CreatorTool>\n";
  if (!info.created.empty()) {
    xmp += "   <xmp:CreateDate>" + Escaped(info.created) + "</xmp:CreateDate>\n";
    xmp += "   <xmp:ModifyDate>" + Escaped(info.created) + "</xmp:ModifyDate>\n";
  }
  xmp +=
      "   <pdfuaid:part>1</pdfuaid:part>\n"
      "  </rdf:Description>\n"
      " </rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"r\"?>";
  return xmp;
}

}  // namespace sdgen::pdf
