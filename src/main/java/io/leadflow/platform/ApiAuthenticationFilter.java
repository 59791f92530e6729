package io.leadflow.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /api/** needs HTTP Basic against the Camunda identity service, the integration API key, or (for the
 * marketing UI's own scripts) a signed-in {@link UiSession}, whose non-GET requests must carry its token
 * in X-CSRF-Token. Unauthenticated answers 401, a user outside the allowed groups 403, both as problem+json.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;
    private final SecuritySettings settings;
    private final ObjectMapper json;

    ApiAuthenticationFilter(IdentityService identity, SecuritySettings settings, ObjectMapper json) {
        this.identity = identity;
        this.settings = settings;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Collection<String>> groups = authenticate(request);
        Optional<UiSession> ui =
                groups.isEmpty() && hasNoCredentials(request) ? UiSession.of(request) : Optional.empty();
        if (ui.isPresent()) {
            // a session cookie rides along on cross-site requests too: only the page's own script knows the token
            if (!UiSession.isSafeMethod(request.getMethod())
                    && !ui.get().csrfMatches(request.getHeader(UiSession.CSRF_HEADER))) {
                deny(response, HttpStatus.FORBIDDEN, "Missing or wrong " + UiSession.CSRF_HEADER + " header.");
                return;
            }
            groups = Optional.of(ui.get().groups());
        }
        if (groups.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"leadflow\"");
            deny(response, HttpStatus.UNAUTHORIZED, "Authentication required: HTTP Basic or X-Api-Key.");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!ApiAccessRules.allows(request.getMethod(), path, groups.get())) {
            deny(response, HttpStatus.FORBIDDEN, "Your groups may not " + request.getMethod() + " " + path + ".");
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<Collection<String>> authenticate(HttpServletRequest request) {
        String apiKey = request.getHeader("X-Api-Key");
        if (apiKey != null && settings.hasApiKey() && constantTimeEquals(apiKey, settings.apiKey())) {
            return Optional.of(ApiAccessRules.API_KEY_GROUPS);
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        if (!identity.checkPassword(user, decoded.substring(colon + 1))) {
            return Optional.empty();
        }
        return Optional.of(identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList());
    }

    private static boolean hasNoCredentials(HttpServletRequest request) {
        return request.getHeader("X-Api-Key") == null && request.getHeader("Authorization") == null;
    }

    private void deny(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
