#include "load/content_loader.h"

#include <gtest/gtest.h>

#include "support/test_site.h"
#include "yaml/yaml_reader.h"

namespace leernet {
namespace {

Schema SmallSchema() {
  Diagnostics diags;
  std::optional<Value> doc = ReadYaml(
      "kinds:\n  netwerk: {folder: netwerken, fields: {titel: {type: string}}}\n"
      "  praktijk: {folder: praktijken, fields: {titel: {type: string}}}\n",
      "schema.yaml", 1, diags);
  return ParseSchema(*doc, "schema.yaml", diags);
}

TEST(ContentLoaderTest, SplitsFrontMatterAndRemembersWhereTheBodyStarts) {
  MemoryFileSystem fs(
      std::map<std::string, std::string>{{"c/netwerken/level.md", "---\ntitel: LeVEL\n---\n# Kop\ntekst\n"}});
  Diagnostics diags;
  LoadedContent content = LoadContent(fs, "c", SmallSchema(), diags);
  ASSERT_EQ(content.entries.size(), 1u);
  const SourceEntry& e = content.entries[0];
  EXPECT_EQ(e.kind, "netwerk");
  EXPECT_EQ(e.slug, "level");
  EXPECT_EQ(e.rel_path, "netwerken/level.md");
  EXPECT_EQ(e.fields.Find("titel")->scalar, "LeVEL");
  EXPECT_EQ(e.fields.entries[0].key_pos.line, 2);
  EXPECT_EQ(e.body, "# Kop\ntekst\n");
  EXPECT_EQ(e.body_line, 4);
  EXPECT_FALSE(diags.HasErrors());
}

TEST(ContentLoaderTest, ReadsYamlEntriesWithBodyField) {
  MemoryFileSystem fs(
      std::map<std::string, std::string>{{"c/praktijken/pdsa.yaml", "titel: PDSA\nbody: |\n  Plan, do.\n"}});
  Diagnostics diags;
  LoadedContent content = LoadContent(fs, "c", SmallSchema(), diags);
  ASSERT_EQ(content.entries.size(), 1u);
  EXPECT_EQ(content.entries[0].body, "Plan, do.\n");
  EXPECT_EQ(content.entries[0].fields.Find("body"), nullptr);
}

TEST(ContentLoaderTest, OrdersByKindThenSlugAndWarnsAboutStrayFiles) {
  MemoryFileSystem fs({{"c/praktijken/b.md", "---\ntitel: B\n---\n"},
                       {"c/netwerken/z.md", "---\ntitel: Z\n---\n"},
                       {"c/netwerken/a.md", "---\ntitel: A\n---\n"},
                       {"c/losse.md", "---\n---\n"},
                       {"c/_schemas/netwerk.json", "{}"},
                       {"c/.git/config", "x"}});
  Diagnostics diags;
  LoadedContent content = LoadContent(fs, "c", SmallSchema(), diags);
  ASSERT_EQ(content.entries.size(), 3u);
  EXPECT_EQ(content.entries[0].slug, "a");
  EXPECT_EQ(content.entries[1].slug, "z");
  EXPECT_EQ(content.entries[2].slug, "b");
  EXPECT_FALSE(diags.HasErrors());
  EXPECT_EQ(testing::Headlines(diags),
            (std::vector<std::string>{"c/losse.md: waarschuwing: genegeerd: items horen in de map van hun soort"}));
}

TEST(ContentLoaderTest, KeepsImagesAndAttachmentsNextToEntriesAndInMedia) {
  MemoryFileSystem fs({{"c/netwerken/a.md", "---\ntitel: A\n---\n"},
                       {"c/netwerken/Foto.JPG", "jpg"},
                       {"c/netwerken/plaatjes/kaart.svg", "<svg/>"},
                       {"c/media/logo.png", std::string(3000, 'p')},
                       {"c/media/folders/werkblad.pdf", "pdf"}});
  Diagnostics diags;
  LoadLimits limits;
  limits.image_warn_bytes = 2048;
  LoadedContent content = LoadContent(fs, "c", SmallSchema(), diags, limits);
  ASSERT_EQ(content.entries.size(), 1u);
  std::vector<std::string> media;
  for (const MediaFile& file : content.media) media.push_back(file.rel_path);
  EXPECT_EQ(media, (std::vector<std::string>{"media/folders/werkblad.pdf", "media/logo.png", "netwerken/Foto.JPG",
                                             "netwerken/plaatjes/kaart.svg"}));
  EXPECT_EQ(content.media[0].type, MediaType::kAttachment);
  EXPECT_EQ(content.media[1].type, MediaType::kImage);
  EXPECT_EQ(content.media[1].bytes, 3000);
  EXPECT_EQ(testing::HeadlinesAndTips(diags),
            (std::vector<std::string>{
                "c/media/logo.png: waarschuwing: afbeelding is 3 kB, meer dan 2 kB",
                "  tip: verklein de afbeelding (bijvoorbeeld tot 1600 pixels breed) of sla haar op als .webp of .jpg; "
                "de grens staat in site.yaml onder media.image_warn_kb"}));
}

TEST(ContentLoaderTest, RefusesFilesThatWouldBeLostWithoutAWord) {
  MemoryFileSystem fs({{"c/netwerken/a.md", "---\ntitel: A\n---\n"},
                       {"c/netwerken/b.markdown", "---\ntitel: B\n---\n"},
                       {"c/netwerken/c.html", "<p>c</p>"},
                       {"c/netwerken/oud/d.md", "---\ntitel: D\n---\n"},
                       {"c/netwerk/e.md", "---\ntitel: E\n---\n"},
                       {"c/netwerk/f.md", "---\ntitel: F\n---\n"},
                       {"c/media/g.md", "---\ntitel: G\n---\n"}});
  Diagnostics diags;
  LoadedContent content = LoadContent(fs, "c", SmallSchema(), diags);
  ASSERT_EQ(content.entries.size(), 1u);
  EXPECT_EQ(
      testing::Headlines(diags),
      (std::vector<std::string>{
          "c/media/g.md: fout: items horen in de map van hun soort, niet in 'media/'",
          "c/netwerk: fout: map 'netwerk' is niet de map van een soort: de bestanden erin komen niet in de site "
          "(bedoel je 'netwerken'?)",
          "c/netwerken/b.markdown: fout: 'b.markdown' wordt niet gelezen: items in Markdown hebben de extensie .md",
          "c/netwerken/c.html: fout: bestandstype van 'c.html' wordt niet gepubliceerd",
          "c/netwerken/oud/d.md: fout: items van soort netwerk horen direct in 'netwerken/', niet in een submap"}));
}

TEST(ContentLoaderTest, RefusesFilesOverTheSizeLimit) {
  MemoryFileSystem fs(
      std::map<std::string, std::string>{{"c/netwerken/groot.md", "---\ntitel: x\n---\n" + std::string(200, 'x')}});
  Diagnostics diags;
  LoadLimits limits;
  limits.max_file_bytes = 100;
  LoadedContent content = LoadContent(fs, "c", SmallSchema(), diags, limits);
  EXPECT_TRUE(content.entries.empty());
  EXPECT_EQ(testing::Headlines(diags),
            std::vector<std::string>{"c/netwerken/groot.md: fout: bestand is 217 bytes, meer dan de grens van 100"});
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].message.en, "file is 217 bytes, more than the limit of 100");
}

TEST(ContentLoaderTest, AcceptsByteOrderMarkAndWindowsLineEnds) {
  MemoryFileSystem fs(
      std::map<std::string, std::string>{{"c/netwerken/bom.md", "\xEF\xBB\xBF---\r\ntitel: BOM\r\n---\r\nTekst\r\n"}});
  Diagnostics diags;
  LoadedContent content = LoadContent(fs, "c", SmallSchema(), diags);
  ASSERT_EQ(content.entries.size(), 1u) << testing::JoinLines(testing::Headlines(diags));
  EXPECT_EQ(content.entries[0].fields.Find("titel")->scalar, "BOM");
}

}  // namespace
}  // namespace leernet
