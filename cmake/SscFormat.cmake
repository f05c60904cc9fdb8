# `format-check` fails when a source file differs from .clang-format; `format` rewrites them.
find_program(SSC_CLANG_FORMAT NAMES clang-format-14 clang-format)
if(SSC_CLANG_FORMAT)
    ssc_project_sources(SSC_FORMATTED_SOURCES EXTRA_DIRS tests)
    add_custom_target(format-check
        COMMAND ${SSC_CLANG_FORMAT} --dry-run --Werror ${SSC_FORMATTED_SOURCES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Checking source formatting against .clang-format"
        VERBATIM)
    add_custom_target(format
        COMMAND ${SSC_CLANG_FORMAT} -i ${SSC_FORMATTED_SOURCES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        VERBATIM)
    if(SSC_BUILD_TESTS)
        add_test(NAME lint.format
            COMMAND ${SSC_CLANG_FORMAT} --dry-run --Werror ${SSC_FORMATTED_SOURCES}
            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
        set_tests_properties(lint.format PROPERTIES LABELS "lint")
    endif()
endif()
