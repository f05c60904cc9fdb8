#include "allmodules.h"

#include "applications/applicationsmodule.h"
#include "cardpin/cardpinmodule.h"
#include "diplomas/diplomasmodule.h"
#include "disputes/disputesmodule.h"
#include "employment/employmentmodule.h"
#include "examscores/examscoresmodule.h"
#include "fleet/fleetmodule.h"
#include "mycard/mycardmodule.h"
#include "outlets/outletsmodule.h"
#include "payments/paymentsmodule.h"
#include "pension/pensionmodule.h"
#include "pensionestimate/pensionestimatemodule.h"
#include "qualifications/qualificationsmodule.h"
#include "records/recordsmodule.h"
#include "signins/signinsmodule.h"
#include "texts/textsmodule.h"
#include "transfer/transfermodule.h"
#include "unemployment/unemploymentmodule.h"

namespace ssc {

void registerAllModules(ModuleRegistry& registry)
{
    // The most used service first: the rights record is what most citizens come to the kiosk for.
    registerRecordsModule(registry);
    registerMyCardModule(registry);
    registerCardPinModule(registry);
    registerPensionModule(registry); // millions of elderly people come for it every year
    registerPensionEstimateModule(registry);
    registerPaymentsModule(registry);
    registerTransferModule(registry);
    registerQualificationsModule(registry);
    registerEmploymentModule(registry);
    registerExamScoresModule(registry);
    registerDiplomasModule(registry);
    registerUnemploymentModule(registry);
    registerDisputesModule(registry);
    registerApplicationsModule(registry);
    registerOutletsModule(registry);
    registerSignInsModule(registry); // the hall manager's
    registerFleetModule(registry);   // the hall manager's too
    registerTextsModule(registry);   // a reviewer's
}

} // namespace ssc
