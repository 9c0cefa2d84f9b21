// The field schema against every record the tests have: each field reads
// values of the type it declares, and a field said never to be missing never
// is. Plain rows pair a record schema entry with a member of the typed record
// by hand; this is what catches a wrong pair.

#include <catch2/catch.hpp>

#include "template/field_schema.h"
#include "template_test_support.h"

namespace sdgen::test {
namespace {

void CheckFields(const std::string& path, const Value& parent, const StructSchema& type,
                 const EvalContext& context) {
  for (const FieldSchema& field : type.fields) {
    Value value = field.get(parent, context);
    std::string here = path + "." + field.name;
    INFO(here);
    if (!field.optional) CHECK_FALSE(value.missing);
    if (value.missing) continue;
    CHECK(value.kind == field.type.kind);
    CHECK(value.list == field.type.list);
    if (!field.type.struct_type) continue;
    std::vector<Value> parts = value.list ? value.items : std::vector<Value>{value};
    for (size_t i = 0; i < parts.size(); ++i) {
      parts[i].struct_type = field.type.struct_type;
      CheckFields(here + "[" + std::to_string(i) + "]", parts[i], *field.type.struct_type,
                  context);
    }
  }
}

}  // namespace

TEST_CASE("every field reads values of the type it declares", "[field_schema]") {
  for (const auto& [name, path] : AllRecordFiles()) {
    LoadedRecord loaded = ReadRecordFile(path);
    RenderInputs inputs;
    EvalContext context{*loaded.record, inputs, false};
    Value top;
    top.missing = false;
    CheckFields(name, top, Schema::Get().top(), context);
  }
}

}  // namespace sdgen::test
