# SSC_UNITY_BUILD (on in the debug, demo, sanitize and tsan presets): each library's files compiled in batches of 16,
# so the Qt and project headers they share are parsed once a batch instead of once a file. The demo preset's build of
# the four programs took 325 s on a fresh machine where file by file it took about 500 s (docs/development.md, "The
# run command's first screen"); 16 of the platform's files took 76 s compiled one by one and 10 s as one batch
# (docs/reliability.md, "CI time"). Tests compile file by file: each is one file.
#
# The batches are our own, not CMake's CMAKE_UNITY_BUILD: CMake 3.25 writes `#include "/absolute/path/file.cpp"` into
# a batch, so a clone at another path (every CI run is one) compiled every batch again, ccache's base_dir helping only
# with arguments. Ours name each file by its path relative to the batch (the build folder is inside the checkout,
# build/<preset>), the same in every clone, so ccache finds them. A batch is written only when its text changes.
#
# A batch is one translation unit, so two files of a library that each define a helper of the same name in an
# anonymous namespace (most often `t()` or `text()`, the file's translation context) cannot share one: the files
# below compile alone. A new file that clashes shows as a "redefinition" error in any build; add it here, or give its
# helper a name of its own.
option(SSC_UNITY_BUILD "Compile each library's files in batches of 16 (cmake/SscUnityBuild.cmake)" OFF)
if(NOT SSC_UNITY_BUILD)
    return()
endif()

set(SSC_UNITY_ALONE
    core/cardauth/newpinrules.cpp
    core/cardservices/replacementrules.cpp
    core/disputes/disputeform.cpp
    core/domain/cardstatus.cpp
    core/domain/divisions.cpp
    core/ecard/ecardcode.cpp
    core/ecard/ed25519.cpp
    core/ecard/elicence.cpp
    core/ecard/signedtext.cpp
    core/employers/unifiedsocialcreditcode.cpp
    core/forms/formstate.cpp
    core/identity/socialsecuritynumber.cpp
    core/payouts/payoutaccountform.cpp
    core/payouts/payoutreasons.cpp
    core/pension/estimateform.cpp
    core/pension/pensiontransfer.cpp
    core/pension/transferform.cpp
    core/platform/platformresult.cpp
    core/security/aesgcm.cpp
    core/security/passwordhash.cpp
    core/session/faceloginclaim.cpp
    core/unemployment/benefitclaimform.cpp
    core/unemployment/otherbenefits.cpp
    core/unemployment/registrationform.cpp
    core/unemployment/unemploymentrules.cpp
    documents/elicencedocument.cpp
    documents/rightsrecorddocument.cpp
    drivers/cardreader/ccidpipe.cpp
    drivers/cardreader/ssseapplication.cpp
    drivers/scanner/usbscanner.cpp
    drivers/simulator/simulatedcard.cpp
    drivers/simulator/simulatedpsam.cpp
    face/faceanalyzer.cpp
    face/liveness.cpp
    face/recordinganalysis.cpp
    modules/cardpin/pinresetscreen.cpp
    modules/moduleapi/answersummary.cpp
    modules/moduleapi/choicebuttons.cpp
    modules/payments/refundsscreen.cpp
    modules/pension/facecertificationscreen.cpp
    modules/pension/reviewqueuescreen.cpp
    modules/texts/undeliveredtextsscreen.cpp
    paydemo/acquirerserver.cpp
    paydemo/notifier.cpp
    platform/api/accesslogapi.cpp
    platform/api/applicationsapi.cpp
    platform/api/cardlossapi.cpp
    platform/api/cardpinapi.cpp
    platform/api/cardreplacementapi.cpp
    platform/api/cardresetapi.cpp
    platform/api/elicenceapi.cpp
    platform/api/evidenceapi.cpp
    platform/api/faceloginapi.cpp
    platform/api/familyapi.cpp
    platform/api/notificationsapi.cpp
    platform/api/pensionattemptsapi.cpp
    platform/api/recordsapi.cpp
    platform/api/revealapi.cpp
    platform/api/signincountersapi.cpp
    platform/api/staffapi.cpp
    platform/citizens/citizensessions.cpp
    platform/demo/demodata.cpp
    platform/demo/demoenglishnames.cpp
    platform/demo/demolookups.cpp
    platform/demo/demooutlets.cpp
    platform/demo/demorecords.cpp
    platform/http/platformserver.cpp
    platform/keys/keyscommand.cpp
    platform/notifications/smssender.cpp
    platform/payments/contributiongradescommand.cpp
    platform/payments/paymentnotifyapi.cpp
    platform/payments/paymentrefundsapi.cpp
    platform/payments/paymentsapi.cpp
    platform/payouts/payoutaccount.cpp
    platform/payouts/payoutbatches.cpp
    platform/payouts/payoutdue.cpp
    tools/ssc-ctl/idcheckcommand.cpp
    tools/ssc-ctl/retirementcommand.cpp
)

set(SSC_UNITY_TARGETS ssc_core ssc_shell ssc_modules ssc_drivers ssc_platform ssc_documents ssc_evidence ssc_face
    ssc_printing ssc-paydemo ssc-ctl)
set(SSC_UNITY_BATCH 16)

# Writes <file> with <text> unless it already has it (an unchanged batch keeps its time and is not compiled again).
function(ssc_write_if_changed file text)
    if(EXISTS "${file}")
        file(READ "${file}" old)
        if(old STREQUAL text)
            return()
        endif()
    endif()
    file(WRITE "${file}" "${text}")
endfunction()

# The batches of one target: its own .cpp files (not generated ones, not those compiled alone), in the order listed.
function(ssc_unity_batches target)
    get_target_property(source_dir ${target} SOURCE_DIR)
    get_target_property(binary_dir ${target} BINARY_DIR)
    get_target_property(sources ${target} SOURCES)
    set(batch_dir "${binary_dir}/unity/${target}")
    set(batched)
    foreach(source IN LISTS sources)
        if(NOT source MATCHES "\\.cpp$")
            continue()
        endif()
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${source_dir}" NORMALIZE OUTPUT_VARIABLE path)
        cmake_path(IS_PREFIX PROJECT_SOURCE_DIR "${path}" NORMALIZE in_checkout)
        file(RELATIVE_PATH from_top "${PROJECT_SOURCE_DIR}" "${path}")
        if(NOT in_checkout OR from_top IN_LIST SSC_UNITY_ALONE OR from_top MATCHES "^build/")
            continue()
        endif()
        # A file compiled with flags of its own (a version, a path) keeps them by compiling alone.
        set(own_flags)
        foreach(property COMPILE_DEFINITIONS COMPILE_OPTIONS COMPILE_FLAGS INCLUDE_DIRECTORIES)
            get_source_file_property(value "${path}" DIRECTORY "${source_dir}" ${property})
            if(value)
                set(own_flags ON)
            endif()
        endforeach()
        if(own_flags)
            continue()
        endif()
        list(APPEND batched "${path}")
    endforeach()
    list(LENGTH batched count)
    set(index 0)
    set(batches)
    while(index LESS count)
        math(EXPR number "${index} / ${SSC_UNITY_BATCH}")
        set(text "// Written by cmake/SscUnityBuild.cmake: one batch of ${target}'s files, named from here.\n")
        foreach(offset RANGE 0 ${SSC_UNITY_BATCH})
            math(EXPR at "${index} + ${offset}")
            if(offset EQUAL SSC_UNITY_BATCH OR at GREATER_EQUAL count)
                break()
            endif()
            list(GET batched ${at} path)
            file(RELATIVE_PATH relative "${batch_dir}" "${path}")
            string(APPEND text "#include \"${relative}\"\n")
        endforeach()
        set(batch "${batch_dir}/batch_${number}.cpp")
        ssc_write_if_changed("${batch}" "${text}")
        list(APPEND batches "${batch}")
        math(EXPR index "${index} + ${SSC_UNITY_BATCH}")
    endwhile()
    # The files stay the target's sources (AUTOMOC reads them, IDEs list them) but are compiled through their batch.
    set_source_files_properties(${batched} DIRECTORY "${source_dir}" PROPERTIES HEADER_FILE_ONLY ON)
    target_sources(${target} PRIVATE ${batches})
    set_source_files_properties(${batches} DIRECTORY "${source_dir}" PROPERTIES SKIP_AUTOGEN ON)
endfunction()

foreach(target IN LISTS SSC_UNITY_TARGETS)
    ssc_unity_batches(${target})
endforeach()
