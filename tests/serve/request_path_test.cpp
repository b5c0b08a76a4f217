// Which request targets name a file of the site, and with what Content-Type it is served.
#include "serve/request_path.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace leernet::serve {
namespace {

TEST(ServeRequestPathTest, MapsRootAndFoldersToTheirIndexFiles) {
  EXPECT_EQ(ResolveRequestPath("/"), std::optional<std::string>("index.html"));
  EXPECT_EQ(ResolveRequestPath("/netwerken/"), std::optional<std::string>("netwerken/index.html"));
  EXPECT_EQ(ResolveRequestPath("/netwerken/veilig-samen/index.html"),
            std::optional<std::string>("netwerken/veilig-samen/index.html"));
  EXPECT_EQ(ResolveRequestPath("/zoeken/index.html?q=pdsa#top"), std::optional<std::string>("zoeken/index.html"));
  EXPECT_EQ(ResolveRequestPath("/?q=x"), std::optional<std::string>("index.html"));
}

TEST(ServeRequestPathTest, DecodesPercentEscapesOnce) {
  EXPECT_EQ(ResolveRequestPath("/a%20b/caf%C3%A9.html"), std::optional<std::string>("a b/caf\xC3\xA9.html"));
  EXPECT_EQ(ResolveRequestPath("/a+b.html"), std::optional<std::string>("a+b.html"));
  EXPECT_EQ(ResolveRequestPath("/%252e%252e/x"), std::optional<std::string>("%2e%2e/x"));
}

TEST(ServeRequestPathTest, RefusesTraversalPlainAndEncoded) {
  for (const char* target : {"/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/x", "/netwerken/../../x",
                             "/netwerken/..", "/netwerken/%2e%2e/index.html", "/./index.html", "/.%2findex.html",
                             "//etc/passwd", "/netwerken//index.html", "/netwerken%2f..%2f..%2fx"}) {
    EXPECT_EQ(ResolveRequestPath(target), std::nullopt) << target;
  }
}

TEST(ServeRequestPathTest, RefusesNulControlBytesBackslashesAndBadEscapes) {
  for (const char* target : {"/index.html%00.css", "/..%5c..%5cetc%5cpasswd", "/a\\b.html", "/a%0a.html",
                             "/a%7f.html", "/%zz", "/%2", "/%", "index.html", ""}) {
    EXPECT_EQ(ResolveRequestPath(target), std::nullopt) << target;
  }
}

TEST(ServeRequestPathTest, ChoosesContentTypeByExtension) {
  EXPECT_EQ(ContentTypeFor("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("assets/style.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("search/index.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("search/index.json"), "application/json; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("kaart/map.svg"), "image/svg+xml; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("sitemap.xml"), "application/xml; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("export/netwerken.csv"), "text/csv; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("assets/logo.PNG"), "image/png");
  EXPECT_EQ(ContentTypeFor("assets/font.woff2"), "font/woff2");
  EXPECT_EQ(ContentTypeFor("assets.d/LICENSE"), "application/octet-stream");
}

}  // namespace
}  // namespace leernet::serve
