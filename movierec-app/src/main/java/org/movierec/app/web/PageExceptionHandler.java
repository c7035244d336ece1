package org.movierec.app.web;

import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on pages as a page that says what went wrong: unknown movie 404, bad input 400; any other failure 500 without
 * its internals (logged here).
 */
@ControllerAdvice(assignableTypes = PageController.class)
public class PageExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NoSuchElementException.class)
    ModelAndView notFound(NoSuchElementException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest(IllegalArgumentException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** Any other failure; Spring MVC's own refusals (bad parameters, wrong method...) go on to its status handling. */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException e) {
        if (e instanceof ErrorResponse || e instanceof TypeMismatchException) {
            throw e;
        }
        LOG.error("Page request failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "The server could not show this page; the failure is in its log.");
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView view = new ModelAndView("problem");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("title", status.getReasonPhrase());
        view.addObject("message", message);
        return view;
    }
}
