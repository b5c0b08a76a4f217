#include "render/matcher_data.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "base/json_text.h"
#include "render/site_renderer.h"

namespace leernet {

namespace {

// The kinds the page matches and the field through which a practice names the
// types it suits.
constexpr const char *kKenmerkKind = "kenmerk";
constexpr const char *kTypeKind = kMatcherTypeKind;
constexpr const char *kPracticeKind = "praktijk";
constexpr const char *kProfileField = "kenmerken";  // on a type: list of {kenmerk, pool, toelichting}
constexpr const char *kSuitsField = "geschikt_voor";
constexpr const char *kBoth = "beide";  // a value on both poles ("schaal: beide")

std::string Lower(std::string s) {
  for (char &c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Text(const Entry &e, const std::string &field) {
  const FieldValue *v = e.Find(field);
  return v ? v->text : "";
}

const FieldValue *Child(const FieldValue &object, const std::string &name) {
  for (const NamedFieldValue &f : object.fields) {
    if (f.first == name) return &f.second;
  }
  return nullptr;
}

bool Editorial(const Entry &e, const std::string &field) {
  const FieldValue *v = e.Find("redactioneel");
  if (!v) return false;
  return std::any_of(v->items.begin(), v->items.end(), [&](const FieldValue &i) { return i.text == field; });
}

class Builder {
 public:
  Builder(const SiteModel &model, Diagnostics &diags) : model_(model), diags_(diags) {
    for (size_t i : model.EntriesOfKind(kKenmerkKind)) {
      const Entry &e = model.entries[i];
      kenmerken_.push_back({e.slug, e.title, e.summary, model.UrlOf(i), Text(e, "pool_a"), Text(e, "pool_b")});
    }
  }

  MatcherData Build() {
    MatcherData out;
    for (size_t i : model_.EntriesOfKind(kTypeKind)) out.types.push_back(Candidate(i));
    for (size_t i : model_.EntriesOfKind(kPracticeKind)) out.practices.push_back(Candidate(i));
    for (const MatcherQuestion &q : kenmerken_) {
      if (used_.count(q.kenmerk)) out.questions.push_back(q);
    }
    return out;
  }

 private:
  const MatcherQuestion *Kenmerk(const std::string &slug) const {
    for (const MatcherQuestion &q : kenmerken_) {
      if (q.kenmerk == slug) return &q;
    }
    return nullptr;
  }

  // "a", "b" or "ab" for a pole's text; "" (and an error) for anything else.
  std::string Pole(const Entry &e, const MatcherQuestion &k, const FieldValue &v) {
    std::string text = Lower(v.text);
    if (text == Lower(k.pool_a)) return "a";
    if (text == Lower(k.pool_b)) return "b";
    if (text == kBoth) return "ab";
    diags_.Error(e.path, v.pos,
                 Say("'{0}' is geen waarde van kenmerk {1}: gebruik '{2}', '{3}' of '{4}'",
                     "'{0}' is no value of kenmerk {1}: use '{2}', '{3}' or '{4}'",
                     {v.text, k.kenmerk, k.pool_a, k.pool_b, kBoth}));
    return "";
  }

  void AddValue(MatcherCandidate &c, const Entry &e, const MatcherQuestion &k, const FieldValue &v, std::string why,
                bool editorial) {
    std::string pole = Pole(e, k, v);
    if (pole.empty()) return;
    auto same = [&](const MatcherValue &m) { return m.kenmerk == k.kenmerk; };
    if (std::any_of(c.values.begin(), c.values.end(), same)) {
      diags_.Error(e.path, v.pos,
                   Say("kenmerk {0} heeft twee keer een waarde", "kenmerk {0} has a value twice", {k.kenmerk}),
                   Say("laat één waarde voor dit kenmerk staan", "keep one value for this kenmerk"));
      return;
    }
    used_.insert(k.kenmerk);
    c.values.push_back({k.kenmerk, pole, std::move(why), editorial});
  }

  MatcherCandidate Candidate(size_t i) {
    const Entry &e = model_.entries[i];
    MatcherCandidate c{e.slug, e.title, e.summary, model_.UrlOf(i), {}, {}, false};
    for (const auto &[name, value] : e.fields) {
      if (name == kProfileField && value.spec->type == FieldType::kList) {
        bool editorial = Editorial(e, name);
        for (const FieldValue &item : value.items) {
          const FieldValue *kenmerk = Child(item, "kenmerk");
          const FieldValue *pool = Child(item, "pool");
          const FieldValue *why = Child(item, "toelichting");
          const MatcherQuestion *k = kenmerk ? Kenmerk(kenmerk->text) : nullptr;
          if (k && pool) AddValue(c, e, *k, *pool, why ? why->text : "", editorial);
        }
      } else if (const MatcherQuestion *k = Kenmerk(name);
                 k && (value.spec->type == FieldType::kEnum || value.spec->type == FieldType::kString)) {
        AddValue(c, e, *k, value, "", Editorial(e, name));
      } else if (name == kSuitsField) {
        c.types = model_.ValuesOf(i, name);
        c.types_editorial = Editorial(e, name);
      }
    }
    // Kenmerk order, so the reasons read in the order of the questions.
    auto rank = [&](const MatcherValue &v) { return Kenmerk(v.kenmerk) - kenmerken_.data(); };
    std::stable_sort(c.values.begin(), c.values.end(),
                     [&](const MatcherValue &x, const MatcherValue &y) { return rank(x) < rank(y); });
    return c;
  }

  const SiteModel &model_;
  Diagnostics &diags_;
  std::vector<MatcherQuestion> kenmerken_;
  std::set<std::string> used_;
};

std::string CandidateJson(const MatcherCandidate &c) {
  std::string out = "{\"slug\":" + JsonString(c.slug) + ",\"title\":" + JsonString(c.title) +
                    ",\"summary\":" + JsonString(c.summary) + ",\"href\":" + JsonString(c.href) + ",\"values\":[";
  for (size_t i = 0; i < c.values.size(); ++i) {
    const MatcherValue &v = c.values[i];
    if (i) out += ',';
    out += "{\"kenmerk\":" + JsonString(v.kenmerk) + ",\"pool\":" + JsonString(v.pool) +
           ",\"why\":" + JsonString(v.why) + ",\"editorial\":" + (v.editorial ? "true" : "false") + "}";
  }
  out += "],\"types\":" + JsonStringArray(c.types) + ",\"typesEditorial\":" + (c.types_editorial ? "true" : "false");
  return out + "}";
}

std::string CandidatesJson(const std::vector<MatcherCandidate> &list) {
  std::string out = "[";
  for (size_t i = 0; i < list.size(); ++i) out += (i ? ",\n" : "\n") + CandidateJson(list[i]);
  return out + "]";
}

}  // namespace

MatcherData BuildMatcherData(const SiteModel &model, Diagnostics &diags) { return Builder(model, diags).Build(); }

std::string MatcherScript(const MatcherData &data) {
  std::string out =
      "// Generated by leernet from the content: the kenmerken "
      "and the values of types and practices.\n";
  out += "window.leernetMatcher = {\"questions\":[";
  for (size_t i = 0; i < data.questions.size(); ++i) {
    const MatcherQuestion &q = data.questions[i];
    out += std::string(i ? ",\n" : "\n") + "{\"kenmerk\":" + JsonString(q.kenmerk) +
           ",\"title\":" + JsonString(q.title) + ",\"href\":" + JsonString(q.href) + ",\"a\":" + JsonString(q.pool_a) +
           ",\"b\":" + JsonString(q.pool_b) + "}";
  }
  out += "],\n\"types\":" + CandidatesJson(data.types) + ",\n\"practices\":" + CandidatesJson(data.practices) + "};\n";
  return out;
}

void RenderMatcherPage(const PageContext &ctx, const MatcherData &data, OutputSet &output, Diagnostics &diags) {
  const std::string root = "../";
  TemplateValue page = SimplePageData(ctx, root, "matcher_title", "Welk netwerk of welke werkvorm past bij mij?");
  TemplateValue questions = TemplateValue::List();
  for (const MatcherQuestion &q : data.questions) {
    questions.Push(TemplateValue()
                       .Set("kenmerk", q.kenmerk)
                       .Set("title", q.title)
                       .Set("text", q.text)
                       .Set("href", root + q.href)
                       .Set("pool_a", q.pool_a)
                       .Set("pool_b", q.pool_b));
  }
  page.Set("questions", std::move(questions));
  page.Set("matcher_current", true);
  // A site whose schema lacks these kinds still gets the page, without the
  // links to them.
  if (ctx.model.schema->FindKind(kTypeKind)) page.Set("types_href", root + ctx.model.KindUrl(kTypeKind));
  if (ctx.model.schema->FindKind(kPracticeKind)) {
    page.Set("practices_href", root + ctx.model.KindUrl(kPracticeKind));
  }
  page.Set("data_script", "matcher-data.js");
  RenderOnePage(ctx, "matcher.html", kMatcherPage, page, output, diags);
  if (!output.Add(kMatcherScript, MatcherScript(data)))
    diags.Error(kMatcherScript, {}, Say("het uitvoerpad is al bezet", "the output path is taken"),
                Say("hernoem de pagina of het bestand met dit pad", "rename the page or file with this path"));
}

}  // namespace leernet
