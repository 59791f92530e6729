/**
 * Scoring: fit (explicit, from attributes) through the designers' DMN tables, and the qualification
 * signals the lifecycle waits for (score crossed the MQL rule, hand-raise).
 */
package io.leadflow.scoring;
