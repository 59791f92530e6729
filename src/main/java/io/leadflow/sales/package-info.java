/**
 * Sales hand-off: the sales-acceptance task in Camunda Tasklist (what the rep sees, what the
 * answer means) and the reason-coded return to nurture.
 */
package io.leadflow.sales;
