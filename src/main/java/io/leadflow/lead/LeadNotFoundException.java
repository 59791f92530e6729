package io.leadflow.lead;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No lead (or only an erased one) has this id; answers 404 problem+json. */
public class LeadNotFoundException extends ErrorResponseException {

    public LeadNotFoundException(LeadId id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(LeadId id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No lead with id " + id);
        problem.setTitle("Lead not found");
        return problem;
    }
}
