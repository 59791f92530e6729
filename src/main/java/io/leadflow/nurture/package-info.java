/**
 * Nurture: the email sequences (BPMN in processes/nurture), rendering the designers' templates,
 * the outbox that sends each email exactly once per key, consent checks and unsubscribe.
 */
package io.leadflow.nurture;
