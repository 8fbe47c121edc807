package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** What counts as a failed command in the Log, and that standard output is given back. */
class CommandFailuresTest {

  @Test
  void ordinaryLinesAndTextWithoutAStackTraceAreNotFailures() {
    try (CommandFailures f = CommandFailures.watch()) {
      System.out.println("planned knee-us.dcm");
      System.out.println("java.awt.HeadlessException is what ImageJ throws without a display");
      System.out.println((String) null);
      assertNull(f.failure());
    }
  }

  @Test
  void aLoggedStackTraceIsAFailureAndStandardOutputIsRestored() {
    PrintStream before = System.out;
    try (CommandFailures f = CommandFailures.watch()) {
      System.out.println("java.awt.HeadlessException\n\tat java.desktop/java.awt.Window.init(Window.java:501)\n");
      assertTrue(f.failure() != null && f.failure().contains("java.awt.HeadlessException (this ImageJ command needs a display)"),
          f.failure());
      System.out.println("java.lang.IllegalStateException: second\n\tat x.Y.z(Y.java:1)");
      assertTrue(f.failure().contains("HeadlessException"), "the first failure is kept: " + f.failure());
    }
    assertSame(before, System.out);
  }
}
