/**
 * The command line: one picocli class per subcommand ({@code serve}, {@code build}, {@code query},
 * {@code validate}, {@code evaluate}) sharing {@link org.w3id.deportationdeals.cli.KgCommand}; exit codes in
 * {@link org.w3id.deportationdeals.cli.ExitCodes}, mapped from exceptions in one place ({@link org.w3id.deportationdeals.cli.Main}).
 * Data goes to stdout, messages to stderr. Holds no logic the other packages could use.
 */
package org.w3id.deportationdeals.cli;
