/**
 * Leads: profile, capture and merge, lifecycle stages with their history, the timeline and GDPR
 * erasure. Depends only on platform (a parse-listener helper); every other module builds on it.
 */
package io.leadflow.lead;
