list(APPEND KHALDUN_LIB_SOURCES src/token/tokenizer.cc)
list(APPEND KHALDUN_TEST_SOURCES
  src/token/tokenizer_test.cc
  src/token/tokenizer_ewt_test.cc)
