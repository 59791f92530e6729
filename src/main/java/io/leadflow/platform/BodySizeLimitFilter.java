package io.leadflow.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/** JSON bodies on /api/** are at most 64 KiB; larger ones are refused before they are read. */
class BodySizeLimitFilter extends OncePerRequestFilter {

    static final int MAX_JSON_BYTES = 64 * 1024;
    private final ObjectMapper json;

    BodySizeLimitFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean isJson =
                request.getContentType() != null && request.getContentType().contains("json");
        if (isJson && request.getContentLengthLong() > MAX_JSON_BYTES) {
            tooLarge(response);
            return;
        }
        if (isJson && request.getContentLengthLong() < 0) {
            ReplayableRequest limited = new ReplayableRequest(request, MAX_JSON_BYTES);
            if (limited.exceedsLimit()) {
                tooLarge(response);
                return;
            }
            chain.doFilter(limited, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "JSON request bodies may be at most " + MAX_JSON_BYTES + " bytes.");
        problem.setTitle("Request body too large");
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
