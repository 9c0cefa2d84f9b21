#include "template/labels.h"

#include <pugixml.hpp>

namespace sdgen {

std::optional<Labels> Labels::Load(const SourceFile& file, DiagnosticList& diagnostics) {
  pugi::xml_document document;
  pugi::xml_parse_result result = document.load_buffer(file.text().data(), file.text().size(),
                                                       pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    diagnostics.Error({&file, static_cast<size_t>(result.offset)}, "TP015",
                      std::string("labels.xml is not well-formed xml: ") + result.description());
    return std::nullopt;
  }
  Labels labels;
  for (const pugi::xml_node& group : document.document_element().children("enum")) {
    std::string name = group.attribute("name").as_string();
    std::string set = group.attribute("set").as_string();
    for (const pugi::xml_node& label : group.children("label")) {
      pugi::xml_node words = label.first_child();
      SourceLocation where{&file, static_cast<size_t>((words ? words : label).offset_debug())};
      labels.words_[{name, set, label.attribute("value").as_string()}] = {label.text().as_string(),
                                                                          where};
    }
  }
  return labels;
}

const std::string* Labels::Find(const std::string& enum_name, const std::string& set,
                                const std::string& value) const {
  auto found = words_.find({enum_name, set, value});
  return found == words_.end() ? nullptr : &found->second.words;
}

bool Labels::HasSet(const std::string& enum_name, const std::string& set) const {
  auto found = words_.lower_bound({enum_name, set, ""});
  return found != words_.end() && std::get<0>(found->first) == enum_name &&
         std::get<1>(found->first) == set;
}

std::vector<const LabelText*> Labels::Set(const std::string& enum_name,
                                          const std::string& set) const {
  std::vector<const LabelText*> out;
  for (auto it = words_.lower_bound({enum_name, set, ""});
       it != words_.end() && std::get<0>(it->first) == enum_name && std::get<1>(it->first) == set;
       ++it)
    out.push_back(&it->second);
  return out;
}

}  // namespace sdgen
