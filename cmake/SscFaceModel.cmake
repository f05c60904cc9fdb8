# The face matcher's model (docs/face.md, "Matching"; docs/development.md, "The model cache"): made by
# tools/face-model/fetch.sh, which tools/setup.sh runs before configuring, into a cache outside the checkout.
# Sets, for face/ and the tests:
#   SSC_MODEL_CACHE     (cache variable) the folder; default $SSC_MODEL_CACHE, else /var/cache/ssc-terminal-models
#   SSC_FACE_MODEL_PATH the ONNX file compiled in as the matcher's default (SSC_FACE_MODEL overrides it at run time)
#   SSC_FACE_MODEL_SHA256 its pinned hash, checked at every load
#   SSC_FACE_API_DIR    the unpacked npm package (its sample photos and JavaScript, for the tests)
set(pins_file ${PROJECT_SOURCE_DIR}/tools/face-model/pins.env)
set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${pins_file})
file(STRINGS ${pins_file} pins REGEX "^[A-Z0-9_]+=")
foreach(pin IN LISTS pins)
    string(REGEX MATCH "^([A-Z0-9_]+)=(.*)$" matched "${pin}")
    set(${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()
foreach(required FACE_API_VERSION FACE_MODEL_FILE FACE_MODEL_SHA256)
    if(NOT ${required})
        message(FATAL_ERROR "${pins_file} does not set ${required}")
    endif()
endforeach()

if(DEFINED ENV{SSC_MODEL_CACHE})
    set(default_model_cache "$ENV{SSC_MODEL_CACHE}")
else()
    set(default_model_cache /var/cache/ssc-terminal-models)
endif()
set(SSC_MODEL_CACHE "${default_model_cache}" CACHE PATH
    "Folder of the face model made by tools/face-model/fetch.sh (docs/development.md)")
set(SSC_FACE_MODEL_PATH "${SSC_MODEL_CACHE}/${FACE_MODEL_FILE}")
set(SSC_FACE_MODEL_SHA256 "${FACE_MODEL_SHA256}")
set(SSC_FACE_API_DIR "${SSC_MODEL_CACHE}/face-api-${FACE_API_VERSION}/package")
if(NOT EXISTS "${SSC_FACE_MODEL_PATH}")
    message(WARNING "The face model ${SSC_FACE_MODEL_PATH} is missing: run tools/face-model/fetch.sh "
                    "(tools/setup.sh does). The build goes on; the matcher and its tests will fail until then.")
endif()
