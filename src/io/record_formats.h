// Internal. Use include/khaldun/khaldun.h.
// Readers for the field's validation record formats, so that `khaldun code
// --input petrarch-xml|tabari` and `khaldun eval petrarch|tabari` can read
// them:
//   PETRARCH  PETR.UnitTest.records.xml style: <Sentence date="19950101"
//             id="DEMO-01" category="DEMO"> with <EventCoding
//             sourcecode="ARN" targetcode="GON" eventcode="064"/> (or
//             noevents="True", or error="..."), <Text>...</Text> and a
//             <Parse> tree, which is ignored. An <Environment> block names the
//             dictionaries (<Verbfile>, <Actorfile>, <Agentfile>,
//             <Discardfile>). XML comments are skipped, also around records.
//   TABARI    Validate.text style: a "yymmdd  ID" line, the text, then a
//             "/* ... */" comment whose "{ SRC / TGT / CODE }" groups are the
//             expected events ("{---}": none; "{+++}": TABARI's "complex"
//             rejection, no events; "-{...}": disabled; "{ OPTION: ... }"
//             marks a record that tests an option: not scored). Text in
//             "[...]" inside the comment is commentary. Lines starting with
//             '#' between records are comments.
//
// Readers never fail on content: a record that cannot be read becomes a
// problem string ("source:line: reason") and is skipped.
//
// Thread safety: reentrant functions over values.
#ifndef KHALDUN_SRC_IO_RECORD_FORMATS_H_
#define KHALDUN_SRC_IO_RECORD_FORMATS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "io/document.h"

namespace khaldun::io {

struct ExpectedEvent {
  std::string source;  // "ARN"; may be a quoted null-coded phrase ("\"INJURY TOLL\"")
  std::string target;
  std::string code;    // "064"
  bool operator==(const ExpectedEvent&) const = default;
  bool operator<(const ExpectedEvent& o) const {
    if (source != o.source) return source < o.source;
    if (target != o.target) return target < o.target;
    return code < o.code;
  }
};

struct ValidationRecord {
  InputDocument doc;         // id, date (YYYY-MM-DD or ""), text; line of the record
  std::string category;      // PETRARCH category attribute; TABARI: the id up to '-'
  std::vector<ExpectedEvent> expected;  // empty: no event expected
  std::string error;         // PETRARCH error="..." (no events expected), or ""
  bool scored = true;        // false: an option record, or no expectation given
  // PETRARCH's <Config option="new_actor_length" value="N"> in force for
  // this record (0: none); see event::CoderOptions::new_actor_length.
  int new_actor_length = 0;
};

// The dictionaries an <Environment> block names (file names as written).
struct PetrarchEnvironment {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
};

std::vector<ValidationRecord> ParsePetrarchRecords(std::string_view xml,
                                                   std::string_view source_name,
                                                   std::vector<std::string>* problems);
PetrarchEnvironment ParsePetrarchEnvironment(std::string_view xml);

// Stops after a record whose id starts with `stop_after_prefix` when that is
// not empty (Validate.text ends its standard records with FINAL-01).
std::vector<ValidationRecord> ParseTabariRecords(std::string_view text,
                                                 std::string_view source_name,
                                                 std::vector<std::string>* problems,
                                                 std::string_view stop_after_prefix = "");

}  // namespace khaldun::io

#endif  // KHALDUN_SRC_IO_RECORD_FORMATS_H_
