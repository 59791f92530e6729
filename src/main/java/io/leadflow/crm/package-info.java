/**
 * CRM hand-over: the CrmGateway port with its adapters (built-in CRM tables by default) and the
 * inbound opportunity outcome that ends a lead as customer or recycles it.
 */
package io.leadflow.crm;
