package org.movierec.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Rewrites the links of pages to static files ({@code @{/webjars/htmx.org/dist/htmx.min.js}} to the WebJar's
 * versioned path) as Spring's {@link ResourceUrlEncodingFilter} does, but only for links to files: a link
 * whose last path segment has no dot ({@code /movies/1}, {@code /browse?genre=Drama}) is left as it is.
 * Spring's filter looks every link up in the static locations (with "/**" mapped, each lookup scans the
 * class path's jars and finds nothing), which took half the time of rendering a page of movies.
 */
@Configuration
public class StaticResourceUrls {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        return new FilterRegistrationBean<>(new FileLinkEncodingFilter());
    }

    /** True if the link (path, maybe with a query or fragment) names a file: its last segment has a dot. */
    static boolean namesFile(String url) {
        int end = url.length();
        for (int k = 0; k < url.length(); k++) {
            char c = url.charAt(k);
            if (c == '?' || c == '#') {
                end = k;
                break;
            }
        }
        int slash = url.lastIndexOf('/', end - 1);
        int dot = url.indexOf('.', slash + 1);
        return dot >= 0 && dot < end;
    }

    /** The encoding filter restricted to links that name files. */
    static final class FileLinkEncodingFilter extends ResourceUrlEncodingFilter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(request, new HttpServletResponseWrapper(httpResponse) {
                @Override
                public String encodeURL(String url) {
                    if (namesFile(url)
                            && http.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider urls) {
                        String resolved = urls.getForRequestUrl(http, url);
                        if (resolved != null) {
                            return super.encodeURL(resolved);
                        }
                    }
                    return super.encodeURL(url);
                }
            });
        }
    }
}
