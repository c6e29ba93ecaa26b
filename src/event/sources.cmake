# Files of src/event are listed here.
list(APPEND KHALDUN_LIB_SOURCES
  src/event/coder.cc
  src/event/dates.cc
  src/event/modality.cc
  src/event/output_promises.cc
  src/event/tree_repair.cc
  src/event/wire_score.cc)
list(APPEND KHALDUN_TEST_SOURCES
  src/event/coder_test.cc
  src/event/dates_test.cc
  src/event/modality_test.cc
  src/event/output_promises_test.cc
  src/event/tree_repair_test.cc
  src/event/wire_score_test.cc)
