package org.injectplan.report;

import com.pixelmed.dicom.DicomException;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.injectplan.dicom.BadScanException;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanIdentity;

/**
 * The report workflow: a plan and its scan in, every output as bytes (PDF, plan JSON, DICOM
 * Encapsulated PDF and Secondary Capture), de-identified when asked. Nothing is written here.
 */
public final class PlanReport {

  /** Every output of one report, as bytes, and where the key image lies in the PDF. */
  public record Outputs(byte[] pdf, byte[] planJson, byte[] encapsulatedPdf, byte[] secondaryCapture,
      ReportPdf.Rendered rendered, Plan plan) {
  }

  private PlanReport() {
  }

  /**
   * @throws IllegalArgumentException when the scan is not the plan's (SOP Instance UID) or lacks
   *     the planned frame
   * @throws BadScanException when the planned frame cannot be decoded
   */
  public static Outputs make(Plan plan, Scan scan, boolean deidentify, Instant created) throws IOException {
    ScanIdentity id = scan.identity();
    if (!plan.scan().sopInstanceUid().equals(id.sopInstanceUid())) {
      throw new IllegalArgumentException(scan.file() + ": is not the plan's scan (the plan is for SOP Instance UID "
          + plan.scan().sopInstanceUid() + ", the scan is " + id.sopInstanceUid() + ")");
    }
    if (plan.frame() >= scan.frameCount()) {
      throw new IllegalArgumentException(scan.file() + ": has no frame " + plan.frame() + " (it has "
          + scan.frameCount() + ", numbered from 0)");
    }
    ImageProcessor frame = scan.frame(plan.frame());
    Plan shown = plan;
    ScanIdentity shownId = id;
    if (deidentify) {
      Deidentifier d = new Deidentifier();
      shown = d.plan(plan, id);
      shownId = d.identity(id);
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
    ReportPdf.Rendered rendered = ReportPdf.build(new ReportInput(shown, shownId, deidentify, created, pixels), key,
        profile);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    PlanJson.write(shown, json);
    try {
      byte[] epdf = EncapsulatedPdf.file(EncapsulatedPdf.build(rendered.pdf(), shownId, deidentify, pixels, created));
      byte[] sc = SecondaryCapture.file(SecondaryCapture.build(key, shownId, deidentify, pixels, created));
      return new Outputs(rendered.pdf(), json.toByteArray(), epdf, sc, rendered, shown);
    } catch (DicomException e) {
      throw new IllegalStateException("PixelMed refused an attribute of the report objects", e);
    }
  }
}
