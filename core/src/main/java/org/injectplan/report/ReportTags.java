package org.injectplan.report;

import com.pixelmed.dicom.AttributeTag;

/**
 * The attributes only the Segmentation and the Measurement Report write, as named constants
 * (the shared ones are in {@link org.injectplan.dicom.DicomTags}). Kept here so that the
 * loader's list stays what the loader reads.
 */
final class ReportTags {
  private ReportTags() {
  }

  private static AttributeTag t(int group, int element) {
    return new AttributeTag(group, element);
  }

  // Equipment and references
  static final AttributeTag MANUFACTURER_MODEL_NAME = t(0x0008, 0x1090); // (0008,1090)
  static final AttributeTag DEVICE_SERIAL_NUMBER = t(0x0018, 0x1000); // (0018,1000)
  static final AttributeTag REFERENCED_SERIES_SEQUENCE = t(0x0008, 0x1115); // (0008,1115)
  static final AttributeTag REFERENCED_INSTANCE_SEQUENCE = t(0x0008, 0x114A); // (0008,114A)
  static final AttributeTag REFERENCED_FRAME_NUMBER = t(0x0008, 0x1160); // (0008,1160)
  static final AttributeTag REFERENCED_SOP_SEQUENCE = t(0x0008, 0x1199); // (0008,1199)
  static final AttributeTag DERIVATION_IMAGE_SEQUENCE = t(0x0008, 0x9124); // (0008,9124)
  static final AttributeTag DERIVATION_CODE_SEQUENCE = t(0x0008, 0x9215); // (0008,9215)
  static final AttributeTag PURPOSE_OF_REFERENCE_CODE_SEQUENCE = t(0x0040, 0xA170); // (0040,A170)
  static final AttributeTag FRAME_OF_REFERENCE_UID = t(0x0020, 0x0052); // (0020,0052)
  static final AttributeTag POSITION_REFERENCE_INDICATOR = t(0x0020, 0x1040); // (0020,1040)
  static final AttributeTag CODING_SCHEME_IDENTIFICATION_SEQUENCE = t(0x0008, 0x0110); // (0008,0110)
  static final AttributeTag CODING_SCHEME_REGISTRY = t(0x0008, 0x0112); // (0008,0112)
  static final AttributeTag CODING_SCHEME_NAME = t(0x0008, 0x0115); // (0008,0115)
  static final AttributeTag CODING_SCHEME_RESPONSIBLE_ORGANIZATION = t(0x0008, 0x0116); // (0008,0116)
  static final AttributeTag CODING_SCHEME_VERSION = t(0x0008, 0x0103); // (0008,0103)

  // Segmentation Image module and the multi-frame modules
  static final AttributeTag CONTENT_LABEL = t(0x0070, 0x0080); // (0070,0080)
  static final AttributeTag CONTENT_DESCRIPTION = t(0x0070, 0x0081); // (0070,0081)
  static final AttributeTag CONTENT_CREATOR_NAME = t(0x0070, 0x0084); // (0070,0084)
  static final AttributeTag SEGMENTATION_TYPE = t(0x0062, 0x0001); // (0062,0001)
  static final AttributeTag SEGMENT_SEQUENCE = t(0x0062, 0x0002); // (0062,0002)
  static final AttributeTag SEGMENTED_PROPERTY_CATEGORY_CODE_SEQUENCE = t(0x0062, 0x0003); // (0062,0003)
  static final AttributeTag SEGMENT_NUMBER = t(0x0062, 0x0004); // (0062,0004)
  static final AttributeTag SEGMENT_LABEL = t(0x0062, 0x0005); // (0062,0005)
  static final AttributeTag SEGMENT_DESCRIPTION = t(0x0062, 0x0006); // (0062,0006)
  static final AttributeTag SEGMENT_ALGORITHM_TYPE = t(0x0062, 0x0008); // (0062,0008)
  static final AttributeTag SEGMENT_ALGORITHM_NAME = t(0x0062, 0x0009); // (0062,0009)
  static final AttributeTag SEGMENT_IDENTIFICATION_SEQUENCE = t(0x0062, 0x000A); // (0062,000A)
  static final AttributeTag REFERENCED_SEGMENT_NUMBER = t(0x0062, 0x000B); // (0062,000B)
  static final AttributeTag RECOMMENDED_DISPLAY_CIELAB_VALUE = t(0x0062, 0x000D); // (0062,000D)
  static final AttributeTag SEGMENTED_PROPERTY_TYPE_CODE_SEQUENCE = t(0x0062, 0x000F); // (0062,000F)
  static final AttributeTag TRACKING_ID = t(0x0062, 0x0020); // (0062,0020)
  static final AttributeTag TRACKING_UID = t(0x0062, 0x0021); // (0062,0021)
  static final AttributeTag SHARED_FUNCTIONAL_GROUPS_SEQUENCE = t(0x5200, 0x9229); // (5200,9229)
  static final AttributeTag PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE = t(0x5200, 0x9230); // (5200,9230)
  static final AttributeTag PIXEL_MEASURES_SEQUENCE = t(0x0028, 0x9110); // (0028,9110)
  static final AttributeTag SLICE_THICKNESS = t(0x0018, 0x0050); // (0018,0050)
  static final AttributeTag FRAME_CONTENT_SEQUENCE = t(0x0020, 0x9111); // (0020,9111)
  static final AttributeTag DIMENSION_INDEX_VALUES = t(0x0020, 0x9157); // (0020,9157)
  static final AttributeTag DIMENSION_ORGANIZATION_SEQUENCE = t(0x0020, 0x9221); // (0020,9221)
  static final AttributeTag DIMENSION_ORGANIZATION_UID = t(0x0020, 0x9164); // (0020,9164)
  static final AttributeTag DIMENSION_ORGANIZATION_TYPE = t(0x0020, 0x9311); // (0020,9311)
  static final AttributeTag DIMENSION_INDEX_SEQUENCE = t(0x0020, 0x9222); // (0020,9222)
  static final AttributeTag DIMENSION_INDEX_POINTER = t(0x0020, 0x9165); // (0020,9165)
  static final AttributeTag FUNCTIONAL_GROUP_POINTER = t(0x0020, 0x9167); // (0020,9167)
  static final AttributeTag DIMENSION_DESCRIPTION_LABEL = t(0x0020, 0x9421); // (0020,9421)
  static final AttributeTag MAXIMUM_FRACTIONAL_VALUE = t(0x0062, 0x000E); // (0062,000E)

  // SR Document General and Content modules
  static final AttributeTag VALUE_TYPE = t(0x0040, 0xA040); // (0040,A040)
  static final AttributeTag RELATIONSHIP_TYPE = t(0x0040, 0xA010); // (0040,A010)
  static final AttributeTag CONTINUITY_OF_CONTENT = t(0x0040, 0xA050); // (0040,A050)
  static final AttributeTag CONTENT_SEQUENCE = t(0x0040, 0xA730); // (0040,A730)
  static final AttributeTag CONTENT_TEMPLATE_SEQUENCE = t(0x0040, 0xA504); // (0040,A504)
  static final AttributeTag MAPPING_RESOURCE = t(0x0008, 0x0105); // (0008,0105)
  static final AttributeTag TEMPLATE_IDENTIFIER = t(0x0040, 0xDB00); // (0040,DB00)
  static final AttributeTag CONCEPT_CODE_SEQUENCE = t(0x0040, 0xA168); // (0040,A168)
  static final AttributeTag TEXT_VALUE = t(0x0040, 0xA160); // (0040,A160)
  static final AttributeTag UID_VALUE = t(0x0040, 0xA124); // (0040,A124)
  static final AttributeTag MEASURED_VALUE_SEQUENCE = t(0x0040, 0xA300); // (0040,A300)
  static final AttributeTag NUMERIC_VALUE = t(0x0040, 0xA30A); // (0040,A30A)
  static final AttributeTag MEASUREMENT_UNITS_CODE_SEQUENCE = t(0x0040, 0x08EA); // (0040,08EA)
  static final AttributeTag NUMERIC_VALUE_QUALIFIER_CODE_SEQUENCE = t(0x0040, 0xA301); // (0040,A301)
  static final AttributeTag GRAPHIC_DATA = t(0x0070, 0x0022); // (0070,0022)
  static final AttributeTag GRAPHIC_TYPE = t(0x0070, 0x0023); // (0070,0023)
  static final AttributeTag COMPLETION_FLAG = t(0x0040, 0xA491); // (0040,A491)
  static final AttributeTag VERIFICATION_FLAG = t(0x0040, 0xA493); // (0040,A493)
  static final AttributeTag PERFORMED_PROCEDURE_CODE_SEQUENCE = t(0x0040, 0xA372); // (0040,A372)
  static final AttributeTag REFERENCED_PERFORMED_PROCEDURE_STEP_SEQUENCE = t(0x0008, 0x1111); // (0008,1111)
  static final AttributeTag CURRENT_REQUESTED_PROCEDURE_EVIDENCE_SEQUENCE = t(0x0040, 0xA375); // (0040,A375)
  static final AttributeTag PERTINENT_OTHER_EVIDENCE_SEQUENCE = t(0x0040, 0xA385); // (0040,A385)
  static final AttributeTag REFERENCED_REQUEST_SEQUENCE = t(0x0040, 0xA370); // (0040,A370)
}
