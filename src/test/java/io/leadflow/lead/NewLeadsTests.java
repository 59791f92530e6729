package io.leadflow.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.LeadflowTest;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** New leads' rows go out a hundred per statement: an import chunk of 250 is written whole. */
@LeadflowTest
class NewLeadsTests {

    @Autowired
    LeadCapture capture;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Test
    void moreLeadsThanOneStatementHoldsAreAllCreatedWithHistoryTimelineAndLifecycle() {
        // given 250 new submissions, as one import chunk brings them
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<LeadForm> forms = IntStream.range(0, 250)
                .mapToObj(i -> new LeadForm(
                        "chunk-" + batch + "-" + i + "@example.com",
                        "Ada",
                        "Lovelace" + i,
                        "Engines Ltd",
                        null,
                        null,
                        null,
                        "gb",
                        null,
                        "fair",
                        null,
                        new Consent(true),
                        null))
                .toList();

        // when they are captured in one transaction
        List<CapturedLead> answers = transactions.execute(tx -> capture.captureAll(forms));

        // then each is a new lead with its row, its LEAD history entry, its timeline entry and its lifecycle
        assertThat(answers).hasSize(250).allMatch(CapturedLead::created);
        String pattern = "chunk-" + batch + "-%";
        assertThat(count("select count(*) from lead where email like ? and country = 'GB'", pattern))
                .isEqualTo(250);
        assertThat(count(
                        "select count(*) from lead_stage_history h join lead l on l.id = h.lead_id"
                                + " where l.email like ? and h.stage = 'LEAD' and h.reason = 'Captured from fair'",
                        pattern))
                .isEqualTo(250);
        assertThat(count(
                        "select count(*) from lead_timeline t join lead l on l.id = t.lead_id where l.email like ?"
                                + " and t.type = 'STAGE_CHANGED' and t.summary = 'Entered LEAD: Captured from fair'",
                        pattern))
                .isEqualTo(250);
        assertThat(answers)
                .allMatch(answer -> runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(answer.id().value())
                                .count()
                        == 1);
    }

    private long count(String sql, String pattern) {
        return jdbc.sql(sql).param(pattern).query(Long.class).single();
    }
}
