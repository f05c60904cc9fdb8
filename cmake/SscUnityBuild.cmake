# The README's run command builds the demo preset with CMAKE_UNITY_BUILD: each library's files compiled in batches of
# 16, so the Qt and project headers they share are parsed once a batch instead of once a file. On a fresh machine,
# with no ccache to help, that build took 325 s where file by file it took about 500 s (an earlier stop's clean-root
# measurement; docs/development.md, "The run command's first screen"). The other presets compile file by file.
#
# A batch is one translation unit, so two files of a library that each define a helper of the same name in an
# anonymous namespace (most often `t()` or `text()`, the file's translation context) cannot share one: the files
# below compile alone. A new file that clashes shows as a "redefinition" error in the demo build, which CI builds
# (.ci/run runs the README's run command); add it here, or give its helper a name of its own.
if(NOT CMAKE_UNITY_BUILD)
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

foreach(file IN LISTS SSC_UNITY_ALONE)
    # A source's properties belong to the folder whose CMakeLists.txt makes its target: the library's top folder.
    string(REGEX MATCH "^(tools/[^/]+|[^/]+)" library "${file}")
    set_source_files_properties(${PROJECT_SOURCE_DIR}/${file} DIRECTORY ${PROJECT_SOURCE_DIR}/${library}
                                PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endforeach()
