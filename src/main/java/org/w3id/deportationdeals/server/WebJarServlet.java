package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the YASGUI files from its WebJar on the classpath ({@code META-INF/resources/webjars/…}) at
 * {@code /webjars/…}. Only the built files of that one package are served: nothing else on the classpath (class
 * files, configuration) can be fetched through this path.
 */
final class WebJarServlet extends HttpServlet {

    static final String PATH = "/webjars/";
    /** The one folder served, relative to {@code META-INF/resources/webjars/}. */
    static final String YASGUI = "zazuko__yasgui/4.5.0/build/";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getRequestURI().substring(PATH.length());
        String contentType = file.endsWith(".js") ? "text/javascript; charset=utf-8"
                : file.endsWith(".css") ? "text/css; charset=utf-8"
                : file.endsWith(".map") ? "application/json; charset=utf-8" : null;
        if (!file.startsWith(YASGUI) || file.contains("..") || contentType == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = WebJarServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/" + file)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(contentType);
            // The files of a versioned WebJar never change: let browsers keep them.
            response.setHeader("Cache-Control", "public, max-age=604800, immutable");
            in.transferTo(response.getOutputStream());
        }
    }
}
