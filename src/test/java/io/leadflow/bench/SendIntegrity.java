package io.leadflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import java.util.HashMap;
import java.util.Map;

/** Counts what SMTP got per outbox key (X-Leadflow-Key): exactly once per key is the target. */
final class SendIntegrity {

    private SendIntegrity() {}

    /** Emails received per outbox key: "received, duplicates, lost" against the expected 2 per lead. */
    static String check(GreenMail smtp, int n) throws MessagingException {
        Map<String, Integer> perKey = new HashMap<>();
        for (var message : smtp.getReceivedMessages()) {
            String[] key = message.getHeader("X-Leadflow-Key");
            if (key != null) {
                perKey.merge(key[0], 1, Integer::sum);
            }
        }
        int received = perKey.values().stream().mapToInt(Integer::intValue).sum();
        int duplicates = received - perKey.size();
        int lost = Math.max(0, 2 * n - perKey.size());
        return "nurture emails: %d received for %d leads (2 steps each), %d duplicates, %d lost"
                .formatted(received, n, duplicates, lost);
    }
}
