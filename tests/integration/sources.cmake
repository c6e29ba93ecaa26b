target_sources(khaldun_tests PRIVATE tests/integration/pipeline_test.cc)
add_test(NAME cli_end_to_end
         COMMAND bash ${PROJECT_SOURCE_DIR}/tests/integration/cli_test.sh $<TARGET_FILE:khaldun>
                 ${PROJECT_SOURCE_DIR})
