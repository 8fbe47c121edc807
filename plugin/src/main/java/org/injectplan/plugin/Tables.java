package org.injectplan.plugin;

import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import ij.text.TextWindow;
import java.awt.GraphicsEnvironment;
import java.util.List;

/**
 * Our figures in our own named tables, so that the user's Results table (their own measurements)
 * is left alone: {@value #PLAN}, {@value #SEGMENTATION}, {@value #NEEDLE} and {@value #PRACTICE},
 * each in its own window, read by a macro with {@code Table.get(column, row, title)}. Without a
 * display ImageJ has no windows, so a headless macro finds the same table as the Results table
 * ({@code getResult}); there is no user's table window to disturb there.
 */
final class Tables {
  static final String PLAN = "Injection Plan";
  static final String SEGMENTATION = "Capsule Segmentation";
  static final String NEEDLE = "Needle Check";
  static final String PRACTICE = "Practice Score";
  static final String WARNINGS = "Injection Plan Warnings";
  /** Width of our table windows (px): wide enough for the text columns. */
  private static final int WIDTH = 900;
  private static final int HEIGHT = 220;

  private Tables() {
  }

  /** A new, empty table of ours: no row numbers. */
  static ResultsTable create() {
    ResultsTable rt = new ResultsTable();
    rt.showRowNumbers(false);
    return rt;
  }

  /** Shows the table in its window (or, headless, as the Results table). */
  static void show(ResultsTable rt, String title) {
    if (GraphicsEnvironment.isHeadless()) {
      Analyzer.setResultsTable(rt);
      return;
    }
    boolean fresh = ResultsTable.getResultsTable(title) == null;
    rt.show(title);
    java.awt.Frame f = ij.WindowManager.getFrame(title);
    if (fresh && f instanceof TextWindow w) {
      w.setSize(WIDTH, HEIGHT);
    }
  }

  /** The warnings one per line in their own window (headless: the Log); nothing when there are none. */
  static void showWarnings(String imageTitle, List<String> warnings) {
    java.awt.Frame f = GraphicsEnvironment.isHeadless() ? null : ij.WindowManager.getFrame(WARNINGS);
    if (warnings.isEmpty()) {
      if (f instanceof TextWindow w) {
        w.getTextPanel().clear();
      }
      return;
    }
    StringBuilder text = new StringBuilder();
    for (String w : warnings) {
      text.append(imageTitle).append(": ").append(w).append('\n');
    }
    if (GraphicsEnvironment.isHeadless()) {
      ij.IJ.log(text.toString().strip());
    } else if (f instanceof TextWindow w) {
      w.getTextPanel().clear();
      w.append(text.toString());
      w.toFront();
    } else {
      new TextWindow(WARNINGS, text.toString(), WIDTH, 200);
    }
  }
}
