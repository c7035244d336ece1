package org.movierec.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than their endpoint needs with 413 (problem details) before anything reads them: a
 * declared Content-Length over the limit is refused unread; a body of unknown length (chunked) is read up to the limit
 * and refused once it goes beyond. Limits: {@value #PROFILE_LIMIT} bytes for a posted profile (10,000 ratings),
 * {@value #IMPORT_LIMIT} for a CSV import, {@value #UPLOAD_LIMIT} for the import page's upload, {@value #DEFAULT_LIMIT}
 * for everything else (a rating, a form).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestBodyLimitFilter extends OncePerRequestFilter {
    static final int DEFAULT_LIMIT = 64 * 1024;
    static final int PROFILE_LIMIT = 512 * 1024;
    static final int IMPORT_LIMIT = 2 * 1024 * 1024;
    static final int UPLOAD_LIMIT = 5 * 1024 * 1024;

    /** The most bytes a request to the path may send. */
    static int limit(String path) {
        return switch (path) {
            case "/api/recommendations" -> PROFILE_LIMIT;
            case "/api/me/ratings/import" -> IMPORT_LIMIT;
            case "/ratings/import" -> UPLOAD_LIMIT;
            default -> DEFAULT_LIMIT;
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int limit = limit(request.getRequestURI().substring(request.getContextPath().length()));
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, limit);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes(limit + 1);
            if (body.length > limit) {
                refuse(response, limit);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int limit) throws IOException {
        response.setHeader("Connection", "close");
        Problems.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Content too large",
                "The request body is larger than this endpoint accepts (" + limit / 1024 + " KB).");
    }

    /** A request whose body was read already (up to the limit) and is served from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() != null && Charset.isSupported(getCharacterEncoding())
                    ? Charset.forName(getCharacterEncoding()) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
