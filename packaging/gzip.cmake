# SPDX-License-Identifier: MIT
# cmake -DGZIP=gzip -DSOURCE=FILE -DOUTPUT=FILE.gz -P gzip.cmake
# gzip -9n: no name or time stamp in the file, so the package is reproducible (as Debian wants man pages and
# changelogs).
execute_process(COMMAND ${GZIP} -9n -c ${SOURCE} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUTPUT})
    message(FATAL_ERROR "gzip ${SOURCE} failed (${result})")
endif()
