// Internal. Use include/khaldun/khaldun.h.
// Syntax shared by the PETRARCH and TABARI dictionary readers: line splitting
// and comments, phrases, dated codes, event codes, verb patterns, and the
// regular English inflections the formats generate. Everything here works on
// untrusted bytes: no function reads out of bounds or recurses, whatever the
// input.
//
// Thread safety: free functions are reentrant; a SourceLines object is used by
// one thread.
#ifndef KHALDUN_SRC_DICT_SOURCE_SYNTAX_H_
#define KHALDUN_SRC_DICT_SOURCE_SYNTAX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/source_types.h"
#include "khaldun/status.h"

namespace khaldun::dict {

namespace config {
// Most forms one issue line may expand to ('+' doubles them, n:/v: add more):
// "tehreek+e+nafaz+e+shariat+e+mohammadi" has 64; hostile input could ask for 2^1000.
inline constexpr size_t kMaxIssueForms = 256;
// Most entries one agent line may expand to through a !MARKER! substitution set.
inline constexpr size_t kMaxSubstitutions = 64;
}  // namespace config

enum class Dialect : uint8_t {
  // '#' comments (outside [...]) and <!-- --> comments, possibly over lines.
  kPetrarch,
  // ';' comments (outside [...]); lines starting with '#' or "//" are comments;
  // a line starting with "~~" ("~~FINISH ...", "~~~~~") ends the file.
  kTabari,
};

// Iterates the content lines of a dictionary source: comments removed, blank
// lines skipped, whitespace trimmed, "\r\n" accepted, a UTF-8 BOM skipped.
class SourceLines {
 public:
  SourceLines(std::string_view bytes, Dialect dialect);

  // Sets *line to the next content line and *number to its 1-based line
  // number. False at the end. *line views the bytes given to the constructor,
  // or an internal buffer for lines that held a <!-- --> comment: it is valid
  // until the next call.
  bool Next(std::string_view* line, size_t* number);

  // Content lines returned so far.
  size_t content_lines() const { return content_lines_; }
  // True when a TABARI "~~" end marker stopped the iteration.
  bool ended_at_marker() const { return ended_at_marker_; }
  // Line where an unterminated "<!--" started, or 0.
  size_t unterminated_comment_line() const { return in_xml_comment_ ? xml_comment_start_ : 0; }

 private:
  std::string_view bytes_;
  Dialect dialect_;
  size_t pos_ = 0;
  size_t line_no_ = 0;
  size_t content_lines_ = 0;
  bool in_xml_comment_ = false;
  size_t xml_comment_start_ = 0;
  bool ended_at_marker_ = false;
  std::string scratch_;  // a line with its <!-- --> comment removed
};

// Collects LineProblems for one source.
class ProblemSink {
 public:
  ProblemSink(std::vector<LineProblem>* out, std::string_view file) : out_(out), file_(file) {}
  void Add(size_t line, std::string reason) { out_->push_back({file_, line, std::move(reason)}); }

 private:
  std::vector<LineProblem>* out_;
  std::string file_;
};

// OK, or (when `strict` and there are problems) kInvalidArgument naming the
// first problem and how many there are.
[[nodiscard]] Status StrictStatus(const std::vector<LineProblem>& problems, bool strict);

// Spaces, tabs and other ASCII white space removed from both ends.
std::string_view Trim(std::string_view s);

// Splits a phrase on runs of '_' and ' ' (a run containing a space is a ' '
// connector); a trailing '_' sets `exact`.
Phrase ParsePhrase(std::string_view text);

// "yymmdd" (century rule: yy <= 30 is 20yy) or "yyyymmdd" -> "YYYY-MM-DD",
// checking the calendar (leap years included). False with *why on error.
bool ParseDate(std::string_view digits, std::string* iso, std::string* why);

// The inside of an actor code bracket: "AFGGOV", "AFGGOV 791227-861124",
// "USRARM <900823", "EGYGOV > 140608", "HOBGOV 19950601 - 19990815".
bool ParseDatedCode(std::string_view inside, DatedCode* out, std::string* why);

// The inside of a verb code bracket: "042", "042:043", "---".
bool ParseEventCode(std::string_view inside, EventCode* out, std::string* why);

// Splits "text [A] [B]# ..." into the text before the first '[' and the
// insides of the brackets. False with *why when a bracket is not closed or
// non-space text follows a ']' other than another bracket.
bool SplitBrackets(std::string_view line, std::string_view* before,
                   std::vector<std::string_view>* insides, std::string* why);

// Regular English inflections, matching the case of the word's last letter:
// Plural("ARMY") = "ARMIES", Plural("box") = "boxes". VerbForms gives -s,
// -ed, -ing: {"SPEEDS", "SPEEDED", "SPEEDING"}. No consonant doubling: the
// formats list irregular forms explicitly ("SPEED {SPED ...}").
std::string Plural(std::string_view word);
std::vector<std::string> VerbForms(std::string_view word);

// Parses a pattern body (the text after the leading '-'): tokens around one
// '*' and a final [code]. In the TABARI dialect "{ A | B }" is a set of
// alternatives; in PETRARCH "{...}" is a noun phrase and "(...)" a
// prepositional phrase. False with *why on error.
bool ParsePattern(std::string_view body, Dialect dialect, VerbPattern* out, std::string* why);

// Words joined by their connectors, with a trailing '_' when exact.
std::string JoinPhrase(const Phrase& p);

// Checks the synsets named in patterns and synset members against the
// synsets defined in `d`. A name that is not defined but whose '_'-prefix is
// ("&FIGHT_CRIM" with &FIGHT defined) is split into the synset and joined
// words. A pattern or member naming an undefined synset is dropped with a
// problem, as PETRARCH does.
void ResolveSynsets(VerbDictionary* d, ProblemSink* problems);

// The actor and agent grammars, which PETRARCH took over from TABARI; the
// dialect decides comments, TABARI's <NOUN>/<ADJECTIVE> sections and whether
// agent plurals are generated (PETRARCH) or left to stem matching (TABARI).
ActorDictionary ParseActorDictionary(std::string_view bytes, std::string_view source_name,
                                     Dialect dialect);
AgentDictionary ParseAgentDictionary(std::string_view bytes, std::string_view source_name,
                                     Dialect dialect);

// Sorts problems by line (stable), so reports read top to bottom.
void SortProblems(std::vector<LineProblem>* problems);

}  // namespace khaldun::dict

#endif  // KHALDUN_SRC_DICT_SOURCE_SYNTAX_H_
