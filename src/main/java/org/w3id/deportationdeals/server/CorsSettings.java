package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The CORS settings file handed to Fuseki's {@code enableCors(true, file)}. Fuseki reads it only from the file
 * system, so the packaged {@code cors.properties} is copied to a temporary file for the moment Fuseki parses it.
 */
final class CorsSettings {

    static final String RESOURCE = "cors.properties";

    private CorsSettings() {}

    /** Calls {@code configure} with a file holding the packaged settings, and deletes the file afterwards. */
    static <T> T withPackagedFile(java.util.function.Function<String, T> configure) {
        Path file = null;
        try (InputStream in = CorsSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE + " of "
                        + CorsSettings.class.getPackageName());
            }
            file = Files.createTempFile("kg-cors", ".properties");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return configure.apply(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the CORS settings file", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A leftover temporary file is harmless; the server must still start.
                }
            }
        }
    }
}
