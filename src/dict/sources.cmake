# Files of src/dict are listed here.
list(APPEND KHALDUN_LIB_SOURCES
  src/dict/codebook.cc
  src/dict/field_dictionaries.cc
  src/dict/knowledge_base.cc
  src/dict/knowledge_source.cc
  src/dict/petrarch_reader.cc
  src/dict/phrase_trie.cc
  src/dict/source_syntax.cc
  src/dict/tabari_reader.cc)
list(APPEND KHALDUN_TEST_SOURCES
  src/dict/codebook_test.cc
  src/dict/field_dictionaries_test.cc
  src/dict/knowledge_base_test.cc
  src/dict/knowledge_source_test.cc
  src/dict/petrarch_reader_test.cc
  src/dict/phrase_trie_test.cc
  src/dict/source_syntax_test.cc
  src/dict/tabari_reader_test.cc
  src/dict/shared_dictionaries_test.cc)
