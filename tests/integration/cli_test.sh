#!/usr/bin/env bash
# CLI end-to-end: every input document is accounted for; bad input gets a
# clear message and a non-zero exit only for what the user must fix.
set -u
bin="$1"; src="$2"
# Optional "PART PARTS": ctest runs the script as several tests side by side:
# part 0 runs the general checks, parts 1 .. PARTS-1 share the one-sentence
# coding checks (and the multi-sentence runs among them).
# Without them, everything runs.
part="${3:-all}"; parts="${4:-1}"
# The one-sentence checks' texts are coded in one run of the binary, each as
# its own document (as a run of its own would code it): loading the model and
# knowledge base once instead of for each of some 470 sentences saves minutes
# under ASan. The script runs twice: "collect" gathers the texts (running no
# binary and no check), then, after the batch is coded, "check" runs every
# check with each sentence's events.
phase="${KHALDUN_CLI_PHASE:-}"
if [ -z "$phase" ] && [ "$part" != 0 ]; then
  batch=$(mktemp -d)
  KHALDUN_CLI_PHASE=collect KHALDUN_CLI_BATCH="$batch" bash "$0" "$@" >/dev/null 2>&1
  if [ -s "$batch/sentences.jsonl" ]; then
    "$bin" code --input jsonl --countries-as-named "$batch/sentences.jsonl" 2>/dev/null |
      awk -F'"' -v dir="$batch" '{ print > (dir "/" $4 ".jsonl") }'
  fi
  KHALDUN_CLI_PHASE=check KHALDUN_CLI_BATCH="$batch" bash "$0" "$@"; rc=$?
  rm -rf "$batch"
  exit $rc
fi
if [ "$phase" = collect ]; then bin=true; fi
count=/tmp/khaldun_cli_count.$$
skip=/tmp/khaldun_cli_skip.$$
echo 0 >"$count"
rm -f "$skip"
fail=0
check() {
  if [ -e "$skip" ] || [ "$phase" = collect ]; then return 0; fi
  if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi
}

if [ "$part" = all ] || [ "$part" = 0 ]; then
out=$("$bin" parse "$src/examples/story.txt" 2>/tmp/khaldun_cli_err.$$); rc=$?
check "parse example exits 0" "[ $rc -eq 0 ]"
check "parse example prints CoNLL-U" "echo \"\$out\" | grep -q \$'^1\\t'"
check "parse example summary" "grep -q '1 documents parsed, 0 skipped' /tmp/khaldun_cli_err.$$"

out=$("$bin" parse --input jsonl "$src/tests/fixtures/cli/mixed.jsonl" 2>/tmp/khaldun_cli_err.$$); rc=$?
check "jsonl with bad lines exits 0" "[ $rc -eq 0 ]"
check "jsonl summary counts parsed and skipped" "grep -q '2 documents parsed, 2 skipped' /tmp/khaldun_cli_err.$$"
check "jsonl skip names file and line" "grep -q 'mixed.jsonl:2: not valid JSON' /tmp/khaldun_cli_err.$$"
check "jsonl invalid UTF-8 repaired and kept" "echo \"\$out\" | grep -q 'newdoc id = ok-2'"
check "jsonl repaired bytes counted" "grep -q ' 1 invalid UTF-8 bytes replaced' /tmp/khaldun_cli_err.$$"

"$bin" parse --model /nonexistent.kmodel "$src/examples/story.txt" >/dev/null 2>/tmp/khaldun_cli_err.$$; rc=$?
check "missing model exits non-zero" "[ $rc -ne 0 ]"
check "missing model says what to do" "grep -q 'khaldun train' /tmp/khaldun_cli_err.$$"

head -c 3000 /dev/urandom > /tmp/khaldun_cli_junk.$$
"$bin" parse --input text /tmp/khaldun_cli_junk.$$ >/dev/null 2>/tmp/khaldun_cli_err.$$; rc=$?
check "binary junk parses without crashing" "[ $rc -eq 0 ]"

t1=$("$bin" parse --threads 1 "$src/tests/golden/syntax/news.txt" 2>/dev/null)
t2=$("$bin" parse --threads 2 "$src/tests/golden/syntax/news.txt" 2>/dev/null)
check "output independent of thread count" "[ \"\$t1\" = \"\$t2\" ]"

# parse searches a beam of 2 parses by default; --beam 1 is the greedy parser
echo "Officials in Kabul accused Pakistan of sheltering militants and demanded action." > /tmp/khaldun_cli_beam.$$
b2=$("$bin" parse /tmp/khaldun_cli_beam.$$ 2>/dev/null | awk -F'\t' '$2=="Pakistan"{print $7, $8}')
check "parse defaults to beam search" "[ \"\$b2\" = '4 obj' ]"
b1=$("$bin" parse --beam 1 /tmp/khaldun_cli_beam.$$ 2>/dev/null | awk -F'\t' '$2=="Pakistan"{print $7, $8}')
check "parse --beam 1 is greedy" "[ -n \"\$b1\" ] && [ \"\$b1\" != '4 obj' ]"
"$bin" parse --beam 0 /tmp/khaldun_cli_beam.$$ >/dev/null 2>/tmp/khaldun_cli_err.$$; rc=$?
check "parse --beam 0 is refused" "[ $rc -ne 0 ] && grep -q 'beam' /tmp/khaldun_cli_err.$$"
rm -f /tmp/khaldun_cli_beam.$$


# --- khaldun code: events out, every document accounted for ---
out=$("$bin" code "$src/examples/story.txt" --date 2009-01-06 2>/tmp/khaldun_cli_err.$$); rc=$?
check "code example exits 0" "[ $rc -eq 0 ]"
check "code example prints JSON events" "echo \"\$out\" | head -1 | grep -q '\"cameo\":'"
check "code example finds the Cairo meeting" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"EGY'"
check "code example events carry the schema fields" "echo \"\$out\" | head -1 | grep -q '\"plover\":{' && echo \"\$out\" | head -1 | grep -q '\"goldstein\":'"
check "code summary" "grep -q '1 documents read' /tmp/khaldun_cli_err.$$"
out=$("$bin" code --input jsonl "$src/tests/fixtures/cli/mixed.jsonl" 2>/tmp/khaldun_cli_err.$$); rc=$?
check "code jsonl with bad lines exits 0" "[ $rc -eq 0 ]"
check "code jsonl summary counts read and skipped" "grep -q '2 documents read.*2 lines skipped' /tmp/khaldun_cli_err.$$"
check "code jsonl skip names file and line" "grep -q 'mixed.jsonl:2: not valid JSON' /tmp/khaldun_cli_err.$$"
fi  # part 0
# Gazetteer places: a month is not the English town of March, a sea is nobody's.
# code_sentence TEXT DATE: the JSONL events for one sentence.
code_sentence() {
  # (Counted in a file: this runs in a subshell. A sentence of another part
  # is not coded, and the checks that follow it are skipped.)
  local n=$(( $(cat "$count") + 1 ))
  echo "$n" >"$count"
  if [ "$part" != all ] && { [ "$part" = 0 ] || [ $(( n % (parts - 1) )) -ne $(( part - 1 )) ]; }; then
    touch "$skip"
    return 0
  fi
  rm -f "$skip"
  # (Countries as named: these checks pin how actors are found; the
  # state-roles convention has checks of its own, coded without the flag.)
  case "$phase" in
    collect)
      local text=$1
      text=${text//\\/\\\\}; text=${text//\"/\\\"}; text=${text//$'\t'/\\t}
      printf '{"id":"%s","date":"%s","text":"%s"}\n' "$n" "$2" "$text" \
        >>"$KHALDUN_CLI_BATCH/sentences.jsonl" ;;
    check) cat "$KHALDUN_CLI_BATCH/$n.jsonl" 2>/dev/null || true ;;
  esac
}
out=$(code_sentence 'A North Korean torpedo sank the South Korean warship in March, killing 46 sailors.' 2010-05-20)
check "code: a month is not a place" "echo \"\$out\" | grep -q '\"KORMIL\"' && ! echo \"\$out\" | grep -q 'GBR'"
out=$(code_sentence 'Houthi rebels attacked Israeli ships in the Red Sea.' 2024-01-12)
check "code: a sea sets no country" "echo \"\$out\" | grep -q '\"YEMREB\"' && ! echo \"\$out\" | grep -q 'EGY'"
out=$(code_sentence 'The US condemned Iran on Monday.' 2024-01-12)
check "code: 'the US' is the United States" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USA'"
out=$(code_sentence 'Nicolas Sarkozy condemned the U.S.-based cleric.' 2011-03-29)
check "code: 'U.S.-based' does not make the United States the target" "! echo \"\$out\" | grep -q 'USA'"
out=$(code_sentence 'Russian missiles damaged energy infrastructure in the Odesa region overnight.' 2024-04-06)
check "code: a facility in a known place is that place's country's" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKR'"
out=$(code_sentence 'President Goodluck Jonathan called an emergency National Security Council meeting.' 2014-04-17)
check "code: a national security council is not the UN's" "! echo \"\$out\" | grep -q 'IGOUNO'"
out=$(code_sentence 'Poland and Lithuania deployed additional troops to their borders with Belarus.' 2023-05-08)
check "code: a border is the country on its other side" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"BLR'"
out=$(code_sentence 'Israeli aircraft struck Hamas positions in Gaza on Tuesday.' 2023-05-08)
check "code: aircraft are military, and Hamas owns its positions before Gaza does" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRMIL' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"PSEREB'"
out=$(code_sentence 'The Pope met the Russian president in Havana.' 2016-02-12)
check "code: the pope is the Holy See's head" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"VATGOV'"
out=$(code_sentence 'The Iraqi parliament rejected the Kirkuk provincial council decision.' 2017-09-01)
check "code: a provincial council is local government" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"IRQGOV'"
out=$(code_sentence 'The Houthis claimed responsibility for a drone attack on a Saudi oil facility.' 2019-09-14)
check "code: a target hung on the claim is the claimed attack's" "echo \"\$out\" | grep -q '\"cameo\":\"1952\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"SAU'"
out=$(code_sentence 'The Ukrainian army recaptured the town of Lyman.' 2022-10-01)
check "code: a place is looked up first in the countries of the sentence's actors" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKR'"
out=$(code_sentence 'Russia will supply S-400 missile systems to Turkey.' 2019-07-01)
check "code: a weapon designation stays one word and missile systems are arms" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"TUR'"
out=$(code_sentence 'A Palestinian teenager was shot dead by Israeli troops in the West Bank.' 2015-10-10)
check "code: a person named by age is a civilian" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"PSECVL'"
out=$(code_sentence 'Hezbollah fired rockets into northern Israel.' 2019-07-01)
check "code: rockets fired into a country are an attack, not a show of force" "echo \"\$out\" | grep -q '\"cameo\":\"194\"'"
out=$(code_sentence 'Iran launched missiles at U.S. bases in Iraq.' 2020-01-08)
check "code: missiles launched at a party are aerial weapons, not a riot" "echo \"\$out\" | grep -q '\"cameo\":\"195\"'"
out=$(code_sentence 'Somali rebels launched an attack on an army base in Mogadishu.' 2018-06-01)
check "code: launching an attack is force" "echo \"\$out\" | grep -q '\"cameo\":\"190\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"111\"'"
out=$(code_sentence "Kenya's opposition leader Raila Odinga launched a scathing attack on President Uhuru Kenyatta." 2018-06-01)
check "code: launching a scathing attack is criticism" "echo \"\$out\" | grep -q '\"cameo\":\"111\"'"
out=$(code_sentence 'Afghan President Ashraf Ghani announced a ceasefire with the Taliban.' 2018-06-07)
check "code: announcing a ceasefire declares it" "echo \"\$out\" | grep -q '\"cameo\":\"0871\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0356\"'"
out=$(code_sentence 'Jordan and the United States began a new round of joint military exercises.' 2018-06-07)
check "code: a round of exercises is no round of talks" "echo \"\$out\" | grep -q '\"cameo\":\"062\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"046\"'"
out=$(code_sentence 'Libya freed 37 prisoners, including a former detainee at the U.S. military prison at Guantanamo Bay.' 2018-06-07)
check "code: freeing prisoners is no abduction" "! echo \"\$out\" | grep -q '\"cameo\":\"181\"'"
out=$(code_sentence "China's health ministry sent a team of medical experts to Pakistan." 2018-06-07)
check "code: a team of doctors is no inquiry" "! echo \"\$out\" | grep -q '\"cameo\":\"090\"'"
out=$(code_sentence 'The Kenyan president received a letter from Ugandan officials.' 2018-06-07)
check "code: receiving a letter is hosting no visit" "! echo \"\$out\" | grep -q '\"cameo\":\"043\"'"
out=$(code_sentence 'The U.S. military gave medical equipment to Nicaragua.' 2018-06-07)
check "code: medical equipment given is humanitarian aid" "echo \"\$out\" | grep -q '\"cameo\":\"073\"'"
out=$(code_sentence 'Italy returned a stolen Roman statue to Libya.' 2018-06-07)
check "code: a statue returned is property returned" "echo \"\$out\" | grep -q '\"cameo\":\"0842\"'"
out=$(code_sentence 'Turkey extradited a US citizen.' 2018-06-07)
check "code: extraditing a citizen is cooperation with the citizen's country" "echo \"\$out\" | grep -q '\"cameo\":\"063\"'"
out=$(code_sentence 'Somali forces retook Baidoa from al-Shabaab.' 2018-06-07)
check "code: territory taken from a party is taken from it" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"SOMINS'"
out=$(code_sentence 'The Philippines protested the presence of Chinese ships near a disputed reef.' 2018-06-07)
check "code: a state protests officially" "echo \"\$out\" | grep -q '\"cameo\":\"114\"'"
out=$(code_sentence 'Russian forces shelled the city of Kharkiv.' 2022-05-01)
check "code: force on a city named by its of-phrase is aimed at its country" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKR'"
out=$(code_sentence 'Iraqi forces recaptured Tikrit from Islamic State militants.' 2015-04-01)
check "code: a place taken is where it happened" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Tikr'"
out=$(code_sentence 'Russian hackers attacked Ukrainian government websites.' 2022-01-14)
check "code: attacking websites is a cyberattack" "echo \"\$out\" | grep -q '\"cameo\":\"176\"'"
out=$(code_sentence "Ukraine's president signed a decree banning talks with Putin." 2022-10-04)
check "code: banned talks are no talks" "! echo \"\$out\" | grep -q '\"cameo\":\"046\"'"
out=$(code_sentence 'Iran ratified a protocol with Russia.' 2018-06-07)
check "code: a protocol ratified is an agreement, not an inspection regime" "echo \"\$out\" | grep -q '\"cameo\":\"057\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0862\"'"
out=$(code_sentence 'NATO jets intercepted Russian bombers over the Baltic Sea.' 2022-06-07)
check "code: intercepting bombers is a show of force, not an air strike" "echo \"\$out\" | grep -q '\"cameo\":\"150\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"195\"'"
out=$(code_sentence 'Ukraine asked Germany for tanks.' 2022-06-07)
check "code: asking someone for something is an appeal (for tanks: military aid, 0232)" "echo \"\$out\" | grep -q '\"cameo\":\"0232\"'"
out=$(code_sentence 'Hundreds of Kenyans marched in Nairobi against rising taxes.' 2024-06-20)
check "code: a crowd of a nation protesting a policy is its civilians against their government" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"KENCVL' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"KENGOV'"
out=$(code_sentence '3 GOP senators called for Ukrainian government reform in 2016 letter.' 2018-06-07)
check "code: calling for something is no phone call" "! echo \"\$out\" | grep -q '\"cameo\":\"041\"'"
out=$(code_sentence 'Hamas fired dozens of rockets into southern Israel.' 2018-06-01)
check "code: what is counted is the object (dozens of rockets are rocket fire)" "echo \"\$out\" | grep -q '\"cameo\":\"194\"'"
out=$(code_sentence 'Kenyan police tear-gassed opposition supporters in Nairobi.' 2018-06-01)
check "code: a hyphenated verb split by the tokenizer is looked up whole" "echo \"\$out\" | grep -q '\"cameo\":\"175\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"2041\"'"
out=$(code_sentence 'Sri Lanka declared a state of emergency.' 2018-03-06)
check "code: a state declaring an emergency on itself is its government" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"LKAGOV\"' && echo \"\$out\" | grep -q '\"cameo\":\"1724\"'"
out=$(code_sentence 'Iran released 200 prisoners on Monday.' 2018-06-01)
check "code: prisoners of no named country freed by a state are its own" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRNGOV\"' && echo \"\$out\" | grep -q '\"cameo\":\"0841\"'"
out=$(code_sentence 'The army removed President Omar al-Bashir from power on Thursday.' 2019-04-11)
check "code: removing a leader from power is no eased sanction" "! echo \"\$out\" | grep -q '\"cameo\":\"085\"'"
out=$(code_sentence "Thailand's military declared martial law on Tuesday." 2014-05-20)
check "code: a country's military is its armed forces" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"THAMIL\"'"
out=$(code_sentence 'Norway offered to mediate between the Venezuelan government and the opposition.' 2019-05-16)
check "code: a bare role in a coordination takes its conjunct's country" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"VENOPP\"' && ! echo \"\$out\" | grep -q 'NOROPP'"
out=$(code_sentence 'China warned the United States against selling weapons to Taiwan.' 2019-07-09)
check "code: a name is no object word ('States' is no state of emergency); what is warned against is not done" "echo \"\$out\" | grep -q '\"cameo\":\"130\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"1324\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"072\"'"
out=$(code_sentence 'Russia and Ukraine exchanged 200 prisoners of war on Saturday.' 2023-01-08)
check "code: prisoners of war are no act of war" "echo \"\$out\" | grep -q '\"cameo\":\"0841\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"190\"'"
out=$(code_sentence 'Armenia and Azerbaijan accused each other of violating the ceasefire.' 2021-05-20)
check "code: 'each other' pairs the subjects" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ARM\".*\"target\":{\"code\":\"AZE\".*\"cameo\":\"112\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"AZE\".*\"target\":{\"code\":\"ARM\"'"
out=$(code_sentence 'Washington welcomed the release of two American journalists by North Korea.' 2009-08-05)
check "code: an act welcomed stands for whoever did it" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"PRK'"
out=$(code_sentence 'Germany agreed to supply Leopard tanks to Ukraine.' 2023-01-25)
check "code: agreeing to supply tanks is an intent to give military aid" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKR\".*\"cameo\":\"0332\"'"
out=$(code_sentence "Cuba's government freed 53 political prisoners." 2015-01-12)
check "code: a government freeing its dissidents eases political restrictions at home" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CUBGOV\".*\"target\":{\"code\":\"CUB\".*\"cameo\":\"0811\"'"
out=$(code_sentence 'Sudanese paramilitary forces attacked a camp for displaced people in Darfur.' 2023-06-01)
check "code: a camp for displaced people stands for them" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"SDNREF\"'"
out=$(code_sentence 'Taliban fighters attacked a police checkpoint in Kunduz province on Tuesday. The government condemned the attack. On Wednesday, U.S. envoy Zalmay Khalilzad met Taliban negotiators in Doha. He urged them to reduce violence.' 2020-03-05)
check "code: 'the attack' in a later sentence is the latest act of force, and condemning it is criticism" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"AFGGOV\".*\"target\":{\"code\":\"AFGINS\".*\"cameo\":\"111\"'"
check "code: a title after an opening time phrase describes the name" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"AFGINS\".*\"cameo\":\"040\"'"
check "code: 'them' is not a place named earlier; an object read as iobj is the object" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"AFGINS\".*\"cameo\":\"0256\"'"
out=$(code_sentence 'The United States and China agreed to resume military-to-military talks.' 2023-11-16)
check "code: a role word hyphened into a modifier names no one" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USA\".*\"target\":{\"code\":\"CHN\".*\"cameo\":\"036\"' && ! echo \"\$out\" | grep -q 'USAMIL'"
out=$(code_sentence 'Syrian warplanes pounded the rebel-held enclave of eastern Ghouta.' 2018-02-23)
check "code: the holder of a rebel-held place stands for it" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"SYRREB\"'"
out=$(code_sentence "Indonesia offered to host talks between Myanmar's military and the opposition." 2023-06-01)
check "code: offering to host talks between two sides is an intent to mediate" "echo \"\$out\" | grep -q '\"cameo\":\"039\"'"
out=$(code_sentence 'Turkey apologised to Russia for downing a Russian jet.' 2016-06-27)
check "code: what one apologises for is the reason, not a new act" "echo \"\$out\" | grep -q '\"cameo\":\"055\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"190\"'"
out=$(code_sentence 'The Palestinian Authority suspended security coordination with Israel.' 2023-01-26)
check "code: suspending coordination reduces relations" "echo \"\$out\" | grep -q '\"cameo\":\"160\"'"
out=$(code_sentence 'A car bomb exploded near a police station in Mogadishu, killing at least 10 people.' 2018-06-01)
check "code: a building does not kill (a participle hung on it belongs to its clause)" "echo \"\$out\" | grep -q '\"cameo\":\"1832\"' && ! echo \"\$out\" | grep -q 'SOMCOP'"
out=$(code_sentence 'Russian forces shelled the city of Kherson, killing two civilians.' 2022-12-24)
check "code: bare victims in a place struck belong to that place's country" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKRCVL\"' && ! echo \"\$out\" | grep -q 'RUSCVL'"
out=$(code_sentence 'Thousands of Sudanese refugees fled into Chad after attacks by the Rapid Support Forces.' 2023-06-20)
check "code: civilians fleeing is no military retreat, and a time phrase's act takes no party from the clause" "! echo \"\$out\" | grep -q '\"cameo\":\"0874\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"TCD'"
out=$(code_sentence 'Scholz rejected calls to send Taurus missiles to Ukraine.' 2024-02-01)
check "code: rejecting calls to send arms is refusing military aid, and the sending is not coded" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKR\".*\"cameo\":\"1222\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0332\"'"
out=$(code_sentence "Kim Jong Un vowed to strengthen North Korea's nuclear arsenal." 2023-01-01)
check "code: a state does not threaten its own country with force" "! echo \"\$out\" | grep -q '\"target\":{\"code\":\"PRK\"'"
out=$(code_sentence 'Biden told reporters he had warned Xi against helping Russia.' 2022-03-20)
check "code: a finite clause told to someone reports a fact, not an order" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"CHNGOV\".*\"cameo\":\"130\"'"
out=$(code_sentence 'Putin promised he would not invade Ukraine.' 2021-12-30)
check "code: a promise not to attack is no threat" "! echo \"\$out\" | grep -q '\"cameo\":\"13'"
out=$(code_sentence 'Egypt let free 20 Sudanese fishermen on Sunday. The rebels set free 20 Ugandan soldiers.' 2018-06-01)
check "code: 'let free' and 'set free' free someone" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"SDN.*\"cameo\":\"0841\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"UGAMIL\".*\"cameo\":\"0841\"'"
out=$(code_sentence '116 people arrived in Kyrgyzstan seeking refuge.' 2017-03-01)
check "code: people arriving is no visit" "! echo \"\$out\" | grep -q '\"cameo\":\"042\"'"
out=$(code_sentence 'The Saudi-led coalition fighting Houthi rebels in Yemen has declared a two-week ceasefire.' 2020-04-09)
check "code: fighting someone targets them; a one-sided truce is declared towards them, not back" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SAU\".*\"target\":{\"code\":\"YEMREB\".*\"cameo\":\"0871\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"YEMREB\".*\"cameo\":\"0871\"'"
out=$(code_sentence 'Israeli jets struck Hamas positions in Gaza on Monday. Israel declared a unilateral ceasefire on Friday.' 2009-01-18)
check "code: a ceasefire with no party named is towards the side's latest enemy in the story" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"PSEREB\".*\"cameo\":\"0871\"'"
out=$(code_sentence 'The United States raised tariffs on Chinese goods to 25 percent.' 2019-05-10)
check "code: raising tariffs imposes them" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"CHN\".*\"cameo\":\"163\"'"
out=$(code_sentence 'The Security Council extended the mandate of the peacekeeping mission in Mali. Russia has strengthened its forces in Crimea.' 2019-06-28)
check "code: extending a peacekeeping mandate provides peacekeeping; a country's own forces are no mission" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOUNO\".*\"target\":{\"code\":\"MLI\".*\"cameo\":\"074\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUS\".*\"cameo\":\"0\(74\|861\)\"'"
out=$(code_sentence 'Amnesty International called on Egypt to free jailed activists.' 2019-08-01)
check "code: an appeal to free people is an appeal for their release" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"EGY\".*\"cameo\":\"0253\"'"
out=$(code_sentence 'Iran demanded compensation from Britain for the seizure of its tanker.' 2019-08-01)
check "code: with a thing asked as the object, the for-phrase is the reason" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"GBR\".*\"cameo\":\"100\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"137\"'"
out=$(code_sentence 'Afghan officials said a U.S. airstrike killed 10 civilians in Helmand province.' 2019-05-01)
check "code: a lower-case event noun the tagger read as a name is still an event noun" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USA.*\"cameo\":\"195\"'"
out=$(code_sentence 'Denmark announced a suspension of aid to Egypt. Japan announced the easing of sanctions on North Korea.' 2013-08-22)
check "code: an event noun's of-object says which act it is (a suspension of aid, the easing of sanctions)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"EGY\".*\"cameo\":\"162\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"PRK\".*\"cameo\":\"085\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0342\"'"
out=$(code_sentence 'The Sudanese army announced a suspension of military operations against the rebels. Rabat announced a suspension of air links with 21 countries.' 2020-06-01)
check "code: a suspension of fighting is a truce, of air links none" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SDNMIL\".*\"target\":{\"code\":\"SDNREB\".*\"cameo\":\"0871\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"MAR.*\"cameo\":\"0871\"'"
out=$(code_sentence 'The U.N. Security Council called for the rapid deployment of an African-led force to Mali.' 2012-12-21)
check "code: calling for a deployment to a country is no threat to it" "! echo \"\$out\" | grep -q '\"cameo\":\"138\"'"
out=$(code_sentence 'Washington approved the sale of F-16 fighter jets to Turkey. Poland ordered the expulsion of 45 Russian diplomats.' 2023-03-30)
check "code: an approved arms sale is an intent to provide military aid; expelling diplomats reduces relations" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"TUR\".*\"cameo\":\"0332\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"RUSGOV\".*\"cameo\":\"161\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"201\"'"
out=$(code_sentence "Ethiopia's government launched a military offensive against the Tigray People's Liberation Front. The African Union urged both sides to cease hostilities." 2020-11-04)
check "code: 'both sides' of one country's conflict are its two latest actors" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"ETHGOV\".*\"cameo\":\"0256\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"ETHREB\".*\"cameo\":\"0256\"'"
out=$(code_sentence 'Tens of thousands of Georgians rallied outside parliament on Wednesday against a bill on foreign agents, and police used water cannon and tear gas to disperse them.' 2023-03-09)
check "code: 'tens of thousands of Georgians' are civilians, also as 'them'" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GEOCVL\".*\"cameo\":\"141\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"GEOCOP\".*\"target\":{\"code\":\"GEOCVL\".*\"cameo\":\"175\"'"
check "code: repression takes its purpose clause's object, and a conjoined clause its head's date" "echo \"\$out\" | grep '\"cameo\":\"175\"' | grep -q '\"date\":\"2023-03-08\"'"
out=$(code_sentence 'The U.S. rolled back tariffs on Chinese goods in exchange for more U.S. goods purchases.' 2020-01-16)
check "code: rolling back tariffs eases trade sanctions" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"CHN\".*\"cameo\":\"085\"'"
out=$(code_sentence 'Germany gave 352.5 million euros to promote private investment and sustainable economic development in Ethiopia.' 2018-06-01)
check "code: aid with no recipient named goes where its purpose clause is" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"DEU\".*\"target\":{\"code\":\"ETH\".*\"cameo\":\"071\"'"
out=$(code_sentence 'U.S. Customs and Border Protection returned prehistoric fossils to the Chinese government. The U.S. Treasury blacklisted two Chinese companies for helping Iran evade sanctions.' 2019-05-01)
check "code: U.S. federal agencies are the U.S. government; what one is blacklisted for is the reason" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"CHNGOV\".*\"cameo\":\"0842\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"cameo\":\"163\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"070\"'"
out=$(code_sentence 'The EU lifted the sanctions imposed on Iran in 2012. British Government will not lift the ban imposed on the LTTE.' 2016-01-16)
check "code: what the object was imposed on is its target" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"IRN\".*\"cameo\":\"085\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"LKAREB\".*\"cameo\":\"1241\"'"
out=$(code_sentence 'Two inspectors for the United Nations nuclear monitoring agency have been expelled from North Korea.' 2009-04-16)
check "code: inspectors 'for' an agency are the agency's, and the expelled are the target" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PRK\".*\"target\":{\"code\":\"IGOUNO\".*\"cameo\":\"1662\"'"
out=$(code_sentence 'The U.S. Navy seized a shipment of Iranian weapons bound for Yemen.' 2023-01-15)
check "code: seizing an arms shipment is confiscation, not arms aid" "echo \"\$out\" | grep -q '\"cameo\":\"1711\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"072\"'"
out=$(code_sentence 'Turkey stopped the transfer of weapons to Syrian Kurdish fighters.' 2018-06-01)
check "code: stopping a transfer of weapons stops military aid" "echo \"\$out\" | grep -q '\"cameo\":\"1622\"'"
out=$(code_sentence 'The Taliban banned women from attending universities.' 2022-12-20)
check "code: banning people in general is an administrative sanction, not a ban on parties" "echo \"\$out\" | grep -q '\"cameo\":\"172\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"1722\"'"
out=$(code_sentence 'Australia joined the United States in boycotting the Beijing Olympics. The Netherlands handed over two suspects to the International Criminal Court.' 2021-12-08)
check "code: who joins another in an act does it too; a particle hung on the object's number still makes the phrasal verb" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"AUS\".*\"cameo\":\"143\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"NLD\".*\"target\":{\"code\":\"IGOICC\"'"
out=$(code_sentence "Israel's military said it had intercepted most of the rockets and struck Hezbollah launch sites in southern Lebanon." 2024-08-05)
check "code: a verb the parser conjoined to a noun shares its clause's subject" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRMIL\".*\"target\":{\"code\":\"LBNREB\"'"
out=$(code_sentence 'Sudanese protest leaders rejected the announcement and urged demonstrators to stay outside army headquarters.' 2019-04-11)
check "code: protest leaders are no government" "! echo \"\$out\" | grep -q 'SDNGOV'"
out=$(code_sentence 'Turkey and Israel agreed to exchange ambassadors. France and Germany agreed to deepen defence cooperation.' 2022-08-17)
check "code: exchanging ambassadors is diplomatic, deepening defence cooperation military, between the subjects" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"TUR\".*\"target\":{\"code\":\"ISR\".*\"cameo\":\"032\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"FRA\".*\"target\":{\"code\":\"DEU\".*\"cameo\":\"0312\"' && ! echo \"\$out\" | grep -q 'TURGOV'"
out=$(code_sentence 'Turkey and Russia agreed to meet in Ankara next week. Iran and Iraq agreed to hold talks in Baghdad.' 2024-03-05)
check "code: where a symmetric complement happens is no party; the subjects are paired" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"TUR\".*\"target\":{\"code\":\"RUS\".*\"cameo\":\"036\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRN\".*\"target\":{\"code\":\"IRQ\".*\"cameo\":\"036\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"TURGOV\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"IRQGOV\"'"
# A verb after a "which/who" clause on the opening noun is the main verb,
# whatever the parser hung it on, and the clause's time phrase is not its.
out=$(code_sentence 'Israel, which struck Gaza on Sunday, rejected the Egyptian proposal. Hamas, which controls Gaza, fired rockets at Israel on Monday.' 2024-05-10)
check "code: the main verb after a relative clause on the subject" "echo \"\$out\" | grep -q '\"date\":\"2024-05-10\".*\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"EGY\".*\"cameo\":\"12' && echo \"\$out\" | grep -q '\"date\":\"2024-05-06\".*\"source\":{\"code\":\"PSE[A-Z]*\".*\"target\":{\"code\":\"ISR[A-Z]*\".*\"cameo\":\"19'"
out=$(code_sentence 'President Uhuru Kenyatta, whose nephew was among those killed, said in a televised address that Kenya would not bow to terrorists.' 2013-09-22)
check "code: a subject before a 'whose' clause is not what the clause's verb did to" "! echo \"\$out\" | grep -q '\"target\":{\"code\":\"KENGOV\".*\"cameo\":\"18'"
out=$(code_sentence 'The president visited Kenya on Monday. The army accused Turkey of arming the rebels.' 2024-05-10)
check "code: a bare state role is not of the country it visits or accuses by name" "! echo \"\$out\" | grep -q '\"source\":{\"code\":\"KEN.*\"target\":{\"code\":\"KEN' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"TUR.*\"target\":{\"code\":\"TUR' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"KENMIL\".*\"target\":{\"code\":\"TUR\".*\"cameo\":\"112\"'"
out=$(code_sentence 'Russia seized Crimea from Ukraine in 2014.' 2024-05-10)
check "code: a past year named without a day dates the event to its first day" "echo \"\$out\" | grep -q '\"date\":\"2014-01-01\".*\"cameo\":\"192\"'"
out=$(code_sentence 'The International Court of Justice ordered Israel to prevent genocidal acts in Gaza.' 2024-01-26)
check "code: a court ordering a state to stop or prevent something demands it" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOUNOJUDICJ\".*\"target\":{\"code\":\"ISR\".*\"cameo\":\"10'"
out=$(code_sentence "Myanmar's junta bombed a village in Sagaing region, killing more than 100 people." 2023-04-12)
check "code: a village in a gazetteer place stands for that place's country" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"MMRGOV\".*\"target\":{\"code\":\"MMR\".*\"cameo\":\"195\"'"
out=$(code_sentence 'U.S. and British aircraft struck Taliban air defences around Kabul and Kandahar.' 2001-10-09)
check "code: a bare country beside its own role on one side of an act is not a second actor" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GBRMIL\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"GBR\"'"
out=$(code_sentence 'Neither Ethiopia nor Eritrea attacked the rebels on Sunday. Ethiopia and Eritrea attacked the rebels on Monday.' 2021-03-01)
check "code: 'neither X nor Y' denies the act" "[ \"\$(echo \"\$out\" | grep -c '\"cameo\":\"190\"')\" -eq 2 ]"
out=$(code_sentence 'The Egyptian foreign minister left for Ankara on Saturday for talks with Turkish officials.' 2023-04-13)
check "code: 'left for' a capital is a visit" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"EGYGOV\".*\"target\":{\"code\":\"TURGOV\".*\"cameo\":\"042\"'"
out=$(code_sentence 'Lawmakers and officials in Sweden and Finland criticized Turkey.' 2022-05-20)
check "code: a later conjunct's bare role takes every country of the first" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"FINGOV\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"SWEGOV\"'"
out=$(code_sentence 'The International Criminal Court opened an investigation into alleged war crimes in Myanmar.' 2019-11-14)
check "code: crimes in a place are about its country" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"MMR\".*\"cameo\":\"09'"
out=$(code_sentence 'Turkish President Tayyip Erdogan called Israel a war criminal on Wednesday.' 2023-11-15)
check "code: calling a state a criminal is criticism, no phone call" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"TURGOV\".*\"target\":{\"code\":\"ISR\".*\"cameo\":\"11' && ! echo \"\$out\" | grep -q '\"cameo\":\"041\"'"
out=$(code_sentence 'Gunmen attacked a police station in Quetta on Monday, killing six policemen. The Pakistani Taliban claimed responsibility for the attack.' 2023-01-30)
check "code: a claim of responsibility for the attack is about its victims" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PAKINS\".*\"target\":{\"code\":\"PAKCOP\".*\"cameo\":\"015\"'"
check "code: attacking a building is no bombing unless the words say so" "! echo \"\$out\" | grep -q '\"cameo\":\"1834\"'"
out=$(code_sentence "Ethiopia's army and the Tigray People's Liberation Front agreed to a ceasefire brokered by the African Union and Kenya. The truce held for weeks, but both sides later accused each other of violations." 2022-11-02)
check "code: 'both sides' are the sides of the latest two-sided event, not its mediators" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ETHMIL\".*\"target\":{\"code\":\"ETHREB\".*\"cameo\":\"112\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"KEN\".*\"cameo\":\"112\"'"
out=$(code_sentence 'The European Union imposed sanctions on five Belarusian officials on Monday. Minsk condemned the move and promised a response.' 2021-06-21)
check "code: 'the move' stands for the doer of the latest act" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"BLRGOV\".*\"target\":{\"code\":\"IGOEU[A-Z]*\".*\"cameo\":\"111\"'"
out=$(code_sentence 'Armenia and Azerbaijan agreed to withdraw troops from the border after talks in Brussels.' 2021-06-21)
check "code: a mutual act on their own troops pairs the two sides" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"AZE\".*\"target\":{\"code\":\"ARM\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"ARMMIL\"'"
out=$(code_sentence 'Gambia filed a case at the International Court of Justice accusing Myanmar of genocide against the Rohingya.' 2019-11-11)
check "code: a legal filing accuses for whoever filed it" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GMB\".*\"target\":{\"code\":\"MMR\".*\"cameo\":\"112\"'"
out=$(code_sentence "Kenya's President William Ruto hosted his Tanzanian counterpart Samia Suluhu Hassan in Nairobi on Monday. The two leaders signed five trade agreements." 2023-10-09)
check "code: 'the two leaders' are the two latest governments" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"TZAGOV\".*\"target\":{\"code\":\"KENGOV\".*\"cameo\":\"057\"'"
out=$(code_sentence 'Angry crowds set fire to the French embassy in Niamey, and the junta later expelled the French ambassador.' 2023-08-25)
check "code: 'the junta later expelled' has the junta as its subject" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"NER[A-Z]*\",\"country\":\"NER\",\"role\":\"\(GOV\|MIL\)\".*\"cameo\":\"161\"'"
out=$(code_sentence 'Georgian police prevented protesters from storming the parliament in Tbilisi. Israel blocked aid convoys from entering Gaza.' 2023-03-08)
check "code: what one is prevented from doing did not happen" "! echo \"\$out\" | grep -q '\"cameo\":\"145\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"192\"'"
out=$(code_sentence 'The Taliban have barred Afghan women from working for the United Nations.' 2023-04-05)
check "code: 'barred women from working' is a ban on them" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"AFGINS\".*\"target\":{\"code\":\"AFGCVL\".*\"cameo\":\"172\"'"
out=$(code_sentence "Hezbollah fired rockets at northern Israel on Sunday, and Israel's defence minister threatened to retaliate." 2023-10-15)
check "code: a threat of retaliation is aimed at the latest attacker" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRGOV\".*\"target\":{\"code\":\"LBNREB\".*\"cameo\":\"13'"
out=$(code_sentence 'The Colombian government and ELN rebels signed a ceasefire agreement in Havana on Friday.' 2023-06-09)
check "code: 'the X government and Y rebels' are two parties" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"COLGOV\".*\"target\":{\"code\":\"COLREB\"'"
out=$(code_sentence 'Japan and South Korea agreed to resume regular visits by their leaders after a 12-year hiatus.' 2023-03-16)
check "code: a mutual act on their own leaders pairs the two sides" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"JPN\".*\"target\":{\"code\":\"KOR\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"JPNGOV\"'"
out=$(code_sentence "Peru's Congress removed President Pedro Castillo from office after he tried to dissolve the legislature. Nicaragua severed diplomatic ties with Taiwan and switched recognition to Beijing." 2023-09-01)
check "code: removing a president from office is no eased sanction" "! echo \"\$out\" | grep -q '\"cameo\":\"085\"'"
check "code: switching recognition to Beijing recognizes China" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"NIC\".*\"target\":{\"code\":\"CHN[A-Z]*\".*\"cameo\":\"054\"'"
out=$(code_sentence 'The White House said President Joe Biden would travel to Israel on Wednesday. Chinese Foreign Minister Wang Yi told his U.S. counterpart that Washington must stop arming Taiwan.' 2023-10-16)
check "code: a planned visit is not hosted yet" "echo \"\$out\" | grep -q '\"cameo\":\"036\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"043\"'"
check "code: 'must stop arming' is no demand for a visit" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CHNGOV\".*\"cameo\":\"10' && ! echo \"\$out\" | grep -q '\"cameo\":\"106\"'"
out=$(code_sentence 'Russian forces captured the town of Avdiivka after months of fighting.' 2024-02-17)
check "code: 'the town of X' as a target is X's country (knowledge-base place)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUSMIL\".*\"target\":{\"code\":\"UKR\".*\"cameo\":\"192\"'"
out=$(code_sentence 'The African Union envoy who mediated the talks, former Nigerian President Olusegun Obasanjo, called the deal a new dawn.' 2022-11-03)
check "code: a mediator's apposition is not the talks' party" "! echo \"\$out\" | grep -q '\"target\":{\"code\":\"NGAELI\"'"
out=$(code_sentence "Two Lebanese soldiers were wounded in Israeli shelling near the border. Dozens of civilians died in Saudi-led air strikes on Yemen's capital." 2023-10-10)
check "code: wounded (adjective) in an act of force is its target" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"LBNMIL\".*\"cameo\":\"194\"'"
check "code: 'Saudi-led air strikes' are Saudi Arabia's" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SAU\".*\"cameo\":\"195\"'"
out=$(code_sentence 'Air strikes by the Saudi-led coalition hit a wedding hall in the Yemeni province of Hajjah, killing 20 guests.' 2018-04-23)
check "code: strikes by the Saudi-led coalition that hit a hall in Yemen" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SAU\".*\"target\":{\"code\":\"YEM\".*\"cameo\":\"195\"'"
out=$(code_sentence 'Thousands of Iranian riot police poured into Tehran on Monday. The Mexican government sent 3,000 soldiers into the state of Michoacan.' 2022-09-26)
check "code: security forces pouring into a place are deployed, not protesting" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRNCOP\".*\"target\":{\"code\":\"IRN[A-Z]*\".*\"cameo\":\"153\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"14'"
check "code: 'the state of X' is X's country" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"MEXGOV\".*\"target\":{\"code\":\"MEX\".*\"cameo\":\"154\"'"
out=$(code_sentence 'Washington insisted on Tuesday that Moscow halt arms shipments to Syria.' 2016-12-23)
check "code: 'insisted that Moscow halt arms shipments' is a demand, not arms aid" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"RUS[A-Z]*\".*\"cameo\":\"10' && ! echo \"\$out\" | grep -q '\"cameo\":\"072\"'"
out=$(code_sentence "Venezuela's opposition leader called on the military to abandon President Nicolas Maduro." 2019-04-30)
check "code: what the addressee is called on to do did not happen" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"VENOPP\".*\"target\":{\"code\":\"VENMIL\".*\"cameo\":\"02' && ! echo \"\$out\" | grep -q '\"cameo\":\"0874\"'"
out=$(code_sentence 'Mexican authorities extradited Ovidio Guzman, a son of drug lord Joaquin Guzman, to the United States. Indian and Chinese troops clashed along their disputed border, leaving soldiers on both sides injured.' 2023-09-16)
check "code: a to-phrase after an apposition of the object is the verb's" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"MEXGOV\".*\"target\":{\"code\":\"USA\".*\"cameo\":\"063\"'"
check "code: 'leaving soldiers injured' is no retreat" "! echo \"\$out\" | grep -q '\"cameo\":\"0874\"'"
out=$(code_sentence 'The Iranian navy seized two Greek oil tankers in the Gulf on Friday. Greece condemned the seizure as tantamount to piracy.' 2022-05-27)
check "code: 'the seizure' stands for whoever seized" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GRC\".*\"target\":{\"code\":\"IRNMIL\".*\"cameo\":\"111\"'"
out=$(code_sentence 'The leaders of Israel and Jordan spoke by phone on Sunday about the situation in Gaza.' 2023-11-05)
check "code: speaking by phone is a phone call, between conjoined sides" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"JORGOV\".*\"target\":{\"code\":\"ISRGOV\".*\"cameo\":\"041\"'"
out=$(code_sentence 'British police arrested the Russian businessman in London at the request of Ukraine. Russia agreed to send peacekeepers to Armenia at the request of its government.' 2022-01-06)
check "code: 'at the request of X' is X's appeal for the act" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"UKR\".*\"target\":{\"code\":\"GBRCOP\".*\"cameo\":\"0213\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"ARMGOV\".*\"target\":{\"code\":\"RUS\".*\"cameo\":\"02'"
out=$(code_sentence 'Armenia and Azerbaijan agreed on a prisoner exchange at European Union-brokered talks in Brussels.' 2023-05-14)
check "code: '<name>-brokered talks' mediate between the parties" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOEU[A-Z]*\".*\"target\":{\"code\":\"ARM\".*\"cameo\":\"045\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOEU[A-Z]*\".*\"target\":{\"code\":\"AZE\".*\"cameo\":\"045\"'"
out=$(code_sentence "Mexico condemned the raid. Mexican officials said Ecuadorean police had entered Mexico's embassy and arrested a former minister." 2024-04-06)
check "code: the bare target of an arrest is the arresting state's own" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ECUCOP\".*\"target\":{\"code\":\"ECUELI\".*\"cameo\":\"173\"'"
out=$(code_sentence 'Opposition supporters clashed with police in Dakar after the arrest of opposition leader Ousmane Sonko.' 2023-06-01)
check "code: a crowd's clash with police is violent protest one way and repression the other" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SENOPP\".*\"target\":{\"code\":\"SENCOP\".*\"cameo\":\"145\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"SENCOP\".*\"target\":{\"code\":\"SENOPP\".*\"cameo\":\"175\"'"
out=$(printf 'Biden, Netanyahu discuss hostage deal in phone call\nKenyan police fire tear gas at protesters in Nairobi\nUkraine says it shot down 30 Russian drones overnight\nSudan army, RSF sign ceasefire deal in Jeddah\n' | "$bin" code --input text --date 2023-12-15 --countries-as-named - 2>/dev/null)
check "code: headlines (coordinated names, verbs read as nouns)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRGOV\".*\"target\":{\"code\":\"USAGOV\".*\"cameo\":\"04' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"KENCOP\".*\"cameo\":\"175\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"UKR\".*\"target\":{\"code\":\"RUS\".*\"cameo\":\"190\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"SDNMIL\".*\"target\":{\"code\":\"SDNREB\".*\"cameo\":\"057\"'"
out=$(code_sentence 'Israel and Egypt discussed a hostage deal on Tuesday.' 2023-12-15)
check "code: a deal discussed is not signed" "echo \"\$out\" | grep -q '\"cameo\":\"040\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"057\"'"
out=$(code_sentence 'Thousands of Palestinians fled northern Gaza on Saturday after Israel told them to move south.' 2023-10-14)
check "code: telling someone to do something is a demand (them: the Palestinians who fled, PSECVL)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"PSECVL\".*\"cameo\":\"100\"'"
out=$(code_sentence "North Korean leader Kim Jong Un inspected a new submarine and vowed to bolster the country's navy. Syrian rebels threatened to shell government forces in Hama." 2023-09-10)
check "code: a state does not threaten its own forces; rebels do" "! echo \"\$out\" | grep -q '\"source\":{\"code\":\"PRKGOV\".*\"target\":{\"code\":\"PRKMIL\".*\"cameo\":\"13' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"SYRREB\".*\"target\":{\"code\":\"SYRMIL\".*\"cameo\":\"13'"
out=$(code_sentence 'Unidentified gunmen shot dead a local councillor in Peshawar on Monday.' 2023-05-11)
check "code: a councillor is local government" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"PAKGOV\".*\"cameo\":\"19'"
out=$(code_sentence 'Russian missiles struck an apartment building in Zaporizhzhia. Israeli shells hit a school in Gaza.' 2023-03-03)
check "code: a weapon as subject names the force (missiles 195, shells 194)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUS\".*\"cameo\":\"195\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"cameo\":\"194\"'"
out=$(code_sentence 'Houthi rockets struck a Saudi oil facility.' 2022-03-20)
check "code: 'Houthi rockets struck' has the rockets as subject" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"YEMREB\".*\"target\":{\"code\":\"SAU\".*\"cameo\":\"194\"'"
out=$(code_sentence 'Modi congratulated Erdogan on his re-election in a phone call on Monday.' 2023-05-29)
check "code: an act of address made in a phone call, and the call" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"INDGOV\".*\"target\":{\"code\":\"TURGOV\".*\"cameo\":\"051\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"TURGOV\".*\"target\":{\"code\":\"INDGOV\".*\"cameo\":\"041\"'"
out=$(code_sentence "The military in Sudan dissolved the civilian government. European leaders said they regretted the move." 2021-10-25)
check "code: dissolving a government is no demobilization; uncoded speakers' 'they' is not the latest country" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SDNMIL\".*\"target\":{\"code\":\"SDNGOV\".*\"cameo\":\"0834\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0873\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"11'"
out=$(code_sentence 'Chinese coast guard personnel boarded Philippine navy boats near Second Thomas Shoal on Monday and seized their weapons. Manila called the incident an act of piracy.' 2024-06-18)
check "code: boarding a country's boats is seizing them; seizing 'their' weapons is no act on one's own country" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CHNMIL\".*\"target\":{\"code\":\"PHLMIL\".*\"cameo\":\"171\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"CHN\"'"
check "code: calling 'the incident' an act of piracy criticizes its doer" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PHLGOV\".*\"target\":{\"code\":\"CHNMIL\".*\"cameo\":\"111\"'"
out=$(code_sentence "Bangladesh's Prime Minister Sheikh Hasina resigned and fled the country on Monday. Ukrainian troops fled Avdiivka." 2024-08-05)
check "code: a leader who flees is no military retreat; troops who flee are" "! echo \"\$out\" | grep -q '\"source\":{\"code\":\"BGDGOV\".*\"cameo\":\"0874\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"UKRMIL\".*\"cameo\":\"0874\"'"
out=$(code_sentence 'Azerbaijan accused Armenia of shelling its positions along the border overnight. Armenia rejected the allegations as baseless.' 2023-06-06)
check "code: 'the allegations' are the latest accuser's" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ARM\".*\"target\":{\"code\":\"AZE\".*\"cameo\":\"016\"'"
out=$(code_sentence 'Qatar hosted talks between the United States and the Taliban in Doha.' 2020-02-29)
check "code: hosting talks between two parties mediates for both" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"QAT\".*\"target\":{\"code\":\"AFGINS\".*\"cameo\":\"045\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"QAT\".*\"target\":{\"code\":\"USA\".*\"cameo\":\"045\"'"
out=$(code_sentence "The U.S. military retaliated with air strikes on facilities used by Iran's Revolutionary Guards in eastern Syria. Iraq's prime minister condemned the U.S. strikes as a violation of Iraqi sovereignty." 2023-10-27)
check "code: retaliating with air strikes, and 'the U.S. strikes' as a noun" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAMIL\".*\"target\":{\"code\":\"IRNMIL\".*\"cameo\":\"195\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"143\"'"
out=$(code_sentence 'Japan will provide Ukraine with $4.5 billion in additional aid, Prime Minister Fumio Kishida said.' 2023-04-20)
check "code: 'provide X with \$N in aid' under a speech verb" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"JPN\".*\"target\":{\"code\":\"UKR\".*\"cameo\":\"033'"
out=$(code_sentence 'Polish farmers blocked border crossings with Ukraine to protest against grain imports.' 2023-09-20)
check "code: a crowd blocking a border obstructs passage (144), no blockade" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"POLAGR\".*\"cameo\":\"144\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"191\"'"
out=$(code_sentence 'South Korea said it would review its ban on supplying weapons to Ukraine.' 2023-09-13)
check "code: what a ban is on is not done" "! echo \"\$out\" | grep -q '\"cameo\":\"072\"'"
out=$(code_sentence 'Armenia said it would freeze its participation in the Russian-led CSTO alliance.' 2023-10-03)
check "code: 'the Russian-led CSTO alliance' is the CSTO, not Russia" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"IGOCASCST\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"RUS\"'"
out=$(code_sentence 'Protesters marched through Tbilisi demanding the government withdraw the bill.' 2024-03-01)
check "code: a demand to withdraw a bill is for a policy change (1042), not a military withdrawal" "echo \"\$out\" | grep -q '\"cameo\":\"1042\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"1056\"'"
out=$(code_sentence 'Japan pledged $500 million in humanitarian aid to Ukraine.' 2024-03-01)
check "code: a pledge of an amount in aid is aimed at the aid's recipient, with the aid's kind (0333)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"JPN\".*\"target\":{\"code\":\"UKR\".*\"cameo\":\"0333\"'"
out=$(code_sentence 'The United States announced a $2 billion military aid package for Ukraine.' 2024-03-01)
check "code: an announced military aid package is an intent to give military aid (0332)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKR\".*\"cameo\":\"0332\"'"
out=$(code_sentence 'Egyptian officials met Israeli and Hamas negotiators in Cairo.' 2024-03-01)
check "code: 'Israeli and Hamas negotiators' are both parties, the named group as itself" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"ISRGOV\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"PSEREB\"'"
out=$(code_sentence 'Chinese hackers broke into the email accounts of U.S. officials.' 2024-03-01)
check "code: breaking into computer accounts is a cyber attack (176), no riot" "! echo \"\$out\" | grep -q '\"cameo\":\"145\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"USAGOV\".*\"cameo\":\"176\"'"
out=$(code_sentence 'Thousands of Ukrainians marched in Kyiv demanding the government withdraw the foreign agents bill.' 2024-03-01)
check "code: 'demanding the government withdraw the bill' is tagged and parsed as a demand with its subjunctive, made by the crowd" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"UKRCVL\".*\"target\":{\"code\":\"UKRGOV\".*\"cameo\":\"1042\"'"
out=$(code_sentence 'The United States and Britain launched strikes on Houthi targets in Yemen.' 2024-03-01)
check "code: strikes launched by states are military force (190), not unconventional violence (180)" "echo \"\$out\" | grep -q '\"cameo\":\"190\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"180\"'"
out=$(code_sentence 'Israeli troops raided the Jenin refugee camp.' 2024-03-01)
check "code: 'the Jenin refugee camp' is in the Palestinian territories, not Israel's" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"PSECVL\"'"
out=$(code_sentence 'Ukraine asked Germany for $1 billion in military aid.' 2024-03-01)
check "code: asking for an amount in military aid is an appeal for military aid (0232)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"DEU\".*\"cameo\":\"0232\"'"
out=$(code_sentence "Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz. London called the seizure illegal and demanded its immediate release." 2024-03-01)
check "code: calling a seizure illegal criticises the seizer and seizes nothing; a demand for a release is aimed at the seizer" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GBRGOV\".*\"target\":{\"code\":\"IRNMIL\".*\"cameo\":\"111\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"GBRGOV\".*\"target\":{\"code\":\"IRNMIL\".*\"cameo\":\"1053\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"GBRGOV\".*\"cameo\":\"1711\"'"
out=$(code_sentence "Israel's prime minister rejected calls for a Palestinian state. The United States criticized his remarks." 2024-03-01)
check "code: 'his remarks' are the remarks of the leader who acted in the sentence before, even with no target there" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USA\".*\"target\":{\"code\":\"ISRGOV\".*\"cameo\":\"111\"'"
out=$(code_sentence 'Armenia and Azerbaijan agreed to resume border demarcation.' 2024-03-01)
check "code: agreeing to resume something other than talks is no intent to negotiate (036)" "echo \"\$out\" | grep -q '\"cameo\":\"03' && ! echo \"\$out\" | grep -q '\"cameo\":\"036\"'"
out=$(code_sentence 'Pakistan agreed on Tuesday to reopen NATO supply routes into Afghanistan.' 2012-07-03)
check "code: reopening NATO supply routes into Afghanistan is aimed at NATO" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"IGOWSTNAT\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"AFG\"'"
out=$(code_sentence "Russia's foreign minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday. The two discussed the war in Ukraine." 2024-03-01)
check "code: 'the two' are the pair who just met" "[ \$(echo \"\$out\" | grep -c '\"source\":{\"code\":\"RUSGOV\".*\"target\":{\"code\":\"CHNGOV\".*\"cameo\":\"040\"') -eq 2 ]"
out=$(code_sentence 'North Korea test-fired two ballistic missiles on Thursday. Japan and South Korea condemned the launches.' 2024-03-01)
check "code: condemning 'the launches' after a test with no target condemns the tester" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"JPN\".*\"target\":{\"code\":\"PRK\".*\"cameo\":\"111\"'"
out=$(code_sentence 'Ukraine and Poland agreed to end their dispute over grain imports.' 2024-03-01)
check "code: agreeing to end a dispute is no military de-escalation (0356)" "echo \"\$out\" | grep -q '\"cameo\":\"030\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0356\"'"
out=$(code_sentence 'The Kremlin denied any involvement in the poisoning of Alexei Navalny.' 2021-03-01)
check "code: denying a part in an act is aimed at the act's target" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUSGOV\".*\"target\":{\"code\":\"RUSOPP\".*\"cameo\":\"016\"'"
out=$(code_sentence 'The IAEA chief visited the Zaporizhzhia nuclear plant.' 2024-03-01)
check "code: a known place compounded before a site gives its country" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOUNOIAE\".*\"target\":{\"code\":\"UKR\".*\"cameo\":\"042\"'"
out=$(code_sentence 'Biden and Chinese leader Xi Jinping met in Bali.' 2022-11-14)
check "code: 'Biden and Chinese leader Xi Jinping met' is a meeting of the two (parse repair)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"CHNGOV\".*\"cameo\":\"040\"'"
out=$(code_sentence 'U.S. envoy Zalmay Khalilzad and Taliban political chief Mullah Abdul Ghani Baradar signed an agreement in Doha on Saturday.' 2020-02-29)
check "code: a signing read as a relative clause on the second party's title is the main clause" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"AFGINS\".*\"cameo\":\"057\"'"
out=$(code_sentence 'Germany to send Patriot missiles to Poland' 2023-06-01)
check "code: a headline 'X to send' is an intent (0332), not the act" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"POL\".*\"cameo\":\"0332\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"072\"'"
out=$(code_sentence 'Iran to free jailed French tourist' 2023-06-01)
check "code: 'Iran to free jailed French tourist' is an intent to release (0353), no jailing" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"FRA\".*\"cameo\":\"0353\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"116\"'"
out=$(code_sentence 'Pakistan hangs two militants over school massacre' 2023-06-01)
check "code: hanging militants is killing them (1823)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PAK\".*\"cameo\":\"1823\"'"
out=$(echo 'UN chief urges restraint' | "$bin" parse - 2>/dev/null)
check "parse: a headline verb after a singular role word is tagged as a verb" "echo \"\$out\" | grep -q \$'urges\\turge\\tVERB\\tVBZ'"
out=$(code_sentence 'Egyptian and Qatari mediators presented Israel and Hamas with a new ceasefire proposal on Tuesday. Hamas said it was studying the proposal.' 2024-02-01)
check "code: presenting parties with a ceasefire proposal appeals to them for one (0256); 'the proposal' is its maker's" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"QAT\".*\"target\":{\"code\":\"PSEREB\".*\"cameo\":\"0256\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"PSEREB\".*\"cameo\":\"014\"'"
out=$(code_sentence 'Ethiopia signed a deal with Somaliland giving it access to the sea, angering Somalia.' 2024-01-20)
check "code: access to the sea is no humanitarian access (0863)" "echo \"\$out\" | grep -q '\"cameo\":\"057\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0863\"'"
out=$(code_sentence 'Police arrest 50 in Paris riots' 2024-10-30)
check "code: a bare number arrested is that many civilians" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"FRACOP\".*\"target\":{\"code\":\"FRACVL\".*\"cameo\":\"173\"'"
out=$(code_sentence "Thousands of Georgians rallied outside parliament against the government's decision to suspend EU accession talks." 2024-11-30)
check "code: a decision to suspend talks is the suspension, no threat of it" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GEOGOV\".*\"cameo\":\"16' && ! echo \"\$out\" | grep -q '\"cameo\":\"131\"'"
out=$(code_sentence 'The White House says it stands in solidarity with its closest ally the UK and supports its decision to expel 23 Russian diplomats.' 2018-03-15)
check "code: 'its closest ally' is a noun phrase, so the support for the ally's decision is coded" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"GBR\".*\"cameo\":\"051\"'"
out=$(code_sentence 'Iran rejected claims that it had supplied drones to Russia.' 2023-06-01)
check "code: what a rejected claim says is not coded as done" "! echo \"\$out\" | grep -q '\"cameo\":\"072\"'"
out=$(code_sentence 'Russia could attack NATO within five years, German officials warned.' 2023-06-01)
check "code: warning of a third party's possible attack is no threat by the one who warns" "! echo \"\$out\" | grep -q '\"cameo\":\"13'"
out=$(code_sentence 'Amnesty International called for the release of detained journalists in Turkey.' 2023-11-01)
check "code: a call for the release of people is an appeal for their release (0253)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"NGOHRIAMN\".*\"cameo\":\"0253\"'"
out=$(code_sentence 'The United States demanded the release of American hostages held by Hamas.' 2023-11-01)
check "code: a demand for the release of people held by someone is aimed at the holder" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USA\".*\"target\":{\"code\":\"PSEREB\".*\"cameo\":\"1053\"'"
out=$(code_sentence 'London and Paris pledged to step up cooperation against migrant smuggling.' 2023-06-01)
check "code: a joint pledge of cooperation is mutual" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GBRGOV\".*\"target\":{\"code\":\"FRAGOV\".*\"cameo\":\"030\"'"
out=$(code_sentence 'Moscow and Kyiv exchanged 100 prisoners of war each in a deal mediated by the UAE.' 2023-06-01)
check "code: 'a deal mediated by the UAE' is mediation between the deal's sides" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ARE\".*\"target\":{\"code\":\"UKRGOV\".*\"cameo\":\"045\"'"
out=$(code_sentence 'Pyongyang condemned the joint drills by Seoul and Washington as a rehearsal for invasion.' 2023-06-01)
check "code: an act 'by' two parties stands for both" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"USAGOV\".*\"cameo\":\"111\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"KORGOV\".*\"cameo\":\"111\"'"
out=$(code_sentence 'The United States urged Israel and Hezbollah to avoid escalation.' 2024-01-10)
check "code: urging parties to avoid escalation appeals for de-escalation (0256)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"ISR\".*\"cameo\":\"0256\"'"
out=$(code_sentence 'Bolivian troops stormed the presidential palace in a failed coup attempt.' 2024-06-30)
check "code: troops storming the palace use force against the government, no riot" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"BOLMIL\".*\"target\":{\"code\":\"BOLGOV\".*\"cameo\":\"190\"'"
out=$(code_sentence "Bolsonaro, who flew to Florida before Lula's inauguration, wrote on social media that he rejected the attacks and denied inciting them." 2023-01-10)
check "code: 'he' as the subject of what a person writes or says is that person" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"BRAOPP\"[^}]*}[^}]*}[^}]*\"cameo\":\"016\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"BRAGOV\"'"
out=$(code_sentence 'ATHENS - Greek riot police fired tear gas at demonstrators who hurled petrol bombs and stones near parliament, where lawmakers were preparing to vote on the cuts.' 2012-02-12)
check "code: demonstrators hurling petrol bombs riot (145), no bombing (183)" "! echo \"\$out\" | grep -q '\"cameo\":\"183\"'"
out=$(code_sentence 'Palestinian gunmen exchanged fire with soldiers, and scores of people took refuge inside the Church of the Nativity.' 2002-04-03)
check "code: 'the Church of the Nativity' is no town called Church" "! echo \"\$out\" | grep -q '\"name\":\"Church\"'"
out=$(code_sentence "Turkey's foreign minister and his Armenian counterpart signed the protocols in Zurich." 2009-10-10)
check "code: signing protocols is an agreement (057); only the Additional Protocol is about inspectors (0862)" "echo \"\$out\" | grep -q '\"cameo\":\"057\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0862\"'"
out=$(code_sentence 'President-elect Biden called on Trump to go on national television to demand an end to the violence.' 2021-01-07)
check "code: 'to go on national television' is no appeal for a leadership change nor a visit" "echo \"\$out\" | grep -q '\"cameo\":\"020\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0241\"'"
out=$(code_sentence 'The European Union welcomed the ceasefire between Israel and Hamas.' 2023-08-01)
check "code: welcoming a ceasefire endorses its parties (051), it hosts no visit" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOEUREEC\".*\"target\":{\"code\":\"ISR\".*\"cameo\":\"051\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"043\"'"
out=$(code_sentence 'The Pope appealed for peace in Ukraine.' 2023-08-01)
check "code: an appeal for peace in a country appeals to settle its dispute (027)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"VATGOV\".*\"target\":{\"code\":\"UKR\".*\"cameo\":\"027\"'"
out=$(code_sentence 'The EU called for dialogue between the government and the opposition in Venezuela.' 2023-08-01)
check "code: a call for dialogue between two parties appeals to them to meet (026)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"VENOPP\".*\"cameo\":\"026\"'"
out=$(code_sentence 'Thousands of Israelis protested in Tel Aviv against the judicial overhaul.' 2024-01-10)
check "code: a crowd's protest aimed at its own country is aimed at its government" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRCVL\".*\"target\":{\"code\":\"ISRGOV\".*\"cameo\":\"141\"'"
out=$(code_sentence 'Riot police used water cannon to disperse protesters in Tbilisi.' 2024-01-10)
check "code: a purpose clause hung on the object still names whom repression is aimed at" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GEOCOP\".*\"target\":{\"code\":\"GEOCVL\".*\"cameo\":\"175\"'"
out=$(code_sentence 'Police arrested dozens of protesters in Florida on Monday.' 2024-05-06)
check "geo: a US state named like a village elsewhere is the state (Florida, not Florida, New York)" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Florida\",\"country\":\"USA\",\"admin1\":\"Florida\",\"lat\":28\.'"
out=$(code_sentence 'President Joe Biden visited Kyiv on Monday, weeks after Congress approved $45 billion in military aid for Ukraine.' 2023-02-21)
check "code: a bare legislature giving aid to a whole country is not that country's" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USALEG\".*\"target\":{\"code\":\"UKR\".*\"cameo\":\"07' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"UKRLEG\"'"
out=$(code_sentence 'The cabinet approved 10 million euros in aid for Ukraine.' 2023-02-21)
check "code: a bare cabinet's aid to a country, with no other country named, is not that country's own" "! echo \"\$out\" | grep -q '\"source\":{\"code\":\"UKR'"
out=$(code_sentence 'Iranians protested against the government in Tehran. Tens of thousands of Israelis protested in Tel Aviv against the government.' 2023-06-01)
check "code: a people named by a plural, or tens of thousands of them, demonstrate (141), not complain officially (114)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRNCVL\".*\"target\":{\"code\":\"IRNGOV\".*\"cameo\":\"141\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRCVL\".*\"target\":{\"code\":\"ISRGOV\".*\"cameo\":\"141\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"114\"'"
out=$(code_sentence 'The Philippines protested against China.' 2023-06-01)
check "code: a country named by a plural-looking name still protests officially" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PHL\".*\"target\":{\"code\":\"CHN\".*\"cameo\":\"114\"'"
out=$(code_sentence 'Mali ordered the French ambassador to leave the country within 72 hours.' 2023-01-31)
check "code: ordering an ambassador to leave is an expulsion of diplomats (161), as expelling one is" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"MLI\".*\"target\":{\"code\":\"FRAGOV\".*\"cameo\":\"161\"'"
out=$(code_sentence 'Protesters stormed the presidential palace in Colombo on Saturday, and President Gotabaya Rajapaksa announced his resignation hours later.' 2022-07-10)
check "code: 'announced his resignation hours later' is a resignation (0831), not an intent (0341)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"LKAGOV\".*\"cameo\":\"0831\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0341\"'"
out=$(code_sentence "Israel accepted Egypt's truce proposal on Monday, and the Arab League adopted a peace initiative proposed by Saudi Arabia." 2012-11-20)
check "code: accepting or adopting a plan endorses its author (051)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"EGY\".*\"cameo\":\"051\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOMEAARL\".*\"target\":{\"code\":\"SAU\".*\"cameo\":\"051\"'"
out=$(code_sentence 'Arab leaders offered Israel normal relations in return for its withdrawal from land occupied in the 1967 war, adopting a peace initiative proposed by Saudi Arabia.' 2002-03-28)
check "code: a participle clause after a reduced relative belongs to the main clause ('adopting' by the Arab leaders)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOMEAARL\".*\"target\":{\"code\":\"SAU\".*\"cameo\":\"051\"'"
out=$(code_sentence 'Israel and Hamas agreed to a ceasefire on Wednesday, ending eight days of fighting.' 2012-11-21)
check "code: the fighting a ceasefire ends is no new fighting" "echo \"\$out\" | grep -q '\"cameo\":\"0871\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"190\"'"
out=$(code_sentence 'Russia and China held joint naval drills in the Sea of Japan. Japan protested the exercises.' 2023-07-20)
check "code: 'the exercises' of a joint drill are both doers'" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"JPN\".*\"target\":{\"code\":\"RUS\".*\"cameo\":\"114\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"JPN\".*\"target\":{\"code\":\"CHN\".*\"cameo\":\"114\"'"
out=$(code_sentence 'Israel and Hamas held indirect talks in Cairo. The United States welcomed the talks. The EU praised the talks between Serbia and Kosovo.' 2023-07-20)
check "code: welcoming or praising talks endorses both parties (051), no hosted visit" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USA\".*\"target\":{\"code\":\"PSEREB\".*\"cameo\":\"051\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"XKX\".*\"cameo\":\"051\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"043\"'"
out=$(code_sentence 'Gunmen killed hundreds of villagers in central Nigeria.' 2023-06-01)
check "code: a plural object entry ('hundreds') matches the plural the lemmatizer made singular: killing hundreds is a mass killing (202)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"NGACVL\".*\"cameo\":\"202\"'"
out=$(code_sentence "Niger's junta revoked military agreements with France on Thursday. Russia terminated the grain deal with Ukraine." 2023-09-20)
check "code: revoking or terminating an agreement rejects it (127), no agreement signed" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"FRA\".*\"cameo\":\"127\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUS\".*\"target\":{\"code\":\"UKR\".*\"cameo\":\"127\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"057\"'"
out=$(code_sentence 'Fighters loyal to Damascus shelled the town of Afrin in Syria. Militias linked to Iran attacked a U.S. base in eastern Syria.' 2023-09-20)
check "code: a bare armed role tied to a state by its modifier is that state's ('loyal to' makes it its forces)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SYRMIL\".*\"cameo\":\"194\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRNUAF\".*\"target\":{\"code\":\"USA'"
out=$(code_sentence 'Iranian hackers attacked Israeli water systems.' 2023-06-01)
check "code: an attack by hackers is a cyber attack (176), not military force" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRN\".*\"target\":{\"code\":\"ISR\".*\"cameo\":\"176\"'"
out=$(code_sentence 'Syrian state media said Israeli missiles hit targets near Damascus airport overnight.' 2023-09-20)
check "geo: a lower-case word tagged as a name is no place ('Damascus airport' is not Airport, Hawaii)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"SYR\".*\"location\":{\"name\":\"Damascus\",\"country\":\"SYR\"' && ! echo \"\$out\" | grep -q 'Hawaii'"
out=$(code_sentence 'Protesters in Georgia clashed with riot police outside parliament in Tbilisi.' 2023-09-20)
check "code: police clashing with protesters repress (175), no riot by the police" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GEOCVL\".*\"cameo\":\"145\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"GEOCOP\".*\"target\":{\"code\":\"GEOCVL\".*\"cameo\":\"175\"'"
out=$(code_sentence 'KYIV, Ukraine (AP) — Russia launched dozens of drones and missiles at Ukraine overnight, killing at least five people, officials said Friday.' 2023-03-03)
check "code: 'officials said Friday' after the killed are the speakers, not more victims" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKRCVL\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKRGOV\"'"
out=$(code_sentence 'The Treasury Department sanctioned two Iranian officials. The Justice Department charged two Chinese nationals with spying.' 2023-03-03)
check "knowledge: the Treasury and Justice Departments are the US government's" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"IRNGOV\".*\"cameo\":\"163\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"CHNCVL\".*\"cameo\":\"173\"'"
out=$(code_sentence "Gabon's military seized power on Wednesday. The African Union condemned the coup." 2023-08-30)
check "code: a military seizing power is force against its own government (190), and 'the coup' is theirs" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GABMIL\".*\"target\":{\"code\":\"GABGOV\".*\"cameo\":\"190\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOAFRAFU\".*\"target\":{\"code\":\"GABMIL\".*\"cameo\":\"111\"'"
out=$(code_sentence 'The Arab League called for an immediate ceasefire in Sudan.' 2024-03-20)
check "code: a ceasefire called for 'in' a country with no parties named is an appeal for de-escalation there (0256)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOMEAARL\".*\"target\":{\"code\":\"SDN\".*\"cameo\":\"0256\"'"
out=$(code_sentence 'The United States will host a summit of Pacific island leaders next month.' 2024-03-20)
check "code: a role named by a region ('Pacific island leaders') is not the story country's" "! echo \"\$out\" | grep -q '\"target\":{\"code\":\"USAGOV\"'"
out=$(code_sentence 'Human Rights Watch said Ethiopian forces committed war crimes in Tigray. The army denied that its soldiers committed abuses.' 2021-04-01)
check "code: saying that someone committed war crimes accuses them (112, the 'speaker' slot); denying it accuses no one" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"NGOHRIHRW\".*\"target\":{\"code\":\"ETHMIL\".*\"cameo\":\"112\"' && [ \$(echo \"\$out\" | grep -c '\"cameo\":\"112\"') -eq 1 ]"
out=$(code_sentence 'Iran seized an oil tanker in the Gulf of Oman on Thursday.' 2023-07-03)
check "code: a country naming a sea is no party ('in the Gulf of Oman' is not Oman)" "! echo \"\$out\" | grep -q '\"target\":{\"code\":\"OMN\"'"
out=$(code_sentence 'Australia and the United Kingdom agreed to help Canberra build nuclear-powered submarines.' 2023-03-14)
check "code: a state promises no aid to its own state (only Britain helps Canberra)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GBR\".*\"target\":{\"code\":\"AUSGOV\".*\"cameo\":\"033\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"AUS\"'"
out=$(code_sentence 'The Indian prime minister will travel to Washington next week for talks with President Biden.' 2023-06-15)
check "code: talks that are the purpose of a planned trip are planned too (036), not held (046)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"INDGOV\".*\"target\":{\"code\":\"USAGOV\".*\"cameo\":\"036\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"046\"'"
out=$(code_sentence 'Russia freed American basketball star Brittney Griner in exchange for arms dealer Viktor Bout.' 2022-12-08)
check "code: a release in exchange for someone is a swap, released both ways (0841)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUS\".*\"target\":{\"code\":\"USA\".*\"cameo\":\"0841\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"USA\".*\"target\":{\"code\":\"RUS\".*\"cameo\":\"0841\"'"
out=$(code_sentence 'A Palestinian man who stabbed two Israeli police officers in Jerusalem was shot dead by police. The Taliban released an American hostage in exchange for an Afghan drug lord held in the United States.' 2023-09-13)
check "code: a relative clause's object read as the passive subject of the main verb is repaired; a swap's second release is by the released people's state" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRCOP\".*\"target\":{\"code\":\"PSE\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"USA\",.*\"target\":{\"code\":\"AFGINS\".*\"cameo\":\"0841\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"USACVL\"'"
out=$(code_sentence 'Iran blamed the West for the unrest. Putin warns West against sending troops to Ukraine' 2024-02-29)
check "code: 'the West' is the CAMEO region code WST (with no country), not Cameroon's West Region" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRN\".*\"target\":{\"code\":\"WST\",\"country\":\"\".*\"cameo\":\"112\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"WST\".*\"cameo\":\"130\"' && ! echo \"\$out\" | grep -q 'CMR'"
out=$(code_sentence 'France and Germany urged Iran to return to compliance with the nuclear deal. The UN urged Israel to return the bodies of the dead.' 2023-09-13)
check "code: 'return' without an object is no release ('urged Iran to return to compliance'); with one it is (0253)" "! echo \"\$out\" | grep -q '\"target\":{\"code\":\"IRN\".*\"cameo\":\"0253\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"ISR\".*\"cameo\":\"0253\"'"
out=$(code_sentence 'Israeli forces raided the Jenin refugee camp on Monday, killing 12 Palestinians. The Palestinian Authority called the raid a war crime.' 2023-07-03)
check "code: 'called the raid a war crime', read as two objects, criticizes the raider (111)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PSEGOV\".*\"target\":{\"code\":\"ISRMIL\".*\"cameo\":\"111\"'"
out=$(code_sentence 'Catalan leader Carles Puigdemont said the region had earned the right to become an independent state and accused Madrid of brutality.' 2017-10-02)
check "code: a finite conjunct the parser hung on a gerund belongs to the verb above and shares its subject" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ESPOPP\".*\"target\":{\"code\":\"ESPGOV\".*\"cameo\":\"112\"'"
out=$(code_sentence 'Ukraine said Russia was behind the attack. Israel said Iran was not behind the strike.' 2023-09-13)
check "code: saying someone was behind an act accuses them (112); 'was not behind' accuses no one" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"UKR\".*\"target\":{\"code\":\"RUS\".*\"cameo\":\"112\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"IRN\"'"
out=$(code_sentence "Iran's foreign minister said on Monday that Tehran was not to blame for the bombing in Beirut." 2023-09-13)
check "code: a speaker clearing their own side of blame denies it (016) towards where the act happened" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRNGOV\".*\"target\":{\"code\":\"LBNGOV\".*\"cameo\":\"016\"'"
out=$(code_sentence "Argentina's President Javier Milei called Spain's prime minister corrupt, prompting Madrid to recall its ambassador. Israel declared the Brazilian president persona non grata." 2024-05-20)
check "code: calling a leader corrupt criticizes; an act one is prompted into is aimed at the prompter; declaring someone persona non grata is 161" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ARGGOV\".*\"target\":{\"code\":\"ESPGOV\".*\"cameo\":\"111\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"ESPGOV\".*\"target\":{\"code\":\"ARGGOV\".*\"cameo\":\"161\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"BRAGOV\".*\"cameo\":\"161\"'"
out=$(code_sentence "North Korea threatened to take action against South Korean activists. Russia threatened to take the city of Kharkiv." 2024-06-04)
check "code: threatening to take action is no threat of occupation (1382) nor a lawsuit; threatening to take a city is" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"KORCVL\".*\"cameo\":\"130\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUS\".*\"cameo\":\"1382\"' && [ \$(echo \"\$out\" | grep -c '\"cameo\":\"1382\"') -eq 1 ]"
out=$(code_sentence 'Belarus allowed Russian troops to use its territory to attack Ukraine.' 2022-02-24)
check "code: letting another state's troops use one's territory is military cooperation with them (062)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"BLR\".*\"target\":{\"code\":\"RUSMIL\".*\"cameo\":\"062\"'"
out=$(code_sentence 'Russia vetoed a UN Security Council resolution calling for a ceasefire in Gaza.' 2023-10-18)
check "code: a vetoed resolution's call for a ceasefire is no appeal by the vetoer" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUS\".*\"cameo\":\"129\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0256\"'"
out=$(code_sentence 'Qatari mediators met Hamas officials in Doha on Monday as Israeli jets bombed targets in Rafah.' 2024-03-01)
check "code: a place on the predicate's own object is the act's place, not another clause's" "echo \"\$out\" | grep '\"cameo\":\"195\"' | grep -q '\"location\":{\"name\":\"Rafa' && echo \"\$out\" | grep '\"cameo\":\"040\"' | grep -q '\"location\":{\"name\":\"Doha'"
out=$(code_sentence 'Ugandan police arrested four opposition leaders on Sunday.' 2024-03-01)
check "code: an indefinite number with a plural introduces new people, not a group named before" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"UGACOP\".*\"target\":{\"code\":\"UGAOPP\".*\"cameo\":\"173\"'"
out=$(code_sentence 'Rights groups accused Ethiopian troops of killing civilians in the Amhara region.' 2024-03-01)
check "code: a region listed with others is placed at its own name (Amhara, not Tigray)" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Amhara\"' && ! echo \"\$out\" | grep -q Tigray"
out=$(code_sentence 'Rebels in eastern Congo captured the town of Kitchanga, the army said.' 2024-03-01)
check "code: a town taken by a country's own rebels is taken from that country" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CODREB\".*\"target\":{\"code\":\"COD\".*\"cameo\":\"192\"'"
out=$(code_sentence 'Kenya will send police officers to Haiti to fight gangs.' 2024-07-01)
check "code: forces sent to a country act there: the gangs they are to fight are Haiti's" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"HTICRM\"' && ! echo \"\$out\" | grep -q KENCRM"
check "code: the purpose infinitive of a future act is future (a threat, not force)" "echo \"\$out\" | grep '\"HTICRM\"' | grep -q '\"cameo\":\"13' && ! echo \"\$out\" | grep -q '\"cameo\":\"190\"'"
out=$(code_sentence 'Zuma said he would send envoys to Harare to meet the military.' 2017-11-16)
check "code: a role sent by a pronoun's referent is that referent's country's" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ZAFGOV\".*\"target\":{\"code\":\"ZWEMIL\".*\"cameo\":\"036\"' && ! echo \"\$out\" | grep -q '\"ZAFMIL\"'"
out=$(code_sentence 'Pakistani troops breached the ceasefire in Kashmir, the Indian army said.' 2024-03-01)
check "code: a truce violation reported by the other side is against that side" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PAKMIL\".*\"target\":{\"code\":\"INDMIL\".*\"cameo\":\"196\"'"
out=$(code_sentence 'UN monitors said Israeli forces violated the truce.' 2024-03-01)
check "code: an organisation reporting a truce violation is not its victim" "! echo \"\$out\" | grep -q '\"cameo\":\"196\"'"
out=$(code_sentence 'Security forces in Bangladesh shot dead dozens of protesters.' 2024-08-01)
check "code: 'shot dead' after a place name is the verb, and dozens shot are no mass killing" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"BGDMIL\".*\"target\":{\"code\":\"BGDCVL\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"202\"'"
out=$(code_sentence 'Macron told journalists that he had spoken with Zelensky about the talks.' 2024-05-01)
check "code: a that-clause hung on the addressee of 'told' is what was told (the call is coded)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"FRAGOV\".*\"target\":{\"code\":\"UKRGOV\".*\"cameo\":\"04'"
out=$(code_sentence 'Israeli officials said the army had struck Hezbollah targets in Lebanon.' 2024-05-01)
check "code: a state's bare forces in a clause its officials report are that state's, wherever the act happened" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRMIL\".*\"target\":{\"code\":\"LBNREB\"' && ! echo \"\$out\" | grep -q LBNMIL"
out=$(code_sentence 'Israeli-Palestinian peace talks resumed in Washington on Tuesday.' 2010-09-01)
check "code: hyphened nationalities on talks are the two sides" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"PSE\".*\"cameo\":\"046\"'"
out=$(code_sentence 'Police in Cairo arrested an Egyptian-American journalist.' 2010-09-01)
check "code: one person of two origins is no pair of parties" "! echo \"\$out\" | grep -q '\"target\":{\"code\":\"EGY\"'"
out=$(code_sentence "China called the US decision to send warships through the strait provocative." 2024-05-01)
check "code: calling a decision something is no phone call" "! echo \"\$out\" | grep -q '\"cameo\":\"041\"'"
out=$(code_sentence "Erdogan called the Swedish prime minister on Monday." 2024-05-01)
check "code: calling a leader is a phone call" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"TURGOV\".*\"target\":{\"code\":\"SWEGOV\".*\"cameo\":\"041\"'"
out=$(code_sentence "Nigerian troops killed 30 of the militants in a raid." 2024-05-01)
check "code: a number of a named group killed are that group, not civilians" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"NGAINS\"' && ! echo \"\$out\" | grep -q NGACVL"
out=$(code_sentence "Houthis fire missiles at US destroyer in Red Sea" 2024-05-01)
check "code: a headline opened by a plural name has its verb; a US ship fired at is no place in the US" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"YEMREB\".*\"target\":{\"code\":\"USA\"' && echo \"\$out\" | grep -q '\"location\":null'"
out=$(code_sentence "Philippines protests Chinese coast guard's use of water cannon" 2024-05-01)
check "code: a plural country name opening a headline is its subject" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PHL\".*\"cameo\":\"114\"'"
out=$(code_sentence "Niger junta orders French troops out" 2023-09-01)
check "code: a particle after the object ('orders troops out') makes the phrasal verb" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"NERGOV\".*\"target\":{\"code\":\"FRAMIL\".*\"cameo\":\"166\"'"
out=$(code_sentence "Russia kicked the OSCE monitors out of Donetsk." 2014-05-01)
check "code: 'out of' after the object is the particle of 'kick out'" "echo \"\$out\" | grep -q '\"cameo\":\"1662\"'"
out=$(code_sentence "Ukrainian drones struck an oil refinery in Russia's Krasnodar region on Friday." 2023-08-10)
check "code: a name on a region noun is the place (Krasnodar), the possessor country no finer" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Krasnodar\",\"country\":\"RUS\"'"
out=$(code_sentence 'Rebels seized two villages in the Mopti region of central Mali.' 2023-08-10)
check "code: a region's own name before the country it is of (Mopti, not Mali)" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Mopti\",\"country\":\"MLI\"'"
out=$(code_sentence 'Israeli aircraft struck targets in the southern Gaza city of Rafah.' 2024-03-01)
check "code: a city's own name before the area named on the noun (Rafah, not Gaza)" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Rafa'"
out=$(code_sentence 'Houthis claim attack on British cargo ship in Red Sea' 2024-01-20)
check "code: claiming an attack is owning it (180), not alleging aggression (1123)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"YEMREB\".*\"target\":{\"code\":\"GBR\".*\"cameo\":\"180\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"1123\"'"
out=$(code_sentence 'Colombia suspended the ceasefire with the ELN rebels on Wednesday.' 2024-05-05)
check "code: suspending a ceasefire ends it, as 'ended the truce' (196)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"COL\".*\"target\":{\"code\":\"COLREB\".*\"cameo\":\"196\"'"
out=$(code_sentence 'A suicide bomber blew himself up near a police station in Peshawar, killing five officers.' 2024-03-10)
check "code: a suicide bomber of no named group is an unidentified armed attacker of the place's country (PAKUAF -> PAKCOP 1831)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PAKUAF\".*\"target\":{\"code\":\"PAKCOP\".*\"cameo\":\"1831\"'"
out=$(code_sentence 'Belarus hosted Russian tactical nuclear weapons on its territory.' 2024-03-10)
check "code: hosting another state's weapons is military cooperation (062), not hosting a visit (043/042)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"BLR\".*\"target\":{\"code\":\"RUS\".*\"cameo\":\"062\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"04[23]\"'"
out=$(code_sentence 'The Kenyan president welcomed the deployment of Kenyan police officers to Haiti.' 2024-03-10)
check "code: welcoming a deployment or other decision endorses it (051), it hosts no visit (043)" "echo \"\$out\" | grep -q '\"cameo\":\"051\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"04[23]\"'"
out=$(code_sentence "The Turkish parliament voted to approve Sweden's membership in NATO." 2024-01-24)
check "code: an organisation the KB knows is no place ('in NATO' is not Nato, Philippines)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"TURLEG\".*\"cameo\":\"051\"' && ! echo \"\$out\" | grep -q 'PHL'"
out=$(code_sentence "Iraq's parliament voted to expel U.S. troops from the country." 2020-01-05)
check "code: what a legislature votes to do is coded as done, as with 'decided to'" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRQLEG\".*\"target\":{\"code\":\"USAMIL\".*\"cameo\":\"174\"'"
out=$(code_sentence "Two Syrian soldiers were killed in an Israeli air strike near Damascus." 2023-03-01)
check "code: an air strike someone was killed in is aimed at them (not at its own attacker)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"SYRMIL\".*\"cameo\":\"195\"'"
out=$(code_sentence "A senior Hamas official was killed in an Israeli drone strike on a suburb of Beirut." 2024-01-03)
check "code: the victim before the place struck; the suburb of Beirut is where, not 'Israeli'" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"PSEREB\".*\"location\":{\"name\":\"Beirut\"'"
out=$(code_sentence "Kenyan opposition leaders called for protests against the government." 2024-06-25)
check "code: a call for protests threatens dissent (133), not force (138)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"KENOPP\".*\"target\":{\"code\":\"KENGOV\".*\"cameo\":\"133\"'"
out=$(code_sentence "Haitian gang leaders demanded the resignation of Prime Minister Ariel Henry." 2024-03-01)
check "code: gang leaders are the gang's (CRM), not a government's leaders" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"HTICRM\".*\"target\":{\"code\":\"HTIGOV\".*\"cameo\":\"1041\"'"
out=$(code_sentence "Seven aid workers from World Central Kitchen were killed in an Israeli air strike in Gaza." 2024-04-02)
check "code: a nationality on an event noun ('an Israeli air strike') is no place, so the victims are Gaza's" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"PSENGO\".*\"cameo\":\"195\"'"
out=$(code_sentence "American troops have begun leaving Afghanistan for the initial troop withdrawal required in the peace agreement." 2020-03-10)
check "code: 'leave for' an act is a purpose, no visit to anyone" "! echo \"\$out\" | grep -q '\"cameo\":\"04[23]\"'"
out=$(code_sentence "The ICC prosecutor sought arrest warrants for Benjamin Netanyahu and Hamas leader Yahya Sinwar." 2024-05-21)
check "code: both parties after 'for X and Hamas leader Y' are targets" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"ISRGOV\".*\"cameo\":\"173\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"PSEREB\".*\"cameo\":\"173\"'"
out=$(code_sentence "Egyptian mediators hosted delegations from Israel and Hamas in Cairo for ceasefire talks." 2024-02-10)
check "code: hosting a country's delegation is hosting a visit (043), not admitting monitors (086)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"ISRGOV\".*\"cameo\":\"043\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"086\"'"
# A judgement of an act with no party named is aimed at the country it
# happened in ("the coup in Niger", the place hung on the verb), or at whom
# the act struck, but never at the judge's own country.
out=$(code_sentence 'The African Union condemned the coup in Niger on Tuesday.' 2024-03-10)
check "condemning a coup in a country is aimed at it" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOAFRAFU\".*\"target\":{\"code\":\"NER\".*\"cameo\":\"111\"'"
out=$(code_sentence 'Britain condemned the bombing of a mosque in Kabul.' 2024-03-10)
check "condemning a bombing is aimed at whom it struck" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GBR\".*\"target\":{\"code\":\"AFG.*\"cameo\":\"111\"'"
out=$(code_sentence 'France condemned the attack on its embassy in Niamey.' 2024-03-10)
check "condemning an attack on one's own embassy is not aimed at oneself" "! echo \"\$out\" | grep -q '\"source\":{\"code\":\"FRA\".*\"target\":{\"code\":\"FRA'"
out=$(code_sentence 'Iran complained about a rally in Tehran.' 2024-03-10)
check "complaining about a rally at home is not aimed at oneself" "! echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRN.*\"target\":{\"code\":\"IRN'"
# What a future or modal clause waits for ("until", "before", "unless") has
# not happened, also when the parser hangs the clause beside the verb.
out=$(code_sentence 'Turkish President Recep Tayyip Erdogan said Ankara would not approve Sweden'"'"'s NATO membership until Stockholm cracked down on Kurdish militants.' 2024-03-10)
check "an act awaited by 'would not ... until' is not coded" "! echo \"\$out\" | grep -q '\"cameo\":\"175\"'"
out=$(code_sentence 'Israel said its troops would stay in Gaza until Hamas released all the hostages.' 2024-03-10)
check "a release awaited by 'would stay until' is not coded" "! echo \"\$out\" | grep -q '\"cameo\":\"0841\"'"
# A leader or commander named by an armed group's role word is of that group.
out=$(code_sentence 'Indian police arrested a Sikh separatist leader after a month-long manhunt in Punjab.' 2024-03-10)
check "a separatist leader is REB, not GOV" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"INDREB\"'"
# A place struck or taken, named as the object, is where the act happened,
# not a place of another clause; an institution named by a role word is not.
out=$(code_sentence 'Israeli jets struck Gaza before Hamas fired rockets at Tel Aviv.' 2024-03-10)
check "struck Gaza happened in Gaza" "echo \"\$out\" | grep -q '\"verb\":{\"text\":\"struck\".*\"location\":{\"name\":\"Gaza'"
out=$(code_sentence 'Supporters of the former president stormed Congress on Sunday, Brazilian police said.' 2023-01-09)
check "storming Congress is not placed in a town called Congress" "! echo \"\$out\" | grep -q '\"admin1\":\"Arizona\"'"
# A two-word place name the parser split across a name ("Addis Ababa").
out=$(code_sentence 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.' 2024-03-10)
check "a meeting in Addis Ababa is placed in Ethiopia" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Addis Ababa\",\"country\":\"ETH\"'"
# Asking, pressing, encouraging or appealing to someone to do anything is an
# appeal (02), refined by what is asked when CAMEO has a code for it.
out=$(code_sentence 'Lebanon'"'"'s caretaker prime minister asked the United States to pressure Israel to halt its strikes.' 2024-03-10)
check "asking someone to do something is an appeal" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"LBNGOV\".*\"target\":{\"code\":\"USA\".*\"cameo\":\"020\"'"
out=$(code_sentence 'France pressed Serbia to recognise Kosovo.' 2024-03-10)
check "pressing someone to recognise is an appeal for diplomatic cooperation" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"FRA\".*\"target\":{\"code\":\"SRB\".*\"cameo\":\"022\"'"
# An attack in the clause saying when someone was harmed struck the harmed.
out=$(code_sentence 'Two Turkish soldiers were wounded when Kurdish militants attacked a base in northern Iraq.' 2024-03-10)
check "an attack when soldiers were wounded is aimed at them" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"TURMIL\".*\"cameo\":\"190\"'"
# "hostage" after the object of take/hold is a secondary predicate.
out=$(code_sentence 'Gunmen took 20 soldiers hostage in Mali.' 2024-03-10)
check "taking soldiers hostage is hostage-taking of the soldiers" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"MLIMIL\".*\"cameo\":\"181\"'"
# Deporting a diplomat is an expulsion of a diplomat (161), as expelling one is.
out=$(code_sentence 'Belarus deported a Polish diplomat accused of spying.' 2024-03-10)
check "deporting a diplomat is 161" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"POLGOV\".*\"cameo\":\"161\"'"
# The places of what is discussed are not where the talk was.
out=$(code_sentence 'The Kremlin said Putin and Xi discussed the situation in Ukraine by phone.' 2024-03-10)
check "a phone call about Ukraine is not placed in Ukraine" "echo \"\$out\" | grep -q '\"cameo\":\"041\"' && ! echo \"\$out\" | grep -q '\"location\":{\"name\":\"Ukraine'"
# The purpose of a planned trip is planned too, also when the parser hangs
# it on the trip's object ("Washington next month for talks").
out=$(code_sentence 'Japan'"'"'s prime minister will visit Washington next month for talks with President Biden.' 2024-03-10)
check "talks on a planned visit are not coded as held" "! echo \"\$out\" | grep -q '\"cameo\":\"046\"'"
# Releasing a video, statement or report of someone is no release of them.
out=$(code_sentence 'Hamas released a video of three hostages held in Gaza.' 2024-03-10)
check "releasing a video of hostages is not releasing them" "! echo \"\$out\" | grep -q '\"cameo\":\"084'"
out=$(code_sentence 'Venezuela expelled diplomats from seven Latin American countries.' 2024-08-01)
check "'Latin American' names a region, not the United States" "! echo \"\$out\" | grep -q '\"USA'"
out=$(code_sentence 'Central American officials criticized Venezuela.' 2024-08-01)
check "'Central American leaders' are no US government" "! echo \"\$out\" | grep -q '\"USAGOV\"'"
out=$(code_sentence 'Russia expelled 20 diplomats in retaliation.' 2024-08-01)
check "expelled diplomats of no named country are not the expeller's own" "! echo \"\$out\" | grep -q '\"RUSGOV\"'"
out=$(code_sentence 'Germany expelled two Russian diplomats.' 2024-08-01)
check "expelled Russian diplomats are still coded" "echo \"\$out\" | grep -q '\"cameo\":\"161\"' && echo \"\$out\" | grep -q '\"RUSGOV\"'"
out=$(code_sentence 'Russia vetoed a UN Security Council resolution condemning North Korea'"'"'s missile launch.' 2024-08-01)
check "what a vetoed resolution would have said is not coded" "echo \"\$out\" | grep -q '\"cameo\":\"129\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"111\"'"
out=$(code_sentence 'Hungary blocked an EU statement criticizing Israel'"'"'s offensive in Gaza.' 2024-08-01)
check "a place a blocked statement speaks of is not where it was blocked" "echo \"\$out\" | grep -q '\"cameo\":\"129\"' && ! echo \"\$out\" | grep '\"cameo\":\"129\"' | grep -q 'Gaza\"'"
out=$(code_sentence 'France and Germany signed a declaration in Paris on Monday.' 2024-08-01)
check "a text signed in a place is placed there" "echo \"\$out\" | grep -q '\"name\":\"Paris\"'"
out=$(code_sentence 'Pakistan summoned the Afghan charge d'"'"'affaires to protest cross-border attacks by militants.' 2024-08-01)
check "a summons to protest is one complaint, at whom was summoned" "echo \"\$out\" | grep -q '\"AFGGOV\"' && ! echo \"\$out\" | grep -q '\"PAKINS\"'"
out=$(code_sentence 'Nigeria summoned Niger'"'"'s ambassador Brah Mohamane to complain of inaction.' 2024-08-01)
check "a named object's title matches the pattern's object (summon ambassador: 114)" "echo \"\$out\" | grep -q '\"cameo\":\"114\"'"
out=$(code_sentence 'Mali'"'"'s military government suspended the activities of all political parties.' 2024-08-01)
check "suspending the activities of parties is banning them (1722)" "echo \"\$out\" | grep -q '\"cameo\":\"1722\"'"
out=$(code_sentence 'South Africa filed a case at the International Court of Justice accusing Israel of genocide.' 2024-08-01)
check "a lawsuit is against whom it accuses, not the court it is filed at" "echo \"\$out\" | grep '\"cameo\":\"115\"' | grep -q '\"target\":{[^}]*\"code\":\"ISR\"'"
out=$(code_sentence 'Egypt and Qatar are mediating between Israel and Hamas to secure the release of hostages.' 2024-08-01)
check "a release worked for is an aim, not a release" "echo \"\$out\" | grep -q '\"cameo\":\"045\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0841\"'"
out=$(code_sentence 'Kenyan police officers arrived in Haiti to lead a multinational security mission.' 2024-08-01)
check "leading a security mission is no use of force" "echo \"\$out\" | grep -q '\"cameo\":\"074\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"190\"'"
out=$(code_sentence 'Jordan'"'"'s King Abdullah warned that an Israeli offensive on Rafah would lead to a massacre.' 2024-08-01)
check "a warning about an act is aimed at its doer" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"ISR\"'"
out=$(code_sentence 'Thai authorities deported 40 Uighurs to China despite protests from rights groups.' 2024-08-01)
check "deporting a counted few is expelling individuals (174), not a mass expulsion (201)" "echo \"\$out\" | grep -q '\"cameo\":\"174\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"201\"'"
out=$(code_sentence 'Gunmen kidnapped 20 students in Zamfara state, police said.' 2024-08-01)
check "a division noun after a name finds GeoNames' division ('Zamfara State') and its country" "echo \"\$out\" | grep -q '\"name\":\"Zamfara State\"' && echo \"\$out\" | grep -q '\"code\":\"NGAUAF\"'"
out=$(code_sentence 'Gunmen kidnapped 20 students in the northwestern state of Zamfara.' 2024-08-01)
check "'the state of X' finds the division 'X State'" "echo \"\$out\" | grep -q '\"name\":\"Zamfara State\"'"
out=$(code_sentence 'Thousands of Serbians rallied in Belgrade to demand the resignation of the prime minister.' 2024-11-28)
check "a rally to demand a resignation is a protest for leadership change (1411)" "echo \"\$out\" | grep -q '\"cameo\":\"1411\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"1413\"'"
out=$(code_sentence 'Ethiopia and Somalia agreed to restore diplomatic relations after talks mediated by Turkey.' 2024-12-12)
check "talks mediated by a third party that name no sides: the mediator acts between the clause's joint subjects" "echo \"\$out\" | grep -q '\"code\":\"TUR\".*\"code\":\"ETH\".*\"cameo\":\"045\"' && echo \"\$out\" | grep -q '\"code\":\"TUR\".*\"code\":\"SOM\".*\"cameo\":\"045\"'"
out=$(code_sentence 'A Ukrainian drone attack set fire to an oil depot in Russia'"'"'s Bryansk region, the regional governor said.' 2024-11-28)
check "an attack noun that 'set fire to' a place is the attack itself (1952), not a riot (145)" "echo \"\$out\" | grep -q '\"code\":\"UKR\".*\"code\":\"RUS\".*\"cameo\":\"1952\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"145\"'"
out=$(code_sentence 'A Russian drone strike set fire to a grain terminal in Izmail.' 2024-11-28)
check "a foreign attack on a facility in a named town targets the town's country, through a prepositional object too; Izmail is the news spelling of GeoNames' Izmayil" "echo \"\$out\" | grep -q '\"code\":\"RUS\".*\"code\":\"UKR\".*\"cameo\":\"1952\"' && echo \"\$out\" | grep -q '\"name\":\"Izmail\"'"
out=$(code_sentence 'A mob set fire to a church near the town of Eldoret.' 2008-01-02)
check "a mob's arson names no target country through its prepositional object" "! echo \"\$out\" | grep -q '\"target\":{\"code\":\"KEN\"'"
out=$(code_sentence 'Turkish warplanes struck Kurdish militant targets in northern Iraq. The Iraqi government summoned the Turkish ambassador. It called the strikes a violation of its sovereignty.' 2024-11-28)
check "'called the strikes a violation': criticism (111) of whoever struck, by the previous sentence's subject ('It'), not a labour strike (143)" "echo \"\$out\" | grep -q '\"code\":\"IRQGOV\".*\"code\":\"TURMIL\".*\"cameo\":\"111\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"143\"'"
out=$(code_sentence 'Germany'"'"'s chancellor met the French president in Berlin. He pledged more aid to Ukraine.' 2024-11-28)
check "a pronoun opening a sentence's main clause continues the previous main subject, not the last name mentioned" "echo \"\$out\" | grep -q '\"code\":\"DEUGOV\".*\"code\":\"UKR\".*\"cameo\":\"033\"' && ! echo \"\$out\" | grep -q '\"code\":\"FRAGOV\".*\"code\":\"UKR\"'"
out=$(code_sentence 'Police in Dhaka arrested the leader of the main opposition party on Saturday.' 2024-11-28)
check "the leader of a body named by a role takes that body's role (OPP), not the generic leader's (GOV)" "echo \"\$out\" | grep -q '\"code\":\"BGDCOP\".*\"code\":\"BGDOPP\".*\"cameo\":\"173\"'"
out=$(code_sentence 'Thousands of Kenyans took to the streets against the finance bill.' 2024-06-25)
check "'took to the streets' is a protest (141)" "echo \"\$out\" | grep -q '\"code\":\"KENCVL\".*\"cameo\":\"141\"'"
out=$(code_sentence 'Hezbollah fires rockets at northern Israel after commander killed' 2024-11-28)
check "headline 'Hezbollah fires rockets at ...' read as a plural noun and an -s verb is the verb and its object" "echo \"\$out\" | grep -q '\"code\":\"LBNREB\".*\"code\":\"ISR\".*\"cameo\":\"19'"
out=$(code_sentence 'Iran denies supplying drones to Russia for use in Ukraine' 2024-11-28)
check "denying supplying drones is a denial (016), not a refusal of arms (1622)" "echo \"\$out\" | grep -q '\"cameo\":\"016\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"1622\"'"
out=$(code_sentence 'The Israeli army'"'"'s bombardment of northern Gaza killed dozens of people overnight.' 2024-11-28)
check "an event noun with a possessor is the possessor's act; its 'of' phrase is not its owner (ISRMIL -> PSECVL, not PSEMIL -> ISRCVL)" "echo \"\$out\" | grep -q '\"code\":\"ISRMIL\".*\"code\":\"PSECVL\".*\"cameo\":\"194\"' && ! echo \"\$out\" | grep -q '\"code\":\"PSEMIL\"'"
out=$(code_sentence 'Colombian President Gustavo Petro accused Israel of genocide and broke off diplomatic relations.' 2024-05-01)
check "relations broken by a second verb of the same subject are with the first verb's target" "echo \"\$out\" | grep -q '\"code\":\"COLGOV\".*\"code\":\"ISR\".*\"cameo\":\"161\"'"
out=$(code_sentence 'A Turkish court jailed Istanbul mayor Ekrem Imamoglu pending trial on corruption charges.' 2025-03-24)
check "jailed pending trial is detention (173), not a sentence (116)" "echo \"\$out\" | grep -q '\"cameo\":\"173\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"116\"'"
out=$(code_sentence 'Saudi, Emirati and Egyptian ministers met in Cairo.' 2024-11-28)
check "'Saudi, Emirati and Egyptian ministers met': the three pairs, each a government's (the issue's own example)" "echo \"\$out\" | grep -q '\"code\":\"SAUGOV\".*\"code\":\"AREGOV\".*\"cameo\":\"040\"' && echo \"\$out\" | grep -q '\"code\":\"SAUGOV\".*\"code\":\"EGYGOV\"' && echo \"\$out\" | grep -q '\"code\":\"AREGOV\".*\"code\":\"EGYGOV\"'"
out=$(code_sentence 'The army rejected calls for talks with the rebels in Sudan.' 2024-11-28)
check "rejecting calls for talks with a party is rejecting negotiation with it (125), not a generic rejection (120)" "echo \"\$out\" | grep -q '\"code\":\"SDNMIL\".*\"code\":\"SDNREB\".*\"cameo\":\"125\"'"
out=$(code_sentence 'Qatar hosted a meeting between Hamas and Fatah officials.' 2024-11-28)
check "hosting a meeting between others is mediation (045); the others meet (040)" "echo \"\$out\" | grep -q '\"code\":\"QAT\".*\"code\":\"PSEREB\".*\"cameo\":\"045\"' && echo \"\$out\" | grep -q '\"code\":\"PSEREB\".*\"code\":\"PSEPTY\".*\"cameo\":\"040\"' && ! echo \"\$out\" | grep -q '\"code\":\"QAT\".*\"cameo\":\"040\"'"
out=$(code_sentence 'Israel and Hamas began a truce on Sunday. Qatar said Hamas released four hostages on Friday.' 2024-11-28)
check "hostages a named foreign actor released are not the reporting third party's (ISRCVL from the story, not QATCVL)" "echo \"\$out\" | grep -q '\"code\":\"PSEREB\".*\"code\":\"ISRCVL\".*\"cameo\":\"0841\"' && ! echo \"\$out\" | grep -q 'QATCVL'"
out=$(code_sentence 'Qatar said Hamas released four hostages on Friday.' 2024-11-28)
check "a story that has named only its reporter's country does not give the hostages that country" "! echo \"\$out\" | grep -q 'QATCVL'"
out=$(code_sentence 'Nigerian police said gunmen kidnapped 20 villagers.' 2024-11-28)
check "victims of bare roles in a clause a state's speaker reports are still the speaker's country's" "echo \"\$out\" | grep -q '\"code\":\"NGAUAF\".*\"code\":\"NGACVL\".*\"cameo\":\"181\"'"
out=$(code_sentence 'Yemen'"'"'s Houthis claimed a drone attack on Tel Aviv.' 2024-11-28)
check "a claimed attack is the attack its noun names (1952), not generic unconventional violence (180)" "echo \"\$out\" | grep -q '\"code\":\"YEMREB\".*\"code\":\"ISR\".*\"cameo\":\"1952\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"180\"'"
out=$(code_sentence 'The Rapid Support Forces captured the town of Singa in June. The paramilitary group accused the army of killing civilians.' 2024-11-28)
check "'the paramilitary group' is the group named before (SDNREB), not a bare paramilitary role (SDNUAF)" "echo \"\$out\" | grep -q '\"code\":\"SDNREB\".*\"code\":\"SDNMIL\".*\"cameo\":\"112\"' && ! echo \"\$out\" | grep -q 'SDNUAF'"
out=$(code_sentence 'Hezbollah fired rockets at Israel. The militant group said it targeted a military base.' 2024-11-28)
check "'it' as the subject of what a body says is that body (LBNREB), not the last country named" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"LBNREB\".*\"verb\":{\"text\":\"targeted\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"verb\":{\"text\":\"targeted\"'"
out=$(code_sentence 'Ecuadorian troops raided the Mexican embassy in Quito to arrest a former vice president.' 2024-04-06)
check "the purpose of a raid is the raiders' act (ECUMIL 173)" "echo \"\$out\" | grep -q '\"code\":\"ECUMIL\".*\"cameo\":\"173\"'"
out=$(code_sentence 'Zimbabwean police in the capital Harare fired tear gas at opposition supporters on Monday.' 2024-04-06)
check "a name after 'the capital' is the capital, not a second subject" "echo \"\$out\" | grep -q '\"name\":\"Harare\"' && ! echo \"\$out\" | grep -q '\"code\":\"ZWEGOV\"'"
out=$(code_sentence 'Al Shabaab fighters attacked an army base outside the capital Mogadishu using car bombs, killing 17 soldiers and taking control of a nearby town.' 2024-04-06)
check "'using car bombs' after a place is the attackers' act, not the capital's" "! echo \"\$out\" | grep -q '\"code\":\"SOMGOV\"' && echo \"\$out\" | grep -q '\"cameo\":\"192\"'"
out=$(code_sentence 'Gunmen stormed a prison in Nigeria'"'"'s Kogi state overnight, freeing more than 200 inmates.' 2024-04-06)
check "a stormed prison is the state's police arm, and 'overnight' leaves the place phrase alone" "echo \"\$out\" | grep -q '\"code\":\"NGACOP\"' && echo \"\$out\" | grep -q '\"name\":\"Kogi State\"'"
out=$(code_sentence 'Bolivian troops surrounded the presidential palace in La Paz on Wednesday.' 2024-06-27)
check "troops surrounding the presidential palace is a blockade of the government (BOLMIL -> BOLGOV 191)" "echo \"\$out\" | grep -q '\"code\":\"BOLMIL\".*\"code\":\"BOLGOV\".*\"cameo\":\"191\"'"
out=$(code_sentence 'Bolivian police officers protesting against pay cuts surrounded the presidential palace in La Paz on Wednesday.' 2024-06-27)
check "police who protest themselves still demonstrate (144)" "echo \"\$out\" | grep -q '\"cameo\":\"144\"'"
out=$(code_sentence 'The army chief rejected a U.S. invitation to peace talks in Switzerland.' 2024-08-01)
check "rejecting an invitation is rejecting a proposal to meet (125)" "echo \"\$out\" | grep -q '\"cameo\":\"125\"'"
out=$(code_sentence 'Mali'"'"'s military government ended the 2015 Algiers peace agreement with northern separatist groups.' 2024-01-26)
check "ending a peace agreement with a party is 127 against it" "echo \"\$out\" | grep -q '\"code\":\"MLIGOV\".*\"cameo\":\"127\"'"
out=$(code_sentence 'Australia and the Philippines held their first joint naval patrols in the South China Sea.' 2023-11-25)
check "'first joint naval patrols' is military cooperation (062 both ways)" "echo \"\$out\" | grep -q '\"code\":\"AUS\".*\"code\":\"PHL\".*\"cameo\":\"062\"'"
out=$(code_sentence 'Slovak Prime Minister Robert Fico was shot several times in the town of Handlova.' 2024-05-15)
check "a nationality before a title is the title's, so the shot prime minister is SVKGOV" "echo \"\$out\" | grep -q '\"code\":\"SVKGOV\"'"
out=$(code_sentence 'The prime minister ordered an offensive against the ruling party of the northern Tigray region, accusing it of attacking an army base.' 2020-11-04)
check "'it' after 'the ruling party of the Tigray region' is that party (ETHPTY)" "echo \"\$out\" | grep -q '\"cameo\":\"112\"' && echo \"\$out\" | grep '\"cameo\":\"112\"' | grep -q '\"code\":\"ETHPTY\"'"
out=$(code_sentence 'Russian forces struck energy facilities overnight, Ukraine'"'"'s energy ministry said.' 2024-10-01)
check "energy facilities a foreign force strikes, with no place named, are the other country's (RUSMIL -> UKR)" "echo \"\$out\" | grep -q '\"code\":\"RUSMIL\".*\"code\":\"UKR\"'"
out=$(code_sentence 'The Bulgarian military offered to provide additional security for the airport.' 2024-10-01)
check "a facility outside an act of force stays no one's" "! echo \"\$out\" | grep -q '\"cameo\"'"
out=$(code_sentence 'Ukrainian forces crossed into Russia'"'"'s Kursk region and seized dozens of villages, Kyiv said on Tuesday.' 2024-08-13)
check "seizing villages is occupying territory (192), not seizing property (171)" "echo \"\$out\" | grep -q '\"cameo\":\"192\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"171\"'"
out=$(code_sentence 'Germany'"'"'s Olaf Scholz and France'"'"'s Emmanuel Macron held a phone call to discuss support for Ukraine.' 2024-10-20)
check "a phone call held to discuss something is one call (041), not a call for talks (036) nor a second consultation (040)" "echo \"\$out\" | grep -q '\"cameo\":\"041\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"036\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"040\"'"
out=$(code_sentence 'Saudi Arabia deposited $2 billion in Yemen'"'"'s central bank to support the currency.' 2024-10-20)
check "money deposited in a state's central bank is economic aid (071)" "echo \"\$out\" | grep -q '\"code\":\"SAU\".*\"cameo\":\"071\"'"
out=$(code_sentence 'The Pope urged an end to the war in Sudan.' 2024-10-20)
check "urging an end to a war is an appeal for de-escalation, to the war's country (VATGOV -> SDN 0256)" "echo \"\$out\" | grep -q '\"code\":\"VATGOV\".*\"code\":\"SDN\".*\"cameo\":\"0256\"'"
out=$(code_sentence 'The president urged an end to corruption.' 2024-10-20)
check "an end to something other than fighting is no appeal for de-escalation" "! echo \"\$out\" | grep -q '\"cameo\":\"0256\"'"
out=$(code_sentence 'France called for an end to the war in Sudan.' 2024-10-20)
check "calling for an end to a war is an appeal for de-escalation (FRA -> SDN 0256)" "echo \"\$out\" | grep -q '\"code\":\"FRA\".*\"code\":\"SDN\".*\"cameo\":\"0256\"'"
out=$(code_sentence 'The president called for an end to corruption.' 2024-10-20)
check "a call for an end to something other than fighting is no appeal for de-escalation" "! echo \"\$out\" | grep -q '\"cameo\":\"0256\"'"
out=$(code_sentence 'Libya'"'"'s eastern commander met Russia'"'"'s deputy defence minister in Benghazi.' 2024-10-20)
check "a bare 'commander' is the military (LBYMIL)" "echo \"\$out\" | grep -q '\"code\":\"LBYMIL\"'"
out=$(code_sentence "Mexico's president rejected a U.S. proposal to send troops to fight drug cartels." 2024-05-01)
check "code: what a proposal's act is for is not done ('a proposal to send troops to fight cartels' fights no one)" "echo \"\$out\" | grep -q '\"cameo\":\"127\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"190\"'"
out=$(code_sentence "Egypt called for an end to Israel's offensive in Gaza." 2024-05-01)
check "code: 'an end to Israel's offensive' (noun after a possessive, 'to' phrase on the verb) asks Israel to de-escalate" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"EGY\".*\"target\":{\"code\":\"ISR\".*\"cameo\":\"0256\"'"
out=$(code_sentence "Egypt called for an end to the Israeli offensive in Gaza." 2024-05-01)
check "code: the nationality of the fighting ended is its owner ('the Israeli offensive')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"EGY\".*\"target\":{\"code\":\"ISR\".*\"cameo\":\"0256\"'"
out=$(code_sentence "Nigeria's government declared a state of emergency in Rivers state." 2024-05-01)
check "geo: a division noun after a name is the name's ('Rivers state' is Nigeria's Rivers State, not Rivers, Manitoba)" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Rivers State\",\"country\":\"NGA\"' && ! echo \"\$out\" | grep -q Manitoba"
out=$(code_sentence "Iraqi militias fired rockets at a U.S. base in Syria, the Pentagon said." 2024-05-01)
check "geo: a base in Syria is in Syria, whoever's it is" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Syria\"' && ! echo \"\$out\" | grep -q '\"location\":{\"name\":\"United States'"
out=$(code_sentence "Burkina Faso's junta suspended the BBC and Voice of America." 2024-05-01)
check "kb: news organisations are actors (home country + MED), and suspending one restricts political freedoms (1721)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"BFAGOV\".*\"target\":{\"code\":\"GBRMED\".*\"cameo\":\"1721\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"USAMED\".*\"cameo\":\"1721\"'"
out=$(code_sentence "By Jane Doe. BOSTON (Reuters) - Police arrested two Iranian men on Thursday." 2024-05-01)
check "code: a news organisation in brackets credits the story and is no party or context ('BOSTON (Reuters) -' after a byline)" "echo \"\$out\" | grep -q '\"cameo\":\"173\"' && ! echo \"\$out\" | grep -q 'GBR'"
out=$(code_sentence "Macron rejected any military solution to the North Korean crisis and warned against scrapping the nuclear agreement with Iran, in an exclusive interview Tuesday with CNN." 2020-01-01)
check "code: the news organisation that interviews is not the target of what is said" "echo \"\$out\" | grep -q '\"cameo\":\"127\"' && ! echo \"\$out\" | grep -q USAMED"
out=$(code_sentence "BOGOTÁ, Oct 3 (Reuters) - Colombian voters narrowly rejected a peace deal with FARC rebels." 2016-10-03)
check "text: a dateline with an accented capital is blanked ('BOGOTÁ' is no government source)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"COLREB\".*\"cameo\":\"127\"' && ! echo \"\$out\" | grep -q COLGOV"
out=$(code_sentence "Brazil's former president Jair Bolsonaro flew to Florida on Friday." 2023-01-10)
check "geo: a large division abroad beats a small town of the story's country ('Florida' in a Brazil story is the US state)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"USA\".*\"cameo\":\"042\"'"
out=$(code_sentence "U.S. police arrested a gunman in Alexandria on Monday." 2023-01-10)
check "geo: ... but not a small division: 'Alexandria' in a US story stays in the US" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Alexandria\",\"country\":\"USA\"'"
out=$(code_sentence "Protesters in Nairobi demanded that President William Ruto withdraw the finance bill." 2024-06-20)
check "code: a demand that someone act is aimed at that someone ('demanded that President Ruto withdraw the finance bill')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"KENCVL\".*\"target\":{\"code\":\"KENGOV\".*\"cameo\":\"1042\"'"
out=$(code_sentence '"We will not negotiate with terrorists," the Nigerian president told reporters after gunmen abducted 80 students.' 2024-06-20)
check "code: 'told reporters after gunmen abducted ...': the gunmen abducted, not the reporters" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"NGAUAF\".*\"cameo\":\"181\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"NGAMED\"'"
out=$(code_sentence "The Chadian government announced the end of its defense cooperation agreement with France." 2024-11-29)
check "code: an agreement whose end is announced is no agreement signed (no 057)" "! echo \"\$out\" | grep -q '\"cameo\":\"057\"'"
out=$(code_sentence "The US Treasury sanctioned three Iranian officials." 2024-06-20)
check "kb: 'the US Treasury' is the agency (USAGOV), not 'the US' and a bare word" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"cameo\":\"163\"'"
out=$(code_sentence "Iran criticized the US on Monday." 2024-06-20)
check "kb: 'the US' alone is still the United States" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"USA\".*\"cameo\":\"111\"'"
out=$(code_sentence "Two U.S. soldiers were wounded in a drone attack on a base in Iraq." 2024-06-20)
check "code: harmed in an attack that names no attacker (only where, and whom it struck) is by an unknown hand" "echo \"\$out\" | grep -q '\"source\":null.*\"target\":{\"code\":\"USAMIL\".*\"cameo\":\"180\"'"
out=$(code_sentence "A Russian missile strike on a children's hospital in Kyiv drew international condemnation." 2024-06-20)
check "code: a lower-case past form read as a name is the verb; an event noun's target's place is the event's (Kyiv)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKRHLH\".*\"location\":{\"name\":\"Kyiv\"'"
out=$(code_sentence "Peru's Congress removed President Pedro Castillo from office after he tried to dissolve it." 2022-12-07)
check "code: a legislature that removes the president from office dismisses him (172; the capitalised title is what the object is)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PERLEG\".*\"target\":{\"code\":\"PERGOV\".*\"cameo\":\"172\"'"
out=$(code_sentence "Sudan's military removed President Omar al-Bashir from power on Thursday." 2019-04-11)
check "code: armed forces that remove the president stage a coup (190, as 'seized power')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SDNMIL\".*\"target\":{\"code\":\"SDNGOV\".*\"cameo\":\"190\"'"
out=$(code_sentence "Soldiers in Niger overthrew President Mohamed Bazoum." 2023-07-26)
check "code: overthrowing a president is a coup (190)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"NERGOV\".*\"cameo\":\"190\"'"
out=$(code_sentence "Ugandan troops entered eastern Congo to fight the ADF rebels." 2024-06-20)
check "code: the purpose of entering, hung as an open complement, is the entering troops' own act (not Congo's)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"UGAMIL\".*\"cameo\":\"190\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"COD\",'"
out=$(code_sentence "Hezbollah fired dozens of rockets at northern Israel after an Israeli strike killed one of its commanders." 2024-06-20)
check "code: whom an act of force strikes is not the attacker's own side ('its commanders' are Hezbollah's, not Israel's)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"LBNREB\".*\"cameo\":\"190\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"ISRMIL\"'"
out=$(code_sentence "The Islamic State group said its fighters attacked an army checkpoint in Diyala province." 2016-06-20)
check "code: an armed group's own fighters are the group ('its fighters')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRQINS\".*\"target\":{\"code\":\"IRQMIL\"'"
out=$(code_sentence "Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of preparing a new attack on Armenia." 2024-06-20)
check "code: an opening nationality read as the root, with the clause a relative clause on it and the title tagged an adjective, is repaired (the accused is Azerbaijan)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ARMGOV\".*\"target\":{\"code\":\"AZE\".*\"cameo\":\"112\"'"
out=$(code_sentence "Somali forces backed by U.S. airstrikes recaptured a town from al-Shabaab militants." 2024-06-20)
check "code: a lower-case word read as part of the name before it is a common noun ('U.S. airstrikes'), so the Somali forces recapture the town" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SOMMIL\".*\"target\":{\"code\":\"SOMINS\".*\"cameo\":\"192\"'"
out=$(code_sentence "Taiwan's President Lai Ching-te said the island would not provoke China. Beijing condemned Lai's inauguration speech." 2024-06-01)
check "code: one word of a person's full name, alone later in the story, is that person ('Lai' after 'Lai Ching-te')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CHNGOV\".*\"target\":{\"code\":\"TWNGOV\".*\"cameo\":\"111\"'"
out=$(code_sentence "Prime Minister Theresa May met German Chancellor Angela Merkel in Berlin. May told parliament that Britain would expel 23 Russian diplomats." 2018-03-14)
check "code: a month that is a person's name counts as the person only as a subject ('May told parliament')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GBRGOV\",\"country\":\"GBR\",\"role\":\"GOV\",\"text\":\"May\"'"
out=$(code_sentence "Ukrainian President Volodymyr Zelenskiy asked Germany for more Patriot air defence systems." 2024-06-01)
check "code: military aid asked for by name is an appeal for military aid (0232, the kind from the patterns of seeking it)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"UKRGOV\".*\"target\":{\"code\":\"DEU\".*\"cameo\":\"0232\"'"
out=$(code_sentence "Armenia asked France for more weapons." 2024-06-01)
check "code: 'asked France for more weapons' is 0232" "echo \"\$out\" | grep -q '\"cameo\":\"0232\"'"
out=$(code_sentence "Jordan's King Abdullah warned of a regional war during a meeting with German Chancellor Olaf Scholz in Amman." 2024-06-01)
check "code: an encounter named as the occasion ('during a meeting with') is an event, not background" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"JORGOV\".*\"target\":{\"code\":\"DEUGOV\".*\"cameo\":\"040\"'"
out=$(code_sentence "Blinken raised concerns about human rights during a visit to Beijing." 2024-06-01)
check "code: 'during a visit to Beijing': the visitor is the clause's subject" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAGOV\".*\"target\":{\"code\":\"CHNGOV\".*\"cameo\":\"042\"'"
out=$(code_sentence "U.S.-led coalition forces killed five militants in an air strike in Syria." 2019-06-01)
check "code: forces led by a named country are that country's ('U.S.-led coalition forces')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USAMIL\"'"
out=$(code_sentence "Iraqi Prime Minister Mohammed Shia al-Sudani called for the withdrawal of U.S.-led coalition forces from Iraq." 2024-06-01)
check "code: an appeal for a withdrawal is aimed at the ones to withdraw (not the place they leave)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRQGOV\".*\"target\":{\"code\":\"USAMIL\".*\"cameo\":\"0256\"'"
out=$(code_sentence "The protesters demanded the withdrawal of French troops from Niger." 2023-09-01)
check "code: a demand for the withdrawal of troops is aimed at the troops' side" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"FRAMIL\".*\"cameo\":\"1056\"'"
out=$(code_sentence "Qatar's emir pledged \$500 million to rebuild Gaza." 2021-05-26)
check "code: aid given for a purpose goes to whom the purpose helps ('pledged \$500 million to rebuild Gaza')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"QATGOV\".*\"target\":{\"code\":\"PSE\".*\"cameo\":\"0331\"'"
out=$(code_sentence "The U.N. Security Council adopted a resolution demanding an immediate ceasefire between Israel and Hamas." 2024-03-25)
check "code: a resolution adopted speaks for the adopter also when the participle hangs on the verb (a demand, and no truce declared)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOUNO\".*\"target\":{\"code\":\"PSEREB\".*\"cameo\":\"1056\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0871\"'"
out=$(code_sentence "Egypt demanded an immediate ceasefire in Gaza." 2024-03-25)
check "code: a truce demanded with no sides named is aimed at where it is asked for (the place on the verb)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"EGY\".*\"target\":{\"code\":\"PSE\".*\"cameo\":\"1056\"'"
out=$(code_sentence "The Pope urged a ceasefire in Sudan." 2024-03-25)
check "code: 'urged a ceasefire in Sudan' is an appeal for de-escalation aimed at Sudan" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"SDN\".*\"cameo\":\"0256\"'"
out=$(code_sentence "Egypt called for a halt to the fighting in Gaza." 2024-03-25)
check "code: a halt to fighting asked for is as an end to it (0256)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"EGY\".*\"target\":{\"code\":\"PSE\".*\"cameo\":\"0256\"'"
out=$(code_sentence "The U.N. Security Council called early on Sunday for an immediate halt to all violence in Gaza, urging Israel and Hamas to stop all military activities." 2008-12-28)
check "code: an appeal aimed at a bare country beside one aimed at its own actor (Hamas) in the same sentence is dropped" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"PSEREB\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"PSE\",'"
out=$(code_sentence "North Korean troops fought alongside Russian forces in the Kursk region, Ukraine said." 2024-12-01)
check "code: fighting alongside someone is military cooperation, not fighting them ('alongside' is a preposition EWT never shows)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PRKMIL\".*\"target\":{\"code\":\"RUSMIL\".*\"cameo\":\"062\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"190\"'"
out=$(code_sentence "Indonesia deported an Australian man for insulting the president." 2024-06-01)
check "code: what someone is punished for is the charge, not a second act by the punisher" "echo \"\$out\" | grep -q '\"cameo\":\"174\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"111\"'"
out=$(code_sentence "Iran hanged a man for attacking a police officer." 2024-06-01)
check "code: the nearest actor after a verb is not looked for inside a gerund's clause ('for attacking a police officer')" "! echo \"\$out\" | grep -q '\"target\":{\"code\":\"IRNCOP\"'"
out=$(code_sentence "A Russian court jailed an opposition activist for criticizing the war in Ukraine." 2024-06-01)
check "code: a court's verdict on a bare role is on the court's compatriot" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUSJUD\".*\"target\":{\"code\":\"RUSOPP\".*\"cameo\":\"116\"'"
out=$(code_sentence "President Trump has called Denmark's Prime Minister nasty and cancelled a planned visit after she rejected his idea of buying Greenland." 2019-08-22)
check "code: a plan named by its owner's pronoun is the owner's, not the rejecter's own ('rejected his idea')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"DNKGOV\".*\"target\":{\"code\":\"USAGOV\".*\"cameo\":\"120\"'"
out=$(code_sentence "Hungary's Prime Minister Viktor Orban met Russian President Vladimir Putin in Moscow, drawing criticism from EU leaders." 2024-07-05)
check "code: a participle after a comma speaks of the whole clause, not of the object it was hung on (the criticism is of Orban)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOEUREEC\".*\"target\":{\"code\":\"HUNGOV\".*\"cameo\":\"111\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"RUSGOV\",[^}]*},\"cameo\":\"111\"'"
out=$(code_sentence "Nicaragua stripped 94 opponents of President Daniel Ortega of their citizenship." 2023-02-16)
check "code: opponents of someone are the opposition of that one's country, not that one" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"NICOPP\"'"
out=$(code_sentence "Police arrested critics of President Erdogan." 2023-02-16)
check "code: critics of a president are the opposition (TUROPP, not TURGOV)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"TUROPP\"'"
out=$(code_sentence "Mexican soldiers killed 13 suspected cartel gunmen in a shootout in the state of Michoacan." 2023-02-16)
check "code: unidentified armed men named by what they are are that ('cartel gunmen' MEXCRM)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"MEXCRM\"'"
out=$(code_sentence "A Russian court jailed an opposition activist for criticizing the war in Ukraine." 2024-06-01)
check "code: the place of a war another verb speaks of is not where the event happened" "echo \"\$out\" | grep -q '\"cameo\":\"116\".*\"location\":null'"
out=$(code_sentence "Modi discussed the war in Ukraine during a phone call with Zelenskiy." 2024-06-01)
check "code: a phone call about the war in Ukraine did not happen in Ukraine" "echo \"\$out\" | grep -q '\"cameo\":\"041\"' && ! echo \"\$out\" | grep -q '\"location\":{\"name\":\"Ukraine\"'"
out=$(code_sentence "Senegal's President Macky Sall postponed the presidential election, sparking protests." 2024-02-05)
check "code: protests sparked by someone are the people's, against the one who sparked them" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SENCVL\".*\"target\":{\"code\":\"SENGOV\".*\"cameo\":\"141\"'"
out=$(code_sentence "The Israeli raid sparked riots in Jenin." 2024-02-05)
check "code: riots sparked are the people's of where they are (not the sparker's own act)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PSECVL\".*\"target\":{\"code\":\"ISR\".*\"cameo\":\"145\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\"'"
out=$(code_sentence "Mozambican troops retook the town of Mocimboa da Praia from Islamist insurgents." 2024-02-05)
check "code: a name joined by a particle is one place ('Mocimboa da Praia' in Mozambique, not Praia in Cape Verde)" "echo \"\$out\" | grep -q '\"location\":{\"name\":\"Moc[^\"]*mboa da Praia\",\"country\":\"MOZ\"' && ! echo \"\$out\" | grep -q 'CPV'"
out=$(code_sentence "Mali's army and Wagner fighters killed civilians in the village of Moura, the U.N. said." 2022-04-05)
check "code: 'fighters' named by what they are are that ('army ... fighters' MLIMIL, not MLIREB)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"MLIMIL\"' && ! echo \"\$out\" | grep -q 'MLIREB'"
out=$(code_sentence "Iranian filmmaker Abbas Kiarostami criticized the government." 2010-01-10)
check "code: a listed surname right before another, unknown name word is someone else's first name ('Abbas Kiarostami' is not Mahmoud Abbas)" "! echo \"\$out\" | grep -q 'PSEGOV'"
out=$(code_sentence "Iranian Foreign Minister Abbas Araqchi arrived in Muscat for talks with U.S. envoy Steve Witkoff. The two sides held indirect negotiations mediated by Oman." 2025-04-12)
check "code: the sides of talks named (not coded) are whom a later 'the two sides' means; Araqchi and Witkoff are listed" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRNGOV\".*\"cameo\":\"042\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRN\".*\"target\":{\"code\":\"USA\".*\"cameo\":\"046\"'"
out=$(code_sentence "The EU plans to impose tariffs on Chinese electric vehicles." 2024-06-01)
check "code: a planned or threatened reduction of relations is threatened as what it reduces (sanctions 1312), not as force (138)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOEUREEC\".*\"target\":{\"code\":\"CHN\".*\"cameo\":\"1312\"'"
out=$(code_sentence "Two journalists were detained by police in Minsk while covering a protest." 2024-06-01)
check "code: who covers or watches an event does not carry it out (the journalists are not protesting)" "echo \"\$out\" | grep -q '\"cameo\":\"173\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"141\"'"
out=$(code_sentence "The foreign ministers of Egypt, Jordan and Saudi Arabia met in Cairo to discuss the situation in Gaza." 2024-06-01)
check "code: a list after the root noun's of-phrase continues it, and a plural role of coordinated countries is each one's (all three pairs, GOV)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"JORGOV\".*\"target\":{\"code\":\"SAUGOV\".*\"cameo\":\"040\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"EGYGOV\".*\"target\":{\"code\":\"JORGOV\"'"
out=$(code_sentence "At least 30 people were killed in clashes between rival militias in Tripoli." 2024-06-01)
check "code: clashes between one group named in the plural are within it, not with the victims ('between rival militias')" "! echo \"\$out\" | grep -q '\"source\":{\"code\":\"LBYCVL\"'"
out=$(code_sentence "Leaders of the Group of Seven pledged to keep supporting Ukraine." 2024-06-01)
check "code: an aspect verb between a governor and its complement is looked through ('pledged to keep supporting Ukraine' 032)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOGOS\".*\"target\":{\"code\":\"UKR\".*\"cameo\":\"032\"'"
out=$(code_sentence "Putin, Xi pledge deeper cooperation at Beijing summit" 2024-05-16)
check "code: a headline's lower-case verb read as a name after two joined names is the verb; a joint pledge of cooperation is mutual" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUSGOV\".*\"target\":{\"code\":\"CHNGOV\".*\"cameo\":\"031\"'"
out=$(code_sentence "U.N. chief calls for ceasefire in Sudan" 2024-05-16)
check "code: a headline's -s verb before 'for' after a role word ('U.N. chief calls for ceasefire')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOUNO\".*\"target\":{\"code\":\"SDN\".*\"cameo\":\"0256\"'"
out=$(code_sentence "India, Pakistan agree to ceasefire along Kashmir border" 2024-05-16)
check "code: a noun-only word after 'to' is the preposition's object ('agree to ceasefire' declares a truce, 0871)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IND\".*\"target\":{\"code\":\"PAK\".*\"cameo\":\"0871\"'"
out=$(code_sentence "The EU agreed new sanctions against Russia." 2024-05-16)
check "code: sanctions agreed or adopted as the verb's object are imposed (163)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOEUREEC\".*\"target\":{\"code\":\"RUS\".*\"cameo\":\"163\"'"
out=$(code_sentence "China responded by sanctioning U.S. defence firms." 2025-06-01)
check "code: a participle after the subject, before 'by' and a gerund, in a sentence with no finite verb, is the past tense (the means is the act)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CHN\".*\"target\":{\"code\":\"USABUS\".*\"cameo\":\"163\"'"
out=$(code_sentence "Brazil's President Luiz Inacio Lula da Silva met Chinese President Xi Jinping in Beijing and signed 15 agreements." 2023-04-14)
check "code: a two-sided act with no other side, conjoined to one of the same subject that has one, is with that side ('met Xi ... and signed 15 agreements')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"BRAGOV\".*\"target\":{\"code\":\"CHNGOV\".*\"cameo\":\"057\"'"
out=$(code_sentence "Gulf states condemned Israel's strike on Hamas leaders in Doha." 2025-09-12)
check "code: the bare noun 'strike' with an 'on' target is a military strike (reported under a condemnation)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"PSEREB\".*\"cameo\":\"190\"'"
out=$(code_sentence "Rail workers staged a strike on the London Underground." 2025-09-12)
check "code: a strike staged by workers is a labour strike (143), not force" "echo \"\$out\" | grep -q '\"cameo\":\"143\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"1[89]'"
out=$(code_sentence "Hezbollah fired rockets at northern Israel after an Israeli attack killed one of its commanders." 2024-06-20)
check "code: an attack noun that killed someone is aimed at them, and 'its' there is not the attacker's ('Israeli attack killed one of its commanders')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"LBNREB\".*\"cameo\":\"190\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"ISRMIL\"'"
out=$(code_sentence "The Sudanese army accused the United Arab Emirates of arming the RSF. Sudan cut diplomatic ties with the Gulf state." 2024-05-20)
check "code: 'the Gulf state', a state placed by a region, is the country named before" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"SDN\".*\"target\":{\"code\":\"ARE\".*\"cameo\":\"161\"'"
out=$(code_sentence "Turkish Foreign Minister Hakan Fidan visited Damascus and met Syria's new leader." 2025-07-28)
check "code: a visit is no kind of meeting: visiting and meeting the same side are both coded (042 and 040)" "echo \"\$out\" | grep -q '\"cameo\":\"042\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"TURGOV\".*\"target\":{\"code\":\"SYRGOV\".*\"cameo\":\"040\"'"
out=$(code_sentence "Israel and Lebanon agreed to a U.S.-brokered ceasefire." 2024-11-27)
check "code: a truce or deal brokered by a named country is that country's mediation between its sides" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USA\".*\"target\":{\"code\":\"LBN\".*\"cameo\":\"045\"' && echo \"\$out\" | grep -q '\"cameo\":\"0871\"'"
out=$(code_sentence "Saudi Arabia restored diplomatic ties with Iran in a deal brokered by China." 2023-03-10)
check "code: a mediator of a deal that names one side mediates between the sides of the act the deal hangs on (China -> Saudi Arabia and Iran)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CHN\".*\"target\":{\"code\":\"IRN\".*\"cameo\":\"045\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"CHN\".*\"target\":{\"code\":\"SAU\".*\"cameo\":\"045\"'"
out=$(code_sentence "Doctors Without Borders suspended operations in northern Gaza after an attack on its convoy." 2024-08-15)
check "code: an aid organisation that suspends its operations cuts humanitarian aid (1623), it ends no fighting (087)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"NGOHLHMSF\".*\"cameo\":\"1623\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"087'"
out=$(code_sentence "Boluarte declared a state of emergency in Lima." 2024-11-25)
check "code: a domestic act placed in the actor's own seat of government is aimed at its country (PERGOV -> PER 1724), not dropped as aimed at itself" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PERGOV\".*\"target\":{\"code\":\"PER\".*\"cameo\":\"1724\"'"
out=$(code_sentence "Venezuela's Maduro ordered the closure of the country's embassy in Argentina." 2024-07-30)
check "code: the closure of an embassy reduces diplomatic relations (161) with where it is" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"VENGOV\".*\"target\":{\"code\":\"ARG\".*\"cameo\":\"161\"'"
out=$(code_sentence "Canadian Prime Minister Mark Carney vowed to retaliate against U.S. tariffs." 2025-04-15)
check "code: retaliation against tariffs is economic: a vow of it threatens sanctions (1312), not force (138)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CANGOV\".*\"target\":{\"code\":\"USA\".*\"cameo\":\"1312\"'"
out=$(code_sentence "China retaliated against U.S. tariffs." 2025-04-15)
check "code: retaliating against tariffs imposes sanctions (163)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CHN\".*\"target\":{\"code\":\"USA\".*\"cameo\":\"163\"'"
out=$(code_sentence "Hamas fired rockets at southern Israel, prompting Israeli air strikes on Gaza." 2024-05-10)
check "code: an act prompted by another that names its own doer is that doer's ('prompting Israeli air strikes on Gaza')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISR\".*\"target\":{\"code\":\"PSE\".*\"cameo\":\"195\"'"
out=$(code_sentence "The arrest of Imamoglu sparked protests across Turkey." 2025-03-20)
check "code: protests sparked by an act with no named doer are against the government, not against the one acted on" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"TURCVL\".*\"target\":{\"code\":\"TURGOV\".*\"cameo\":\"141\"'"
out=$(code_sentence "An Israeli strike killed one of its commanders, Hezbollah said." 2024-06-01)
check "code: an attack noun's victims found through its verb are another side's (not ISRMIL)" "! echo \"\$out\" | grep -q '\"target\":{\"code\":\"ISRMIL\"'"
out=$(code_sentence "Japan protested after Chinese ships entered its waters." 2024-06-01)
check "code: a complaint 'after' another's act (the subordinator read as a case marker) is aimed at that actor" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"JPN\".*\"target\":{\"code\":\"CHN\".*\"cameo\":\"114\"'"
out=$(code_sentence "Germany recalled its envoy to Russia after the police detained a German reporter." 2024-06-01)
check "code: a bare role acting in an adverbial clause belongs to the country the main clause acts on (RUSCOP, not DEUCOP)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUSCOP\".*\"target\":{\"code\":\"DEUMED\".*\"cameo\":\"173\"'"
out=$(code_sentence "Hezbollah fired rockets at northern Israel, and the Israeli military responded with artillery fire on southern Lebanon." 2024-06-01)
check "code: an attack noun's 'on' place is where it happened, before another clause's place" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRMIL\".*\"cameo\":\"194\".*\"location\":{\"name\":\"Lebanon\"'"
out=$(code_sentence "German Chancellor Olaf Scholz called Chinese President Xi Jinping on Tuesday to discuss the war in Ukraine." 2024-06-01)
check "code: the war a call is made to discuss is its topic, not where the call was" "echo \"\$out\" | grep -q '\"cameo\":\"041\"' && ! echo \"\$out\" | grep -q '\"location\":{\"name\":\"Ukraine\"'"
out=$(code_sentence "Hungary blocked an EU decision to release military aid funds for Ukraine." 2024-06-01)
check "code: blocking a decision is a veto (129) of its owner, and what the decision would have done did not happen" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"HUN\".*\"target\":{\"code\":\"IGOEUREEC\".*\"cameo\":\"129\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"071\"'"
out=$(code_sentence "The Ethiopian government and Tigrayan forces signed a peace deal in Pretoria. The African Union brokered the agreement after ten days of talks." 2022-11-03)
check "code: 'the' agreement a mediator brokered, with no sides of its own, is between the sides of the story's latest two-sided event" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IGOAFRAFU\".*\"target\":{\"code\":\"ETHREB\".*\"cameo\":\"045\"'"
out=$(code_sentence "Israel and Hamas agreed to a ceasefire on Wednesday. The deal was mediated by Qatar. It calls for the release of hostages held by Hamas." 2024-06-01)
check "code: 'it' after a passive sentence about a thing is that thing, not the passive's agent (no QAT appeal)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"QAT\".*\"cameo\":\"045\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"0253\"'"
# The state-roles convention (the default; the checks above code countries as named).
printf 'Pakistan accused India of violating the ceasefire.\nIsrael struck Gaza on Tuesday.\nEgypt urged Israel to halt the offensive.\n' >/tmp/khaldun_cli_roles.$$
out=$("$bin" code --input text --date 2024-06-01 /tmp/khaldun_cli_roles.$$ 2>/dev/null)
check "code: by default a country accusing or accused is its government, one using force its military, and one appealed to or attacked the country" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PAKGOV\".*\"target\":{\"code\":\"INDGOV\".*\"cameo\":\"112\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRMIL\".*\"target\":{\"code\":\"PSE\".*\"cameo\":\"19' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"EGYGOV\".*\"target\":{\"code\":\"ISR\".*\"cameo\":\"02'"
out=$("$bin" code --input text --date 2024-06-01 --countries-as-named /tmp/khaldun_cli_roles.$$ 2>/dev/null)
check "code: --countries-as-named codes a country as named" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PAK\".*\"target\":{\"code\":\"IND\".*\"cameo\":\"112\"'"
rm -f /tmp/khaldun_cli_roles.$$
out=$("$bin" code --input text --date 2024-06-01 - 2>/dev/null <<<'Israeli troops shot dead 12 Palestinians near the border fence. Rebels attacked the Netherlands.')
check "code: by default a nation named by its people and struck is its civilians (PSECVL), a plural-looking country name is not (NLD)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRMIL\".*\"target\":{\"code\":\"PSECVL\"' && echo \"\$out\" | grep -q '\"target\":{\"code\":\"NLD\"'"
out=$(code_sentence "Angolan troops killed UNITA rebel leader Jonas Savimbi in a gunfight in Moxico." 2002-02-23)
check "code: an armed force killing a named person assassinates (186)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"AGOMIL\".*\"cameo\":\"186\"'"
out=$(code_sentence "Boko Haram fighters killed more than 100 villagers in Borno state. Rebels killed 12 soldiers in an ambush." 2024-06-01)
check "code: an armed group killing civilians by the hundred is a mass killing (202), a dozen soldiers is not" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"NGACVL\".*\"cameo\":\"202\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"NGAMIL\".*\"cameo\":\"202\"'"
out=$("$bin" code --input text --date 2024-06-01 - 2>/dev/null <<<'Argentine President Javier Milei met Ukrainian President Volodymyr Zelensky in Buenos Aires.')
check "code: by default a meeting in one side's country is the other side's visit (042), hosted (043)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"UKRGOV\".*\"target\":{\"code\":\"ARGGOV\".*\"cameo\":\"042\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"ARGGOV\".*\"target\":{\"code\":\"UKRGOV\".*\"cameo\":\"043\"'"
out=$(code_sentence "Hundreds of thousands of South Koreans rallied in Seoul on Saturday, demanding that President Park Geun-hye step down immediately." 2016-12-03)
check "code: a rally demanding that a leader step down is a demonstration for leadership change (1411), the demand 1041" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"KORCVL\".*\"cameo\":\"1411\"' && echo \"\$out\" | grep -q '\"cameo\":\"1041\"'"
out=$(code_sentence "The military governments of Mali, Burkina Faso and Niger announced on Sunday that their countries were leaving ECOWAS." 2024-01-28)
check "code: a list after the root noun's of-phrase whose subject is a two-word name continues the of-phrase (MLI too)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"MLI\".*\"cameo\":\"160\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"BFA\".*\"cameo\":\"160\"'"
out=$(code_sentence "Protests erupted in Tehran on Friday." 2024-06-01)
check "code: protests that break out with no doer named are the people's where they happen, against their government" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"IRNCVL\".*\"target\":{\"code\":\"IRNGOV\".*\"cameo\":\"141\"'"
out=$(code_sentence "Thousands of Chinese protesters besieged the Japanese embassy in Beijing on Saturday. Protests spread to dozens of other cities." 2012-09-15)
check "code: protests that spread continue the story's first protest (against Japan, not the Chinese government)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CHNCVL\".*\"target\":{\"code\":\"JPNGOV\".*\"cameo\":\"141\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"CHNGOV\".*\"cameo\":\"141\"'"
out=$(code_sentence "Kenya agreed to lead a multinational police mission to Haiti." 2024-03-15)
check "code: agreeing to lead a police or security mission to a country is an intent to provide peacekeeping (0334), no visit" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"KEN\".*\"target\":{\"code\":\"HTI\".*\"cameo\":\"0334\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"03[06]\"'"
out=$(code_sentence "Iraq's prime minister condemned a U.S. drone strike in Baghdad, calling it an attack on Iraq's sovereignty." 2024-03-15)
check "code: calling something a thing no pattern names is naming it, not an appeal" "echo \"\$out\" | grep -q '\"cameo\":\"111\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"020\"'"
out=$(code_sentence "China's foreign minister told his Japanese counterpart that Tokyo must stop interfering in Taiwan affairs." 2024-03-15)
check "code: a sphere of affairs ('in Taiwan affairs') is no place" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"CHNGOV\"' && ! echo \"\$out\" | grep -q '\"location\":{\"name\":\"Taiwan\"'"
out=$("$bin" code --input text --date 2024-05-28 - 2>/dev/null <<<'Norway formally recognised a Palestinian state on Tuesday.')
check "code: by default a state recognised is the state itself (PSE), its recogniser the government" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"NORGOV\".*\"target\":{\"code\":\"PSE\".*\"cameo\":\"054\"'"
out=$(printf 'Ukraine says Russian strike on Kharkiv kills six\n' | "$bin" code --input text --date 2024-03-15 --countries-as-named - 2>/dev/null)
check "code: a headline verb in the clause reported after 'says' is a verb ('kills six')" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKRCVL\".*\"cameo\":\"190\"'"
out=$("$bin" code --input text --date 2024-06-01 - 2>/dev/null <<<'Thousands of Israelis rallied in Tel Aviv on Saturday to demand a hostage deal with Hamas.')
check "code: by default a nation's crowd protesting is its civilians, and the people its purpose names (hostages) are not whom it is against: its government" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRCVL\".*\"target\":{\"code\":\"ISRGOV\".*\"cameo\":\"141'"
out=$(code_sentence "The FARC released two kidnapped soldiers on Sunday." 2012-04-02)
check "code: a regular past form between a number and a noun is a participle ('two kidnapped soldiers' are released)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"COLREB\".*\"target\":{\"code\":\"COLMIL\".*\"cameo\":\"0841\"'"
out=$(code_sentence "Germany will provide Ukraine with an additional 500 million euros in military aid." 2024-06-01)
check "code: aid given as an amount is of the kind its in-phrase names (0332, not 0331)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"DEU\".*\"target\":{\"code\":\"UKR\".*\"cameo\":\"0332\"'"
out=$(code_sentence "The Kremlin said Putin and Xi discussed trade in a phone call." 2024-06-01)
check "code: discussing something in a phone call is a phone call (041)" "echo \"\$out\" | grep -q '\"cameo\":\"041\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"040\"'"
out=$(code_sentence "The United States accused China of hacking into government computer networks and charged seven Chinese nationals." 2024-06-01)
check "code: a bare past form after 'and' on a gerund is the main clause's second verb, with its object ('charged seven Chinese nationals' is the United States')" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"USA\".*\"target\":{\"code\":\"CHNCVL\".*\"cameo\":\"173\"'"
out=$(code_sentence "Rwanda denied backing the M23 rebels, despite a U.N. report that said Rwandan troops were fighting alongside them." 2024-06-01)
check "code: a plural pronoun is the sentence's plural noun phrase before a name in the singular (them = the M23 rebels, not the U.N.)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"RWAMIL\".*\"target\":{\"code\":\"CODREB\".*\"cameo\":\"062\"' && ! echo \"\$out\" | grep -q 'IGOUNO'"
out=$(code_sentence "Serbia's president thanked China for its support on Kosovo during Xi Jinping's visit to Belgrade." 2024-05-08)
check "code: a visit that is the occasion of a coded act, with its own visitor, is coded too" "echo \"\$out\" | grep -q '\"cameo\":\"051\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"CHNGOV\".*\"target\":{\"code\":\"SRBGOV\".*\"cameo\":\"042\"'"
out=$(code_sentence "Pakistan's army chief held talks with U.S. military leaders in Washington." 2024-06-01)
check "knowledge: military leaders are the military (USAMIL), as the annotators code juntas" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PAKMIL\".*\"target\":{\"code\":\"USAMIL\".*\"cameo\":\"046\"'"
out=$(code_sentence "Gunmen killed 15 soldiers in an ambush in northern Burkina Faso. The army vowed to hunt down the attackers." 2024-06-01)
check "patterns: vowing to hunt down attackers threatens force (138), no intent to cooperate" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"BFAMIL\".*\"cameo\":\"138\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"030\"'"
out=$(code_sentence "Islamic State militants killed at least 500 members of Iraq's Yazidi minority." 2014-08-10)
check "code: killing hundreds of members of a people is a mass killing (202) through the count they are of" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"IRQCVL\".*\"cameo\":\"202\"'"
out=$(code_sentence "China began military drills around Taiwan on Thursday, firing ballistic missiles into nearby waters." 2022-08-04)
check "code: missiles fired into the sea are a show of force (150), not an air strike (195)" "echo \"\$out\" | grep -q '\"cameo\":\"150\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"195\"'"
out=$(code_sentence "A Chinese plane carrying nine medical experts landed in Rome on Thursday." 2020-03-13)
check "code: a craft that lands makes no visit" "! echo \"\$out\" | grep -q '\"cameo\":\"04[23]\"'"
out=$(code_sentence "Britain and France announced plans to deploy a reassurance force to Ukraine after any ceasefire." 2025-03-02)
check "code: announcing plans to deploy a force is an intent to provide protection (0334), no peace plan (037)" "echo \"\$out\" | grep -q '\"target\":{\"code\":\"UKR\".*\"cameo\":\"0334\"' && ! echo \"\$out\" | grep -q '\"cameo\":\"037\"'"
out=$(code_sentence "Lebanese army troops deployed along the southern border as Israeli forces withdrew." 2024-12-01)
check "code: forces withdrawing with no place named withdraw from the other country the sentence names" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRMIL\".*\"target\":{\"code\":\"LBN\".*\"cameo\":\"0874\"'"
out=$("$bin" code --input text --date 2023-06-01 - 2>/dev/null <<<'The Dutch government apologised for the Netherlands role in the slave trade.')
check "code: by default a government's act on its own country keeps the country as the target, not itself" "! echo \"\$out\" | grep -q '\"source\":{\"code\":\"NLDGOV\".*\"target\":{\"code\":\"NLDGOV\"'"
out=$("$bin" code --input text --date 2024-05-01 - 2>/dev/null <<<'Thousands of Georgians protested outside parliament in Tbilisi against a foreign agents law.')
check "code: by default a protest at parliament is against the government (GEOGOV)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"GEOCVL\".*\"target\":{\"code\":\"GEOGOV\".*\"cameo\":\"14'"
out=$(code_sentence "Azerbaijan launched a military offensive in Nagorno-Karabakh, and ethnic Armenian forces surrendered within a day." 2023-09-20)
check "code: forces that surrender with no one named surrender to the other country the sentence names" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ARMMIL\".*\"target\":{\"code\":\"AZE\".*\"cameo\":\"0874\"'"
out=$(code_sentence "Pakistan and Afghanistan's Taliban government agreed to a ceasefire after days of deadly border clashes." 2025-10-19)
check "code: a name joined to a possessive before their noun is the noun's first conjunct (Pakistan and the Taliban government, not Afghanistan twice)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"PAK.*\"target\":{\"code\":\"AFGINS\".*\"cameo\":\"0871\"' && ! echo \"\$out\" | grep -q '\"target\":{\"code\":\"AFG\",'"
out=$("$bin" code --input text --date 2024-06-01 - 2>/dev/null <<<'Israel threatened to invade Lebanon.')
check "code: by default a threat of force is aimed at the country (LBN), as force is" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"ISRGOV\".*\"target\":{\"code\":\"LBN\".*\"cameo\":\"138'"
out=$(code_sentence "Venezuela and Guyana agreed not to use force in their territorial dispute. Russia threatened to use force against Moldova." 2023-12-15)
check "code: agreeing not to use force is an intent to de-escalate (0356), threatening to use it a threat of force (138)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"VEN.*\"cameo\":\"0356\"' && echo \"\$out\" | grep -q '\"source\":{\"code\":\"RUS.*\"target\":{\"code\":\"MDA\".*\"cameo\":\"138\"' && ! echo \"\$out\" | grep -q '\"source\":{\"code\":\"VEN.*\"cameo\":\"138\"'"
out=$("$bin" code --input text --date 2023-02-10 - 2>/dev/null <<<'Japan provided humanitarian aid to Turkey after the earthquake.')
check "code: by default humanitarian aid is for the country's people (TUR), its giver the government" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"JPNGOV\".*\"target\":{\"code\":\"TUR\".*\"cameo\":\"073\"'"
out=$(code_sentence "The Colombian army bombed an ELN camp near the Venezuelan border, killing seven rebels." 2024-06-01)
check "code: bare rebels in a sentence that names a rebel group are that group's country's (COLREB, not VENREB)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"COLMIL\".*\"target\":{\"code\":\"COLREB\".*\"cameo\":\"190\"' && ! echo \"\$out\" | grep -q 'VENREB'"
out=$(code_sentence "Ukrainian drones struck an oil refinery in Russia's Krasnodar region." 2024-06-01)
check "code: drones as the subject of a strike are remotely piloted aerial munitions (1952)" "echo \"\$out\" | grep -q '\"source\":{\"code\":\"UKR.*\"target\":{\"code\":\"RUS\".*\"cameo\":\"1952\"'"
rm -f /tmp/khaldun_cli_place.$$ "$skip"
if [ "$part" = all ] || [ "$part" = 0 ]; then
out=$("$bin" code --output tsv "$src/examples/story.txt" --date 2009-01-06 2>/dev/null)
check "code tsv has a header" "echo \"\$out\" | head -1 | grep -q \$'^doc_id\\tevent_id'"
"$bin" code --date 2009-13-45 "$src/examples/story.txt" >/dev/null 2>/tmp/khaldun_cli_err.$$; rc=$?
check "bad --date is refused" "[ $rc -ne 0 ] && grep -q 'YYYY-MM-DD' /tmp/khaldun_cli_err.$$"
"$bin" code --input text /tmp/khaldun_cli_junk.$$ >/dev/null 2>/tmp/khaldun_cli_err.$$; rc=$?
check "code on binary junk does not crash" "[ $rc -eq 0 ]"
c1=$("$bin" code --threads 1 --input jsonl "$src/bench/corpus/wire.jsonl" 2>/dev/null)
c2=$("$bin" code --threads 2 --input jsonl "$src/bench/corpus/wire.jsonl" 2>/dev/null)
check "events independent of thread count" "[ -n \"\$c1\" ] && [ \"\$c1\" = \"\$c2\" ]"

# --- khaldun dict: compile, check, dump, stats; dump then compile is a fixed point ---
tmp=$(mktemp -d)
"$bin" dict compile "$src/data/kb" -o "$tmp/a.kb" --quiet; rc=$?
check "dict compile exits 0" "[ $rc -eq 0 ]"
"$bin" dict check "$src/data/kb" >/tmp/khaldun_cli_err.$$ 2>&1; rc=$?
check "dict check is clean on the default sources" "[ $rc -eq 0 ] && grep -q ': 0 problems' /tmp/khaldun_cli_err.$$"
"$bin" dict dump "$tmp/a.kb" -o "$tmp/dump1" 2>/dev/null
"$bin" dict compile "$tmp/dump1" -o "$tmp/b.kb" --quiet
"$bin" dict dump "$tmp/b.kb" -o "$tmp/dump2" 2>/dev/null
check "dump then compile is a fixed point" "diff -r -I '^# Dumped by' \"$tmp/dump1\" \"$tmp/dump2\" >/dev/null"
stats=$("$bin" dict stats "$tmp/a.kb" 2>/dev/null)
check "dict stats has patterns, people, uncovered codes" "echo \"\$stats\" | grep -q '^patterns [0-9]' && echo \"\$stats\" | grep -q '^people [0-9]' && echo \"\$stats\" | grep -q '^cameo codes without patterns [0-9]'"
head -c 1000 "$tmp/a.kb" > "$tmp/cut.kb"
"$bin" code --kb "$tmp/cut.kb" "$src/examples/story.txt" >/dev/null 2>/tmp/khaldun_cli_err.$$; rc=$?
check "truncated knowledge base refused with the rebuild command" "[ $rc -ne 0 ] && grep -q 'cut.kb' /tmp/khaldun_cli_err.$$ && grep -q 'khaldun dict compile' /tmp/khaldun_cli_err.$$"
mkdir -p "$tmp/bad" && printf '@kind country\nSyria | SYR\nEgypt | egy\n' > "$tmp/bad/countries.txt"
"$bin" dict check "$tmp/bad" >/tmp/khaldun_cli_err.$$ 2>&1; rc=$?
check "dict check reports a malformed line with file:line" "[ $rc -ne 0 ] && grep -q 'countries.txt:3:' /tmp/khaldun_cli_err.$$"
"$bin" dict compile "$tmp/bad" -o "$tmp/bad.kb" --strict >/dev/null 2>&1; rc=$?
check "dict compile --strict fails on a malformed line" "[ $rc -ne 0 ] && [ ! -e \"$tmp/bad.kb\" ]"
rm -rf "$tmp"

# --- khaldun eval events agrees with the reference scorer (when ../shared is there) ---
shared="$src/../shared"
if [ -f "$shared/tools/score_wire.py" ] && [ -f "$shared/data/gold/dev.jsonl" ] && command -v python3 >/dev/null; then
  "$bin" eval events "$shared/data/gold/dev.jsonl" --events-out /tmp/khaldun_cli_ev.$$ >/tmp/khaldun_cli_eval.$$ 2>/dev/null
  ours=$(tail -1 /tmp/khaldun_cli_eval.$$)
  ref=$(python3 "$shared/tools/score_wire.py" "$shared/data/gold/dev.jsonl" /tmp/khaldun_cli_ev.$$ | tail -1)
  check "eval events matches score_wire.py" "[ -n \"\$ours\" ] && [ \"\$ours\" = \"\$ref\" ]"
  # A floor a little under today's root F1 (0.840) and strict F1 (0.316): a coder change that costs
  # events on the development set fails here, not only in the README.
  f1=$(echo "$ours" | sed -n 's/.* F1=\([0-9.]*\) strict F1=\([0-9.]*\).*/\1 \2/p')
  check "eval events keeps root F1 >= 0.83 and strict F1 >= 0.30" "echo \"\$f1\" | awk '{exit !(\$1 >= 0.83 && \$2 >= 0.30)}'"
  # The per-phenomenon rows too.
  ours_tags=$(awk '/^by phenomenon:/{on=1;next} /^by gold/{on=0} on && / n=/' /tmp/khaldun_cli_eval.$$)
  ref_tags=$(python3 "$shared/tools/score_wire.py" "$shared/data/gold/dev.jsonl" /tmp/khaldun_cli_ev.$$ --by-phenomenon | grep ' n=')
  check "eval events phenomena match score_wire.py --by-phenomenon" "[ -n \"\$ours_tags\" ] && [ \"\$ours_tags\" = \"\$ref_tags\" ]"
  check "eval events counts sentences left uncoded" "grep -q 'sentences without a gold event: [0-9]*, left uncoded' /tmp/khaldun_cli_eval.$$"
  rm -f /tmp/khaldun_cli_eval.$$
  rm -f /tmp/khaldun_cli_ev.$$
else
  echo "skip: eval events vs score_wire.py (../shared not present)"
fi

# --- the field's validation suites run end to end (when ../shared is there) ---
if [ -f "$shared/data/petrarch/PETR.UnitTest.records.xml" ]; then
  last=$("$bin" eval petrarch "$shared/data/petrarch/PETR.UnitTest.records.xml" 2>/dev/null | tail -1)
  check "eval petrarch runs the unit-test suite" "echo \"\$last\" | grep -Eq '^records 28[0-9] exact [0-9]+ \\([0-9.]+%\\)$'"
  # Floors a little under today's scores (224 and 212), so that a coder change that costs records fails.
  exact=$(echo "$last" | awk '{print $4}')
  check "eval petrarch keeps at least 220 records exact" "[ -n \"\$exact\" ] && [ \"\$exact\" -ge 220 ]"
  last=$("$bin" eval tabari "$shared/data/tabari-validation/Validate.project" 2>/dev/null | tail -1)
  check "eval tabari runs the validation suite" "echo \"\$last\" | grep -Eq '^records [0-9]+ exact [0-9]+ \\([0-9.]+%\\)$'"
  exact=$(echo "$last" | awk '{print $4}')
  check "eval tabari keeps at least 208 records exact" "[ -n \"\$exact\" ] && [ \"\$exact\" -ge 208 ]"
  out=$("$bin" code --input petrarch-xml --dict-petrarch "$shared/data/petrarch" "$shared/data/petrarch/PETR.UnitTest.records.xml" 2>/tmp/khaldun_cli_err.$$ | head -1)
  check "code --input petrarch-xml with --dict-petrarch" "echo \"\$out\" | grep -q '\"cameo\":'"
else
  echo "skip: PETRARCH/TABARI suites (../shared not present)"
fi

fi  # part 0
rm -f /tmp/khaldun_cli_err.$$ /tmp/khaldun_cli_junk.$$ "$count" "$skip"
if [ $fail -eq 0 ]; then echo "cli: all checks passed"; fi
exit $fail
