package io.leadflow.sales;

import io.leadflow.lead.LeadId;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The team each lead was last offered to (sales_lead_routing): the routing decision lives in a process
 * variable, which reports cannot group a million leads by; this row they can join.
 */
@Component
class SalesRouting {

    private final JdbcClient jdbc;
    private final Clock clock;

    SalesRouting(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Same transaction as the SAL task; one process instance per lead, so no concurrent writer. */
    void record(LeadId leadId, String team) {
        if (team == null) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update sales_lead_routing set team = ?, routed_at = ? where lead_id = ?")
                .params(team, now, leadId.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into sales_lead_routing (lead_id, team, routed_at) values (?, ?, ?)")
                    .params(leadId.value(), team, now)
                    .update();
        }
    }
}
