package org.injectplan.report;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;

/**
 * The codes the Segmentation and the Measurement Report use. Standard codes are those of DICOM
 * PS3.16 (SCT for SNOMED CT, DCM for DICOM's own, UCUM for units; the context group is named
 * where the code comes from one); where no standard code fits, the code is ours, under the
 * private coding scheme {@link #SCHEME}, declared in the Coding Scheme Identification Sequence
 * of the report.
 */
final class PlanCodes {
  /** Our coding scheme designator (PS3.3 8.2: a private designator starts with "99"). */
  static final String SCHEME = "99IJPLAN";
  static final String SCHEME_NAME = "InjectPlan injection planning codes";

  // Segmentation property categories (CID 7150) and types (CID 7151)
  static final Code TISSUE = new Code("85756007", "SCT", "Tissue");
  static final Code ANATOMICAL_STRUCTURE = new Code("123037004", "SCT", "Anatomical Structure");
  static final Code JOINT = new Code("39352004", "SCT", "Joint");
  static final Code BLOOD_VESSEL = new Code("59820001", "SCT", "Blood vessel");
  static final Code ARTERY = new Code("51114001", "SCT", "Artery");
  static final Code VEIN = new Code("29092000", "SCT", "Vein");
  static final Code BONE = new Code("272673000", "SCT", "Bone");
  static final Code NERVE = new Code("119410002", "SCT", "Nerve");

  // TID 1500 structure (DCM)
  static final Code IMAGING_MEASUREMENT_REPORT = new Code("126000", "DCM", "Imaging Measurement Report");
  static final Code LANGUAGE_OF_CONTENT = new Code("121049", "DCM", "Language of Content Item and Descendants");
  static final Code ENGLISH = new Code("en", "RFC5646", "English");
  static final Code OBSERVER_TYPE = new Code("121005", "DCM", "Observer Type");
  static final Code DEVICE = new Code("121007", "DCM", "Device");
  static final Code DEVICE_OBSERVER_UID = new Code("121012", "DCM", "Device Observer UID");
  static final Code DEVICE_OBSERVER_NAME = new Code("121013", "DCM", "Device Observer Name");
  static final Code DEVICE_OBSERVER_MANUFACTURER = new Code("121014", "DCM", "Device Observer Manufacturer");
  static final Code DEVICE_OBSERVER_MODEL_NAME = new Code("121015", "DCM", "Device Observer Model Name");
  static final Code PROCEDURE_REPORTED = new Code("121058", "DCM", "Procedure reported");
  static final Code IMAGE_LIBRARY = new Code("111028", "DCM", "Image Library");
  static final Code IMAGE_LIBRARY_GROUP = new Code("126200", "DCM", "Image Library Group");
  static final Code IMAGING_MEASUREMENTS = new Code("126010", "DCM", "Imaging Measurements");
  static final Code MEASUREMENT_GROUP = new Code("125007", "DCM", "Measurement Group");
  static final Code TRACKING_IDENTIFIER = new Code("112039", "DCM", "Tracking Identifier");
  static final Code TRACKING_UNIQUE_IDENTIFIER = new Code("112040", "DCM", "Tracking Unique Identifier");
  static final Code REFERENCED_SEGMENT = new Code("121191", "DCM", "Referenced Segment");
  static final Code REFERENCED_SEGMENTATION_FRAME = new Code("121214", "DCM", "Referenced Segmentation Frame");
  static final Code SOURCE_IMAGE_FOR_SEGMENTATION = new Code("121233", "DCM", "Source image for segmentation");
  static final Code ALGORITHM_NAME = new Code("111001", "DCM", "Algorithm Name");
  static final Code ALGORITHM_VERSION = new Code("111003", "DCM", "Algorithm Version");
  /** CID 42 numeric value qualifiers. */
  static final Code MEASUREMENT_NOT_ATTEMPTED = new Code("114007", "DCM", "Measurement not attempted");
  static final Code VALUE_UNKNOWN = new Code("114010", "DCM", "Value unknown");

  // Measurements (TID 300 concept names)
  static final Code DEPTH = new Code("131197000", "SCT", "Depth");
  static final Code ANGLE = new Code("1483009", "SCT", "Angle");
  static final Code PATH_LENGTH = new Code("121211", "DCM", "Path length");
  static final Code INJECTATE_VOLUME = new Code("122321", "DCM", "Injectate Volume");
  static final Code AREA = new Code("42798000", "SCT", "Area");
  static final Code MIN_CLEARANCE = new Code("IJP001", SCHEME, "Minimum clearance to a structure to avoid");
  static final Code BOLUS_FRACTION_IN_CAPSULE = new Code("IJP002", SCHEME, "Bolus fraction in capsule");
  static final Code NEEDLE_TARGET = new Code("IJP003", SCHEME, "Needle target");
  static final Code NEEDLE_ENTRY = new Code("IJP004", SCHEME, "Needle entry point");
  static final Code INJECTION_PLAN = new Code("IJP005", SCHEME, "Image-guided injection plan");

  // Units (UCUM)
  static final Code MM = new Code("mm", "UCUM", "millimeter");
  static final Code DEG = new Code("deg", "UCUM", "degree");
  static final Code ML = new Code("ml", "UCUM", "milliliter");
  static final Code PERCENT = new Code("%", "UCUM", "percent");
  static final Code MM2 = new Code("mm2", "UCUM", "square millimeter");

  private PlanCodes() {
  }

  /** The Coding Scheme Identification item that declares {@link #SCHEME}. */
  static AttributeList schemeIdentification() throws DicomException {
    AttributeList l = new AttributeList();
    DicomModules.put(l, org.injectplan.dicom.DicomTags.CODING_SCHEME_DESIGNATOR, SCHEME);
    DicomModules.put(l, ReportTags.CODING_SCHEME_NAME, SCHEME_NAME);
    DicomModules.put(l, ReportTags.CODING_SCHEME_RESPONSIBLE_ORGANIZATION, "InjectPlan");
    return l;
  }
}
