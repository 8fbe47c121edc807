package org.injectplan.samples;

import java.util.List;
import org.injectplan.dicom.DicomTags;

/**
 * The header modules of the sample files (PS3.3): patient, study, series, equipment, image,
 * SOP common for all; the US image, region calibration, cine and multi-frame modules for
 * ultrasound; the XA image, X-ray acquisition and positioner modules for fluoroscopy. Fixed
 * dates and times (the samples must be byte-identical when regenerated).
 */
final class ScanHeaders {
  static final String US_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.6.1";
  static final String US_MULTIFRAME_STORAGE = "1.2.840.10008.5.1.4.1.1.3.1";
  static final String XA_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.12.1";
  static final String STUDY_DATE = "20240115";
  static final String STUDY_TIME = "093000";

  private ScanHeaders() {
  }

  /** What identifies one sample file. */
  record Identity(String sopClassUid, String sopInstanceUid, String studyUid, String seriesUid, String patientName,
      String patientId, String bodyPart, String laterality, String studyDescription, String seriesDescription,
      int seriesNumber) {
  }

  static DicomFileBuilder common(Identity id, String modality) {
    DicomFileBuilder b = new DicomFileBuilder()
        .put(DicomTags.SOP_CLASS_UID, id.sopClassUid())
        .put(DicomTags.SOP_INSTANCE_UID, id.sopInstanceUid())
        .put(DicomTags.SPECIFIC_CHARACTER_SET, "ISO_IR 100")
        .put(DicomTags.INSTANCE_CREATION_DATE, STUDY_DATE)
        .put(DicomTags.INSTANCE_CREATION_TIME, STUDY_TIME)
        .put(DicomTags.PATIENT_NAME, id.patientName())
        .put(DicomTags.PATIENT_ID, id.patientId())
        .put(DicomTags.PATIENT_BIRTH_DATE, "19700101")
        .put(DicomTags.PATIENT_SEX, "O")
        .put(DicomTags.STUDY_INSTANCE_UID, id.studyUid())
        .put(DicomTags.STUDY_DATE, STUDY_DATE)
        .put(DicomTags.STUDY_TIME, STUDY_TIME)
        .empty(DicomTags.REFERRING_PHYSICIAN_NAME)
        .put(DicomTags.STUDY_ID, "1")
        .empty(DicomTags.ACCESSION_NUMBER)
        .put(DicomTags.STUDY_DESCRIPTION, id.studyDescription())
        .put(DicomTags.MODALITY, modality)
        .put(DicomTags.SERIES_INSTANCE_UID, id.seriesUid())
        .put(DicomTags.SERIES_NUMBER, Integer.toString(id.seriesNumber()))
        .put(DicomTags.SERIES_DESCRIPTION, id.seriesDescription())
        .put(DicomTags.BODY_PART_EXAMINED, id.bodyPart())
        .put(DicomTags.MANUFACTURER, "InjectPlan (synthetic)")
        .put(DicomTags.MANUFACTURER_MODEL_NAME, "InjectPlan sample generator")
        .put(DicomTags.INSTITUTION_NAME, "InjectPlan samples")
        .put(DicomTags.INSTANCE_NUMBER, "1")
        .put(DicomTags.CONTENT_DATE, STUDY_DATE)
        .put(DicomTags.CONTENT_TIME, STUDY_TIME)
        .put(DicomTags.LOSSY_IMAGE_COMPRESSION, "00");
    if (!id.laterality().isEmpty()) {
      b.put(DicomTags.LATERALITY, id.laterality()); // paired body parts only (General Series, type 2C)
    }
    return b;
  }

  /** US Image, US Region Calibration and, for a cine, Cine and Multi-frame modules. */
  static DicomFileBuilder ultrasound(Identity id, UsGeometry g, UsImagingParams imaging, int frames,
      double frameTimeMs) {
    DicomFileBuilder b = common(id, "US")
        .put(DicomTags.IMAGE_TYPE, "ORIGINAL", "PRIMARY", "", "0001")
        .empty(DicomTags.PATIENT_ORIENTATION)
        .put(DicomTags.SAMPLES_PER_PIXEL, "1")
        .put(DicomTags.PHOTOMETRIC_INTERPRETATION, "MONOCHROME2")
        .put(DicomTags.ROWS, Integer.toString(g.frameRows()))
        .put(DicomTags.COLUMNS, Integer.toString(g.frameColumns()))
        .put(DicomTags.BITS_ALLOCATED, "8")
        .put(DicomTags.BITS_STORED, "8")
        .put(DicomTags.HIGH_BIT, "7")
        .put(DicomTags.PIXEL_REPRESENTATION, "0")
        .put(DicomTags.TRANSDUCER_DATA, "L12-5 linear (simulated)");
    DicomFileBuilder region = new DicomFileBuilder()
        .numbers(DicomTags.REGION_SPATIAL_FORMAT, 1)
        .numbers(DicomTags.REGION_DATA_TYPE, 1)
        .numbers(DicomTags.REGION_FLAGS, 0)
        .numbers(DicomTags.REGION_LOCATION_MIN_X0, g.regionX0())
        .numbers(DicomTags.REGION_LOCATION_MIN_Y0, g.regionY0())
        .numbers(DicomTags.REGION_LOCATION_MAX_X1, g.regionX1())
        .numbers(DicomTags.REGION_LOCATION_MAX_Y1, g.regionY1())
        .numbers(DicomTags.REFERENCE_PIXEL_X0, g.regionColumns() / 2)
        .numbers(DicomTags.REFERENCE_PIXEL_Y0, 0)
        .numbers(DicomTags.REFERENCE_PIXEL_PHYSICAL_VALUE_X, 0.0)
        .numbers(DicomTags.REFERENCE_PIXEL_PHYSICAL_VALUE_Y, 0.0)
        .numbers(DicomTags.PHYSICAL_UNITS_X_DIRECTION, 3)
        .numbers(DicomTags.PHYSICAL_UNITS_Y_DIRECTION, 3)
        .numbers(DicomTags.PHYSICAL_DELTA_X, g.deltaCm())
        .numbers(DicomTags.PHYSICAL_DELTA_Y, g.deltaCm())
        .numbers(DicomTags.TRANSDUCER_FREQUENCY, Math.round(imaging.frequencyMHz() * 1000));
    b.sequence(DicomTags.SEQUENCE_OF_ULTRASOUND_REGIONS, List.of(region));
    if (frames > 1) {
      b.put(DicomTags.NUMBER_OF_FRAMES, Integer.toString(frames))
          .tagPointer(DicomTags.FRAME_INCREMENT_POINTER, DicomTags.FRAME_TIME)
          .decimal(DicomTags.FRAME_TIME, frameTimeMs)
          .put(DicomTags.CINE_RATE, Long.toString(Math.round(1000 / frameTimeMs)))
          .put(DicomTags.RECOMMENDED_DISPLAY_FRAME_RATE, Long.toString(Math.round(1000 / frameTimeMs)));
    }
    return b;
  }

  /** How a fluoroscopy file states its calibration. */
  enum XaCalibration { IMAGER_PIXEL_SPACING_ONLY, MAGNIFICATION_FACTOR, SID_SOD }

  /** XA Image, X-Ray Acquisition and XA Positioner modules; the calibration as chosen. */
  static DicomFileBuilder xray(Identity id, ProjectionGeometry g, XaExposure e, XaCalibration cal,
      String patientOrientationColumn, String patientOrientationRow) {
    int max = (1 << e.bitsStored()) - 1;
    DicomFileBuilder b = common(id, "XA")
        .put(DicomTags.IMAGE_TYPE, "ORIGINAL", "PRIMARY", "SINGLE PLANE")
        .put(DicomTags.PATIENT_ORIENTATION, patientOrientationColumn, patientOrientationRow)
        .put(DicomTags.SAMPLES_PER_PIXEL, "1")
        .put(DicomTags.PHOTOMETRIC_INTERPRETATION, "MONOCHROME2")
        .put(DicomTags.ROWS, Integer.toString(g.rows()))
        .put(DicomTags.COLUMNS, Integer.toString(g.columns()))
        .put(DicomTags.BITS_ALLOCATED, "16")
        .put(DicomTags.BITS_STORED, Integer.toString(e.bitsStored()))
        .put(DicomTags.HIGH_BIT, Integer.toString(e.bitsStored() - 1))
        .put(DicomTags.PIXEL_REPRESENTATION, "0")
        .put(DicomTags.PIXEL_INTENSITY_RELATIONSHIP, "LOG")
        .put(DicomTags.RESCALE_INTERCEPT, "0")
        .put(DicomTags.RESCALE_SLOPE, "1")
        .put(DicomTags.RESCALE_TYPE, "US")
        .decimal(DicomTags.WINDOW_CENTER, (max + 1) / 2.0)
        .decimal(DicomTags.WINDOW_WIDTH, max + 1)
        .decimal(DicomTags.KVP, e.kvp())
        .put(DicomTags.RADIATION_SETTING, "SC")
        .put(DicomTags.X_RAY_TUBE_CURRENT, "10")
        .put(DicomTags.EXPOSURE_TIME, "100")
        .put(DicomTags.EXPOSURE, "1")
        .decimal(DicomTags.IMAGER_PIXEL_SPACING, g.detectorMmPerPixel(), g.detectorMmPerPixel())
        .decimal(DicomTags.POSITIONER_PRIMARY_ANGLE, g.primaryDeg())
        .decimal(DicomTags.POSITIONER_SECONDARY_ANGLE, g.secondaryDeg())
        .put(DicomTags.COLLIMATOR_SHAPE, "RECTANGULAR")
        .put(DicomTags.COLLIMATOR_LEFT_VERTICAL_EDGE, Integer.toString(e.collimation()[0]))
        .put(DicomTags.COLLIMATOR_RIGHT_VERTICAL_EDGE, Integer.toString(e.collimation()[2] - 1))
        .put(DicomTags.COLLIMATOR_UPPER_HORIZONTAL_EDGE, Integer.toString(e.collimation()[1]))
        .put(DicomTags.COLLIMATOR_LOWER_HORIZONTAL_EDGE, Integer.toString(e.collimation()[3] - 1));
    switch (cal) {
      case MAGNIFICATION_FACTOR -> b.decimal(DicomTags.ESTIMATED_RADIOGRAPHIC_MAGNIFICATION_FACTOR, g.magnification());
      case SID_SOD -> b.decimal(DicomTags.DISTANCE_SOURCE_TO_DETECTOR, g.sidMm())
          .decimal(DicomTags.DISTANCE_SOURCE_TO_PATIENT, g.sodMm());
      default -> {
      }
    }
    return b;
  }
}
