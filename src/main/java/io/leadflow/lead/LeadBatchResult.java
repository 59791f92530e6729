package io.leadflow.lead;

import java.util.List;
import java.util.stream.IntStream;

/** What a batch capture did, one entry per submitted lead in request order. */
public record LeadBatchResult(int created, int merged, List<Item> leads) {

    /** One submitted lead: its id and whether it was CREATED or MERGED into a known lead. */
    public record Item(String id, String email, String status) {}

    static LeadBatchResult of(List<LeadForm> forms, List<CapturedLead> captured) {
        List<Item> items = IntStream.range(0, forms.size())
                .mapToObj(i -> new Item(
                        captured.get(i).id().value(),
                        forms.get(i).normalisedEmail(),
                        captured.get(i).created() ? "CREATED" : "MERGED"))
                .toList();
        int created = (int) captured.stream().filter(CapturedLead::created).count();
        return new LeadBatchResult(created, captured.size() - created, items);
    }
}
