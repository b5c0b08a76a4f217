// What the command line says about wrong arguments, word for word, in Dutch and with --lang en:
// the argument parser's own English never reaches an editor.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

namespace leernet {
namespace {

struct Case {
  const char* args;
  const char* output;  // both streams
};

// The exit code; what the command printed on both streams goes to `output`.
int Leernet(const std::string& args, std::string& output) {
  std::string cmd = std::string("'") + LEERNET_BINARY + "' " + args + " 2>&1";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  output.clear();
  char buffer[4096];
  for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
  int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void PrintTo(const Case& c, std::ostream* os) { *os << "leernet " << c.args; }

class CommandLineTest : public ::testing::TestWithParam<Case> {};

TEST_P(CommandLineTest, SaysWhatIsWrongAndExitsWithTwo) {
  std::string output;
  EXPECT_EQ(Leernet(GetParam().args, output), 2) << output;
  EXPECT_EQ(output, GetParam().output);
}

constexpr char kNl[] = "\nZie leernet --help voor meer uitleg.\n";
constexpr char kEn[] = "\nRun with --help for more information.\n";

std::string Nl(const std::string& message) { return "leernet: " + message + kNl; }
std::string En(const std::string& message) { return "leernet: " + message + kEn; }

const std::string kCases[][2] = {
    {"", Nl("geef een opdracht: build, check, analyze, serve, schema of new")},
    {"bouw", Nl("onbekende opdracht 'bouw'; kies uit build, check, analyze, serve, schema of new")},
    {"--lang en buld",
     En("unknown command 'buld' (did you mean 'build'?); choose from build, check, analyze, serve, schema or new")},
    {"chek",
     Nl("onbekende opdracht 'chek' (bedoel je 'check'?); kies uit build, check, analyze, serve, schema of new")},
    {"build --port 3", Nl("niet verwacht: --port 3")},
    {"build --port 3 --lang en", En("not expected: --port 3")},
    {"serve --port abc", Nl("--port: 'abc' is geen geheel getal van 0 tot en met 65535")},
    {"serve --port 70000 --lang en", En("--port: '70000' is not a whole number from 0 to 65535")},
    {"serve --port 1 --port 2", Nl("--port mag maar één keer gegeven worden (nu 2 keer)")},
    {"build --jobs -1", Nl("--jobs: '-1' is geen geheel getal van 0 tot en met 1024")},
    {"check --jobs 2.5 --lang en", En("--jobs: '2.5' is not a whole number from 0 to 1024")},
    {"check --format xml", Nl("--format: 'xml' kan niet; kies text of json")},
    {"check --format xml --lang en", En("--format: 'xml' is not allowed; choose text or json")},
    {"check --source", Nl("--source verwacht een waarde")},
    {"--lang en build --out", En("--out needs a value")},
    {"check --quiet=maybe", Nl("--quiet kan niet de waarde 'maybe' krijgen")},
    {"--lang=en check --strict=maybe", En("--strict cannot take the value 'maybe'")},
};

std::vector<Case> Cases() {
  std::vector<Case> cases;
  for (const auto& c : kCases) cases.push_back({c[0].c_str(), c[1].c_str()});
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Arguments, CommandLineTest, ::testing::ValuesIn(Cases()));

TEST(CommandLineHelpTest, IsInDutchUnlessAskedForEnglish) {
  std::string nl, en;
  ASSERT_EQ(Leernet("serve --help", nl), 0);
  EXPECT_NE(nl.find("Gebruik: "), std::string::npos) << nl;
  EXPECT_NE(nl.find("  -h,--help                   Toon deze uitleg\n"), std::string::npos) << nl;
  EXPECT_NE(nl.find("  --port GETAL:0..65535=8080  Poort; 0 kiest een vrije\n"), std::string::npos) << nl;
  EXPECT_EQ(nl.find("Options"), std::string::npos) << nl;
  ASSERT_EQ(Leernet("--lang en serve --help", en), 0);
  EXPECT_NE(en.find("Usage: "), std::string::npos) << en;
  EXPECT_NE(en.find("  --port INT:0..65535=8080    Port; 0 picks a free one\n"), std::string::npos) << en;
  std::string top;
  ASSERT_EQ(Leernet("--help", top), 0);
  EXPECT_NE(top.find("Opdrachten:\n  build                       Bouw de site in een map\n"), std::string::npos) << top;
}

}  // namespace
}  // namespace leernet
