# The files Debian wants in every package's /usr/share/doc/<package>/: copyright and a compressed changelog
# (lintian: no-copyright-file, no-changelog), made at configure time into ${doc}.
configure_file(debian/changelog.in ${doc}/changelog @ONLY)
execute_process(COMMAND gzip -9 -n -c INPUT_FILE ${doc}/changelog OUTPUT_FILE ${doc}/changelog.gz
                COMMAND_ERROR_IS_FATAL ANY)
foreach(package ssc-terminal ssc-platform)
    configure_file(debian/copyright ${doc}/${package}/copyright COPYONLY)
endforeach()
# The model's terms are the npm package's own (MIT): copied from the package unpacked in the model cache.
if(EXISTS "${SSC_FACE_API_DIR}/LICENSE")
    file(READ debian/copyright-face-model model_copyright)
    file(READ "${SSC_FACE_API_DIR}/LICENSE" face_api_license)
    string(REGEX REPLACE "\n" "\n " face_api_license "${face_api_license}")
    string(REGEX REPLACE "\n \n" "\n .\n" face_api_license "${face_api_license}")
    file(WRITE ${doc}/ssc-face-model/copyright "${model_copyright} ${face_api_license}\n")
endif()
