package io.leadflow;

import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.lead.LeadId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the lead-flow report reads is written by the real process: stage facts and the routed team. */
@LeadflowTest
class ReportFactsProcessTests {

    @Autowired
    Driver driver;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anMqlOfferedToSalesRecordsItsTeamAndWhereItsLeadStayWent() {
        // when a fitting American lead is captured, qualifies and is offered to sales
        LeadId lead = driver.capture(SalesSlaTests.americanLead(uniqueEmail("facts")));

        // then the SAL task's team is on record for groupBy=team
        assertThat(driver.salesTask(lead)).isNotNull();
        assertThat(jdbc.sql("select team from sales_lead_routing where lead_id = ?")
                        .param(lead.value())
                        .query(String.class)
                        .single())
                .isEqualTo("sales-americas");
        // and the LEAD stay knows it went on to MQL, and when
        List<Map<String, Object>> rows = jdbc.sql("select stage, entered_at, to_stage, advanced_at, reached_mql_at"
                        + " from lead_stage_history where lead_id = ? order by entered_at, id")
                .param(lead.value())
                .query()
                .listOfRows();
        assertThat(rows).extracting(row -> row.get("STAGE")).containsExactly("LEAD", "MQL");
        LocalDateTime mqlEntered = ((java.sql.Timestamp) rows.get(1).get("ENTERED_AT")).toLocalDateTime();
        assertThat(rows.get(0).get("TO_STAGE")).isEqualTo("MQL");
        assertThat(((java.sql.Timestamp) rows.get(0).get("ADVANCED_AT")).toLocalDateTime())
                .isEqualTo(mqlEntered);
        assertThat(((java.sql.Timestamp) rows.get(0).get("REACHED_MQL_AT")).toLocalDateTime())
                .isEqualTo(mqlEntered);
        assertThat(rows.get(1).get("TO_STAGE")).isNull();
    }
}
