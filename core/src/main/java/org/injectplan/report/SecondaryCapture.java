package org.injectplan.report;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.awt.image.BufferedImage;
import java.time.Instant;
import org.injectplan.dicom.DicomTags;
import org.injectplan.scan.ScanIdentity;

/**
 * The annotated key image as a DICOM Secondary Capture Image (1.2.840.10008.5.1.4.1.1.7), RGB,
 * 8 bits, uncompressed, in the source study, in a new series, referencing the source image.
 */
public final class SecondaryCapture {
  public static final String SOP_CLASS_UID = "1.2.840.10008.5.1.4.1.1.7";
  static final int SERIES_NUMBER = 9902;

  private SecondaryCapture() {
  }

  public static AttributeList build(BufferedImage keyImage, ScanIdentity source, boolean deidentified,
      Instant created) throws DicomException {
    return build(keyImage, source, deidentified, null, created);
  }

  /**
   * @param pixels what de-identification blanked in {@code keyImage} (null when not looked at):
   *     Burned In Annotation is NO only when it rules burned-in text out
   */
  public static AttributeList build(BufferedImage keyImage, ScanIdentity source, boolean deidentified,
      BurnedInText.Outcome pixels, Instant created) throws DicomException {
    AttributeList l = DicomModules.common(source, deidentified, pixels, SOP_CLASS_UID, Uids.newUid(), "OT",
        SERIES_NUMBER, "InjectPlan key image", created);
    DicomModules.put(l, DicomTags.IMAGE_TYPE, "DERIVED");
    l.get(DicomTags.IMAGE_TYPE).addValue("SECONDARY");
    DicomModules.put(l, DicomTags.PATIENT_ORIENTATION, null);
    DicomModules.put(l, DicomTags.LATERALITY, source.laterality());
    DicomModules.put(l, DicomTags.DERIVATION_DESCRIPTION, "Planned frame with the injection plan drawn on it");
    DicomModules.sequence(l, DicomTags.SOURCE_IMAGE_SEQUENCE, DicomModules.reference(source));
    DicomModules.put(l, DicomTags.DATE_OF_SECONDARY_CAPTURE, DicomModules.DATE.format(created));
    DicomModules.put(l, DicomTags.TIME_OF_SECONDARY_CAPTURE, DicomModules.TIME.format(created));
    DicomModules.put(l, DicomTags.LOSSY_IMAGE_COMPRESSION, "00");
    pixels(l, keyImage);
    return l;
  }

  private static void pixels(AttributeList l, BufferedImage img) throws DicomException {
    int w = img.getWidth();
    int h = img.getHeight();
    ushort(l, DicomTags.SAMPLES_PER_PIXEL, 3);
    DicomModules.put(l, DicomTags.PHOTOMETRIC_INTERPRETATION, "RGB");
    ushort(l, DicomTags.PLANAR_CONFIGURATION, 0);
    ushort(l, DicomTags.ROWS, h);
    ushort(l, DicomTags.COLUMNS, w);
    ushort(l, DicomTags.BITS_ALLOCATED, 8);
    ushort(l, DicomTags.BITS_STORED, 8);
    ushort(l, DicomTags.HIGH_BIT, 7);
    ushort(l, DicomTags.PIXEL_REPRESENTATION, 0);
    int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
    byte[] rgb = new byte[3 * argb.length + (3 * argb.length) % 2];
    for (int i = 0; i < argb.length; i++) {
      rgb[3 * i] = (byte) (argb[i] >> 16);
      rgb[3 * i + 1] = (byte) (argb[i] >> 8);
      rgb[3 * i + 2] = (byte) argb[i];
    }
    OtherByteAttribute px = new OtherByteAttribute(DicomTags.PIXEL_DATA);
    px.setValues(rgb);
    l.put(px);
  }

  private static void ushort(AttributeList l, com.pixelmed.dicom.AttributeTag tag, int v) throws DicomException {
    UnsignedShortAttribute a = new UnsignedShortAttribute(tag);
    a.addValue(v);
    l.put(a);
  }

  /** The Part 10 file bytes. */
  public static byte[] file(AttributeList l) throws java.io.IOException {
    return DicomModules.part10(l);
  }
}
