# Files of src/geo are listed here.
list(APPEND KHALDUN_LIB_SOURCES
  src/geo/gazetteer.cc)
list(APPEND KHALDUN_TEST_SOURCES
  src/geo/gazetteer_test.cc)
