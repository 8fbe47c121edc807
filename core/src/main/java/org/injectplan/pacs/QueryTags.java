package org.injectplan.pacs;

import com.pixelmed.dicom.AttributeTag;
import java.util.Locale;

/**
 * The attributes of a query and of its answers (PS3.4 C.6), beyond those in
 * {@link org.injectplan.dicom.DicomTags}, as named constants; {@link #json} gives the key
 * DICOM JSON (PS3.18 F.2) and QIDO-RS use for any tag.
 */
final class QueryTags {
  private QueryTags() {
  }

  private static AttributeTag t(int group, int element) {
    return new AttributeTag(group, element);
  }

  static final AttributeTag QUERY_RETRIEVE_LEVEL = t(0x0008, 0x0052); // (0008,0052)
  static final AttributeTag MODALITIES_IN_STUDY = t(0x0008, 0x0061); // (0008,0061)
  static final AttributeTag INSTANCE_NUMBER = t(0x0020, 0x0013); // (0020,0013)
  static final AttributeTag ROWS = t(0x0028, 0x0010); // (0028,0010)
  static final AttributeTag NUMBER_OF_STUDY_RELATED_SERIES = t(0x0020, 0x1206); // (0020,1206)
  static final AttributeTag NUMBER_OF_STUDY_RELATED_INSTANCES = t(0x0020, 0x1208); // (0020,1208)
  static final AttributeTag NUMBER_OF_SERIES_RELATED_INSTANCES = t(0x0020, 0x1209); // (0020,1209)

  /** The tag as DICOM JSON writes it: eight upper-case hexadecimal digits, {@code 0020000D}. */
  static String json(AttributeTag tag) {
    return String.format(Locale.ROOT, "%04X%04X", tag.getGroup(), tag.getElement());
  }
}
