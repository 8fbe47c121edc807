package org.injectplan.plan;

import java.util.List;

/** The argument checks the plan records share; each failure names the JSON key. */
final class PlanChecks {
  private PlanChecks() {
  }

  static void requireText(String s, String key) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(key + " is missing or empty");
    }
  }

  static void requireNonNegative(double v, String key) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(key + " must be a finite number >= 0: " + v);
    }
  }

  static void requirePositive(double v, String key) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(key + " must be a finite number > 0: " + v);
    }
  }

  static void requireNonNegativeOrNull(Double v, String key) {
    if (v != null) {
      requireNonNegative(v, key);
    }
  }

  static <T> List<T> copy(List<T> list, String key) {
    if (list == null) {
      return List.of();
    }
    if (list.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException(key + " holds an empty entry");
    }
    return List.copyOf(list);
  }
}
