package io.leadflow.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A server-rendered page of the marketing UI. Every handler of such a controller needs a signed-in
 * {@link UiSession} of group marketing or camunda-admin (else redirect to {@code /login?next=…} or the
 * 403 page), non-GET requests must carry the session's CSRF token, and the model gets {@code ui}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface UiController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
