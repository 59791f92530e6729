package io.leadflow.engagement;

import io.leadflow.lead.Lead;
import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import io.leadflow.scoring.ScoreReason;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/leads/{id}/score, and the same explanation for the sales form. */
@Component
@RestController
public class ScoreExplanations {

    private final Leads leads;
    private final JdbcClient jdbc;

    ScoreExplanations(Leads leads, JdbcClient jdbc) {
        this.leads = leads;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/leads/{id}/score")
    ScoreExplanation get(@PathVariable String id) {
        return explain(new LeadId(id));
    }

    public ScoreExplanation explain(LeadId id) {
        Lead lead = leads.require(id);
        return new ScoreExplanation(
                id.value(),
                lead.score().fitGrade(),
                lead.score().fit(),
                leads.fitReasons(id),
                lead.score().engagement(),
                topReasons(id),
                history(id));
    }

    /** The rules that gave the most points, summed over the lead's events. */
    private List<ScoreReason> topReasons(LeadId id) {
        return jdbc.sql("select rule, sum(points), max(occurred_at) from engagement_event where lead_id = ?"
                        + " and points > 0 group by rule order by sum(points) desc, max(occurred_at) desc limit 5")
                .param(id.value())
                .query((rs, n) -> new ScoreReason(
                        rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private List<ScoreReason> history(LeadId id) {
        return jdbc.sql("select rule, points, occurred_at from engagement_event where lead_id = ? and points <> 0"
                        + " order by occurred_at desc, id desc limit 50")
                .param(id.value())
                .query((rs, n) -> new ScoreReason(
                        rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}
