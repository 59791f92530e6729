package io.leadflow.nurture;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request naming a sequence that is not deployed: 400 problem+json listing the ones that are. */
final class UnknownSequence {

    private UnknownSequence() {}

    static void rejectUnlessDeployed(SequenceCatalog catalog, String key) {
        if (catalog.exists(key)) {
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Unknown sequence " + key);
        problem.setTitle("Invalid input");
        List<String> deployed = catalog.all().stream().map(Sequence::key).toList();
        problem.setProperty("errors", List.of(Map.of("field", "sequence", "message", "must be one of " + deployed)));
        throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
