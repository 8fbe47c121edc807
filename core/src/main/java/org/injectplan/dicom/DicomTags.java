package org.injectplan.dicom;

import com.pixelmed.dicom.AttributeTag;

/**
 * The DICOM attributes InjectPlan reads and writes, as named constants. Debian's PixelMed
 * {@code TagFromName} lacks some (KVP, positioner angles), so every one we use is here.
 */
public final class DicomTags {
  private DicomTags() {
  }

  private static AttributeTag t(int group, int element) {
    return new AttributeTag(group, element);
  }

  // Identity and study
  public static final AttributeTag SOP_CLASS_UID = t(0x0008, 0x0016); // (0008,0016)
  public static final AttributeTag SOP_INSTANCE_UID = t(0x0008, 0x0018); // (0008,0018)
  public static final AttributeTag STUDY_DATE = t(0x0008, 0x0020); // (0008,0020)
  public static final AttributeTag STUDY_TIME = t(0x0008, 0x0030); // (0008,0030)
  public static final AttributeTag ACCESSION_NUMBER = t(0x0008, 0x0050); // (0008,0050)
  public static final AttributeTag MODALITY = t(0x0008, 0x0060); // (0008,0060)
  public static final AttributeTag MANUFACTURER = t(0x0008, 0x0070); // (0008,0070)
  public static final AttributeTag INSTITUTION_NAME = t(0x0008, 0x0080); // (0008,0080)
  public static final AttributeTag REFERRING_PHYSICIAN_NAME = t(0x0008, 0x0090); // (0008,0090)
  public static final AttributeTag STUDY_DESCRIPTION = t(0x0008, 0x1030); // (0008,1030)
  public static final AttributeTag SERIES_DESCRIPTION = t(0x0008, 0x103E); // (0008,103E)
  public static final AttributeTag MANUFACTURER_MODEL_NAME = t(0x0008, 0x1090); // (0008,1090)
  public static final AttributeTag PATIENT_NAME = t(0x0010, 0x0010); // (0010,0010)
  public static final AttributeTag PATIENT_ID = t(0x0010, 0x0020); // (0010,0020)
  public static final AttributeTag PATIENT_BIRTH_DATE = t(0x0010, 0x0030); // (0010,0030)
  public static final AttributeTag PATIENT_SEX = t(0x0010, 0x0040); // (0010,0040)
  public static final AttributeTag BODY_PART_EXAMINED = t(0x0018, 0x0015); // (0018,0015)
  public static final AttributeTag STUDY_INSTANCE_UID = t(0x0020, 0x000D); // (0020,000D)
  public static final AttributeTag SERIES_INSTANCE_UID = t(0x0020, 0x000E); // (0020,000E)
  public static final AttributeTag STUDY_ID = t(0x0020, 0x0010); // (0020,0010)
  public static final AttributeTag SERIES_NUMBER = t(0x0020, 0x0011); // (0020,0011)
  public static final AttributeTag INSTANCE_NUMBER = t(0x0020, 0x0013); // (0020,0013)
  public static final AttributeTag LATERALITY = t(0x0020, 0x0060); // (0020,0060)

  // Image pixel module
  public static final AttributeTag SAMPLES_PER_PIXEL = t(0x0028, 0x0002); // (0028,0002)
  public static final AttributeTag PHOTOMETRIC_INTERPRETATION = t(0x0028, 0x0004); // (0028,0004)
  public static final AttributeTag PLANAR_CONFIGURATION = t(0x0028, 0x0006); // (0028,0006)
  public static final AttributeTag NUMBER_OF_FRAMES = t(0x0028, 0x0008); // (0028,0008)
  public static final AttributeTag ROWS = t(0x0028, 0x0010); // (0028,0010)
  public static final AttributeTag COLUMNS = t(0x0028, 0x0011); // (0028,0011)
  public static final AttributeTag PIXEL_SPACING = t(0x0028, 0x0030); // (0028,0030)
  public static final AttributeTag BITS_ALLOCATED = t(0x0028, 0x0100); // (0028,0100)
  public static final AttributeTag BITS_STORED = t(0x0028, 0x0101); // (0028,0101)
  public static final AttributeTag HIGH_BIT = t(0x0028, 0x0102); // (0028,0102)
  public static final AttributeTag PIXEL_REPRESENTATION = t(0x0028, 0x0103); // (0028,0103)
  public static final AttributeTag RED_PALETTE_DESCRIPTOR = t(0x0028, 0x1101); // (0028,1101)
  public static final AttributeTag GREEN_PALETTE_DESCRIPTOR = t(0x0028, 0x1102); // (0028,1102)
  public static final AttributeTag BLUE_PALETTE_DESCRIPTOR = t(0x0028, 0x1103); // (0028,1103)
  public static final AttributeTag RED_PALETTE_DATA = t(0x0028, 0x1201); // (0028,1201)
  public static final AttributeTag GREEN_PALETTE_DATA = t(0x0028, 0x1202); // (0028,1202)
  public static final AttributeTag BLUE_PALETTE_DATA = t(0x0028, 0x1203); // (0028,1203)
  public static final AttributeTag SEGMENTED_RED_PALETTE_DATA = t(0x0028, 0x1221); // (0028,1221)
  public static final AttributeTag SEGMENTED_GREEN_PALETTE_DATA = t(0x0028, 0x1222); // (0028,1222)
  public static final AttributeTag SEGMENTED_BLUE_PALETTE_DATA = t(0x0028, 0x1223); // (0028,1223)
  public static final AttributeTag PIXEL_DATA = t(0x7FE0, 0x0010); // (7FE0,0010)

  // Cine
  public static final AttributeTag CINE_RATE = t(0x0018, 0x0040); // (0018,0040)
  public static final AttributeTag FRAME_TIME = t(0x0018, 0x1063); // (0018,1063)
  public static final AttributeTag FRAME_TIME_VECTOR = t(0x0018, 0x1065); // (0018,1065)
  public static final AttributeTag RECOMMENDED_DISPLAY_FRAME_RATE = t(0x0008, 0x2144); // (0008,2144)

  // X-ray geometry
  public static final AttributeTag KVP = t(0x0018, 0x0060); // (0018,0060)
  public static final AttributeTag DISTANCE_SOURCE_TO_DETECTOR = t(0x0018, 0x1110); // (0018,1110)
  public static final AttributeTag DISTANCE_SOURCE_TO_PATIENT = t(0x0018, 0x1111); // (0018,1111)
  public static final AttributeTag ESTIMATED_RADIOGRAPHIC_MAGNIFICATION_FACTOR = t(0x0018, 0x1114); // (0018,1114)
  public static final AttributeTag IMAGER_PIXEL_SPACING = t(0x0018, 0x1164); // (0018,1164)
  public static final AttributeTag POSITIONER_PRIMARY_ANGLE = t(0x0018, 0x1510); // (0018,1510)
  public static final AttributeTag POSITIONER_SECONDARY_ANGLE = t(0x0018, 0x1511); // (0018,1511)

  // Sequence of Ultrasound Regions
  public static final AttributeTag SEQUENCE_OF_ULTRASOUND_REGIONS = t(0x0018, 0x6011); // (0018,6011)
  public static final AttributeTag REGION_SPATIAL_FORMAT = t(0x0018, 0x6012); // (0018,6012)
  public static final AttributeTag REGION_DATA_TYPE = t(0x0018, 0x6014); // (0018,6014)
  public static final AttributeTag REGION_FLAGS = t(0x0018, 0x6016); // (0018,6016)
  public static final AttributeTag REGION_LOCATION_MIN_X0 = t(0x0018, 0x6018); // (0018,6018)
  public static final AttributeTag REGION_LOCATION_MIN_Y0 = t(0x0018, 0x601A); // (0018,601A)
  public static final AttributeTag REGION_LOCATION_MAX_X1 = t(0x0018, 0x601C); // (0018,601C)
  public static final AttributeTag REGION_LOCATION_MAX_Y1 = t(0x0018, 0x601E); // (0018,601E)
  public static final AttributeTag REFERENCE_PIXEL_X0 = t(0x0018, 0x6020); // (0018,6020)
  public static final AttributeTag REFERENCE_PIXEL_Y0 = t(0x0018, 0x6022); // (0018,6022)
  public static final AttributeTag PHYSICAL_UNITS_X_DIRECTION = t(0x0018, 0x6024); // (0018,6024)
  public static final AttributeTag PHYSICAL_UNITS_Y_DIRECTION = t(0x0018, 0x6026); // (0018,6026)
  public static final AttributeTag PHYSICAL_DELTA_X = t(0x0018, 0x602C); // (0018,602C)
  public static final AttributeTag PHYSICAL_DELTA_Y = t(0x0018, 0x602E); // (0018,602E)
  // Report outputs: Encapsulated PDF, Secondary Capture, SOP common, de-identification
  public static final AttributeTag SPECIFIC_CHARACTER_SET = t(0x0008, 0x0005); // (0008,0005)
  public static final AttributeTag IMAGE_TYPE = t(0x0008, 0x0008); // (0008,0008)
  public static final AttributeTag INSTANCE_CREATION_DATE = t(0x0008, 0x0012); // (0008,0012)
  public static final AttributeTag INSTANCE_CREATION_TIME = t(0x0008, 0x0013); // (0008,0013)
  public static final AttributeTag SERIES_DATE = t(0x0008, 0x0021); // (0008,0021)
  public static final AttributeTag CONTENT_DATE = t(0x0008, 0x0023); // (0008,0023)
  public static final AttributeTag ACQUISITION_DATE_TIME = t(0x0008, 0x002A); // (0008,002A)
  public static final AttributeTag SERIES_TIME = t(0x0008, 0x0031); // (0008,0031)
  public static final AttributeTag CONTENT_TIME = t(0x0008, 0x0033); // (0008,0033)
  public static final AttributeTag CONVERSION_TYPE = t(0x0008, 0x0064); // (0008,0064)
  public static final AttributeTag CODE_VALUE = t(0x0008, 0x0100); // (0008,0100)
  public static final AttributeTag CODING_SCHEME_DESIGNATOR = t(0x0008, 0x0102); // (0008,0102)
  public static final AttributeTag CODE_MEANING = t(0x0008, 0x0104); // (0008,0104)
  public static final AttributeTag REFERENCED_SOP_CLASS_UID = t(0x0008, 0x1150); // (0008,1150)
  public static final AttributeTag REFERENCED_SOP_INSTANCE_UID = t(0x0008, 0x1155); // (0008,1155)
  public static final AttributeTag DERIVATION_DESCRIPTION = t(0x0008, 0x2111); // (0008,2111)
  public static final AttributeTag SOURCE_IMAGE_SEQUENCE = t(0x0008, 0x2112); // (0008,2112)
  public static final AttributeTag PATIENT_IDENTITY_REMOVED = t(0x0012, 0x0062); // (0012,0062)
  public static final AttributeTag DEIDENTIFICATION_METHOD = t(0x0012, 0x0063); // (0012,0063)
  public static final AttributeTag DEIDENTIFICATION_METHOD_CODE_SEQUENCE = t(0x0012, 0x0064); // (0012,0064)
  public static final AttributeTag DATE_OF_SECONDARY_CAPTURE = t(0x0018, 0x1012); // (0018,1012)
  public static final AttributeTag TIME_OF_SECONDARY_CAPTURE = t(0x0018, 0x1014); // (0018,1014)
  public static final AttributeTag SOFTWARE_VERSIONS = t(0x0018, 0x1020); // (0018,1020)
  public static final AttributeTag PATIENT_ORIENTATION = t(0x0020, 0x0020); // (0020,0020)
  public static final AttributeTag BURNED_IN_ANNOTATION = t(0x0028, 0x0301); // (0028,0301)
  public static final AttributeTag LOSSY_IMAGE_COMPRESSION = t(0x0028, 0x2110); // (0028,2110)
  public static final AttributeTag CONCEPT_NAME_CODE_SEQUENCE = t(0x0040, 0xA043); // (0040,A043)
  public static final AttributeTag DOCUMENT_TITLE = t(0x0042, 0x0010); // (0042,0010)
  public static final AttributeTag ENCAPSULATED_DOCUMENT = t(0x0042, 0x0011); // (0042,0011)
  public static final AttributeTag MIME_TYPE_OF_ENCAPSULATED_DOCUMENT = t(0x0042, 0x0012); // (0042,0012)
  public static final AttributeTag SOURCE_INSTANCE_SEQUENCE = t(0x0042, 0x0013); // (0042,0013)
  public static final AttributeTag ENCAPSULATED_DOCUMENT_LENGTH = t(0x0042, 0x0015); // (0042,0015)
}
