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

/**
 * JSON bodies on /api/** are at most 64 KiB (a batch of leads 1 MiB: 100 leads of full-length fields),
 * other bodies (CSV imports) 20 MiB; larger ones are refused before they are read.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

    static final int MAX_JSON_BYTES = 64 * 1024;
    static final int MAX_BATCH_JSON_BYTES = 1024 * 1024;
    /** Matches spring.servlet.multipart.max-request-size, which also covers chunked uploads. */
    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private final ObjectMapper json;

    BodySizeLimitFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean isJson =
                request.getContentType() != null && request.getContentType().contains("json");
        int maxJsonBytes = request.getRequestURI().endsWith("/api/leads/batch") ? MAX_BATCH_JSON_BYTES : MAX_JSON_BYTES;
        if (isJson && request.getContentLengthLong() > maxJsonBytes) {
            tooLarge(response, "JSON request bodies may be at most " + maxJsonBytes + " bytes.");
            return;
        }
        if (!isJson && request.getContentLengthLong() > MAX_UPLOAD_BYTES) {
            tooLarge(response, "Uploads may be at most 20 MB; split the file and import the parts.");
            return;
        }
        if (isJson && request.getContentLengthLong() < 0) {
            ReplayableRequest limited = new ReplayableRequest(request, maxJsonBytes);
            if (limited.exceedsLimit()) {
                tooLarge(response, "JSON request bodies may be at most " + maxJsonBytes + " bytes.");
                return;
            }
            chain.doFilter(limited, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletResponse response, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        problem.setTitle("Request body too large");
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
