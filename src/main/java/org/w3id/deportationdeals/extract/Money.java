package org.w3id.deportationdeals.extract;

import java.math.BigDecimal;

/**
 * An amount of money: "about $5 million" is {@code (5000000, "USD", "about")}.
 *
 * @param amount    the amount in units of the currency
 * @param currency  ISO 4217 code
 * @param qualifier as in {@link Quantity#qualifier()}, or null
 */
public record Money(BigDecimal amount, String currency, String qualifier) {}
