package io.leadflow.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages of the marketing UI with the layout (so the user can navigate, or sign out and in as
 * someone else): 403 for {@link UiAccess.Forbidden}, the status of a {@link ResponseStatusException}
 * thrown by a {@link UiController} (e.g. 404 for an unknown lead) instead of problem+json.
 */
@ControllerAdvice(annotations = UiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiErrors {

    @ExceptionHandler(UiAccess.Forbidden.class)
    ModelAndView forbidden(UiAccess.Forbidden denied, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("forbidden", HttpStatus.FORBIDDEN);
        page.addObject("reason", denied.getMessage());
        UiSession.of(request).ifPresent(ui -> page.addObject(UiAccess.MODEL_ATTRIBUTE, ui));
        return page;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException failure, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error-page", failure.getStatusCode());
        page.addObject("status", failure.getStatusCode().value());
        page.addObject("reason", failure.getReason());
        UiSession.of(request).ifPresent(ui -> page.addObject(UiAccess.MODEL_ATTRIBUTE, ui));
        return page;
    }
}
