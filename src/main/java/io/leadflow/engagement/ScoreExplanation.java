package io.leadflow.engagement;

import io.leadflow.scoring.ScoreReason;
import java.util.List;

/** Why a lead scored as it did: fit, engagement, the top reasons and recent score changes. */
public record ScoreExplanation(
        String leadId,
        String fitGrade,
        Integer fitScore,
        String fitReasons,
        int engagementScore,
        List<ScoreReason> topReasons,
        List<ScoreReason> history) {

    /** The top reasons in one line, for the sales form. */
    public String summary() {
        String engagement = topReasons.isEmpty()
                ? "no scored engagement yet"
                : String.join(
                        ", ",
                        topReasons.stream()
                                .map(r -> r.rule() + " +" + r.points())
                                .toList());
        return "Fit " + fitGrade + ": " + fitReasons + ". Engagement " + engagementScore + ": " + engagement + ".";
    }
}
