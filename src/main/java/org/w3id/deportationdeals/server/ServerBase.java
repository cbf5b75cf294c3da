package org.w3id.deportationdeals.server;

import jakarta.servlet.http.HttpServletRequest;

/** The base URL a request reached the server at, so descriptions name the endpoint as the client sees it. */
final class ServerBase {

    private ServerBase() {}

    /** Scheme, host and port of the request, ending in "/". */
    static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort || port <= 0 ? "" : ":" + port) + "/";
    }
}
