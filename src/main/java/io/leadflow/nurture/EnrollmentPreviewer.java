package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Counts, before a bulk enrollment runs, what it will do to the selected leads. */
@Component
class EnrollmentPreviewer {

    private final RunningSequences running;

    EnrollmentPreviewer(RunningSequences running) {
        this.running = running;
    }

    EnrollmentPreview preview(String sequence, List<LeadId> leads) {
        Map<String, String> current = running.of(leads);
        int already = (int) current.values().stream().filter(sequence::equals).count();
        int other = current.size() - already;
        int outside = leads.size() - current.size();
        String whatHappens = ("%d lead(s) will enter %s. %d of them leave the sequence they are in now (it stops at"
                        + " once, emails already sent stay sent). %d already in %s are left alone. %d not in a"
                        + " sequence right now (with sales, customers, or resting between tracks) are skipped"
                        + " unless they are resting in nurture.")
                .formatted(other, sequence, other, already, sequence, outside);
        return new EnrollmentPreview(sequence, leads.size(), other, other, already, outside, whatHappens);
    }
}
