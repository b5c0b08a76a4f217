// A Mustache renderer that reads TemplateValues directly, so a page is rendered
// without first copying its data into another tree, and a template is parsed
// once per build.
//
// Its output is byte-identical to kainjow/mustache 4.1 (the library this
// replaced, and the one tests/unit/render compares it with), including that
// library's whitespace rule: a rendered line that held a section tag and came
// out as only spaces and tabs is dropped with its line end, while a section
// that renders nothing does not count as a tag. Partials are included as text
// before parsing; lambdas do not exist in TemplateValue.
#include "render/mustache_engine.h"

#include <cctype>
#include <string_view>
#include <vector>

#include "base/text.h"

namespace leernet {

namespace {

enum class NodeKind { kText, kNewline, kVariable, kSection, kInverted };

struct Node {
  NodeKind kind = NodeKind::kText;
  std::string text; // kText, kNewline: the bytes; tags: the name as written
  std::vector<std::string> path; // tags: the name split at dots; empty for "."
  bool escape = true;            // kVariable
  std::vector<Node> children;    // sections
};

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
    ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
    --e;
  return std::string(s.substr(b, e - b));
}

// Splits like std::getline on '.': "a..b" gives a, "", b; a trailing dot adds
// no empty part.
std::vector<std::string> SplitName(const std::string &name) {
  std::vector<std::string> parts;
  if (name == ".")
    return parts;
  size_t start = 0;
  while (start < name.size()) {
    size_t dot = name.find('.', start);
    if (dot == std::string::npos)
      dot = name.size();
    parts.push_back(name.substr(start, dot - start));
    start = dot + 1;
  }
  if (parts.empty())
    parts.push_back("");
  return parts;
}

bool ValidDelimiter(const std::string &d) {
  for (char c : d) {
    if (c == '=' || std::isspace(static_cast<unsigned char>(c)))
      return false;
  }
  return true;
}

// "=<% %>=" -> begin "<%", end "%>".
bool ParseDelimiters(const std::string &contents, std::string &begin,
                     std::string &end) {
  if (contents.size() < 5 || contents.back() != '=')
    return false;
  std::string inner =
      Trim(std::string_view(contents).substr(1, contents.size() - 2));
  size_t space = inner.find(' ');
  if (space == std::string::npos)
    return false;
  size_t next = inner.find_first_not_of(' ', space + 1);
  if (next == std::string::npos)
    return false;
  std::string b = inner.substr(0, space), e = inner.substr(next);
  if (!ValidDelimiter(b) || !ValidDelimiter(e))
    return false;
  begin = b;
  end = e;
  return true;
}

enum class TagType {
  kVariable,
  kUnescaped,
  kSection,
  kInverted,
  kEnd,
  kPartial,
  kComment,
  kDelimiter
};

class Parser {
public:
  // Returns "" or the error, in the words of the library this engine replaced.
  std::string Parse(const std::string &in, std::vector<Node> &root) {
    std::string begin = "{{", end = "}}";
    bool brace = true;
    struct Open {
      std::vector<Node> *children;
      Node *node;
      size_t position;
    };
    // Only the innermost open section grows, so pointers to the open ones stay
    // valid.
    std::vector<Open> open = {{&root, nullptr, 0}};
    std::string text;
    auto flush = [&] {
      if (text.empty())
        return;
      std::vector<Node> &into = *open.back().children;
      if (!into.empty() && into.back().kind == NodeKind::kText) {
        into.back().text += text;
      } else {
        Node n;
        n.text = std::move(text);
        into.push_back(std::move(n));
      }
      text.clear();
    };
    const size_t size = in.size();
    for (size_t pos = 0; pos != size;) {
      if (in.compare(pos, begin.size(), begin) != 0) {
        size_t nl = in[pos] == '\r' && pos + 1 < size && in[pos + 1] == '\n'
                        ? 2
                        : (in[pos] == '\n' || in[pos] == '\r');
        if (nl) {
          flush();
          Node n;
          n.kind = NodeKind::kNewline;
          n.text = in.substr(pos, nl);
          open.back().children->push_back(std::move(n));
          pos += nl;
        } else {
          text += in[pos++];
        }
        continue;
      }
      flush();
      const size_t tag_start = pos;
      size_t contents = tag_start + begin.size();
      const bool triple = brace && tag_start != size - 2 && contents < size &&
                          in[contents] == begin[0];
      const std::string &close = triple ? kTripleEnd : end;
      if (triple)
        ++contents;
      size_t tag_end = in.find(close, contents);
      if (tag_end == std::string::npos)
        return "Unclosed tag at " + std::to_string(tag_start);
      std::string body =
          Trim(std::string_view(in).substr(contents, tag_end - contents));
      pos = tag_end + close.size();
      if (!body.empty() && body[0] == '=') {
        if (!ParseDelimiters(body, begin, end))
          return "Invalid set delimiter tag at " + std::to_string(tag_start);
        brace = begin == "{{" && end == "}}";
        continue;
      }
      std::string name;
      TagType type = Classify(triple, body, name);
      if (type == TagType::kComment || type == TagType::kPartial ||
          type == TagType::kDelimiter)
        continue;
      if (type == TagType::kEnd) {
        if (open.size() == 1)
          return "Unopened section \"" + name + "\" at " +
                 std::to_string(tag_start);
        // The library closes the innermost section whatever the name, and
        // reports a mismatch afterwards as that section being unclosed.
        if (open.back().node->text != name)
          Bad(open.back());
        open.pop_back();
        continue;
      }
      Node n;
      n.kind = type == TagType::kSection    ? NodeKind::kSection
               : type == TagType::kInverted ? NodeKind::kInverted
                                            : NodeKind::kVariable;
      n.escape = type == TagType::kVariable;
      n.text = name;
      n.path = SplitName(name);
      std::vector<Node> &into = *open.back().children;
      into.push_back(std::move(n));
      if (type == TagType::kSection || type == TagType::kInverted) {
        open.push_back({&into.back().children, &into.back(), tag_start});
      }
    }
    flush();
    for (size_t i = 1; i < open.size(); ++i)
      Bad(open[i]);
    if (bad_)
      return "Unclosed section \"" + bad_name_ + "\" at " +
             std::to_string(bad_position_);
    return "";
  }

private:
  static inline const std::string kTripleEnd = "}}}";

  // The library reports, of the sections left open or closed by another name,
  // the one that starts first.
  template <typename Open> void Bad(const Open &o) {
    if (!bad_ || o.position < bad_position_) {
      bad_ = true;
      bad_name_ = o.node->text;
      bad_position_ = o.position;
    }
  }

  static TagType Classify(bool triple, const std::string &body,
                          std::string &name) {
    if (triple) {
      name = body;
      return TagType::kUnescaped;
    }
    if (body.empty())
      return TagType::kVariable;
    TagType type;
    switch (body[0]) {
    case '#':
      type = TagType::kSection;
      break;
    case '^':
      type = TagType::kInverted;
      break;
    case '/':
      type = TagType::kEnd;
      break;
    case '>':
      type = TagType::kPartial;
      break;
    case '&':
      type = TagType::kUnescaped;
      break;
    case '!':
      type = TagType::kComment;
      break;
    default:
      name = body;
      return TagType::kVariable;
    }
    name = Trim(std::string_view(body).substr(1));
    return type;
  }

  bool bad_ = false;
  std::string bad_name_;
  size_t bad_position_ = 0;
};

// kainjow/mustache writes the apostrophe as &apos;, so this does too.
void AppendEscaped(std::string &out, const std::string &s) { AppendEscapedMarkup(out, s, kXmlApostrophe); }

const TemplateValue *Member(const TemplateValue *v, const std::string &key) {
  if (v->type() != TemplateValue::Type::kMap)
    return nullptr;
  const auto &entries = v->entries();
  // A key set twice keeps its last value.
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    if (it->first == key)
      return &it->second;
  }
  return nullptr;
}

class Renderer {
public:
  explicit Renderer(std::string &out) : out_(out) {}

  void Push(const TemplateValue *v) { stack_.push_back(v); }

  void Render(const std::vector<Node> &nodes) {
    for (const Node &n : nodes) {
      switch (n.kind) {
      case NodeKind::kText:
        line_ += n.text;
        break;
      case NodeKind::kNewline:
        EndLine(&n.text);
        break;
      case NodeKind::kVariable:
        if (const TemplateValue *v = Find(n);
            v && v->type() == TemplateValue::Type::kText) {
          if (n.escape) {
            AppendEscaped(line_, v->text());
          } else {
            line_ += v->text();
          }
        }
        break;
      case NodeKind::kSection:
        if (const TemplateValue *v = Find(n); v && !IsFalsy(*v)) {
          if (v->type() == TemplateValue::Type::kList) {
            for (const TemplateValue &item : v->items())
              Section(n, &item);
          } else {
            Section(n, v);
          }
        }
        break;
      case NodeKind::kInverted:
        if (const TemplateValue *v = Find(n); !v || IsFalsy(*v))
          Section(n, nullptr);
        break;
      }
    }
  }

  void Finish() { EndLine(nullptr); }

private:
  static bool IsFalsy(const TemplateValue &v) {
    return (v.type() == TemplateValue::Type::kBool && !v.flag()) ||
           (v.type() == TemplateValue::Type::kList && v.items().empty());
  }

  void Section(const Node &n, const TemplateValue *pushed) {
    section_tag_ = true;
    if (pushed)
      stack_.push_back(pushed);
    Render(n.children);
    if (pushed)
      stack_.pop_back();
    section_tag_ = true;
  }

  const TemplateValue *Find(const Node &n) const {
    if (n.path.empty())
      return stack_.back();
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      const TemplateValue *v = *it;
      for (const std::string &part : n.path) {
        if (!(v = Member(v, part)))
          break;
      }
      if (v)
        return v;
    }
    return nullptr;
  }

  void EndLine(const std::string *line_end) {
    bool blank = true;
    for (char c : line_) {
      if (c != ' ' && c != '\t') {
        blank = false;
        break;
      }
    }
    if (!(section_tag_ && blank)) {
      out_ += line_;
      if (line_end)
        out_ += *line_end;
    }
    line_.clear();
    section_tag_ = false;
  }

  std::string &out_;
  std::string line_;
  bool section_tag_ = false;
  std::vector<const TemplateValue *> stack_;
};

// Partials are included as text before compiling, as Mustache defines them, so
// that a page render does not parse the partials again for every page.
std::string InlinePartials(const std::string &text,
                           const std::map<std::string, std::string> *partials,
                           int depth) {
  if (!partials || depth > 8)
    return text;
  std::string out;
  size_t pos = 0;
  for (size_t open; (open = text.find("{{>", pos)) != std::string::npos;) {
    size_t close = text.find("}}", open);
    if (close == std::string::npos)
      break;
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    out += text.substr(pos, open - pos);
    auto it = partials->find(name);
    if (it != partials->end())
      out += InlinePartials(it->second, partials, depth + 1);
    pos = close + 2;
  }
  return out + text.substr(pos);
}

} // namespace

struct CompiledTemplate::Impl {
  std::vector<Node> nodes;
  std::string error;
  size_t size_hint = 0;
};

CompiledTemplate::CompiledTemplate(
    const std::string &text, const std::map<std::string, std::string> *partials)
    : impl_(std::make_unique<Impl>()) {
  std::string full = InlinePartials(text, partials, 0);
  impl_->error = Parser().Parse(full, impl_->nodes);
  if (!impl_->error.empty())
    impl_->nodes.clear();
  impl_->size_hint = full.size();
}

CompiledTemplate::~CompiledTemplate() = default;

bool CompiledTemplate::valid() const { return impl_->error.empty(); }

const std::string &CompiledTemplate::error() const { return impl_->error; }

struct TemplateGlobals::Impl {
  TemplateValue data;
};

TemplateGlobals::TemplateGlobals(const TemplateValue &data)
    : impl_(std::make_unique<Impl>()) {
  impl_->data = data;
}

TemplateGlobals::~TemplateGlobals() = default;

std::string CompiledTemplate::Render(const TemplateValue &data,
                                     const TemplateGlobals &globals,
                                     std::string *error) const {
  std::string out;
  if (!valid()) {
    if (error)
      *error = impl_->error;
    return out;
  }
  out.reserve(impl_->size_hint * 2);
  Renderer r(out);
  r.Push(&globals.impl_->data);
  r.Push(&data); // pushed last, searched first
  r.Render(impl_->nodes);
  r.Finish();
  return out;
}

std::string CompiledTemplate::Render(const TemplateValue &data,
                                     std::string *error) const {
  std::string out;
  if (!valid()) {
    if (error)
      *error = impl_->error;
    return out;
  }
  Renderer r(out);
  r.Push(&data);
  r.Render(impl_->nodes);
  r.Finish();
  return out;
}

} // namespace leernet
