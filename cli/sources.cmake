add_executable(khaldun cli/khaldun_main.cc cli/common.cc cli/coding.cc cli/parse_command.cc
               cli/train_command.cc cli/eval_command.cc cli/dict_command.cc cli/code_command.cc)
target_include_directories(khaldun PRIVATE src ${PROJECT_SOURCE_DIR})
target_link_libraries(khaldun PRIVATE khaldun_lib)
target_compile_definitions(khaldun PRIVATE
  KHALDUN_DEFAULT_MODEL="${PROJECT_SOURCE_DIR}/models/syntax.kmodel"
  KHALDUN_DEFAULT_KB="${PROJECT_BINARY_DIR}/knowledge.kb"
  KHALDUN_DEFAULT_KB_SOURCE="${PROJECT_SOURCE_DIR}/data/kb"
  KHALDUN_DEFAULT_CODEBOOK="${PROJECT_SOURCE_DIR}/data/dict/cameo_codebook.tsv")

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
