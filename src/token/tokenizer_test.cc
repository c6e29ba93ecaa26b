#include "token/tokenizer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "text/normalize.h"
#include "text/utf8.h"

namespace khaldun::token {
namespace {

// All word forms of all sentences, joined by single spaces.
std::string Forms(std::string_view input) {
  static const Tokenizer tokenizer;
  std::string out;
  for (const Sentence& s : tokenizer.Tokenize(input)) {
    for (const Word& w : s.words) {
      if (!out.empty()) out += ' ';
      out += w.form;
    }
  }
  return out;
}

struct TokenCase {
  const char* name;
  const char* input;
  const char* expected;  // forms separated by single spaces
};

void RunCases(const TokenCase* begin, const TokenCase* end) {
  for (const TokenCase* c = begin; c != end; ++c) {
    EXPECT_EQ(Forms(c->input), c->expected) << c->name << ": " << c->input;
  }
}

const TokenCase kClitics[] = {
    {"dont", "Rebels don't retreat.", "Rebels do n't retreat ."},
    {"cant", "They can't win.", "They ca n't win ."},
    {"wont", "NATO won't stop.", "NATO wo n't stop ."},
    {"uppercase", "WE DON'T KNOW", "WE DO N'T KNOW"},
    {"curly_apostrophe", "They don\xE2\x80\x99t know.", "They do n't know ."},
    {"cannot", "He cannot say.", "He can not say ."},
    {"gonna_wanna", "We're gonna win and wanna stay.", "We 're gon na win and wan na stay ."},
    {"pronoun_clitics", "I'm sure you're right, I've seen it; we'll see; he'd go.",
     "I 'm sure you 're right , I 've seen it ; we 'll see ; he 'd go ."},
    {"is_clitic", "It's over.", "It 's over ."},
    {"possessive", "Gaddafi's forces shelled Misrata.", "Gaddafi 's forces shelled Misrata ."},
    {"curly_possessive", "Gaddafi\xE2\x80\x99s son", "Gaddafi 's son"},
    {"plural_possessive", "The rebels' advance stalled.", "The rebels ' advance stalled ."},
    {"hyphen_and_possessive", "al-Qaeda's leader", "al - Qaeda 's leader"},
    {"name_with_apostrophe", "O'Brien met Shi'ite leaders.", "O'Brien met Shi'ite leaders ."},
    {"decade_with_apostrophe", "in the 1990's", "in the 1990's"},
    {"apostrophe_less", "I dont know why they didnt come.", "I do nt know why they did nt come ."},
    {"clitic_written_apart", "Gaddafi 's men", "Gaddafi 's men"},
    {"abbreviated_decade", "the '90s boom", "the '90s boom"},
    {"single_quotes", "He said 'never' twice.", "He said ' never ' twice ."},
    {"more_apostrophe_less", "theres alot gotta change", "there s a lot got ta change"},
};

TEST(Tokenizer, SplitsNegativeCliticsAndPossessives) {
  RunCases(std::begin(kClitics), std::end(kClitics));
}

const TokenCase kHyphens[] = {
    {"compound_split", "a search-engine deal", "a search - engine deal"},
    {"prefix_kept", "co-workers sent e-mail to non-violent ex-members",
     "co-workers sent e-mail to non-violent ex-members"},
    {"more_prefixes", "anti-American and pro-government post-war mid-2004 re-election",
     "anti-American and pro-government post-war mid-2004 re-election"},
    {"name_split", "al-Qaeda in the Arabian Peninsula", "al - Qaeda in the Arabian Peninsula"},
    {"number_range_split", "between 1990-2000", "between 1990 - 2000"},
    {"iso_date_kept", "on 2011-03-29", "on 2011-03-29"},
    {"phone_kept", "call 1-800-555-0199 or 555-0199", "call 1-800-555-0199 or 555-0199"},
    // Model and type designations stay whole (EWT splits some, keeps others:
    // "CCA-15"); split, "supply S - 400 missile systems" loses its object.
    {"designation_kept", "F-16 jets, S-400 missiles, MiG-29s, MQ-9B drones and COVID-19",
     "F-16 jets , S-400 missiles , MiG-29s , MQ-9B drones and COVID-19"},
    {"not_a_designation", "X-ray and Al-Jazeera and U-turn and Group-of-20",
     "X - ray and Al - Jazeera and U - turn and Group - of - 20"},
    {"double_hyphen", "Tripoli--the capital", "Tripoli -- the capital"},
    {"em_dash_normalised", "Tripoli \xE2\x80\x94 the capital", "Tripoli - the capital"},
    {"many_hyphens", "a state-of-the-art system", "a state - of - the - art system"},
    {"slash_words", "rebels and/or troops", "rebels and / or troops"},
    {"slash_numbers", "after 9/11 and on 11/28/2000", "after 9/11 and on 11/28/2000"},
    {"slash_single_letter", "coffee w/o sugar", "coffee w/o sugar"},
    {"prefix_after_slash", "amendment/anti-gay", "amendment / anti-gay"},
    {"prefix_after_split_hyphen", "Lashkar-e-Toiba", "Lashkar - e - Toiba"},
    {"day_month_year", "on 01-Feb-02 and 29-Mar-2011", "on 01-Feb-02 and 29-Mar-2011"},
    {"phone_with_slash", "call 713/853-5025", "call 713/853-5025"},
};

TEST(Tokenizer, SplitsHyphensLikeEwt) { RunCases(std::begin(kHyphens), std::end(kHyphens)); }

const TokenCase kAbbreviations[] = {
    {"mid_sentence", "The U.S. envoy met Gen. Younes and Apple Inc. officials.",
     "The U.S. envoy met Gen. Younes and Apple Inc. officials ."},
    {"sentence_final_abbreviation", "The firm is based in the U.S.",
     "The firm is based in the U.S ."},
    {"sentence_final_then_next", "It is based in the U.S. The talks failed.",
     "It is based in the U.S . The talks failed ."},
    {"initials", "George W. Bush and J.R.R. Tolkien", "George W. Bush and J.R.R. Tolkien"},
    {"months", "on Sept. 11 and Dec. 25", "on Sept. 11 and Dec. 25"},
    {"number_abbreviation", "Resolution No. 1973", "Resolution No. 1973"},
    {"no_as_word", "He said no. Then he left.", "He said no . Then he left ."},
    {"etc_mid_sentence", "fans, flags, etc. were seen", "fans , flags , etc. were seen"},
    {"times", "at 10 p.m. Monday", "at 10 p.m. Monday"},
    {"title_lowercase_is_word", "the gen. public", "the gen . public"},
    {"dotted_lowercase", "e.g. rebels", "e.g. rebels"},
};

TEST(Tokenizer, KeepsAbbreviationPeriods) {
  RunCases(std::begin(kAbbreviations), std::end(kAbbreviations));
}

const TokenCase kNumbers[] = {
    {"thousands", "1,200 troops", "1,200 troops"},
    {"decimal", "3.5 percent", "3.5 percent"},
    {"currency", "$1.2 billion", "$ 1.2 billion"},
    {"euro",
     "\xE2\x82\xAC"
     "5 million",
     "\xE2\x82\xAC 5 million"},
    {"percent", "50% of voters", "50 % of voters"},
    {"time", "at 10:30 today", "at 10:30 today"},
    {"time_with_unit", "at 5pm and 10:30am", "at 5 pm and 10:30 am"},
    {"unit", "a 10km convoy and 5kg", "a 10 km convoy and 5 kg"},
    {"long_unit", "by 420,588MMBTU", "by 420,588 MMBTU"},
    {"codes_not_units", "4G and 3D and 83N", "4G and 3D and 83N"},
    {"ordinal_and_decade", "the 20th century and the 1990s", "the 20th century and the 1990s"},
    {"comma_list_not_number", "Iraq,Syria and 1,2", "Iraq , Syria and 1 , 2"},
    {"negative", "-5 degrees", "- 5 degrees"},
    {"score", "won 3-1", "won 3 - 1"},
};

TEST(Tokenizer, KeepsNumbersWhole) { RunCases(std::begin(kNumbers), std::end(kNumbers)); }

const TokenCase kSpecial[] = {
    {"url", "See http://www.un.org/news/story.asp?id=5. More later.",
     "See http://www.un.org/news/story.asp?id=5 . More later ."},
    {"www", "(www.reuters.com)", "( www.reuters.com )"},
    {"url_with_parens", "at https://en.wikipedia.org/wiki/Misrata_(city) today",
     "at https://en.wikipedia.org/wiki/Misrata_(city) today"},
    {"email", "Write to press@un.org, please.", "Write to press@un.org , please ."},
    {"email_dotted", "<jane.doe@example.co.uk>", "< jane.doe@example.co.uk >"},
    {"handle_and_hashtag", "@UN_News posted #Libya updates.", "@UN_News posted #Libya updates ."},
    {"hash_number", "#1 seed", "# 1 seed"},
    {"domain", "visit whitehouse.gov today", "visit whitehouse.gov today"},
    {"ampersand_name", "AT&T and PG&E but rock & roll", "AT&T and PG&E but rock & roll"},
    {"ampersand_words", "Q&A with B&b", "Q&A with B & b"},
    {"emoticon", "Great :) really :-(", "Great :) really :-("},
};

TEST(Tokenizer, KeepsUrlsEmailsAndHandlesWhole) {
  RunCases(std::begin(kSpecial), std::end(kSpecial));
}

const TokenCase kPunctuation[] = {
    {"quotes", "\"We will fight,\" he said.", "\" We will fight , \" he said ."},
    {"brackets", "(Reuters) [sic] {x}", "( Reuters ) [ sic ] { x }"},
    {"ellipsis_run", "Wait... what?!", "Wait ... what ?!"},
    {"exclamations", "No!!! Never", "No !!! Never"},
    {"two_quotes", "''Yes''", "'' Yes ''"},
    {"colon_semicolon", "Note: rebels; troops.", "Note : rebels ; troops ."},
    {"unicode_punctuation",
     "\xC2\xBF"
     "Qu\xC3\xA9? \xE2\x80\xA2 item",
     "\xC2\xBF Qu\xC3\xA9 ? \xE2\x80\xA2 item"},
    {"non_ascii_words", "S\xC3\xA3o Paulo and Bogot\xC3\xA1", "S\xC3\xA3o Paulo and Bogot\xC3\xA1"},
    {"arabic", "\xD8\xB7\xD8\xB1\xD8\xA7\xD8\xA8\xD9\x84\xD8\xB3 city",
     "\xD8\xB7\xD8\xB1\xD8\xA7\xD8\xA8\xD9\x84\xD8\xB3 city"},
};

TEST(Tokenizer, SplitsPunctuation) { RunCases(std::begin(kPunctuation), std::end(kPunctuation)); }

TEST(Tokenizer, TokenizesHardNewsSentences) {
  const TokenCase cases[] = {
      {"dateline",
       "TRIPOLI, March 29 (Reuters) - Forces loyal to Muammar Gaddafi's government didn't "
       "retreat from Ras Lanuf, a U.N. official said.",
       "TRIPOLI , March 29 ( Reuters ) - Forces loyal to Muammar Gaddafi 's government did n't "
       "retreat from Ras Lanuf , a U.N. official said ."},
      {"ap_dateline",
       "WASHINGTON (AP) -- Sen. John McCain, R-Ariz., said the $1.2 billion aid package "
       "couldn't wait until Oct. 1.",
       "WASHINGTON ( AP ) -- Sen. John McCain , R - Ariz. , said the $ 1.2 billion aid package "
       "could n't wait until Oct. 1 ."},
      {"quote_and_percent",
       "\xE2\x80\x9CWe\xE2\x80\x99re not leaving,\xE2\x80\x9D said Lt. Col. Ahmed Bani, whose "
       "rebels hold 60% of the east.",
       "\" We 're not leaving , \" said Lt. Col. Ahmed Bani , whose rebels hold 60 % of the "
       "east ."},
  };
  RunCases(std::begin(cases), std::end(cases));
}

TEST(Tokenizer, SetsSpaceAfter) {
  const Tokenizer tok;
  const auto sentences = tok.Tokenize("Rebels don't (yet) win.");
  ASSERT_EQ(sentences.size(), 1u);
  const auto& w = sentences[0].words;
  ASSERT_EQ(w.size(), 8u);
  const bool expected[] = {true, false, true, false, false, true, false, true};
  for (size_t i = 0; i < w.size(); ++i) EXPECT_EQ(w[i].space_after, expected[i]) << w[i].form;
}

TEST(Tokenizer, SpansCoverExactOriginalBytes) {
  const Tokenizer tok;
  const std::string in = "  They don\xE2\x80\x99t \xE2\x80\x9Cwin\xE2\x80\x9D\xE2\x80\xA6";
  const auto sentences = tok.Tokenize(in);
  ASSERT_EQ(sentences.size(), 1u);
  const auto& w = sentences[0].words;
  ASSERT_EQ(w.size(), 7u);
  const char* expected[] = {"They", "do",           "n\xE2\x80\x99t", "\xE2\x80\x9C",
                            "win",  "\xE2\x80\x9D", "\xE2\x80\xA6"};
  for (size_t i = 0; i < w.size(); ++i) {
    EXPECT_EQ(in.substr(w[i].span.begin, w[i].span.size()), expected[i]) << i;
  }
  EXPECT_EQ(sentences[0].span.begin, 2u);
  EXPECT_EQ(sentences[0].span.end, in.size());
}

TEST(Tokenizer, EmptyInputGivesNoSentences) {
  const Tokenizer tok;
  TokenizeStats stats;
  EXPECT_TRUE(tok.Tokenize("", &stats).empty());
  EXPECT_TRUE(tok.Tokenize(" \n\t\r\n ", &stats).empty());
  EXPECT_TRUE(
      tok.Tokenize("\xE2\x80\x8B\xEF\xBB\xBF", &stats).empty());  // only invisible characters
  EXPECT_EQ(stats.sentences, 0u);
  EXPECT_EQ(stats.words, 0u);
}

// Checks the span invariants of tokenizer.h, and that each word's original
// bytes, normalised, equal its form (and equal it byte for byte when the
// input is ASCII).
void CheckSpans(std::string_view in, const std::vector<Sentence>& sentences, bool exact) {
  uint32_t prev_sentence_end = 0;
  for (const Sentence& s : sentences) {
    ASSERT_LE(s.span.begin, s.span.end);
    ASSERT_LE(s.span.end, in.size());
    ASSERT_LE(prev_sentence_end, s.span.begin);
    prev_sentence_end = s.span.end;
    ASSERT_FALSE(s.words.empty());
    Span prev{s.span.begin, s.span.begin};
    for (const Word& w : s.words) {
      ASSERT_FALSE(w.form.empty());
      ASSERT_LT(w.span.begin, w.span.end) << w.form;
      ASSERT_GE(w.span.begin, s.span.begin) << w.form;
      ASSERT_LE(w.span.end, s.span.end) << w.form;
      ASSERT_LE(prev.end, w.span.begin) << w.form;  // ordered, never overlapping
      prev = w.span;
      const std::string_view orig = in.substr(w.span.begin, w.span.size());
      if (exact) {
        ASSERT_EQ(orig, w.form);
      } else {
        ASSERT_EQ(text::Normalize(orig).text, w.form) << "original: " << orig;
      }
    }
  }
}

TEST(Tokenizer, SpansMapBackOnAsciiNews) {
  const Tokenizer tok;
  const std::string in =
      "TRIPOLI, March 29 (Reuters) - Rebels didn't retreat; Gaddafi's forces (about 1,200 men) "
      "shelled Misrata at 10:30 p.m. on Sept. 11, a U.S. official said.\n\nBy Jane Doe\n"
      "\"We're gonna win,\" said Lt. Col. Bani. E-mail press@un.org or see http://un.org/x. "
      "Prices rose 3.5% to $1.2 billion... Really?! Yes!!!  The rebels' co-workers cannot stay.";
  TokenizeStats stats;
  const auto sentences = tok.Tokenize(in, &stats);
  CheckSpans(in, sentences, /*exact=*/true);
  EXPECT_GT(stats.words, 60u);
  EXPECT_EQ(stats.invalid_bytes, 0u);
}

TEST(Tokenizer, SpansMapBackOnUnicodeNews) {
  const Tokenizer tok;
  const std::string in =
      "\xEF\xBB\xBF\xE2\x80\x9CWe\xE2\x80\x99re staying,\xE2\x80\x9D said "
      "Bogot\xC3\xA1\xE2\x80\x99s "
      "mayor\xC2\xA0\xE2\x80\x94 in Cafe\xCC\x81 Sa\xCC\x83o Paulo\xE2\x80\xA6 Gad\xC2\xAD"
      "dafi "
      "\xD8\xB7\xD8\xB1\xD8\xA7\xD8\xA8\xD9\x84\xD8\xB3 1990\xE2\x80\x93"
      "2000.";
  const auto sentences = tok.Tokenize(in);
  ASSERT_FALSE(sentences.empty());
  CheckSpans(in, sentences, /*exact=*/false);
}

TEST(Tokenizer, RandomAsciiSpansAreExact) {
  const Tokenizer tok;
  std::mt19937 rng(11);
  const char alphabet[] = "abcXYZ019 .,;:'\"-/()$%@#&?!\n_";
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s(rng() % 120, ' ');
    for (char& c : s) c = alphabet[rng() % (sizeof(alphabet) - 1)];
    CheckSpans(s, tok.Tokenize(s), /*exact=*/true);
  }
}

TEST(Tokenizer, InvalidUtf8NeverCrashesAndIsCounted) {
  const Tokenizer tok;
  const std::string cases[] = {
      "Rebels\x80\x81 advanced.",             // stray continuation bytes
      "Truncated \xE2\x80",                   // truncated at end
      "Overlong \xC0\xAF and \xE0\x80\xAF.",  // overlong encodings
      "Surrogate \xED\xA0\x80 here.",         // UTF-16 surrogate
      "\xF4\x90\x80\x80 above max",           // > U+10FFFF
      "caf\xE9 latin-1",                      // Latin-1, not UTF-8
  };
  const uint64_t expected_invalid[] = {2, 2, 5, 3, 4, 1};
  for (size_t i = 0; i < std::size(cases); ++i) {
    TokenizeStats stats;
    const auto sentences = tok.Tokenize(cases[i], &stats);
    EXPECT_EQ(stats.invalid_bytes, expected_invalid[i]) << i;
    CheckSpans(cases[i], sentences, /*exact=*/false);
  }
  std::mt19937 rng(5);
  for (int iter = 0; iter < 2000; ++iter) {
    std::string s(rng() % 200, '\0');
    for (char& c : s)
      c = static_cast<char>(rng() % 4 == 0 ? rng() : "ab .'-\xC3\xE2\x80"[rng() % 9]);
    CheckSpans(s, tok.Tokenize(s), /*exact=*/false);
  }
}

// Bytes that come from one original character or one NFC-changed cluster
// stay in one word, so word spans never overlap.
TEST(Tokenizer, NeverSplitsOneNormalisedUnit) {
  const Tokenizer tok;
  // Euro sign + acute + dot below: NFC reorders the marks, so the cluster
  // maps to one original offset.
  const std::string euro = "\xE2\x82\xAC\xCC\x81\xCC\xA3 5";
  auto sentences = tok.Tokenize(euro);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].words.size(), 2u);
  CheckSpans(euro, sentences, /*exact=*/false);

  std::mt19937 rng(9);
  const char* pieces[] = {"a", "5", " ", ".", "-", "'", "\xE2\x82\xAC", "\xE2\x80\xA6",
                          "\xCC\x81", "\xCC\xA3", "\xE2\x80\x99", "\xCD\x9C", "n't", "?"};
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s;
    const int n = static_cast<int>(rng() % 30);
    for (int k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    CheckSpans(s, tok.Tokenize(s), /*exact=*/false);
  }
}

TEST(Tokenizer, LongRunOfEllipsesIsCutBetweenUnits) {
  Tokenizer::Options options;
  options.max_sentence_bytes = 64;
  const Tokenizer tok(options);
  std::string s;
  for (int i = 0; i < 100; ++i) s += "\xE2\x80\xA6";  // "…" -> "..."
  TokenizeStats stats;
  const auto sentences = tok.Tokenize(s, &stats);
  EXPECT_EQ(stats.long_sentences_cut, 1u);
  CheckSpans(s, sentences, /*exact=*/false);
}

TEST(Tokenizer, MegabyteWithoutSpacesIsCutIntoBoundedSentences) {
  const Tokenizer tok;
  std::string in(1 << 20, 'x');
  for (size_t i = 7; i < in.size(); i += 13) in[i] = "-.'/,"[i % 5];
  TokenizeStats stats;
  const auto start = std::chrono::steady_clock::now();
  const auto sentences = tok.Tokenize(in, &stats);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);
  EXPECT_GE(stats.long_sentences_cut, 1u);
  EXPECT_GE(sentences.size(), in.size() / tok.options().max_sentence_bytes);
  for (const Sentence& s : sentences) EXPECT_LE(s.span.size(), tok.options().max_sentence_bytes);
  CheckSpans(in, sentences, /*exact=*/true);
}

TEST(Tokenizer, MegabyteWithSpacesIsFastAndBounded) {
  const Tokenizer tok;
  std::string in;
  while (in.size() < (1u << 20)) in += "rebels don't shelled 1,200 U.S. co-workers' e-mail, ";
  TokenizeStats stats;
  const auto start = std::chrono::steady_clock::now();
  const auto sentences = tok.Tokenize(in, &stats);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);
  EXPECT_GE(stats.long_sentences_cut, 1u);
  for (const Sentence& s : sentences) EXPECT_LE(s.span.size(), tok.options().max_sentence_bytes);
  CheckSpans(in, sentences, /*exact=*/true);
}

TEST(Tokenizer, TokenizeSentenceUsesGivenRange) {
  const Tokenizer tok;
  const std::string in = "He left. \xE2\x80\x9CNo,\xE2\x80\x9D she said.";
  const text::NormalizedText nt = text::Normalize(in);
  // One range covering both "sentences": no splitting happens.
  const Sentence s = tok.TokenizeSentence(nt, {0, static_cast<uint32_t>(nt.text.size())});
  ASSERT_EQ(s.words.size(), 10u);
  EXPECT_EQ(s.words[3].form, "\"");
  EXPECT_EQ(in.substr(s.words[3].span.begin, s.words[3].span.size()), "\xE2\x80\x9C");
  EXPECT_EQ(s.span, (Span{0, static_cast<uint32_t>(in.size())}));
}

TEST(Tokenizer, NoLimitOptionKeepsLongSentences) {
  Tokenizer::Options options;
  options.max_sentence_bytes = 0;
  const Tokenizer tok(options);
  const std::string in(10000, 'a');
  TokenizeStats stats;
  const auto sentences = tok.Tokenize(in, &stats);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(stats.long_sentences_cut, 0u);
}

TEST(Tokenizer, IsSafeToShareBetweenThreads) {
  const Tokenizer tok;
  const std::string in = "Rebels don't retreat. The U.S. envoy met Gen. Younes in Tripoli.";
  const auto expected = tok.Tokenize(in);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      bool same = true;
      for (int i = 0; i < 200; ++i) {
        const auto got = tok.Tokenize(in);
        same = same && got.size() == expected.size() &&
               got[1].words.size() == expected[1].words.size();
      }
      ok[t] = same;
    });
  }
  for (auto& th : threads) th.join();
  for (int v : ok) EXPECT_TRUE(v);
}

}  // namespace
}  // namespace khaldun::token
