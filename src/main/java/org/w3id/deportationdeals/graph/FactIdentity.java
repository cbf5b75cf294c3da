package org.w3id.deportationdeals.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Which roles identify a fact of each kind, and the IRI path segment of the kind, read from
 * {@code fact-identity.properties}. Two matches with equal identity roles are the same fact.
 */
record FactIdentity(String kind, String pathSegment, List<String> roles) {

    private static final String RESOURCE = "fact-identity.properties";

    static Map<String, FactIdentity> load() {
        Properties properties = new Properties();
        try (InputStream in = FactIdentity.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, FactIdentity> byKind = new LinkedHashMap<>();
        for (String kind : properties.stringPropertyNames()) {
            String[] parts = properties.getProperty(kind).trim().split("\\s*:\\s*", 2);
            List<String> roles = parts.length > 1 && !parts[1].isBlank() ? List.of(parts[1].trim().split("\\s+")) : List.of();
            byKind.put(kind, new FactIdentity(kind, parts[0].trim(), roles));
        }
        return byKind;
    }
}
