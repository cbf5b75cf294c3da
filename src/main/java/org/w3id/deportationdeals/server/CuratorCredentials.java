package org.w3id.deportationdeals.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Who may use the curator endpoints: users of a password file (lines {@code user:pbkdf2-sha256$ITERATIONS$SALT$HASH},
 * salt and hash in Base64, as {@link #setPassword} writes them), sent as HTTP Basic credentials, and optionally
 * one bearer token (from an environment variable, so it is never on a command line), whose curator is called
 * {@value #TOKEN_CURATOR}. Passwords are stored as PBKDF2-HMAC-SHA256 hashes, never in clear.
 *
 * <pre>{@code
 * CuratorCredentials.setPassword(Path.of("curators"), "alice", "s3cret".toCharArray());
 * CuratorCredentials who = CuratorCredentials.load(Path.of("curators"), System.getenv("KG_CURATOR_TOKEN"));
 * Optional<String> curator = who.authenticate(request.getHeader("Authorization"));
 * }</pre>
 */
public final class CuratorCredentials {
    public static final String TOKEN_CURATOR = "token";
    private static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    private static final int ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> hashes;
    private final byte[] token;

    private CuratorCredentials(Map<String, String> hashes, String token) {
        this.hashes = hashes;
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a password file (or none, when {@code file} is null) and a bearer token (none when null or blank).
     *
     * @throws IOException naming the file and line of a line that is not {@code user:hash}
     */
    public static CuratorCredentials load(Path file, String bearerToken) throws IOException {
        Map<String, String> hashes = file == null ? Map.of() : read(file);
        return new CuratorCredentials(hashes, bearerToken);
    }

    /** Whether anyone at all can authenticate; without credentials the curator endpoints stay off. */
    public boolean enabled() {
        return !hashes.isEmpty() || token != null;
    }

    /** The curator an {@code Authorization} header proves, if it proves one. */
    public Optional<String> authenticate(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7) && token != null) {
            byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(given, token) ? Optional.of(TOKEN_CURATOR) : Optional.empty();
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            String user = decoded.substring(0, colon);
            String stored = hashes.get(user);
            if (stored != null && matches(decoded.substring(colon + 1).toCharArray(), stored)) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }

    /** A new salted hash of the password, in the password file's format. */
    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Adds the user to the password file, or replaces their password; the file is replaced whole. */
    public static void setPassword(Path file, String user, char[] password) throws IOException {
        if (user.isEmpty() || user.contains(":") || user.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a curator name must be non-empty, without ':' or spaces: '" + user + "'");
        }
        if (password.length < 8) {
            throw new IllegalArgumentException("a curator password needs at least 8 characters");
        }
        List<String> lines = new ArrayList<>();
        boolean replaced = false;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(user + ":")) {
                    lines.add(user + ":" + hash(password));
                    replaced = true;
                } else {
                    lines.add(line);
                }
            }
        } else {
            lines.add("# Curators of the deportation-deals knowledge graph: user:" + SCHEME + "$iterations$salt$hash");
        }
        if (!replaced) {
            lines.add(user + ":" + hash(password));
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".part");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String[] parts = colon > 0 ? line.substring(colon + 1).split("\\$") : new String[0];
            if (parts.length != 4 || !parts[0].equals(SCHEME) || !parts[1].matches("[0-9]{1,9}")) {
                throw new IOException(file + ":" + (i + 1) + ": expected user:" + SCHEME
                        + "$ITERATIONS$SALT$HASH (write it with: curator-password USER --file " + file + ")");
            }
            out.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return out;
    }

    private static boolean matches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2(password, salt, Integer.parseInt(parts[1])));
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
        }
    }
}
