# Warnings every target of ours gets; errors in CI (SSC_WERROR) so none creep in.
add_library(ssc_warnings INTERFACE)
target_compile_options(ssc_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference -Wformat=2
    $<$<BOOL:${SSC_WERROR}>:-Werror>)
target_compile_definitions(ssc_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
