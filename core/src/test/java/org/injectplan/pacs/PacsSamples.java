package org.injectplan.pacs;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TransferSyntax;
import java.nio.file.Path;
import org.injectplan.dicom.DicomTags;

/**
 * The scans the query/retrieve tests put into Orthanc, with what is known of each (from the
 * files, read by dcmdump when these constants were written): two ultrasound samples of
 * 2024-01-15, the 12-frame knee cine and the single knee frame, and the facet fluoroscopy sample
 * re-dated to 2023-03-01 with new UIDs (so that a date range tells the studies apart). The sample
 * files live in the sample-dicom module, found relative to this module's compiled test classes.
 */
final class PacsSamples {
  static final String CINE_STUDY = "2.25.217631781161560653615242221121141200537";
  static final String CINE_SERIES = "2.25.172288272699288128624988013357429548475";
  static final String CINE_PATIENT_ID = "IPS-KNEE-CINE";
  static final int CINE_FRAMES = 12;
  static final String KNEE_US_STUDY = "2.25.122328389942484841275465398659400006238";
  static final String KNEE_PATIENT_NAME = "SAMPLE^KNEE^US";
  /** The re-dated facet XA copy. */
  static final String XA_STUDY = "2.25.3141592653589793238462643383279";
  static final String XA_SERIES = "2.25.3141592653589793238462643383280";
  static final String XA_SOP = "2.25.3141592653589793238462643383281";
  static final String XA_DATE = "20230301";
  private static final AttributeTag MEDIA_STORAGE_SOP_INSTANCE_UID = new AttributeTag(0x0002, 0x0003);

  private PacsSamples() {
  }

  static Path sample(String name) {
    return org.injectplan.SampleFolders.dicom(name);
  }

  static Path cine() {
    return sample("knee-cine");
  }

  /** Stores the three studies into Orthanc. */
  static void storeAll(OrthancServer orthanc, Path dir) throws Exception {
    orthanc.store(cine());
    orthanc.store(sample("knee-us"));
    orthanc.store(redatedXa(dir));
  }

  private static Path redatedXa(Path dir) throws Exception {
    AttributeList l = new AttributeList();
    l.read(sample("facet-oblique-xa").toFile());
    set(l, DicomTags.STUDY_DATE, XA_DATE);
    set(l, DicomTags.STUDY_INSTANCE_UID, XA_STUDY);
    set(l, DicomTags.SERIES_INSTANCE_UID, XA_SERIES);
    set(l, DicomTags.SOP_INSTANCE_UID, XA_SOP);
    set(l, MEDIA_STORAGE_SOP_INSTANCE_UID, XA_SOP);
    Path f = dir.resolve("facet-2023.dcm");
    l.write(f.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
    return f;
  }

  private static void set(AttributeList l, AttributeTag tag, String value) throws Exception {
    Attribute a = AttributeFactory.newAttribute(tag);
    a.addValue(value);
    l.put(a);
  }
}
