package org.injectplan.plan.verify;

import java.util.Locale;

/** How the checks write numbers: enough digits to see a difference at the tolerances. */
final class Figures {
  private Figures() {
  }

  static String of(Double v) {
    if (v == null) {
      return "null";
    }
    double a = Math.abs(v);
    if (a != 0 && (a >= 1e7 || a < 1e-3)) {
      return String.format(Locale.ROOT, "%.6g", v);
    }
    String s = String.format(Locale.ROOT, "%.4f", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  static String point(double x, double y) {
    return "(" + of(x) + ", " + of(y) + ")";
  }
}
