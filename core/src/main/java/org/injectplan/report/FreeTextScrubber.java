package org.injectplan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.injectplan.scan.ScanIdentity;

/**
 * Removes a patient's name and IDs from free text (a plan's approach, structure names, warnings):
 * each part of the name in DICOM PN form ({@code Family^Given^Middle^Prefix^Suffix}, and its
 * ideographic and phonetic groups after {@code =}), the patient ID and the accession number,
 * whole words only, whatever their case. Name parts of one letter are left (they would take
 * letters out of every sentence).
 */
final class FreeTextScrubber {
  /** What a removed term is replaced by. */
  static final String REMOVED = "[removed]";
  private final Pattern pattern;

  FreeTextScrubber(ScanIdentity id) {
    Set<String> terms = new LinkedHashSet<>();
    for (String part : id.patientName().split("[\\^=\\s,]+")) {
      if (part.strip().length() >= 2) {
        terms.add(part.strip());
      }
    }
    for (String other : List.of(id.patientId(), id.accessionNumber())) {
      if (other != null && !other.isBlank()) {
        terms.add(other.strip());
      }
    }
    List<String> sorted = new ArrayList<>(terms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder re = new StringBuilder();
    for (String t : sorted) {
      re.append(re.length() == 0 ? "" : "|").append(Pattern.quote(t));
    }
    pattern = sorted.isEmpty() ? null
        : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + re + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** {@code text} with every name part and ID replaced by {@link #REMOVED}; null stays null. */
  String scrub(String text) {
    if (text == null || pattern == null) {
      return text;
    }
    return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(REMOVED));
  }

  List<String> scrub(List<String> texts) {
    return texts.stream().map(this::scrub).toList();
  }
}
