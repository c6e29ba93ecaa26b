#include "event/dates.h"

#include <gtest/gtest.h>

#include "token/tokenizer.h"

namespace khaldun::event {
namespace {

std::optional<std::string> Resolve(const std::string& text, const std::string& story) {
  token::Tokenizer tokenizer;
  auto sentences = tokenizer.Tokenize(text);
  EXPECT_EQ(sentences.size(), 1u);
  std::vector<size_t> all(sentences[0].words.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return ResolveRelativeDate(sentences[0], all, story);
}

TEST(Dates, IsoRoundTrip) {
  for (const char* d : {"1970-01-01", "2000-02-29", "2011-03-29", "2026-11-29", "1999-12-31"}) {
    auto days = DaysFromIsoDate(d);
    ASSERT_TRUE(days.has_value()) << d;
    EXPECT_EQ(IsoDateFromDays(*days), d);
  }
  EXPECT_EQ(*DaysFromIsoDate("1970-01-02"), 1);
  EXPECT_FALSE(DaysFromIsoDate("2011-13-01").has_value());
  EXPECT_FALSE(DaysFromIsoDate("29/03/2011").has_value());
}

TEST(Dates, RelativeExpressions) {
  // 2011-03-29 was a Tuesday.
  EXPECT_EQ(Resolve("Troops attacked on Monday", "2011-03-29"), "2011-03-28");
  EXPECT_EQ(Resolve("Troops attacked on Tuesday", "2011-03-29"), "2011-03-29");
  EXPECT_EQ(Resolve("Troops attacked on Wednesday", "2011-03-29"), "2011-03-23");
  EXPECT_EQ(Resolve("Troops attacked yesterday", "2011-03-29"), "2011-03-28");
  EXPECT_EQ(Resolve("Troops attacked last week", "2011-03-29"), "2011-03-22");
  EXPECT_EQ(Resolve("Troops attacked two weeks ago", "2011-03-29"), "2011-03-15");
  EXPECT_EQ(Resolve("Troops attacked 3 days ago", "2011-03-29"), "2011-03-26");
  EXPECT_EQ(Resolve("Troops attacked on March 3", "2011-03-29"), "2011-03-03");
  EXPECT_EQ(Resolve("Troops attacked on December 30", "2011-01-05"), "2010-12-30");
  EXPECT_FALSE(Resolve("Troops attacked the town", "2011-03-29").has_value());
}

TEST(Dates, ExplicitYearsAndDayFirstDates) {
  EXPECT_EQ(Resolve("The army launched an operation on June 19, 2009", "2018-06-01"), "2009-06-19");
  EXPECT_EQ(Resolve("The army launched an operation on June 19 2009", "2018-06-01"), "2009-06-19");
  EXPECT_EQ(Resolve("The army launched an operation on 19 June 2009", "2018-06-01"), "2009-06-19");
  EXPECT_EQ(Resolve("The army launched an operation on 3rd March", "2011-03-29"), "2011-03-03");
  // The date beats a weekday written beside it.
  EXPECT_EQ(Resolve("Troops attacked on Monday, June 19, 2009", "2018-06-01"), "2009-06-19");
  // "May" the month, not the modal.
  EXPECT_EQ(Resolve("Troops attacked on May 5", "2011-06-01"), "2011-05-05");
  EXPECT_FALSE(Resolve("Troops may attack 5 towns", "2011-06-01").has_value());
  // A number that is not a day, or not next to the month.
  EXPECT_FALSE(Resolve("Troops attacked in a June offensive", "2011-06-30").has_value());
  EXPECT_FALSE(Resolve("Troops attacked 100 June protesters", "2011-06-30").has_value());
  EXPECT_FALSE(Resolve("Troops attacked on Monday", "").has_value());
}

TEST(Dates, AMonthOrAYearWithoutADayIsItsFirstDay) {
  EXPECT_EQ(Resolve("Russia invaded Ukraine in February 2022", "2024-05-10"), "2022-02-01");
  EXPECT_EQ(Resolve("The army seized power in early March", "2024-05-10"), "2024-03-01");
  EXPECT_EQ(Resolve("The army seized power in November", "2024-05-10"), "2023-11-01");
  EXPECT_EQ(Resolve("The army seized power during 2019", "2024-05-10"), "2019-01-01");
  // The story's own month or year, or one to come, is no earlier date.
  EXPECT_FALSE(Resolve("The army seized power in May", "2024-05-10").has_value());
  EXPECT_FALSE(Resolve("The army seized power in 2024", "2024-05-10").has_value());
  EXPECT_FALSE(Resolve("Elections will be held in June 2025", "2024-05-10").has_value());
  // Only after "in" or "during", and a month only when capitalized.
  EXPECT_FALSE(Resolve("The army killed 2019 people", "2024-05-10").has_value());
  EXPECT_FALSE(Resolve("Protesters joined in a march", "2024-05-10").has_value());
}

TEST(Dates, AMonthThatDatesANounDoesNotDateTheClause) {
  token::Tokenizer tokenizer;
  auto sentences = tokenizer.Tokenize("Clinton apologized for the deaths in November");
  ASSERT_EQ(sentences.size(), 1u);
  Sentence& s = sentences[0];
  ASSERT_EQ(s.words.size(), 7u);
  s.words[1].upos = Upos::kVERB;
  s.words[4].upos = Upos::kNOUN;
  const std::vector<size_t> all = {0, 1, 2, 3, 4, 5, 6};
  s.words[6].head = 5;  // "in November" on "deaths": when they died
  EXPECT_FALSE(ResolveRelativeDate(s, all, "2024-05-10").has_value());
  s.words[6].head = 2;  // on "apologized": when the apology was
  EXPECT_EQ(ResolveRelativeDate(s, all, "2024-05-10"), "2023-11-01");
}

}  // namespace
}  // namespace khaldun::event
