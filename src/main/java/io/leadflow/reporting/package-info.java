/**
 * Reporting: the lead flow (stage counts, weekly entries, conversion, time in stage, recycles) and
 * its forecast, read from the lead and stage-history tables with indexed SQL. Depends on lead only.
 */
package io.leadflow.reporting;
