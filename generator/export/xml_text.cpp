#include "export/xml_text.h"

#include "base/text.h"

namespace leernet {

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const std::string_view entity = MarkupEntity(c, kXmlApostrophe);
    if (!entity.empty()) {
      out += entity;
    } else if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
      out += c;
    }  // other C0 controls are not XML 1.0 characters: dropped
  }
  return out;
}

}  // namespace leernet
