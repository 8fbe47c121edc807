package org.injectplan.segment.jointspace;

import java.util.Locale;
import java.util.OptionalDouble;
import org.injectplan.dicom.DicomTags;
import org.injectplan.dicom.Header;

/**
 * The direction a joint space is expected to run in a fluoroscopy image, from the header: a
 * spinal facet joint runs craniocaudally, so on a spine view (Body Part Examined (0018,0015)
 * naming the spine) it runs along whichever image axis the Patient Orientation (0020,0020)
 * letters give as head or foot. Other joints (a hip's crescent curves) have none.
 */
public final class JointDirection {
  private JointDirection() {
  }

  /** Degrees from the image's x axis towards y (0 or 90), or empty when nothing is expected. */
  public static OptionalDouble of(Header h) {
    String part = h.string(DicomTags.BODY_PART_EXAMINED).orElse("").toUpperCase(Locale.ROOT);
    if (!part.contains("SPINE")) {
      return OptionalDouble.empty();
    }
    var letters = h.strings(DicomTags.PATIENT_ORIENTATION);
    return letters.size() == 2 ? of(letters.get(0), letters.get(1)) : OptionalDouble.empty();
  }

  /**
   * For a facet joint, from the Patient Orientation letters of the two image axes.
   *
   * @param columnAxis letters of the direction of increasing column (e.g. "L", "LP")
   * @param rowAxis letters of the direction of increasing row (e.g. "F")
   */
  static OptionalDouble of(String columnAxis, String rowAxis) {
    if (columnAxis == null || rowAxis == null) {
      throw new IllegalArgumentException("orientation letters must not be null");
    }
    if (!rowAxis.isEmpty() && "HF".indexOf(rowAxis.charAt(0)) >= 0) {
      return OptionalDouble.of(90);
    }
    if (!columnAxis.isEmpty() && "HF".indexOf(columnAxis.charAt(0)) >= 0) {
      return OptionalDouble.of(0);
    }
    return OptionalDouble.empty();
  }
}
