package org.injectplan.pacs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a study search matches: every given key must match, an absent key matches anything.
 * Patient name and ID are matched as the PACS matches them (PS3.4 C.2.2.2: {@code *} and
 * {@code ?} are wildcards); dates are an inclusive range on Study Date.
 *
 * @param modality a Modalities in Study value such as US, XA or RF
 */
public record StudyQuery(Optional<String> patientId, Optional<String> patientName, Optional<LocalDate> from,
    Optional<LocalDate> to, Optional<String> modality) {
  private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

  public StudyQuery {
    patientId.ifPresent(v -> requireValue(v, "patient ID", 64));
    patientName.ifPresent(v -> requireValue(v, "patient name", 64 * 5));
    modality.ifPresent(m -> {
      if (!m.matches("[A-Z0-9]{1,16}")) {
        throw new IllegalArgumentException("modality must be a DICOM code such as US, XA or RF: " + m);
      }
    });
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("date range is empty: from " + from.get() + " is after to " + to.get());
    }
  }

  /** Matches every study. */
  public static StudyQuery all() {
    return new StudyQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public StudyQuery withPatientId(String id) {
    return new StudyQuery(Optional.of(id), patientName, from, to, modality);
  }

  public StudyQuery withPatientName(String name) {
    return new StudyQuery(patientId, Optional.of(name), from, to, modality);
  }

  public StudyQuery withDates(Optional<LocalDate> first, Optional<LocalDate> last) {
    return new StudyQuery(patientId, patientName, first, last, modality);
  }

  public StudyQuery withModality(String m) {
    return new StudyQuery(patientId, patientName, from, to, Optional.of(m));
  }

  /** Parses a DICOM date, {@code YYYYMMDD}. */
  public static LocalDate date(String yyyymmdd) {
    try {
      if (yyyymmdd.length() != 8) {
        throw new DateTimeParseException("not 8 digits", yyyymmdd, 0);
      }
      return LocalDate.parse(yyyymmdd, DA);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date must be YYYYMMDD: " + yyyymmdd);
    }
  }

  /** The range as a DICOM range matching value ({@code 20240101-20241231}, {@code 20240101-}), if any. */
  public Optional<String> dateRange() {
    if (from.isEmpty() && to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(from.map(DA::format).orElse("") + "-" + to.map(DA::format).orElse(""));
  }

  private static void requireValue(String v, String what, int maxChars) {
    if (v.isEmpty() || v.length() > maxChars || v.chars().anyMatch(c -> c == '\\' || c < 0x20)) {
      throw new IllegalArgumentException(what + " must be 1 to " + maxChars
          + " characters without backslash or control characters: " + v);
    }
  }
}
