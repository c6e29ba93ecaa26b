list(APPEND KHALDUN_LIB_SOURCES
  src/text/utf8.cc
  src/text/normalize.cc
  src/text/abbreviations.cc
  src/text/sentence_splitter.cc
  src/text/dateline.cc)
list(APPEND KHALDUN_TEST_SOURCES
  src/text/utf8_test.cc
  src/text/normalize_test.cc
  src/text/sentence_splitter_test.cc
  src/text/sentence_splitter_ewt_test.cc
  src/text/dateline_test.cc)
