package org.injectplan.plugin;

import ij.IJ;
import ij.macro.Interpreter;
import java.awt.GraphicsEnvironment;
import java.io.IOException;

/**
 * The one place where a command's failure reaches the user: {@code IJ.error(title, message)}
 * with a window, or the Log and an aborted macro when ImageJ runs headless (plain ImageJ 1.x
 * cannot open its error dialog without a display). Each command body also runs with the
 * plugin's class loader as the thread's context class loader, so that ImageIO and the other
 * service look-ups done while decoding find the codecs inside {@code Injection_Planner.jar}.
 */
final class Commands {
  /** A command's body, free to throw; {@link #run} turns what it throws into one message. */
  @FunctionalInterface
  interface Body {
    void run() throws Exception;
  }

  /** The last error shown, for {@link HeadlessMacro} to report (a headless macro stops quietly). */
  private static volatile String lastError;

  private Commands() {
  }

  /** Runs the body; a bad file, a bad value or a refusal from the core is shown with its reason. */
  static void run(String title, Body body) {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(Commands.class.getClassLoader());
    org.injectplan.dicom.QuietImageIo.install(); // ImageIO may have just found PixelMed's reader through our jar
    try {
      body.run();
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      error(title, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error(title, "interrupted");
    } catch (Exception e) {
      if (GraphicsEnvironment.isHeadless()) {
        e.printStackTrace(); // not a refusal but a fault: where it happened matters
      }
      error(title, e.toString());
    } finally {
      t.setContextClassLoader(before);
    }
  }

  /** Shows the message: a dialog, or the Log (headless) and the running macro stops. */
  static void error(String title, String message) {
    lastError = title + ": " + message;
    if (GraphicsEnvironment.isHeadless()) {
      IJ.log(title + ": " + message);
      if (Interpreter.getInstance() != null) {
        Interpreter.abort();
      }
    } else {
      IJ.error(title, message);
    }
  }

  /** The last error shown since the last call, or null; clears it. */
  static String takeLastError() {
    String e = lastError;
    lastError = null;
    return e;
  }

  /**
   * Shows a message that is not an error (e.g. "no capsule found: ..."): a dialog, or the Log
   * when headless or inside a macro (a dialog would stop the macro until someone clicks).
   */
  static void message(String title, String message) {
    if (GraphicsEnvironment.isHeadless() || Interpreter.getInstance() != null) {
      IJ.log(title + ": " + message);
    } else {
      IJ.showMessage(title, message);
    }
  }
}
