package org.injectplan.planning;

/** The side of the image the needle comes from, in-plane. */
public enum Side {
  LEFT, RIGHT, EITHER;

  /** Parses left, right or either (case-insensitive). */
  public static Side of(String s) {
    try {
      return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("side must be left, right or either: " + s);
    }
  }
}
