package org.w3id.deportationdeals.validate;

/**
 * One result of a SHACL validation, in words.
 *
 * @param severity  Violation, Warning or Info
 * @param focus     the node that failed, in prefixed form where a prefix fits
 * @param path      the property path, or empty for node-level constraints
 * @param value     the offending value, or empty
 * @param message   what was expected (the shape's sh:message, else Jena's description)
 * @param shape     the shape that reported it
 * @param component the SHACL constraint component (e.g. {@code sh:MinCountConstraintComponent})
 */
public record Violation(String severity, String focus, String path, String value, String message, String shape,
                        String component) {

    /** One line: {@code Violation: ddid:payment/x  dd:payer = ddid:country/ZZ  expected ... [shape dd:PaymentShape]}. */
    public String line() {
        StringBuilder line = new StringBuilder(severity).append(": ").append(focus);
        if (!path.isEmpty()) {
            line.append("  ").append(path);
        }
        if (!value.isEmpty()) {
            line.append(" = ").append(value);
        }
        line.append("  ").append(message);
        if (!shape.isEmpty()) {
            line.append("  [").append(shape).append(", ").append(component).append(']');
        }
        return line.toString();
    }
}
