// The live reload parts that need no server: the script's injection, the event format, the hub.
#include "serve/live_reload.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace leernet::serve {
namespace {

using namespace std::chrono_literals;

TEST(LiveReloadTest, InjectsTheScriptBeforeTheLastBodyClose) {
  std::string page = InjectReloadScript("<html><body><p>&lt;/body&gt;</p></BODY></html>");
  EXPECT_EQ(page, "<html><body><p>&lt;/body&gt;</p><script src=\"/__leernet/livereload.js\"></script>\n</BODY></html>");
  EXPECT_EQ(InjectReloadScript("<p>no body</p>"), "<p>no body</p><script src=\"/__leernet/livereload.js\"></script>\n");
}

TEST(LiveReloadTest, DoesNotInjectTwiceWhenTheThemeLoadsTheScript) {
  std::string page = "<body><script src=\"/__leernet/livereload.js\" defer></script></body>";
  EXPECT_EQ(InjectReloadScript(page), page);
}

TEST(LiveReloadTest, PutsTheRootBaseIntoHeadNotHeader) {
  EXPECT_EQ(InjectRootBase("<html><HEAD lang=x><title>t</title></head><body><header>h</header></body></html>"),
            "<html><HEAD lang=x><base href=\"/\"><title>t</title></head><body><header>h</header></body></html>");
  EXPECT_EQ(InjectRootBase("<body><header>h</header></body>"), "<body><header>h</header></body>");
}

TEST(LiveReloadTest, SplitsEventDataIntoDataLines) {
  EXPECT_EQ(FormatServerSentEvent("reload", ""), "event: reload\ndata: \n\n");
  EXPECT_EQ(FormatServerSentEvent("error", "a.md:1:2: error: x\r\n  1 | y\n"),
            "event: error\ndata: a.md:1:2: error: x\ndata:   1 | y\ndata: \n\n");
}

TEST(LiveReloadTest, HubHandsOutOnlyTheLatestEvent) {
  EventHub hub;
  EXPECT_EQ(hub.WaitNewer(0, 1ms), std::nullopt);
  hub.Publish("reload", "");
  hub.Publish("error", "broken");
  std::optional<ReloadEvent> event = hub.WaitNewer(0, 1ms);
  ASSERT_TRUE(event.has_value());
  EXPECT_EQ(event->seq, 2u);
  EXPECT_EQ(event->type, "error");
  EXPECT_EQ(event->data, "broken");
  EXPECT_EQ(hub.WaitNewer(2, 1ms), std::nullopt);
}

TEST(LiveReloadTest, CloseWakesWaiters) {
  EventHub hub;
  std::thread closer([&] {
    std::this_thread::sleep_for(20ms);
    hub.Close();
  });
  // Without Close() this would wait the full minute; with it the test ends promptly.
  EXPECT_EQ(hub.WaitNewer(0, 60s), std::nullopt);
  EXPECT_TRUE(hub.closed());
  closer.join();
}

TEST(LiveReloadScriptTest, OverlayWordsFollowTheLanguage) {
  std::string nl = LiveReloadScript();
  std::string en = LiveReloadScript(Lang::kEn);
  EXPECT_NE(nl.find("'leernet: het bouwen is mislukt; dit is de laatste goede versie van de pagina.'"),
            std::string::npos);
  EXPECT_NE(en.find("'leernet: the build failed; this is the last good version of the page.'"), std::string::npos);
  EXPECT_EQ(en.find("{{"), std::string::npos);
}

}  // namespace
}  // namespace leernet::serve
