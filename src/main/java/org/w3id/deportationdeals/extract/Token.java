package org.w3id.deportationdeals.extract;

/**
 * A recognised span of a sentence that the tagged view shows as one placeholder.
 *
 * @param type  the placeholder type: COUNTRY, DEMONYM, AGENCY, COURT, PERSON, ORG, MONEY, NUM or DATE
 * @param start body offset (inclusive)
 * @param end   body offset (exclusive)
 * @param value a {@link Mention}, {@link Quantity}, {@link Money} or {@link DateValue} (null for a date that
 *              could not be resolved)
 */
record Token(String type, int start, int end, Object value) {

    static Token of(Mention m) {
        String type = switch (m.type()) {
            case COUNTRY -> m.demonym() ? "DEMONYM" : "COUNTRY";
            case ORGANISATION -> "ORG";
            default -> m.type().name();
        };
        return new Token(type, m.start(), m.end(), m);
    }

    static Token number(Spanned<Quantity> s) { return new Token("NUM", s.start(), s.end(), s.value()); }
    static Token money(Spanned<Money> s) { return new Token("MONEY", s.start(), s.end(), s.value()); }
    static Token date(Spanned<DateValue> s) { return new Token("DATE", s.start(), s.end(), s.value()); }

    int length() { return end - start; }

    /** Which of two overlapping spans wins when they are equally long: money and dates over bare numbers. */
    int rank() {
        return switch (type) {
            case "MONEY" -> 0;
            case "DATE" -> 1;
            case "NUM" -> 3;
            default -> 2;
        };
    }
}
