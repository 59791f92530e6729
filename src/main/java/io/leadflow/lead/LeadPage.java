package io.leadflow.lead;

import java.util.List;

/** One page of a lead search. */
public record LeadPage(List<Lead> items, int page, int size, long total) {}
