package org.injectplan.plugin;

import ij.Macro;
import ij.gui.GenericDialog;
import ij.util.Tools;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A command's dialog: ImageJ's {@link GenericDialog} (shown, or filled from the macro's options,
 * and recorded by the macro recorder), or, when ImageJ runs without a display, the same keys read
 * straight from the macro's options (a plain ImageJ 1.x cannot even build a dialog then). The
 * key of a field is the first word of its label, lower case, as ImageJ records it; every label
 * of a dialog therefore starts with a different word.
 */
final class MacroDialog {
  private final GenericDialog gd;
  private final String options;
  /** The macro's options also when a dialog exists (null when no macro runs): what the macro gave. */
  private final String macroOptions;
  private final List<String> labels = new ArrayList<>();
  private final List<Object> defaults = new ArrayList<>();
  private int next;

  MacroDialog(String title) {
    boolean headless = GraphicsEnvironment.isHeadless();
    this.gd = headless ? null : new GenericDialog(title);
    String o = Macro.getOptions();
    this.options = headless ? (o == null ? "" : o) : null;
    this.macroOptions = o;
  }

  /**
   * The numeric field's value, or {@code fallback} when a macro runs and did not give the field's
   * key (a default that depends on another field, such as the joint's volume).
   */
  double nextNumberOr(double fallback) {
    boolean absent = macroOptions != null && Macro.getValue(macroOptions, key(), null) == null;
    double v = nextNumber();
    return absent ? fallback : v;
  }

  /** Adds a numeric field wide enough for {@code columns} characters. */
  void addNumber(String label, double defaultValue, int decimals, int columns) {
    field(label, defaultValue);
    if (gd != null) {
      gd.addNumericField(label, defaultValue, decimals, columns, null);
    }
  }

  /**
   * When the dialog is shown: on a change of choice {@code choice} (counted from 0), sets the
   * numeric fields (counted from 0) to what {@code values} gives for the chosen item.
   */
  void onChoice(int choice, int[] numericFields, java.util.function.Function<String, double[]> values) {
    if (gd == null) {
      return;
    }
    gd.addDialogListener((dialog, event) -> {
      if (event != null && event.getSource() == dialog.getChoices().get(choice)) {
        String item = ((java.awt.Choice) dialog.getChoices().get(choice)).getSelectedItem();
        double[] v = values.apply(item);
        for (int i = 0; i < numericFields.length; i++) {
          ((java.awt.TextField) dialog.getNumericFields().get(numericFields[i])).setText(ij.IJ.d2s(v[i], 1));
        }
      }
      return true;
    });
  }

  void addChoice(String label, String[] items, String defaultItem) {
    field(label, defaultItem);
    if (gd != null) {
      gd.addChoice(label, items, defaultItem);
    }
  }

  void addNumber(String label, double defaultValue, int decimals) {
    field(label, defaultValue);
    if (gd != null) {
      gd.addNumericField(label, defaultValue, decimals);
    }
  }

  void addCheckbox(String label, boolean defaultValue) {
    field(label, defaultValue);
    if (gd != null) {
      gd.addCheckbox(label, defaultValue);
    }
  }

  void addDirectory(String label, String defaultPath) {
    field(label, defaultPath);
    if (gd != null) {
      gd.addDirectoryField(label, defaultPath);
    }
  }

  void addMessage(String text) {
    if (gd != null) {
      gd.addMessage(text);
    }
  }

  /** Shows the dialog (or takes the macro's values); false when the user cancelled. */
  boolean show() {
    if (gd == null) {
      return true;
    }
    gd.showDialog();
    return !gd.wasCanceled();
  }

  String nextChoice() {
    return gd != null ? gd.getNextChoice() : Macro.getValue(options, key(), (String) defaults.get(next++));
  }

  double nextNumber() {
    if (gd != null) {
      return gd.getNextNumber();
    }
    double d = (Double) defaults.get(next);
    String v = Macro.getValue(options, key(), null);
    next++;
    if (v == null) {
      return d;
    }
    double parsed = Tools.parseDouble(v);
    if (Double.isNaN(parsed)) {
      throw new IllegalArgumentException(labels.get(next - 1) + " is not a number: " + v);
    }
    return parsed;
  }

  boolean nextBoolean() {
    if (gd != null) {
      return gd.getNextBoolean();
    }
    String k = key();
    boolean d = (Boolean) defaults.get(next++);
    if (options.isEmpty()) {
      return d; // headless without a macro: the defaults, as the dialog would start
    }
    return Pattern.compile("(^|\\s)" + Pattern.quote(k) + "(\\s|$)").matcher(options).find();
  }

  String nextDirectory() {
    return gd != null ? gd.getNextString() : Macro.getValue(options, key(), (String) defaults.get(next++));
  }

  private void field(String label, Object defaultValue) {
    labels.add(label);
    defaults.add(defaultValue);
  }

  private String key() {
    return Macro.trimKey(labels.get(next));
  }
}
