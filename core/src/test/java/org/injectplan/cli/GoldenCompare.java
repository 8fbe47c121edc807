package org.injectplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a recorded command-line output with a new one: JSON structurally, numbers at a
 * relative tolerance, text with its numbers taken out and compared the same way; an object's
 * keys in any order. Keys that name
 * a moment or an identity (UIDs, dates, times) are not compared, nor a plan's {@code provenance}
 * (issue 13: the build's version, the digests of the scan and the moment it was made, none of which
 * a pre-refactor output has); paths are made relative before.
 */
final class GoldenCompare {
  /** Relative tolerance of a number; below {@link #ABS_FLOOR} the difference is absolute. */
  static final double REL_TOLERANCE = 1e-9;
  static final double ABS_FLOOR = 1e-12;
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

  private GoldenCompare() {
  }

  /** True when the key is not compared: UIDs, dates, times, a plan's provenance. */
  static boolean ignored(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("uid") || k.contains("date") || k.contains("time") || k.equals("provenance");
  }

  /** The differences between two JSON trees, each as "path: expected vs actual". */
  static List<String> json(String path, JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    json(path, expected, actual, out);
    return out;
  }

  private static void json(String path, JsonNode e, JsonNode a, List<String> out) {
    if (e.isNumber() && a.isNumber()) {
      if (!close(e.asDouble(), a.asDouble())) {
        out.add(path + ": " + e + " vs " + a);
      }
    } else if (e.isObject() && a.isObject()) {
      // A JSON object's keys are a set: segment's "volume" is a Map.of, whose order changes from run to run.
      List<String> ek = names(e);
      List<String> ak = names(a);
      ek.removeIf(GoldenCompare::ignored);
      ak.removeIf(GoldenCompare::ignored);
      if (!new java.util.TreeSet<>(ek).equals(new java.util.TreeSet<>(ak))) {
        out.add(path + ": keys " + ek + " vs " + ak);
        return;
      }
      for (String k : ek) {
        json(path + "." + k, e.get(k), a.get(k), out);
      }
    } else if (e.isArray() && a.isArray()) {
      if (e.size() != a.size()) {
        out.add(path + ": " + e.size() + " items vs " + a.size());
        return;
      }
      for (int i = 0; i < e.size(); i++) {
        json(path + "[" + i + "]", e.get(i), a.get(i), out);
      }
    } else if (e.isTextual() && a.isTextual()) {
      out.addAll(text(path, e.asText(), a.asText()));
    } else if (!e.equals(a)) {
      out.add(path + ": " + e + " vs " + a);
    }
  }

  private static List<String> names(JsonNode n) {
    List<String> k = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
      k.add(it.next().getKey());
    }
    return k;
  }

  /** The differences between two texts: the words exactly, the numbers at the tolerance. */
  static List<String> text(String path, String expected, String actual) {
    List<String> out = new ArrayList<>();
    String es = NUMBER.matcher(expected).replaceAll("#");
    String as = NUMBER.matcher(actual).replaceAll("#");
    if (!es.equals(as)) {
      out.add(path + ": text differs:\n---\n" + expected + "\n+++\n" + actual);
      return out;
    }
    List<Double> en = numbers(expected);
    List<Double> an = numbers(actual);
    for (int i = 0; i < en.size(); i++) {
      if (!close(en.get(i), an.get(i))) {
        out.add(path + ": number " + i + ": " + en.get(i) + " vs " + an.get(i));
      }
    }
    return out;
  }

  private static List<Double> numbers(String s) {
    List<Double> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      out.add(Double.parseDouble(m.group()));
    }
    return out;
  }

  static boolean close(double e, double a) {
    if (Double.isNaN(e) || Double.isNaN(a) || Double.isInfinite(e) || Double.isInfinite(a)) {
      return Double.compare(e, a) == 0;
    }
    double d = Math.abs(e - a);
    return d <= ABS_FLOOR || d <= REL_TOLERANCE * Math.max(Math.abs(e), Math.abs(a));
  }
}
