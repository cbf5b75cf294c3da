package org.w3id.deportationdeals.validate;

/**
 * How much one submitted RDF document may cost: its size in bytes and the triples it may hold. Both bound the memory
 * and time a hostile or mistaken upload can take before it is refused.
 *
 * @param maxBytes   largest document accepted, in bytes
 * @param maxTriples most triples (or quads) accepted from one document
 */
public record InputLimits(long maxBytes, long maxTriples) {
    /** 64 MiB and five million triples: far above any article's graph, well below what would exhaust a 1 GiB heap. */
    public static final InputLimits DEFAULT = new InputLimits(64L << 20, 5_000_000);

    public InputLimits {
        if (maxBytes < 1 || maxTriples < 1) {
            throw new IllegalArgumentException("input limits must be positive, got " + maxBytes + " bytes, " + maxTriples + " triples");
        }
    }
}
