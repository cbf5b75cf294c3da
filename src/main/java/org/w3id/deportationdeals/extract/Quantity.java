package org.w3id.deportationdeals.extract;

import java.math.BigDecimal;

/**
 * A number of something as the text gives it: "up to 50" is {@code (50, "up to")}, "a family of three" {@code (3, null)}.
 *
 * @param value     the number
 * @param qualifier "about", "up to", "at least", "more than", "nearly", "fewer than", or null when exact
 */
public record Quantity(BigDecimal value, String qualifier) {}
