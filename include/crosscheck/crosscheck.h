// Umbrella header: everything a user of crosscheck needs.
#ifndef CROSSCHECK_CROSSCHECK_H_
#define CROSSCHECK_CROSSCHECK_H_

#include "crosscheck/checker.h"
#include "crosscheck/claims_io.h"
#include "crosscheck/options.h"
#include "crosscheck/reader.h"
#include "crosscheck/reconcile.h"
#include "crosscheck/report.h"
#include "crosscheck/run.h"
#include "crosscheck/store.h"
#include "crosscheck/story.h"
#include "crosscheck/text.h"
#include "crosscheck/types.h"
#include "crosscheck/version.h"

#endif  // CROSSCHECK_CROSSCHECK_H_
