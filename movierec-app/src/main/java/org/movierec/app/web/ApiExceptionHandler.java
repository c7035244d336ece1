package org.movierec.app.web;

import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the REST API (every {@code @RestController}) as RFC 9457 problem details: bad parameters 400 with the
 * reason, unknown movies 404, Spring's own errors (validation, unreadable JSON, wrong method, wrong content type)
 * through the base class; anything else 503 (the database is busy) or 500, logged here and answered without its
 * internals (no exception, message, SQL or trace).
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(TransientDataAccessException.class)
    ProblemDetail busy(TransientDataAccessException e) {
        LOG.warn("API request failed, the database is busy: {}", e.toString());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", "The database is busy; try again in a moment.");
    }

    @ExceptionHandler({DataAccessException.class, RuntimeException.class})
    ProblemDetail failed(RuntimeException e) {
        LOG.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error",
                "The server could not answer this request; the failure is in its log.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
