package org.w3id.deportationdeals.extract;

/**
 * A date at the precision the text gives.
 *
 * @param lexical   the XSD lexical form: {@code 2025-03-12}, {@code 2025-04} or {@code 2025}
 * @param precision DAY ({@code xsd:date}), MONTH ({@code xsd:gYearMonth}) or YEAR ({@code xsd:gYear})
 * @param qualifier "early", "late", "mid", "spring", "summer", "autumn", "winter" or null
 * @param text      the words that said it ("on Monday", "in early April")
 */
public record DateValue(String lexical, Precision precision, String qualifier, String text) {
    public enum Precision { DAY, MONTH, YEAR }
}
