package org.injectplan.plugin;

import ij.Macro;
import ij.macro.Interpreter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs an ImageJ macro file in a plain ImageJ 1.x without a display, the headless route for
 * batch work (Fiji's {@code --headless} launcher does this for Fiji):
 * <pre>
 * java -Djava.awt.headless=true -cp ij.jar:Injection_Planner.jar org.injectplan.plugin.HeadlessMacro MACRO.ijm [ARG]
 * </pre>
 * Our commands and ImageJ's own are registered ({@link CommandTable}), then ImageJ's macro
 * interpreter runs the file in batch mode with {@code getArgument()} = ARG. Exit status: 0 when
 * the macro ran to its end (or stopped itself with {@code exit}), 1 when it stopped on an error
 * (a macro error, a command's refusal such as a bad file, which names the file, or an ImageJ
 * command that needs a display: {@link CommandFailures}), the reason
 * on stderr as {@code error: MACRO.ijm: <reason>}; 2 when the command line is wrong or the macro
 * file cannot be read. The JVM is ended with {@code System.exit}, as ImageJ leaves non-daemon
 * threads behind.
 */
public final class HeadlessMacro {
  static final String USAGE = "usage: java -Djava.awt.headless=true -cp ij.jar:Injection_Planner.jar "
      + HeadlessMacro.class.getName() + " MACRO.ijm [ARGUMENT]";

  private HeadlessMacro() {
  }

  public static void main(String[] args) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // before anything asks AWT
    }
    int status;
    try {
      status = run(args, System.err);
    } catch (Throwable t) {
      t.printStackTrace();
      status = 1;
    }
    System.out.flush();
    System.exit(status);
  }

  /** Runs the command line; returns the exit status, with what went wrong printed to err. */
  static int run(String[] args, PrintStream err) throws IOException {
    if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
      err.println(USAGE);
      return 2;
    }
    Path file = Path.of(args[0]);
    String macro;
    try {
      macro = Files.readString(file);
    } catch (IOException | RuntimeException e) {
      err.println("error: " + file + ": cannot be read: " + e.getMessage());
      return 2;
    }
    CommandTable.registerAll();
    String failure = runMacro(macro, args.length > 1 ? args[1] : "");
    if (failure != null) {
      err.println("error: " + file + ": " + failure);
      return 1;
    }
    return 0;
  }

  /**
   * Runs the macro in batch mode with the given argument (commands must be registered); returns
   * null when it ran to its end or stopped itself with {@code exit}, else why it stopped.
   */
  public static String runMacro(String macro, String argument) {
    Commands.takeLastError();
    Interpreter interpreter = new Interpreter();
    String thrown = null;
    String failed;
    try (CommandFailures failures = CommandFailures.watch()) {
      try {
        interpreter.run(macro, argument);
      } catch (RuntimeException e) {
        // exit() ends a macro by throwing "Macro canceled"; a macro error throws too, either that
        // or (no display for ImageJ's error dialog) a HeadlessException
        if (!Macro.MACRO_CANCELED.equals(e.getMessage())) {
          thrown = e.toString();
        }
      }
      failed = failures.failure();
    }
    String commandError = Commands.takeLastError();
    if (commandError != null) {
      return commandError;
    }
    if (interpreter.wasError()) {
      return "macro error: " + interpreter.getErrorMessage();
    }
    return failed != null ? failed : thrown;
  }
}
