package io.leadflow.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Guards {@link UiController} pages: signed in, right group, CSRF token on anything but GET. */
class UiAccess implements HandlerInterceptor {

    static final String MODEL_ATTRIBUTE = "ui";

    /** The user is signed in but not in a group that may use the marketing UI. */
    static class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!isUiPage(handler)) {
            return true;
        }
        Optional<UiSession> ui = UiSession.of(request);
        if (ui.isEmpty()) {
            if (!UiSession.isSafeMethod(request.getMethod())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Session expired: sign in again.");
                return false;
            }
            response.sendRedirect(request.getContextPath() + "/login?next=" + encode(target(request)));
            return false;
        }
        if (!ui.get().mayUseUi()) {
            throw new Forbidden("Signed in as " + ui.get().userId()
                    + ": the marketing UI is for the groups marketing and camunda-admin.");
        }
        if (!UiSession.isSafeMethod(request.getMethod()) && !ui.get().csrfMatches(request)) {
            throw new Forbidden(
                    "The form was missing its security token or came from another page. Reload and" + " try again.");
        }
        return true;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (modelAndView != null && !modelAndView.wasCleared()) {
            UiSession.of(request).ifPresent(ui -> modelAndView.addObject(MODEL_ATTRIBUTE, ui));
        }
    }

    static boolean isUiPage(Object handler) {
        return handler instanceof HandlerMethod method
                && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), UiController.class);
    }

    /** Path and query of the page asked for, to come back to after signing in. */
    private static String target(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
