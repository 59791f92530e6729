/**
 * Leads: profile, capture and merge, lifecycle stages with their history, the timeline and GDPR
 * erasure. Depends on no other module; every other module builds on it.
 */
package io.leadflow.lead;
