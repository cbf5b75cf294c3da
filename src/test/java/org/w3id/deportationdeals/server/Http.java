package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** The requests the tests send, spelled out as a SPARQL client would send them. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {}

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.uri(), e);
        }
    }

    static HttpResponse<String> get(String url) {
        return send(request(url).GET().build());
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(request(url).header("Accept", accept).GET().build());
    }

    /** POST with an explicit Content-Type (null sends none). */
    static HttpResponse<String> post(String url, String contentType, byte[] body) {
        HttpRequest.Builder b = request(url).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return post(url, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> postQuery(String url, String query, String accept) {
        return send(request(url)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))
                .build());
    }

    /** The media type of a response, without parameters, lower case; "" if there is none. */
    static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type")
                .map(v -> v.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .orElse("");
    }
}
