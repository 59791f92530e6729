package io.leadflow.lead;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** problem+json answers for imports: unknown import, unusable file. */
final class ImportProblems {

    private ImportProblems() {}

    static ErrorResponseException notFound(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No import with id " + id);
        problem.setTitle("Import not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    /** The upload cannot be imported at all; nothing was staged. */
    static ErrorResponseException badFile(String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
