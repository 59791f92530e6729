package io.leadflow.lead;

import java.util.List;

/** What a batch capture did, one entry per submitted lead in request order. */
public record LeadBatchResult(int created, int merged, List<Item> leads) {

    /** One submitted lead: its id and whether it was CREATED or MERGED into a known lead. */
    public record Item(String id, String email, String status) {}

    static LeadBatchResult of(List<LeadForm> forms, List<CapturedLead> captured) {
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            CapturedLead lead = captured.get(i);
            items.add(
                    new Item(lead.id().value(), forms.get(i).normalisedEmail(), lead.created() ? "CREATED" : "MERGED"));
        }
        int created = (int) captured.stream().filter(CapturedLead::created).count();
        return new LeadBatchResult(created, captured.size() - created, List.copyOf(items));
    }
}
