# Runs the `accord` CLI once and checks what it did (used by the CTest cases in src/cli):
#   cmake -DPROGRAM=accord -DARGS="validate|FILE" -DEXPECT_EXIT=1 [-DEXPECT_TEXT=substring]
#         [-DOUTPUT_FILE=written -DEXPECTED_FILE=reference] [-DEXPECT_NO_FILE=path] -P check_cli.cmake
# ARGS separates arguments with '|' (CTest would split on ';'). EXPECT_TEXT must appear in stdout
# or stderr; OUTPUT_FILE must then equal EXPECTED_FILE byte for byte.
string(REPLACE "|" ";" arguments "${ARGS}")
if(DEFINED EXPECT_NO_FILE)
  file(REMOVE "${EXPECT_NO_FILE}")
endif()
execute_process(COMMAND "${PROGRAM}" ${arguments}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
if(NOT code EQUAL EXPECT_EXIT)
  message(FATAL_ERROR "accord ${ARGS}: exit ${code}, expected ${EXPECT_EXIT}\n${all}")
endif()
if(DEFINED EXPECT_TEXT)
  string(FIND "${all}" "${EXPECT_TEXT}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "accord ${ARGS}: output lacks '${EXPECT_TEXT}'\n${all}")
  endif()
endif()
if(DEFINED EXPECTED_FILE)
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUTPUT_FILE}" "${EXPECTED_FILE}" RESULT_VARIABLE differ)
  if(differ)
    message(FATAL_ERROR "accord ${ARGS}: ${OUTPUT_FILE} differs from ${EXPECTED_FILE}")
  endif()
endif()
if(DEFINED EXPECT_NO_FILE AND EXISTS "${EXPECT_NO_FILE}")
  message(FATAL_ERROR "accord ${ARGS}: wrote ${EXPECT_NO_FILE} although it failed")
endif()
