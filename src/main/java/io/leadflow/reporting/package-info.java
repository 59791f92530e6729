/**
 * Reporting: the lead flow (stage counts, weekly entries, conversion, time in stage, recycles) and
 * its forecast, read from the lead and stage-history tables with indexed SQL; and the marketers' pages
 * that compose the modules' public APIs: dashboard ({@code /}), lead list and lead page. Nothing
 * depends on it.
 */
package io.leadflow.reporting;
