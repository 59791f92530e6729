package io.leadflow.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user of the marketing UI, kept in the HTTP session after {@code POST /login}.
 *
 * <p>How a page controller gets it: annotate the controller with {@link UiController} and declare a
 * {@code UiSession} parameter on the handler method; it is always present there (pages are only reached
 * with a session of group {@code marketing} or {@code camunda-admin}). Templates see it as {@code ${ui}}.
 * {@link #csrfToken()} must come back with every non-GET request: as the form field {@code _csrf} (use
 * the {@code layout :: csrf} fragment) or, for {@code fetch} to {@code /api/**}, as header
 * {@code X-CSRF-Token} (the layout puts it in {@code <meta name="csrf-token">}).
 */
public record UiSession(String userId, String displayName, Set<String> groups, String csrfToken) {

    /** Name of the HTTP session attribute that holds it. */
    public static final String ATTRIBUTE = UiSession.class.getName();

    /** Form field that carries the CSRF token on HTML form posts. */
    public static final String CSRF_PARAMETER = "_csrf";

    /** Header that carries the CSRF token on fetch/XHR requests. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    public UiSession {
        groups = Set.copyOf(groups);
    }

    /** The session's user, if someone signed in on this browser. */
    public static Optional<UiSession> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof UiSession ui
                ? Optional.of(ui)
                : Optional.empty();
    }

    public boolean isMember(String group) {
        return groups.contains(group);
    }

    /** Marketing and administrators use the marketing UI; sales work in Tasklist. */
    public boolean mayUseUi() {
        return isMember(Groups.MARKETING) || isMember(Groups.ADMIN);
    }

    /** The request carries this session's CSRF token (form field or header). */
    public boolean csrfMatches(HttpServletRequest request) {
        String sent = request.getHeader(CSRF_HEADER);
        return csrfMatches(sent != null ? sent : request.getParameter(CSRF_PARAMETER));
    }

    /** The given token is this session's (compared in constant time). */
    public boolean csrfMatches(String sent) {
        return sent != null
                && MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8), csrfToken.getBytes(StandardCharsets.UTF_8));
    }

    static boolean isSafeMethod(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
