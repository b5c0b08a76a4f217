#include "jsonschema/schema_export.h"

#include "load/content_loader.h"

namespace leernet {

SchemaExport LoadSchemaExport(const FileSystem& fs, const std::string& source, Diagnostics& diags) {
  SchemaExport out;
  if (!fs.IsDirectory(source)) {
    diags.Error(source, {}, Say("de inhoudsmap bestaat niet", "content folder does not exist"),
                Say("geef het pad van de map met site.yaml en schema.yaml",
                    "give the path of the folder with site.yaml and schema.yaml"));
    return out;
  }
  std::string schema_path = JoinPath(source, "schema.yaml");
  std::optional<Value> doc = LoadYamlFile(fs, schema_path, diags, &out.texts);
  if (!doc) return out;
  out.schema = ParseSchema(*doc, schema_path, diags);
  if (diags.HasErrors()) return out;
  LoadedContent content = LoadContent(fs, source, out.schema, diags);
  out.texts.merge(content.texts);
  out.slugs = SlugsOf(content);
  out.schemas = JsonSchemas(out.schema, out.slugs);
  out.fields_dump = FieldsDump(content);
  return out;
}

}  // namespace leernet
