package io.leadflow.crm;

/** What the CRM created for a lead. */
public record CrmHandover(String contactId, String opportunityId) {}
