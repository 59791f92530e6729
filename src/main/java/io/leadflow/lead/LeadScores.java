package io.leadflow.lead;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scoring columns of a lead read or written one lead at a time: buying stage and fit reasons. */
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

    String fitReasons(LeadId id) {
        return jdbc.sql("select fit_reasons from lead where id = ?")
                .param(id.value())
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
