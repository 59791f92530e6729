package io.leadflow.nurture;

import java.util.List;

/** A nurture sequence as marketers see it: its steps and how many leads are in it now. */
public record Sequence(String key, String name, int version, List<Step> steps, long activeLeads) {

    /**
     * One email of a sequence: when it goes out (days after the start, for a lead who does not
     * engage), the leads at it right now (sending it or waiting after it), and what its emails did.
     */
    public record Step(
            String id,
            String name,
            String template,
            long afterDays,
            long waitingLeads,
            long sent,
            long opened,
            long clicked) {}
}
