package org.injectplan.report;

import com.pixelmed.dicom.DicomException;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.injectplan.dicom.BadScanException;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.verify.PlanVerifier;
import org.injectplan.plan.verify.Verification;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanIdentity;

/**
 * The report workflow: a plan and its scan in, every output as bytes (PDF, plan JSON, DICOM
 * Encapsulated PDF, Secondary Capture, Segmentation and Measurement Report), de-identified when asked. Nothing is written here.
 */
public final class PlanReport {

  /**
   * Every output of one report, as bytes, and where the key image lies in the PDF.
   *
   * @param segmentation the DICOM Segmentation of the capsule and the structures to avoid, or null
   *     when the plan has neither
   * @param measurementReport the TID 1500 Measurement Report (Comprehensive SR)
   */
  public record Outputs(byte[] pdf, byte[] planJson, byte[] encapsulatedPdf, byte[] secondaryCapture,
      ReportPdf.Rendered rendered, Plan plan, byte[] segmentation, byte[] measurementReport) {
  }

  private PlanReport() {
  }

  /**
   * @throws IllegalArgumentException when the scan is not the plan's (SOP Instance UID) or lacks
   *     the planned frame; {@link org.injectplan.plan.verify.UnverifiedPlanException} when the plan's
   *     figures do not follow from its geometry and scan ({@link PlanVerifier})
   * @throws BadScanException when the planned frame cannot be decoded
   */
  public static Outputs make(Plan plan, Scan scan, boolean deidentify, Instant created) throws IOException {
    ScanIdentity id = scan.identity();
    if (!plan.scan().sopInstanceUid().equals(id.sopInstanceUid())) {
      throw new IllegalArgumentException(scan.file() + ": is not the plan's scan (the plan is for SOP Instance UID "
          + plan.scan().sopInstanceUid() + ", the scan is " + id.sopInstanceUid() + ")");
    }
    // The same checks as "injectplan verify --scan": a plan whose figures do not follow is refused.
    Verification checked = PlanVerifier.verify(plan, scan).requireHolds();
    if (plan.frame() >= scan.frameCount()) {
      throw new IllegalArgumentException(scan.file() + ": has no frame " + plan.frame() + " (it has "
          + scan.frameCount() + ", numbered from 0)");
    }
    ImageProcessor frame = scan.frame(plan.frame());
    Plan shown = plan;
    ScanIdentity shownId = id;
    Optional<String> frameOfReference = scan.header().string(ReportTags.FRAME_OF_REFERENCE_UID)
        .filter(u -> !u.isBlank());
    if (deidentify) {
      Deidentifier d = new Deidentifier();
      shown = d.plan(plan, id);
      shownId = d.identity(id);
      frameOfReference = frameOfReference.map(d::uid);
    }
    BurnedInText.Outcome pixels = null;
    ImageProcessor keyFrame = frame;
    if (deidentify) {
      // One blanked frame under the key image, the Secondary Capture and the PDF's image alike.
      pixels = BurnedInText.remove(KeyImage.toRgb(frame), scan.calibration().regions(), id.modality());
      keyFrame = new ColorProcessor(pixels.blanked());
    }
    BufferedImage key = KeyImage.render(keyFrame, shown);
    IntensityProfile profile = IntensityProfile.along(frame, shown.entry(), shown.target(), shown.calibration());
    ReportPdf.Rendered rendered = ReportPdf.build(new ReportInput(shown, shownId, deidentify, created, pixels,
        checked.statement()), key,
        profile);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    PlanJson.write(shown, json);
    try {
      byte[] epdf = EncapsulatedPdf.file(EncapsulatedPdf.build(rendered.pdf(), shownId, deidentify, pixels, created));
      byte[] sc = SecondaryCapture.file(SecondaryCapture.build(key, shownId, deidentify, pixels, created));
      SegSource source = new SegSource(shownId, scan.rows(), scan.columns(), scan.frameCount(), frameOfReference);
      PlanDicom dicom = PlanDicom.make(shown, source, deidentify, created);
      return new Outputs(rendered.pdf(), json.toByteArray(), epdf, sc, rendered, shown, dicom.segmentation(),
          dicom.measurementReport());
    } catch (DicomException e) {
      throw new IllegalStateException("PixelMed refused an attribute of the report objects", e);
    }
  }
}
