package org.movierec.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that no controller answered (unknown addresses, refusals by the server itself): under {@code /api/} an RFC 9457
 * problem with the status and its reason only, elsewhere the error page with the site's header for the signed-in user.
 * Nothing of the failure's internals (exception, message, trace) is ever shown.
 */
@Controller
public class ErrorPageController implements ErrorController, PageController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && HttpStatus.resolve(code) != null ? HttpStatus.resolve(code) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/")) {
            String detail = status == HttpStatus.NOT_FOUND ? "There is nothing at this address." : status.getReasonPhrase() + ".";
            return new ModelAndView((model, req, response) -> Problems.write(response, status.value(), status.getReasonPhrase(), detail));
        }
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        view.addObject("error", status.getReasonPhrase());
        return view;
    }
}
