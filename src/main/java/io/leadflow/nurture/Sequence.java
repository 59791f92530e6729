package io.leadflow.nurture;

import java.util.List;

/** A nurture sequence as marketers see it: its steps and how many leads are in it now. */
public record Sequence(String key, String name, int version, List<Step> steps, long activeLeads) {

    /** One email of a sequence, with the leads waiting after it. */
    public record Step(String id, String name, String template, long waitingLeads) {}
}
