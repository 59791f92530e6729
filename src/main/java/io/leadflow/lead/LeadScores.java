package io.leadflow.lead;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scoring columns of a lead: buying stage, engagement, qualification flag, fit reasons. */
@Repository
class LeadScores {

    private final JdbcClient jdbc;

    LeadScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean changeBuyingStage(LeadId id, BuyingStage stage) {
        return jdbc.sql("update lead set buying_stage = ? where id = ? and buying_stage <> ?")
                        .params(stage.name(), id.value(), stage.name())
                        .update()
                > 0;
    }

    boolean lock(LeadId id) {
        return !jdbc.sql("select id from lead where id = ? for update")
                .param(id.value())
                .query(String.class)
                .list()
                .isEmpty();
    }

    double addEngagement(LeadId id, double points) {
        jdbc.sql("update lead set engagement_score = engagement_score + ? where id = ?")
                .params(points, id.value())
                .update();
        return jdbc.sql("select engagement_score from lead where id = ?")
                .param(id.value())
                .query(Double.class)
                .single();
    }

    boolean markEngagementQualified(LeadId id, boolean qualified) {
        boolean before = jdbc.sql("select engagement_qualified from lead where id = ?")
                .param(id.value())
                .query(Boolean.class)
                .single();
        jdbc.sql("update lead set engagement_qualified = ? where id = ?")
                .params(qualified, id.value())
                .update();
        return before;
    }

    String fitReasons(LeadId id) {
        return jdbc.sql("select fit_reasons from lead where id = ?")
                .param(id.value())
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
