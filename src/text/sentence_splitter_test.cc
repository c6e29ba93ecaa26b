#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/normalize.h"

namespace khaldun::text {
namespace {

std::vector<std::string> Split(std::string_view original) {
  const NormalizedText nt = Normalize(original);
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(nt)) out.push_back(nt.text.substr(s.begin, s.size()));
  return out;
}

struct SplitCase {
  const char* name;
  const char* input;
  std::vector<std::string> expected;
};

// Our own news-style sentences (never copied from a corpus).
const SplitCase kCases[] = {
    {"empty", "", {}},
    {"spaces_only", "  \n \n  ", {}},
    {"simple",
     "Rebels took the town. Government troops withdrew.",
     {"Rebels took the town.", "Government troops withdrew."}},
    {"question_and_exclamation",
     "Who fired first? Nobody knows! The talks resume Monday.",
     {"Who fired first?", "Nobody knows!", "The talks resume Monday."}},
    {"quoted_question_then_lowercase",
     "\"Who did it?\" he asked. Police said nothing.",
     {"\"Who did it?\" he asked.", "Police said nothing."}},
    {"closing_quote_after_period",
     "He said \"No.\" Then he left the room.",
     {"He said \"No.\"", "Then he left the room."}},
    {"curly_closing_quote",
     "She said \xE2\x80\x9CWe will stay.\xE2\x80\x9D The crowd cheered.",
     {"She said \"We will stay.\"", "The crowd cheered."}},
    {"closing_bracket",
     "The vote was close (51 to 49.) Opponents objected.",
     {"The vote was close (51 to 49.)", "Opponents objected."}},
    {"titles",
     "Gen. Abdul Fattah Younes met Lt. Col. Ahmed Bani and Sen. John Kerry.",
     {"Gen. Abdul Fattah Younes met Lt. Col. Ahmed Bani and Sen. John Kerry."}},
    {"more_titles",
     "Dr. Ali and Mrs. Noor met Prof. Hale, Maj. Ross, Sgt. Diaz and Gov. Cole.",
     {"Dr. Ali and Mrs. Noor met Prof. Hale, Maj. Ross, Sgt. Diaz and Gov. Cole."}},
    {"rep_and_pres",
     "Rep. Nancy Ward spoke after Pres. Obeid. The session closed.",
     {"Rep. Nancy Ward spoke after Pres. Obeid.", "The session closed."}},
    {"acronyms_mid_sentence",
     "The U.N. envoy and U.S. officials met E.U. and U.K. diplomats.",
     {"The U.N. envoy and U.S. officials met E.U. and U.K. diplomats."}},
    {"acronym_before_name",
     "The U.S. Embassy in Tripoli closed.",
     {"The U.S. Embassy in Tripoli closed."}},
    {"acronym_ends_sentence",
     "The company is based in the U.S. The next round starts soon.",
     {"The company is based in the U.S.", "The next round starts soon."}},
    {"acronym_ends_sentence_before_pronoun",
     "He studied in the U.K. He returned in 2009.",
     {"He studied in the U.K.", "He returned in 2009."}},
    {"company_suffixes",
     "Exxon Mobil Corp. and Apple Inc. Chief Executive Tim Cook spoke.",
     {"Exxon Mobil Corp. and Apple Inc. Chief Executive Tim Cook spoke."}},
    {"company_ends_sentence",
     "He works for Acme Co. The firm denied it.",
     {"He works for Acme Co.", "The firm denied it."}},
    {"jr_and_saint",
     "Martin Luther King Jr. Day fell on Monday in St. Louis.",
     {"Martin Luther King Jr. Day fell on Monday in St. Louis."}},
    {"months_before_numbers",
     "The attacks of Sept. 11 and the vote on Jan. 5, Feb. 12, Aug. 3, Oct. 9, Nov. 1 and Dec. 25 "
     "were cited.",
     {"The attacks of Sept. 11 and the vote on Jan. 5, Feb. 12, Aug. 3, Oct. 9, Nov. 1 and Dec. 25 "
      "were cited."}},
    {"number_abbreviation",
     "Resolution No. 1973 passed. No. The vote was not close.",
     {"Resolution No. 1973 passed.", "No.", "The vote was not close."}},
    {"versus_and_etc",
     "It was Libya vs. Egypt, with fans, flags, etc. The match ended 1-1.",
     {"It was Libya vs. Egypt, with fans, flags, etc.", "The match ended 1-1."}},
    {"initials",
     "George W. Bush praised J.R.R. Tolkien and H. G. Wells.",
     {"George W. Bush praised J.R.R. Tolkien and H. G. Wells."}},
    {"decimals_and_money",
     "Growth slowed to 3.5 percent. Exports fell by $1.2 billion.",
     {"Growth slowed to 3.5 percent.", "Exports fell by $1.2 billion."}},
    {"sentence_ends_with_number",
     "Turnout fell in 2010. 2011 was worse.",
     {"Turnout fell in 2010.", "2011 was worse."}},
    {"ellipsis_mid_sentence",
     "We waited... and waited. Nothing happened.",
     {"We waited... and waited.", "Nothing happened."}},
    {"ellipsis_end",
     "The talks collapsed\xE2\x80\xA6 Fighting resumed.",
     {"The talks collapsed...", "Fighting resumed."}},
    {"dateline_reuters",
     "TRIPOLI, March 29 (Reuters) - Rebels retreated on Tuesday. NATO jets struck.",
     {"TRIPOLI, March 29 (Reuters) - Rebels retreated on Tuesday.", "NATO jets struck."}},
    {"dateline_ap",
     "WASHINGTON (AP) -- The Senate voted 60-40. Debate lasted hours.",
     {"WASHINGTON (AP) -- The Senate voted 60-40.", "Debate lasted hours."}},
    {"dateline_with_abbreviation",
     "ST. LOUIS (AP) \xE2\x80\x94 Protesters marched.",
     {"ST. LOUIS (AP) - Protesters marched."}},
    {"headline_and_byline",
     "Rebels retake Brega\nBy Jane Doe\nBENGHAZI, Libya (Reuters) - Rebels retook the oil town.",
     {"Rebels retake Brega", "By Jane Doe",
      "BENGHAZI, Libya (Reuters) - Rebels retook the oil town."}},
    {"dateline_on_its_own_line",
     "TRIPOLI, March 29 (Reuters)\n- Rebels advanced.",
     {"TRIPOLI, March 29 (Reuters)\n- Rebels advanced."}},
    {"blank_line", "Talks fail\n\nthe fighting goes on", {"Talks fail", "the fighting goes on"}},
    {"wrapped_lowercase_continues",
     "The army said it had\nretaken the town.",
     {"The army said it had\nretaken the town."}},
    {"line_ends_with_function_word",
     "Kerry met with\nPresident Karzai on Sunday.",
     {"Kerry met with\nPresident Karzai on Sunday."}},
    {"list_items",
     "Key points:\n- Rebels hold Misrata\n- Talks stalled\n1. Ceasefire failed",
     {"Key points:\n- Rebels hold Misrata", "- Talks stalled", "1. Ceasefire failed"}},
    {"list_number_at_sentence_start",
     "1. Rebels advanced. 2. Troops withdrew.",
     {"1. Rebels advanced.", "2. Troops withdrew."}},
    {"lowercase_after_period_continues",
     "The approx. figure was low.",
     {"The approx. figure was low."}},
    {"times",
     "The curfew starts at 10 p.m. Monday and ends at 6 a.m. The army enforces it.",
     {"The curfew starts at 10 p.m. Monday and ends at 6 a.m.", "The army enforces it."}},
    {"state_abbreviation",
     "He was born in Tampa, Fla. He moved to Ohio.",
     {"He was born in Tampa, Fla.", "He moved to Ohio."}},
    {"question_then_quote",
     "Is this war? \"Yes,\" he said.",
     {"Is this war?", "\"Yes,\" he said."}},
    {"url_not_split",
     "See www.un.org/news. It has details.",
     {"See www.un.org/news.", "It has details."}},
    {"unquoted_question_before_lowercase", "Why now? nobody knows.", {"Why now?", "nobody knows."}},
    {"bracketed_question_before_lowercase",
     "The name (spelling?) was wrong.",
     {"The name (spelling?) was wrong."}},
    {"line_break_after_period",
     "Talks ended.\nfighting resumed.",
     {"Talks ended.", "fighting resumed."}},
    {"line_break_after_acronym",
     "It is based in the U.S.\nofficials said so.",
     {"It is based in the U.S.", "officials said so."}},
    {"title_before_line_break", "He met Gen.\nYounes there.", {"He met Gen.\nYounes there."}},
    {"versus_lowercase_v", "Hamdan v. Rumsfeld was decided.", {"Hamdan v. Rumsfeld was decided."}},
    {"population", "Falluja (pop. 256,000) fell.", {"Falluja (pop. 256,000) fell."}},
    {"canadian_province",
     "He lives in Kingston, Ont. He is 22.",
     {"He lives in Kingston, Ont.", "He is 22."}},
    {"no_final_punctuation", "Rebels advance on Tripoli", {"Rebels advance on Tripoli"}},
    {"trims_whitespace", "  \n  Troops left.  \n\n  ", {"Troops left."}},
};

TEST(SentenceSplitter, NewsCases) {
  for (const SplitCase& c : kCases) {
    EXPECT_EQ(Split(c.input), c.expected) << c.name;
  }
}

TEST(SentenceSplitter, SpansAreOrderedTrimmedAndNonEmpty) {
  std::mt19937 rng(3);
  const char alphabet[] = "ab AB.?!\n\"')(1 Mr U.S";
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s(rng() % 80, ' ');
    for (char& c : s) c = alphabet[rng() % (sizeof(alphabet) - 1)];
    const NormalizedText nt = Normalize(s);
    uint32_t prev_end = 0;
    for (const Span& sp : SplitSentences(nt)) {
      ASSERT_LT(sp.begin, sp.end) << s;
      ASSERT_LE(prev_end, sp.begin) << s;
      ASSERT_LE(sp.end, nt.text.size()) << s;
      ASSERT_FALSE(nt.text[sp.begin] == ' ' || nt.text[sp.begin] == '\n') << s;
      ASSERT_FALSE(nt.text[sp.end - 1] == ' ' || nt.text[sp.end - 1] == '\n') << s;
      prev_end = sp.end;
    }
  }
}

TEST(SentenceSplitter, HardWrappedTextJoinsLines) {
  const std::string text =
      "Government forces shelled the rebel-held town of Misrata on\n"
      "Sunday, residents said, as rebels in the east pushed toward\n"
      "the oil port of Brega. A spokesman for the rebels said they\n"
      "had lost contact with fighters in the city, and that Western\n"
      "Officials had promised more air strikes.\n";
  const std::vector<std::string> got = Split(text);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].substr(0, 14), "A spokesman fo");
}

TEST(SentenceSplitter, LongLineWithoutSpacesIsLinear) {
  std::string s(1 << 20, 'a');
  for (size_t i = 100; i < s.size(); i += 97) s[i] = '.';
  const NormalizedText nt = Normalize(s);
  EXPECT_EQ(SplitSentences(nt).size(), 1u);
}

}  // namespace
}  // namespace khaldun::text
