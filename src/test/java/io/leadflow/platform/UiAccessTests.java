package io.leadflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

/** The page guard: session, groups and the CSRF token of form posts to a {@link UiController}. */
class UiAccessTests {

    private final UiAccess access = new UiAccess();
    private final UiSession marketer = new UiSession("mara", "Mara", Set.of("marketing"), "token-1");

    @UiController
    static class SamplePage {
        public String save() {
            return "saved";
        }
    }

    @Test
    void formPostWithTheSessionTokenPasses() throws Exception {
        MockHttpServletRequest request = post(marketer);
        request.addParameter("_csrf", "token-1");

        assertThat(access.preHandle(request, new MockHttpServletResponse(), handler()))
                .isTrue();
    }

    @Test
    void formPostWithoutOrWithAnotherTokenIsForbidden() {
        MockHttpServletRequest missing = post(marketer);
        MockHttpServletRequest forged = post(marketer);
        forged.addParameter("_csrf", "token-2");

        assertThatThrownBy(() -> access.preHandle(missing, new MockHttpServletResponse(), handler()))
                .isInstanceOf(UiAccess.Forbidden.class);
        assertThatThrownBy(() -> access.preHandle(forged, new MockHttpServletResponse(), handler()))
                .isInstanceOf(UiAccess.Forbidden.class);
    }

    @Test
    void postWithoutSessionIsRefusedNotRedirected() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/leads/1/enroll");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(access.preHandle(request, response, handler())).isFalse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void otherControllersAreNotGuarded() throws Exception {
        Object restHandler = new HandlerMethod(new Object(), Object.class.getMethod("toString"));

        assertThat(access.preHandle(
                        new MockHttpServletRequest("POST", "/t/c/x"), new MockHttpServletResponse(), restHandler))
                .isTrue();
    }

    private static MockHttpServletRequest post(UiSession ui) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/leads/1/enroll");
        request.getSession(true).setAttribute(UiSession.ATTRIBUTE, ui);
        return request;
    }

    private static HandlerMethod handler() throws NoSuchMethodException {
        return new HandlerMethod(new SamplePage(), SamplePage.class.getMethod("save"));
    }
}
