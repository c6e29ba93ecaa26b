#include "text/dateline.h"

#include <gtest/gtest.h>

namespace khaldun::text {
namespace {

struct Case {
  const char* text;
  const char* rest;  // what follows the dateline; nullptr = no dateline
};

TEST(Dateline, FindsWireDatelinesOnly) {
  const Case cases[] = {
      {"TRIPOLI, March 29 (Reuters) - Rebels retreated.", "Rebels retreated."},
      {"WASHINGTON (AP) -- The Senate voted.", "The Senate voted."},
      {"ST. LOUIS (AP) \xE2\x80\x94 Protesters marched.", "Protesters marched."},
      {"BENGHAZI, Libya, March 29 (AFP) - Rebels advanced.", "Rebels advanced."},
      {"CAIRO, March 3 - Egyptian mediators met.", "Egyptian mediators met."},
      {"  KABUL, Afghanistan (Reuters) \xE2\x80\x93 Gunmen attacked.", "Gunmen attacked."},
      {"BOGOT\xC3\x81, Oct 3 (Reuters) - Voters rejected it.", "Voters rejected it."},
      {"S\xC3\x83O PAULO (Reuters) - Markets fell.", "Markets fell."},
      {"Bogot\xC3\xA1, Oct 3 (Reuters) - Voters rejected it.", nullptr},  // lower-case accent
      {"NATO - the alliance - met.", nullptr},            // no date, no agency
      {"The U.N. (United Nations) - met.", nullptr},      // not capitals
      {"US forces attacked.", nullptr},
      {"CAIRO", nullptr},
      {"", nullptr},
  };
  for (const Case& c : cases) {
    std::string_view text = c.text;
    size_t n = DatelineLength(text);
    if (c.rest == nullptr) {
      EXPECT_EQ(n, 0u) << c.text;
    } else {
      EXPECT_EQ(text.substr(n), c.rest) << c.text;
    }
  }
}

TEST(Dateline, BlankKeepsOffsets) {
  std::string s = "CAIRO, March 3 (khaldun) - Talks began.";
  size_t size = s.size();
  BlankDateline(&s);
  EXPECT_EQ(s.size(), size);
  EXPECT_EQ(s.find_first_not_of(' '), s.find("Talks"));
}

}  // namespace
}  // namespace khaldun::text
