package io.leadflow.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in to the marketing UI with a Camunda user (the same as for Tasklist/Cockpit). Camunda locks a
 * user for a growing delay after failed attempts; checkPassword then answers false, so the page says so.
 */
@Controller
class LoginController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;

    LoginController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/login")
    String form(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        if (UiSession.of(request).filter(UiSession::mayUseUi).isPresent()) {
            return "redirect:" + safeTarget(next);
        }
        model.addAttribute("next", safeTarget(next));
        return "login";
    }

    @PostMapping("/login")
    String signIn(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String user = username.trim();
        if (user.isEmpty() || password.isEmpty() || !identity.checkPassword(user, password)) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("next", safeTarget(next));
            model.addAttribute("username", user);
            model.addAttribute(
                    "error",
                    "Wrong user name or password. After repeated failures an account is locked"
                            + " for a while; wait a few seconds before trying again.");
            return "login";
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId(); // no session fixation: a signed-in session never keeps an old id
        } else {
            session = request.getSession(true);
        }
        session.setAttribute(UiSession.ATTRIBUTE, new UiSession(user, displayName(user), groups(user), token()));
        return "redirect:" + safeTarget(next);
    }

    @PostMapping("/logout")
    String signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var ui = UiSession.of(request);
        if (ui.isPresent() && !ui.get().csrfMatches(request)) {
            response.sendError(HttpStatus.FORBIDDEN.value(), "Missing or wrong CSRF token.");
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/login?signedOut";
    }

    private Set<String> groups(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
    }

    private String displayName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        String name = user == null
                ? ""
                : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                                + (user.getLastName() == null ? "" : user.getLastName()))
                        .trim();
        return name.isEmpty() ? userId : name;
    }

    /** Only a path on this site: never an open redirect to another host. */
    static String safeTarget(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
            return "/";
        }
        return next;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
