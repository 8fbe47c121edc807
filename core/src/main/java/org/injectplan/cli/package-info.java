/**
 * The {@code injectplan} command line: one picocli command a subcommand, each a thin front end
 * over the core's workflow ({@code org.injectplan.workflow}; nothing below it but the values it
 * takes and gives, docs/conventions.md "Layers"; the {@code bench} command over {@code
 * org.injectplan.bench}). Exit status 0 on success, 2 on bad input (one line on stderr,
 * {@code error: <file>: <reason>}), 1 on an internal error.
 */
package org.injectplan.cli;
