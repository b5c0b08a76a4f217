#include "archetype/archetype.h"

#include <algorithm>

#include "base/diagnostics.h"
#include "base/text.h"

namespace leernet {

namespace {

std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::string JoinComma(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out;
}

// One line of front matter before it is commented out: `off_at` is the column where "# " goes
// when the line belongs to an optional field (-1: it stays active).
struct RawLine {
  std::string text;
  int off_at = -1;
  bool help = false;
};

class EntryWriter {
 public:
  EntryWriter(const std::string& slug, const ArchetypeOptions& options) : slug_(slug), options_(options) {}

  // Lines of one field at `indent`: its help as a comment, then the field. `on`: the field is
  // written active; otherwise it and everything in it is commented out from its own column.
  void Field(const FieldSpec& f, int indent, bool on, int off_at, std::vector<RawLine>& out) const {
    // The help of the field that starts a commented block stays a plain comment above it.
    int help_off = off_at;
    if (!on && off_at < 0) off_at = indent;
    std::string pad(static_cast<size_t>(indent), ' ');
    out.push_back({pad + "# " + Help(f), help_off, true});
    if (f.type == FieldType::kObject) {
      out.push_back({pad + f.name + ":", off_at});
      for (const FieldSpec& sub : f.fields) Field(sub, indent + 2, on && sub.required, off_at, out);
      return;
    }
    if (f.type != FieldType::kList) {
      out.push_back({pad + f.name + ": " + Scalar(f), off_at});
      return;
    }
    const FieldSpec& item = f.item.front();
    if (item.type != FieldType::kObject) {
      out.push_back({pad + f.name + ": [" + Scalar(item, f.label) + "]", off_at});
      return;
    }
    out.push_back({pad + f.name + ":", off_at});
    // One item: its required fields first, so that the list dash can go on an active line; an
    // item of only optional fields keeps its first field.
    bool any_required = false;
    for (const FieldSpec& sub : item.fields) any_required = any_required || sub.required;
    std::vector<const FieldSpec*> order;
    for (const FieldSpec& sub : item.fields) {
      if (sub.required || (!any_required && order.empty())) order.push_back(&sub);
    }
    for (const FieldSpec& sub : item.fields) {
      if (std::find(order.begin(), order.end(), &sub) == order.end()) order.push_back(&sub);
    }
    size_t first = out.size();
    for (size_t k = 0; k < order.size(); ++k) {
      bool sub_on = on && (order[k]->required || (!any_required && k == 0));
      Field(*order[k], indent + 4, sub_on, off_at, out);
    }
    // The dash goes on the first active line; the help above it moves left to line up with it.
    for (size_t k = first; k < out.size(); ++k) {
      if (out[k].help) {
        out[k].text.erase(static_cast<size_t>(indent + 2), 2);
        continue;
      }
      out[k].text.replace(static_cast<size_t>(indent + 2), 2, "- ");
      break;
    }
  }

 private:
  std::string Help(const FieldSpec& f) const {
    std::string text = f.label.empty() ? f.name : f.label;
    std::vector<std::string> notes;
    if (f.required) notes.push_back("verplicht");
    const FieldSpec& leaf = f.Leaf();
    if (leaf.type == FieldType::kEnum) notes.push_back("een van: " + JoinComma(leaf.values));
    if (leaf.type == FieldType::kRef) notes.push_back("slug van een " + leaf.ref_kind);
    if (f.type == FieldType::kList) notes.push_back("lijst");
    if (!notes.empty()) text += " (" + JoinComma(notes) + ")";
    if (!f.help.empty()) text += ": " + ReplaceAll(f.help, "\n", " ");
    return text;
  }

  std::string Date() const { return options_.today.empty() ? "2000-01-01" : options_.today; }

  // A value the editor must replace: it names what belongs there and fails `leernet check`
  // until it is replaced, so that no guessed value (the first choice of a list, this year)
  // slips through. The title from the slug and a yes/no default are real values.
  // `label`: what the placeholder names, for list items that have no label of their own.
  std::string Scalar(const FieldSpec& f, const std::string& label = "") const {
    std::string named = !label.empty() ? label : f.label.empty() ? f.name : f.label;
    auto fill_in = [](const std::string& what) { return Quoted(std::string(kFillInMarker) + ": " + what); };
    switch (f.type) {
      case FieldType::kString:
      case FieldType::kMarkdown:
        if (f.name == "titel") return Quoted(TitleFromSlug(slug_));
        return fill_in(named);
      case FieldType::kInt:
        return fill_in(named + " (een getal)");
      case FieldType::kYear:
        return fill_in(named + " (een jaar, zoals " + Date().substr(0, 4) + ")");
      case FieldType::kDate:
        return fill_in(named + " (een datum, zoals " + Date() + ")");
      case FieldType::kUrl:
        return fill_in(named + " (een webadres dat begint met https://)");
      case FieldType::kBool:
        return "false";
      case FieldType::kEnum:
        return fill_in(named + " (een van: " + JoinComma(f.values) + ")");
      case FieldType::kRef: {
        auto it = options_.slugs.find(f.ref_kind);
        std::string examples;
        if (it != options_.slugs.end()) {
          for (size_t i = 0; i < it->second.size() && i < 3; ++i) examples += (i ? ", " : "") + it->second[i];
        }
        return fill_in("slug van een " + f.ref_kind + (examples.empty() ? "" : ", zoals " + examples));
      }
      case FieldType::kList:
      case FieldType::kObject:
        return "";
    }
    return "";
  }

  const std::string& slug_;
  const ArchetypeOptions& options_;
};

// The label as it reads inside a sentence: "Vorm van waarde" becomes "vorm van waarde". The
// sentence names the kind without an article, since "deze" or "dit" depends on the word.
std::string LowercaseLabel(const KindSpec& kind) {
  std::string label = kind.label.empty() ? kind.name : kind.label;
  if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = static_cast<char>(label[0] - 'A' + 'a');
  return label;
}

std::string BodySkeleton(const KindSpec& kind) {
  return "## Wat is het?\n\n"
         "Beschrijf hier in gewone taal wat dit item (soort: " +
         LowercaseLabel(kind) +
         ") is en voor wie.\n\n"
         "## Hoe werkt het?\n\n"
         "Vertel hoe het in de praktijk gaat. Verwijs naar andere entries met een gewone link naar\n"
         "hun bestand, zoals `[PDSA-cyclus](../praktijken/pdsa.md)`.\n\n"
         "## Meer weten\n\n"
         "Noem hier de bronnen en waar je meer vindt.\n";
}

}  // namespace

std::string TitleFromSlug(const std::string& slug) {
  std::string out = slug;
  for (char& c : out) {
    if (c == '-') c = ' ';
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

NewEntryFile MakeNewEntry(const Schema& schema, const std::string& kind_name, const std::string& slug,
                          const ArchetypeOptions& options) {
  NewEntryFile out;
  const KindSpec* kind = schema.FindKind(kind_name);
  if (!kind) {
    out.error = Say("onbekende soort '{0}'", "unknown kind '{0}'", {kind_name}) +
                DidYouMeanSuffix(kind_name, schema.KindNames()) +
                Say("; soorten: {0}", "; kinds: {0}", {JoinComma(schema.KindNames())});
    return out;
  }
  if (!IsValidSlug(slug)) {
    out.error = Say("'{0}' is geen geldige slug: gebruik kleine letters a-z, cijfers en losse koppeltekens",
                    "'{0}' is not a valid slug: use lowercase letters a-z, digits and single hyphens", {slug});
    return out;
  }
  out.path = kind->folder + "/" + slug + ".md";
  if (options.theme_archetype) {
    std::string text = *options.theme_archetype;
    text = ReplaceAll(text, "{{slug}}", slug);
    text = ReplaceAll(text, "{{title}}", TitleFromSlug(slug));
    text = ReplaceAll(text, "{{date}}", options.today.empty() ? "2000-01-01" : options.today);
    text = ReplaceAll(text, "{{schema}}", options.json_schema_path);
    out.text = std::move(text);
    return out;
  }
  std::vector<std::string> lines = {"---"};
  if (!options.json_schema_path.empty()) {
    lines.push_back("# yaml-language-server: $schema=" + options.json_schema_path);
  }
  lines.push_back("# " + (kind->label.empty() ? kind->name : kind->label) +
                  ". Velden met '# ' ervoor zijn optioneel: haal '# ' weg om ze te gebruiken.");
  EntryWriter writer(slug, options);
  std::vector<RawLine> raw;
  for (const FieldSpec& f : kind->fields) writer.Field(f, 0, f.required, -1, raw);
  for (RawLine& line : raw) {
    if (line.off_at >= 0) line.text.insert(static_cast<size_t>(line.off_at), "# ");
    lines.push_back(std::move(line.text));
  }
  lines.push_back("---");
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  out.text = text + BodySkeleton(*kind);
  return out;
}

}  // namespace leernet
