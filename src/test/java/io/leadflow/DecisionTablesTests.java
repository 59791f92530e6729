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

    @ParameterizedTest(name = "{0} {1} {2} -> {3} (cap {4})")
    @CsvSource(
            nullValues = "null",
            value = {
                "PAGE_VISITED, null, https://example.com/careers/jobs, -10, 0",
                "PAGE_VISITED, null, https://example.com/pricing, 10, 20",
                "PAGE_VISITED, null, https://example.com/blog/post, 2, 10",
                "PAGE_VISITED, null, null, 2, 10",
                "CONTENT_DOWNLOADED, pricing-guide, null, 20, 40",
                "CONTENT_DOWNLOADED, whitepaper, null, 10, 30",
                "EMAIL_OPENED, null, null, 1, 3",
                "DEMO_REQUESTED, null, null, 40, 40",
                "EMAIL_BOUNCED, null, null, -20, 0",
                "EMAIL_COMPLAINED, null, null, -30, 0",
            })
    void engagementPointsFollowTheFirstMatchingRule(String type, String content, String url, int points, int cap) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("type", type);
        inputs.put("content", content);
        inputs.put("url", url);

        DmnDecisionResult result = evaluate("engagement-points.dmn", "EngagementPoints", inputs);

        assertThat(result.getFirstResult().<Number>getEntry("points").intValue())
                .isEqualTo(points);
        assertThat(result.getFirstResult().<Number>getEntry("dailyCap").intValue())
                .isEqualTo(cap);
    }

    @ParameterizedTest(name = "grade {0} with {1} points -> MQL {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "A, 50, true",
                "A, 49.9, false",
                "B, 70, true",
                "B, 69, false",
                "C, 100, true",
                "C, 99, false",
                "D, 1000, false",
                "null, 1000, false",
            })
    void qualificationNeedsBothFitAndInterest(String grade, double engagement, boolean mql) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("fitGrade", grade);
        inputs.put("engagementScore", engagement);

        DmnDecisionResult result = evaluate("lead-qualification.dmn", "LeadQualification", inputs);

        assertThat(result.getFirstResult().<Boolean>getEntry("mql")).isEqualTo(mql);
    }

    @ParameterizedTest(name = "BANT {0}/{1}/{2}/{3}, key action {4} -> {5}")
    @CsvSource(
            nullValues = "null",
            value = {
                "null, null, null, null, null, NO_NEED",
                "null, null, true, null, null, NEED_NO_BANT",
                "true, true, true, true, null, SHORTLIST",
                "true, null, true, true, null, NEED_NO_BANT",
                "null, null, null, null, case-study, NEED_NO_BANT",
                "null, null, null, null, roi-calculator, SHORTLIST",
                "null, null, null, null, newsletter, NO_NEED",
            })
    void buyingStageFromBantAndKeyActions(
            Boolean budget, Boolean authority, Boolean need, Boolean timeline, String keyAction, String stage) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("budget", budget);
        inputs.put("authority", authority);
        inputs.put("need", need);
        inputs.put("timeline", timeline);
        inputs.put("keyAction", keyAction);

        DmnDecisionResult result = evaluate("buying-stage.dmn", "BuyingStage", inputs);

        assertThat(result.getFirstResult().<String>getEntry("buyingStage")).isEqualTo(stage);
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
