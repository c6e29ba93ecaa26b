add_executable(khaldun cli/khaldun_main.cc cli/common.cc cli/parse_command.cc
               cli/train_command.cc cli/eval_command.cc)
target_include_directories(khaldun PRIVATE src ${PROJECT_SOURCE_DIR})
target_link_libraries(khaldun PRIVATE khaldun_lib)
target_compile_definitions(khaldun PRIVATE
  KHALDUN_DEFAULT_MODEL="${PROJECT_SOURCE_DIR}/models/syntax.kmodel")
