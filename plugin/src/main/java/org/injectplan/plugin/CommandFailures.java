package org.injectplan.plugin;

import ij.CommandListener;
import ij.Executer;
import ij.macro.Interpreter;
import java.io.PrintStream;
import java.util.regex.Pattern;

/**
 * Catches an ImageJ command that failed while a headless macro ran. ImageJ's command runner
 * catches what a command throws, writes the stack trace to the Log and lets the macro go on; with
 * no display the Log is standard output, and the typical failure is a built-in command that
 * opens a dialog ({@code java.awt.HeadlessException}). While installed, this watches standard
 * output for such a trace, remembers the command that was running (ImageJ tells its command
 * listeners each command's name) and stops the macro, so a batch does not go on with the wrong
 * image.
 */
final class CommandFailures implements AutoCloseable {
  /** The first line of a logged stack trace: an exception's class name, then its message. */
  private static final Pattern TRACE = Pattern.compile("^[\\w$]+(\\.[\\w$]+)+(Exception|Error)(:.*)?$");
  private final PrintStream original = System.out;
  private final CommandListener listener = this::started;
  private volatile String command;
  private volatile String failure;

  private CommandFailures() {
  }

  /** Starts watching; close() stops. */
  static CommandFailures watch() {
    CommandFailures f = new CommandFailures();
    Executer.addCommandListener(f.listener);
    System.setOut(new PrintStream(f.original, true) {
      @Override
      public void println(String line) {
        super.println(line);
        f.logged(line);
      }
    });
    return f;
  }

  /** The failure seen, e.g. {@code "Duplicate..." failed: java.awt.HeadlessException ...}, or null. */
  String failure() {
    return failure;
  }

  private String started(String name) {
    command = name;
    return name; // run it unchanged
  }

  private void logged(String text) {
    if (failure != null || text == null || !text.contains("\tat ")) {
      return;
    }
    String first = text.strip().lines().findFirst().orElse("");
    if (TRACE.matcher(first).matches()) {
      boolean display = first.startsWith("java.awt.HeadlessException");
      failure = "\"" + command + "\" failed: " + first
          + (display ? " (this ImageJ command needs a display)" : "") + "; its stack trace is above";
      Interpreter.abort();
    }
  }

  @Override
  public void close() {
    Executer.removeCommandListener(listener);
    System.out.flush();
    System.setOut(original);
  }
}
