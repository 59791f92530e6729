package io.leadflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The designers' DMN tables in processes/, evaluated as the engine does, edge values included. */
class DecisionTablesTests {

    private static final DmnEngine DMN =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @Test
    void seniorBuyerAtAFittingCompanyScoresEveryMatchingRule() {
        DmnDecisionResult rules = evaluate(
                "lead-fit.dmn",
                "FitPoints",
                fit("Chief Marketing Officer", 250, "Software", "DE", true, true, true, true));

        assertThat(rules.collectEntries("reason")).contains("Decision maker", "Target industry", "Has budget");
        assertThat(sum(rules)).isEqualTo(25 + 20 + 15 + 10 + 20);
    }

    @Test
    void unknownAttributesMatchNoRuleWithoutErrors() {
        DmnDecisionResult rules =
                evaluate("lead-fit.dmn", "FitPoints", fit(null, null, null, null, null, null, null, null));

        assertThat(rules.getResultList()).isEmpty();
    }

    @Test
    void studentAtATinyCompanyScoresNegative() {
        DmnDecisionResult rules =
                evaluate("lead-fit.dmn", "FitPoints", fit("Student", 3, null, null, null, null, null, null));

        assertThat(sum(rules)).isEqualTo(-15);
    }

    @ParameterizedTest(name = "{0} points -> {1}")
    @CsvSource({"90, A", "60, A", "59, B", "40, B", "39, C", "20, C", "19, D", "0, D", "-15, D"})
    void gradeBandsHaveClosedLowerBounds(int points, String grade) {
        DmnDecisionResult result = evaluate("lead-fit.dmn", "LeadFit", Map.of("fitPoints", points));

        assertThat(result.getSingleResult().<String>getEntry("fitGrade")).isEqualTo(grade);
    }

    private static int sum(DmnDecisionResult rules) {
        return rules.<Number>collectEntries("fitPoints").stream()
                .mapToInt(Number::intValue)
                .sum();
    }

    @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "DE, Software, 200, sales-emea",
                "GB, null, null, sales-emea",
                "US, Manufacturing, 5000, sales-americas",
                "BR, null, 10, sales-americas",
                "JP, Software, 300, sales",
                "null, null, null, sales",
            })
    void routingPicksTheTeamByCountry(String country, String industry, Integer size, String team) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("country", country);
        inputs.put("industry", industry);
        inputs.put("companySize", size);

        DmnDecisionResult result = evaluate("lead-routing.dmn", "LeadRouting", inputs);

        assertThat(result.getFirstResult().<String>getEntry("salesTeam")).isEqualTo(team);
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "null, NO_NEED, NurtureAwareness",
                "null, NEED_NO_BANT, NurtureConsideration",
                "null, SHORTLIST, NurtureDecision",
                "NOT_READY, SHORTLIST, NurtureConsideration",
                "NO_BUDGET, NO_NEED, NurtureKeepWarm",
                "BAD_TIMING, SHORTLIST, NurtureKeepWarm",
                "OPPORTUNITY_LOST, SHORTLIST, NurtureReNurture",
                "DUPLICATE, NO_NEED, NurtureReNurture",
            })
    void nurtureTrackFollowsRecycleReasonThenBuyingStage(String recycleReason, String buyingStage, String sequence) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("recycleReason", recycleReason);
        inputs.put("buyingStage", buyingStage);

        DmnDecisionResult result = evaluate("nurture-track.dmn", "NurtureTrack", inputs);

        assertThat(result.getFirstResult().<String>getEntry("nurtureSequence")).isEqualTo(sequence);
    }

    @Test
    void sequenceRequestedByAMarketerWinsOverEverything() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("requestedSequence", "NurtureDecision");
        inputs.put("recycleReason", "NO_BUDGET");
        inputs.put("buyingStage", "NO_NEED");

        DmnDecisionResult result = evaluate("nurture-track.dmn", "NurtureTrack", inputs);

        assertThat(result.getFirstResult().<String>getEntry("nurtureSequence")).isEqualTo("NurtureDecision");
    }

    private static Map<String, Object> fit(
            String jobTitle,
            Integer size,
            String industry,
            String country,
            Boolean budget,
            Boolean authority,
            Boolean need,
            Boolean timeline) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("jobTitle", jobTitle);
        inputs.put("companySize", size);
        inputs.put("industry", industry);
        inputs.put("country", country);
        inputs.put("budget", budget);
        inputs.put("authority", authority);
        inputs.put("need", need);
        inputs.put("timeline", timeline);
        return inputs;
    }

    private static DmnDecisionResult evaluate(String file, String decision, Map<String, Object> inputs) {
        try (InputStream in = new FileInputStream("processes/" + file)) {
            return DMN.evaluateDecision(DMN.parseDecision(decision, in), inputs);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
