package org.w3id.deportationdeals.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.w3id.deportationdeals.extract.EntityType;
import org.w3id.deportationdeals.vocab.DD;

/**
 * Mints the project's instance IRIs. They are stable: the same entity, fact or evidence gets the same IRI in
 * every build, so links into the graph keep working.
 *
 * <pre>{@code
 * IriMinter.entity(EntityType.COUNTRY, "RW");   // https://w3id.org/deportation-deals/id/country/RW
 * IriMinter.slug("Elmer Schialer");             // elmer-schialer
 * }</pre>
 */
public final class IriMinter {
    private static final int MAX_KEY = 80;

    private IriMinter() {}

    /** IRI of a named entity by type and key (ISO code for countries, slug otherwise). */
    public static String entity(EntityType type, String key) {
        return switch (type) {
            case COUNTRY, PLACE -> DD.country(key.toUpperCase(Locale.ROOT)); // a place stands for its country
            case AGENCY -> DD.ID + "agency/" + slug(key);
            case COURT -> DD.ID + "court/" + slug(key);
            case PERSON -> DD.ID + "person/" + slug(key);
            case ORGANISATION -> DD.ID + "organisation/" + slug(key);
        };
    }

    /** IRI of a fact from its kind's path segment and its identity key. */
    static String fact(String pathSegment, String key) {
        return DD.ID + pathSegment + "/" + key;
    }

    /** IRI of one piece of evidence: the article, the sentence and a digest of what it supports. */
    static String evidence(String articleId, int sentenceIndex, String factIri, String ruleId, int start) {
        return DD.article(articleId) + "/evidence/" + sentenceIndex + "-" + digest(factIri + "|" + ruleId + "|" + start, 6);
    }

    /** Lower-case ASCII words joined by hyphens; a long key keeps its start and gains a digest of the whole. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("\\.(?![0-9])", "")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_KEY) {
            slug = slug.substring(0, MAX_KEY - 9).replaceAll("-+$", "") + "-" + digest(text, 4);
        }
        return slug.isEmpty() ? digest(text, 4) : slug;
    }

    static String digest(String text, int bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
