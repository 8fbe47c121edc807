/**
 * The {@code injectplan} command line: one picocli command a subcommand, each a thin front end
 * over the core. Exit status 0 on success, 2 on bad input (one line on stderr,
 * {@code error: <file>: <reason>}), 1 on an internal error.
 */
package org.injectplan.cli;
