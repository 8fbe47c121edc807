package org.injectplan.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Size limits of a plan, checked on the parsed JSON tree before any record is made (and so before
 * anything is drawn): a hostile plan with megabytes of warnings or millions of vertices is
 * refused naming the key. The limits are far above what the planners write (a plan is a few
 * kilobytes to a few hundred: outlines of at most 200 vertices, a handful of warnings of one line).
 */
final class PlanLimits {
  /** Longest text value (a warning, an approach, a file path), characters. */
  static final int MAX_TEXT_CHARS = 4096;
  /** Most warnings. */
  static final int MAX_WARNINGS = 100;
  /** Most structures to avoid (outline pieces). */
  static final int MAX_STRUCTURES = 500;
  /** Most vertices of one outline. */
  static final int MAX_VERTICES = 5000;
  /** Most deposition points. */
  static final int MAX_POINTS = 100;
  /** Most entries of any other list. */
  static final int MAX_LIST = 1000;
  /** Deepest nesting of objects and lists. */
  static final int MAX_DEPTH = 12;

  private PlanLimits() {
  }

  /**
   * @return null when the tree is within the limits, else the reason naming the key
   */
  static String check(JsonNode root) {
    return check(root, "", 0);
  }

  private static String check(JsonNode n, String key, int depth) {
    if (depth > MAX_DEPTH) {
      return key + ": nested deeper than " + MAX_DEPTH;
    }
    if (n.isTextual() && n.textValue().length() > MAX_TEXT_CHARS) {
      return key + ": text of " + n.textValue().length() + " characters (at most " + MAX_TEXT_CHARS + ")";
    }
    if (n.isArray()) {
      int max = maxEntries(key);
      if (n.size() > max) {
        return key + ": " + n.size() + " entries (at most " + max + ")";
      }
      for (int i = 0; i < n.size(); i++) {
        String why = check(n.get(i), key + "[" + i + "]", depth + 1);
        if (why != null) {
          return why;
        }
      }
    }
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().length() > MAX_TEXT_CHARS) {
          return key + ": a key of " + e.getKey().length() + " characters";
        }
        String why = check(e.getValue(), key.isEmpty() ? e.getKey() : key + "." + e.getKey(), depth + 1);
        if (why != null) {
          return why;
        }
      }
    }
    return null;
  }

  private static int maxEntries(String key) {
    if (key.equals("warnings")) {
      return MAX_WARNINGS;
    }
    if (key.equals("avoidStructures")) {
      return MAX_STRUCTURES;
    }
    if (key.endsWith("contourPx")) {
      return MAX_VERTICES;
    }
    if (key.equals("deposition.points")) {
      return MAX_POINTS;
    }
    return MAX_LIST;
  }
}
